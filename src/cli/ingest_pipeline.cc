// IngestPipeline: extraction threads, a reorder window and batched commits.
//
// With threads, articles flow through three hands: the caller (Add) numbers
// each article and queues it; a worker takes the oldest queued article and
// extracts its claims; extracted articles are collected strictly in number
// order, whichever worker finished first, into the next batch; the store
// thread commits full batches, and while it has none to commit it takes
// queued articles and extracts them like a worker. Collecting is done by
// whichever thread finds the next article ready (a worker, or the store
// thread between commits), so the workers go on while a batch is being
// committed: extraction and storing overlap. The window (numbered but not
// yet collected) bounds what is queued or extracted ahead, so a slow article
// holds up at most a window; a collected batch waits while the one before it
// is committed.
#include "cli/ingest_pipeline.h"

#include <time.h>

#include <algorithm>
#include <span>
#include <utility>

namespace claimtrack {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kWindowPerThread = 16;

// Batches committed between two checkpoints. A batch writes about 1,000
// WAL pages; pages that every batch changes (index pages, the search
// index's segments) are copied once per checkpoint, so checkpointing after
// every commit would copy them over and over.
constexpr int kCommitsPerCheckpoint = 4;

// The WAL's size, in pages, at which the storing thread finishes a
// checkpoint itself so that the WAL restarts: the store's own automatic
// checkpoint threshold (store/claim_store.cc), about 40 MB.
constexpr std::int64_t kWalPagesBeforeRestart = 10000;

double ThreadCpuNow() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

const std::string& ArticleName(const Article& article) {
  return article.origin.empty() ? article.doc : article.origin;
}

}  // namespace

IngestPipeline::IngestPipeline(std::vector<const ClaimExtractor*> extractors, ClaimStore* store,
                               IngestOptions options, Listener listener)
    : extractors_(std::move(extractors)),
      store_(store),
      options_(options),
      listener_(std::move(listener)) {
  if (extractors_.size() > 1) {
    window_ = kWindowPerThread * extractors_.size();
    // The last extractor is the storing thread's: it extracts too while it
    // has no batch to commit.
    for (std::size_t k = 0; k + 1 < extractors_.size(); ++k) {
      const ClaimExtractor* extractor = extractors_[k];
      workers_.emplace_back([this, extractor] { WorkerLoop(extractor); });
    }
  }
  // Set up before the store thread starts using the store; with one thread
  // too, so that the copies' fsyncs overlap extraction rather than wait at
  // the close. Without the second connection the store checkpoints as it
  // always does.
  std::unique_ptr<ClaimStore> checkpointer;
  if (ClaimStore::Open(store_->path(), /*read_only=*/false, &checkpointer).ok() &&
      store_->SetAutoCheckpoint(false).ok()) {
    checkpoint_store_ = std::move(checkpointer);
    checkpoint_thread_ = std::thread([this] { CheckpointLoop(); });
  }
  if (extractors_.size() > 1) store_thread_ = std::thread([this] { StoreLoop(); });
}

IngestPipeline::~IngestPipeline() {
  if (!finished_) Finish();
}

void IngestPipeline::Extract(const ClaimExtractor& extractor, ArticleClaims* item) {
  Clock::time_point start = Clock::now();
  const bool cpu_clock = options_.measure_extract_cpu;
  double cpu_start = cpu_clock ? ThreadCpuNow() : 0;
  item->claims = extractor.Extract(item->article);
  double wall = Seconds(Clock::now() - start);
  double cpu = cpu_clock ? ThreadCpuNow() - cpu_start : 0;
  // Hashed here, on the extracting thread, rather than by the store's one
  // writing thread, which is the pipeline's critical path with threads.
  item->content_hash = ContentHash(item->article.text);
  if (workers_.empty()) {
    times_.extract_seconds += wall;
    times_.extract_cpu_seconds += cpu;
    times_.last_extract_end = Clock::now();
  } else {
    std::lock_guard lock(mutex_);
    worker_seconds_ += wall;
    worker_cpu_seconds_ += cpu;
    last_extract_end_ = std::max(last_extract_end_, Clock::now());
  }
}

bool IngestPipeline::Add(Article article) {
  if (workers_.empty()) {
    if (!failure_.ok()) return false;
    ArticleClaims item{std::move(article), {}, {}};
    Extract(*extractors_[0], &item);
    Push(std::move(item));
    return failure_.ok();
  }
  std::unique_lock lock(mutex_);
  room_.wait(lock, [&] { return failed_ || next_seq_ - stored_seq_ < window_; });
  if (failed_) return false;
  input_.emplace_back(next_seq_++, std::move(article));
  bool store_idle = store_idle_;
  lock.unlock();
  input_ready_.notify_one();
  if (store_idle) output_ready_.notify_one();
  return true;
}

