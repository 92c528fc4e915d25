// IngestPipeline: the work of `claimtrack ingest` between reading an article
// and its place in the store. It extracts the claims of each article (on
// several threads when asked), gathers the results in input order into
// batches, and stores each batch in one transaction (ClaimStore::AddArticles).
//
// Output is deterministic: whatever the number of threads, articles reach the
// store in the order they were added, so documents, sources and claims get
// the ids a single-threaded ingest gives them.
//
// A second connection to the store, on a thread of its own (with one
// extraction thread too), copies the WAL back into the store file every few
// batches (a passive checkpoint), so that the storing thread seldom waits
// for that and its fsyncs, and closing the store has little left to copy;
// the store's own automatic checkpoints are off meanwhile. Once the WAL holds
// 10,000 pages, the storing thread copies the few pages not yet copied
// itself, right after a commit, so that SQLite starts the WAL again
// (ClaimStore::Checkpoint): the WAL stays about as large as without it.
//
// Memory is bounded: at most two batches (one being committed, the next
// being collected), one committed batch a worker has yet to free, and a
// window of articles being extracted (16 per thread) are held at any time,
// so an ingest of any size runs in the same memory (Add waits while the
// window is full).
//
// It lives in cli/ because it joins three stages (extract, store, and the
// caller's reading); `ingest` and `bench` share it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "base/status.h"
#include "extract/claim_extractor.h"
#include "model/article.h"
#include "store/claim_store.h"

// The default of IngestOptions::batch_age, in milliseconds. Profiling
// builds set it far higher (-DCLAIMTRACK_BATCH_AGE_MS=100000000): under
// callgrind an ingest runs about 50 times slower, and batches would be
// committed by age rather than when full, so that two profiles would not
// commit the same batches (docs/performance.md).
#ifndef CLAIMTRACK_BATCH_AGE_MS
#define CLAIMTRACK_BATCH_AGE_MS 1000
#endif

namespace claimtrack {

struct IngestOptions {
  // A batch is committed once it holds `batch_articles` articles, or
  // `batch_bytes` bytes of article text, whichever comes first; and, so that
  // a slow input (standard input fed by hand or by a feed) is not held back,
  // once its first article has waited `batch_age` (checked when an article
  // arrives, and while the store thread waits when there are threads).
  std::size_t batch_articles = 256;
  std::size_t batch_bytes = 8u << 20;
  std::chrono::milliseconds batch_age{CLAIMTRACK_BATCH_AGE_MS};
  // Whether to time the CPU of each Extract call (IngestTimes), for `bench`:
  // that is two system calls per article (a thread's CPU clock is not read
  // without one), so `ingest` leaves it off.
  bool measure_extract_cpu = false;
};

// What became of one article: stored, already stored, or refused on its own
// account (AddResult). Reported once per article, in input order.
struct IngestEvent {
  const Article& article;
  std::size_t claims = 0;  // claims stored with it (0 unless stored)
  AddOutcome outcome = AddOutcome::kRefused;
  const std::string& message;  // why, when refused
};

// Figures for `claimtrack bench`.
struct IngestTimes {
  double extract_seconds = 0;      // wall-clock time inside Extract, summed over threads
  double extract_cpu_seconds = 0;  // CPU time of those calls (0 unless measure_extract_cpu)
  double store_seconds = 0;        // wall-clock time inside AddArticles
  double store_cpu_seconds = 0;    // CPU time of the storing thread in them
  long batches = 0;                // transactions committed (or tried)
  // When the first batch began to be stored and when the last Extract call
  // ended: with threads, what the storing thread does after the latter (the
  // last batch) runs with the extraction threads idle.
  std::chrono::steady_clock::time_point first_store_start;
  std::chrono::steady_clock::time_point last_extract_end;
};

class IngestPipeline {
 public:
  using Listener = std::function<void(const IngestEvent&)>;

  // `extractors` holds one extractor per thread (a ClaimExtractor is not
  // thread-safe): with one, everything runs on the calling thread, one
  // article after the other; with N > 1, N - 1 threads extract, and one
  // more (the store thread, with the last extractor) commits each batch and
  // extracts between commits, so that N threads work, not N + 1: with one
  // per core, no thread waits for a core while another is idle.
  // `extractors` and `store` must outlive the pipeline. `listener` is
  // called for each article in input order, by the thread that stores (the
  // calling thread, or the store thread: never two calls at once).
  IngestPipeline(std::vector<const ClaimExtractor*> extractors, ClaimStore* store,
                 IngestOptions options, Listener listener);
  // Calls Finish() when it was not called.
  ~IngestPipeline();
  IngestPipeline(const IngestPipeline&) = delete;
  IngestPipeline& operator=(const IngestPipeline&) = delete;