void IngestPipeline::WorkerLoop(const ClaimExtractor* extractor) {
  for (;;) {
    std::unique_lock lock(mutex_);
    input_ready_.wait(lock, [&] { return !input_.empty() || closing_ || failed_; });
    if (failed_ || input_.empty()) return;
    // The strings of a committed batch, freed here (see Flush).
    std::vector<ArticleClaims> spent = std::move(spent_);
    spent_.clear();
    bool collected = ExtractQueued(lock, *extractor, &spent);
    // The store thread waits for a full batch, or for the last article at
    // the end.
    bool ready = collected && (ReadyFull() || closing_);
    lock.unlock();
    if (collected) room_.notify_one();
    if (ready) output_ready_.notify_one();
  }
}

bool IngestPipeline::ExtractQueued(std::unique_lock<std::mutex>& lock,
                                   const ClaimExtractor& extractor,
                                   std::vector<ArticleClaims>* spent) {
  auto [seq, article] = std::move(input_.front());
  input_.pop_front();
  lock.unlock();
  if (spent != nullptr) spent->clear();
  ArticleClaims item{std::move(article), {}, {}};
  Extract(extractor, &item);
  lock.lock();
  extracted_.emplace(seq, std::move(item));
  return seq == stored_seq_ && Collect();
}

bool IngestPipeline::ReadyFull() const { return Full(ready_.size(), ready_bytes_); }

bool IngestPipeline::Collect() {
  bool any = false;
  while (!ReadyFull()) {
    auto found = extracted_.find(stored_seq_);
    if (found == extracted_.end()) break;
    if (ready_.empty()) ready_start_ = Clock::now();
    ready_bytes_ += found->second.article.text.size();
    ready_.push_back(std::move(found->second));
    extracted_.erase(found);
    ++stored_seq_;
    any = true;
  }
  return any;
}

void IngestPipeline::CheckpointLoop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    checkpoint_due_.wait(lock, [&] {
      return stop_checkpoints_ || commits_since_checkpoint_ >= kCommitsPerCheckpoint;
    });
    if (stop_checkpoints_) return;
    commits_since_checkpoint_ = 0;
    if (writer_checkpoint_due_) continue;  // the store thread's turn
    checkpointing_ = true;
    lock.unlock();
    // A checkpoint that fails (a full disk) leaves its pages in the WAL, for
    // the next one or for closing the store; the commits stand either way.
    std::int64_t wal_pages = 0;
    Status status = checkpoint_store_->Checkpoint(&wal_pages);
    lock.lock();
    checkpointing_ = false;
    if (status.ok() && wal_pages >= kWalPagesBeforeRestart) writer_checkpoint_due_ = true;
  }
}

void IngestPipeline::StopCheckpoints() {
  if (!checkpoint_store_) return;
  {
    std::lock_guard lock(mutex_);
    stop_checkpoints_ = true;
  }
  checkpoint_due_.notify_one();
  checkpoint_thread_.join();
  checkpoint_store_.reset();
  (void)store_->SetAutoCheckpoint(true);
}

void IngestPipeline::StoreLoop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    auto all_collected = [&] { return closing_ && stored_seq_ == next_seq_ && extracted_.empty(); };
    auto ready = [&] { return ReadyFull() || all_collected(); };
    // With nothing to commit yet, the storing thread extracts too, so that
    // as many threads work as there are extractors, not one more: with one
    // thread per core, none waits for a core while another is idle.
    while (!ready() && !input_.empty() && !failed_) {
      if (ExtractQueued(lock, *extractors_.back(), nullptr)) room_.notify_one();
    }
    auto wake = [&] { return ready() || !input_.empty(); };
    store_idle_ = true;
    if (ready_.empty()) {
      output_ready_.wait(lock, wake);
    } else {
      // The input is slow: commit what has waited long enough.
      output_ready_.wait_until(lock, ready_start_ + options_.batch_age, wake);
    }
    store_idle_ = false;
    if (!ready() && !input_.empty() &&
        (ready_.empty() || Clock::now() < ready_start_ + options_.batch_age)) {
      continue;  // woken by input: extract it
    }
    bool last = all_collected();
    if (ready_.empty()) {
      if (last) return;
      continue;
    }
    batch_ = std::move(ready_);
    batch_bytes_ = ready_bytes_;
    ready_.clear();
    ready_bytes_ = 0;
    // Articles that finished while the batch was full join the next one.
    bool collected = Collect();
    lock.unlock();
    if (collected) room_.notify_all();
    bool ok = Flush();
    lock.lock();
    if (!ok) break;
    AfterCommit(lock);
    if (Collect()) room_.notify_all();
  }
  // The store failed: stop everyone; what is queued is dropped.
  failed_ = true;
  input_.clear();
  extracted_.clear();
  ready_.clear();
  lock.unlock();
  input_ready_.notify_all();
  room_.notify_all();
}

void IngestPipeline::AfterCommit(std::unique_lock<std::mutex>& lock) {
  if (!checkpoint_store_) return;
  if (writer_checkpoint_due_ && !checkpointing_) {
    // Right after a commit and before the next batch begins: the pages
    // the other thread has not copied yet are about one batch's, and once
    // all are copied the next batch starts the WAL again.
    writer_checkpoint_due_ = false;
    commits_since_checkpoint_ = 0;
    lock.unlock();
    (void)store_->Checkpoint();  // a failure leaves the pages for later
    lock.lock();
  } else if (++commits_since_checkpoint_ >= kCommitsPerCheckpoint) {
    checkpoint_due_.notify_one();
  }
}

bool IngestPipeline::Full(std::size_t articles, std::size_t bytes) const {
  return articles >= options_.batch_articles || bytes >= options_.batch_bytes;
}

bool IngestPipeline::BatchFull() const { return Full(batch_.size(), batch_bytes_); }

bool IngestPipeline::BatchOld() const {
  return !batch_.empty() && Clock::now() - batch_start_ >= options_.batch_age;
}

void IngestPipeline::Push(ArticleClaims item) {
  if (batch_.empty()) batch_start_ = Clock::now();
  batch_bytes_ += item.article.text.size();
  batch_.push_back(std::move(item));
  if (BatchFull() || BatchOld()) {
    if (Flush()) {
      std::unique_lock lock(mutex_);
      AfterCommit(lock);
    }
  }
}

void IngestPipeline::Report(const ArticleClaims& item, const AddResult& result) {
  if (!listener_) return;
  IngestEvent event{item.article, result.outcome == AddOutcome::kStored ? item.claims.size() : 0,
                    result.outcome, result.message};
  listener_(event);
}

bool IngestPipeline::Flush() {
  if (batch_.empty()) return failure_.ok();
  Clock::time_point start = Clock::now();
  double cpu_start = ThreadCpuNow();
  if (times_.batches == 0) times_.first_store_start = start;
  std::vector<AddResult> results;
  ++times_.batches;
  Status status = store_->AddArticles(batch_, &results);
  if (status.ok()) {
    for (std::size_t i = 0; i < batch_.size(); ++i) Report(batch_[i], results[i]);
  } else {
    // Nothing of the batch was written. Alone, each article stands or falls
    // by itself: store them one by one up to the first the store cannot take
    // (with a full disk, a batch may not fit where its first articles do).
    for (ArticleClaims& item : batch_) {
      ++times_.batches;
      status = store_->AddArticles(std::span<ArticleClaims>(&item, 1), &results);
      if (!status.ok()) {
        failure_ = status;
        stopped_at_ = ArticleName(item.article);
        break;
      }
      Report(item, results[0]);
    }
  }
  times_.store_seconds += Seconds(Clock::now() - start);
  times_.store_cpu_seconds += ThreadCpuNow() - cpu_start;
  if (!workers_.empty()) {
    // Freeing a batch (its texts and claims: tens of thousands of
    // strings) is left to a worker, off the storing thread, the critical
    // path; unless the batch before is still waiting for one.
    std::unique_lock lock(mutex_);
    if (spent_.empty()) spent_ = std::move(batch_);
  }
  batch_.clear();
  batch_bytes_ = 0;
  return failure_.ok();
}

Status IngestPipeline::Finish() {
  if (finished_) return failure_;
  finished_ = true;
  if (workers_.empty()) {
    Flush();
    StopCheckpoints();
  } else {
    {
      std::lock_guard lock(mutex_);
      closing_ = true;
    }
    input_ready_.notify_all();
    output_ready_.notify_all();
    for (std::thread& worker : workers_) worker.join();
    store_thread_.join();
    StopCheckpoints();
    times_.extract_seconds = worker_seconds_;
    times_.extract_cpu_seconds = worker_cpu_seconds_;
    times_.last_extract_end = last_extract_end_;
  }
  return failure_;
}

}  // namespace claimtrack