  // Hands over one article; may wait while the window is full. Returns false
  // (and drops the article) once the store has failed: stop reading.
  bool Add(Article article);

  // Stores what is pending and stops the threads. Returns the store's
  // failure, if any, whose message starts with the store's path. Before a
  // failure, every article of a batch the store could not write is tried
  // again alone, so that all the articles before the one it stopped at are
  // stored (a full disk still takes a few); stopped_at() names that one (its
  // origin, else its doc). Call once.
  Status Finish();

  const std::string& stopped_at() const { return stopped_at_; }
  const IngestTimes& times() const { return times_; }

 private:
  void Extract(const ClaimExtractor& extractor, ArticleClaims* item);
  void WorkerLoop(const ClaimExtractor* extractor);
  void StoreLoop();
  // With threads: checkpoints the WAL every kCommitsPerCheckpoint commits.
  void CheckpointLoop();
  // Stops CheckpointLoop, closes its connection, and gives the store its
  // automatic checkpoints back.
  void StopCheckpoints();
  // Adds an extracted article to the batch; commits it when full (without
  // threads).
  void Push(ArticleClaims item);
  // With threads, under `lock` (of `mutex_`) and with articles queued: takes
  // the oldest, extracts it with the lock released (freeing `*spent`, when
  // given, meanwhile) and adds it to the extracted ones. True when articles
  // could then be collected (Collect).
  bool ExtractQueued(std::unique_lock<std::mutex>& lock, const ClaimExtractor& extractor,
                     std::vector<ArticleClaims>* spent);
  // With threads, under `mutex_`: moves the extracted articles that come next
  // in input order into `ready_` while it has room. True when any moved.
  bool Collect();
  bool ReadyFull() const;
  // Commits the batch (on the storing thread). False when the store failed.
  bool Flush();
  // After a commit, under `lock` (of `mutex_`): starts a checkpoint on the
  // checkpointing thread every kCommitsPerCheckpoint commits, or copies the
  // rest of the WAL itself when that thread found it large.
  void AfterCommit(std::unique_lock<std::mutex>& lock);
  void Report(const ArticleClaims& item, const AddResult& result);
  // A batch of `articles` articles holding `bytes` bytes of text is due.
  bool Full(std::size_t articles, std::size_t bytes) const;
  bool BatchFull() const;
  bool BatchOld() const;

  std::vector<const ClaimExtractor*> extractors_;
  ClaimStore* store_;
  IngestOptions options_;
  Listener listener_;
  bool finished_ = false;

  // Used by the storing thread only.
  std::vector<ArticleClaims> batch_;
  std::size_t batch_bytes_ = 0;
  std::chrono::steady_clock::time_point batch_start_;
  Status failure_;
  std::string stopped_at_;
  IngestTimes times_;

  // With threads: shared state, under `mutex_`.
  std::mutex mutex_;
  std::condition_variable input_ready_;   // to workers: input, or closing
  std::condition_variable output_ready_;  // to the store thread: the next article, or closing
  std::condition_variable room_;          // to Add: the window has room, or the store failed
  std::deque<std::pair<std::uint64_t, Article>> input_;
  std::map<std::uint64_t, ArticleClaims> extracted_;
  // The next batch, collected in input order while the one before it is
  // committed; the store thread takes it when full, old, or at the end.
  std::vector<ArticleClaims> ready_;
  std::size_t ready_bytes_ = 0;
  // A committed batch, for the next worker that takes an article to free.
  std::vector<ArticleClaims> spent_;
  std::chrono::steady_clock::time_point ready_start_;
  std::uint64_t next_seq_ = 0;    // given to the next Add
  std::uint64_t stored_seq_ = 0;  // the next article to collect into ready_
  std::size_t window_ = 0;
  bool closing_ = false;
  // The storing thread waits for a batch or an article to extract.
  bool store_idle_ = false;
  bool failed_ = false;
  double worker_seconds_ = 0, worker_cpu_seconds_ = 0;
  std::chrono::steady_clock::time_point last_extract_end_;
  std::vector<std::thread> workers_;
  std::thread store_thread_;
  // The checkpointing connection; null when it could not be opened (the
  // store then checkpoints after its own commits).
  std::unique_ptr<ClaimStore> checkpoint_store_;
  std::thread checkpoint_thread_;
  std::condition_variable checkpoint_due_;  // to CheckpointLoop: commits, or stopping
  int commits_since_checkpoint_ = 0;
  bool checkpointing_ = false;  // CheckpointLoop is copying
  // The WAL has grown past kWalPagesBeforeRestart: the store thread
  // checkpoints itself after its next commit, so that the WAL restarts.
  bool writer_checkpoint_due_ = false;
  bool stop_checkpoints_ = false;
};

}  // namespace claimtrack
