// `claimtrack bench`: how fast each stage runs on real corpora, and how
// matching scales with the number of claims. It is a measuring tool, not a
// test: nothing is asserted, figures are printed (a table, or --format json)
// for docs/performance.md and for comparing changes.
//
// For each CORPUS (a .jsonl file, a .txt file or a folder, read as `ingest`
// reads it, posts split), every phase streams the corpus again, so memory
// stays what the streaming pipeline needs, and is run --repeat times; the
// median time is reported:
//   read      ReadArticles + SplitPosts alone (file reading, JSON parsing,
//             UTF-8 checks, metadata): the cost every other phase includes;
//   segment   SentenceSplitter::Split over every article, timed around the
//             call only: ICU's speed on this text, the floor to compare with;
//   extract   ClaimExtractor::Extract, timed around the call only, no store;
//   ingest    the `claimtrack ingest` loop end to end, reading included, into
//             a fresh store in a temporary folder (IngestPipeline: batches of
//             articles, one transaction each), once per --threads value: the
//             row "ingest" is one thread, "ingest-Nt" N extraction threads;
//   match     over the last ingest's store: ForEachMatchClaim (as `match`
//             reads claims), DisputeFinder::Find and ReplaceDisputes.
// Peak memory is the process's resident high-water mark (VmHWM), reset before
// each run through /proc/self/clear_refs, so each phase reports its own peak.
//
// --synthetic-claims N generates N claims in memory (sources from the rules'
// sides.txt phrases and invented names, assertions and some denials, content
// drawn from a Zipf-distributed vocabulary with shared topic words so that
// there is something to match) and times DisputeFinder::Find on them. Each
// size runs in a child process, so that its peak memory is its own and a run
// over --time-limit or --memory-limit-mb can be stopped and reported
// without stopping the benchmark.
//
// --make-corpus OUT --size-mb N INPUT... writes a larger jsonl corpus by
// repeating the inputs, one line per article as `ingest` sees it (posts
// split): copy K's ids end in "#copyK", and its texts end in K-1 extra
// newlines, which no stage sees but which give each copy its own content
// hash (the store keeps one copy of a text, so identical copies would skip
// the inserts and flatter ingest).
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <new>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "base/json.h"
#include "base/rule_file.h"
#include "cli/bench_cores.h"
#include "cli/cli_options.h"
#include "cli/command.h"
#include "cli/ingest_pipeline.h"
#include "cli/progress.h"
#include "cli/store_claim_source.h"
#include "extract/claim_extractor.h"
#include "extract/extraction_rules.h"
#include "ingest/article_reader.h"
#include "ingest/post_splitter.h"
#include "match/contradiction.h"
#include "match/dispute_finder.h"
#include "match/matching_rules.h"
#include "store/claim_store.h"
#include "text/sentence_splitter.h"

namespace claimtrack {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct BenchFlags {
  std::vector<std::string> rules_dirs;
  int repeat = 1;                     // runs of each phase; the median is reported
  std::vector<long> synthetic_sizes;  // claims to generate, one run per size
  std::string format = "text";        // "text" or "json"
  std::string store_dir;              // where the temporary stores go
  int time_limit = 0;                 // seconds per match run (corpus or synthetic); 0: none
  long memory_limit_mb = 0;           // address space per match run, MiB; 0: none
  std::string make_corpus;            // --make-corpus OUT
  double size_mb = 100;               // its size, in 10^6 bytes of jsonl
  std::vector<std::string> paths;
  std::vector<int> threads;    // --threads: one ingest row per value
  unsigned match_threads = 0;  // --match-threads: MatchOptions::threads (0: one per core)
  bool pin = true;             // one-thread phases on the fastest core (--no-pin: anywhere)
};

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// Wall-clock and CPU time of one piece of work. CPU time (this process's,
// user + system) leaves out waiting: on a machine busy with other work it
// stays near what the work costs while wall-clock time grows, and on an idle
// machine the difference is time spent waiting for the disk.
struct Times {
  double wall = 0;
  double cpu = 0;
  Times& operator+=(const Times& other) {
    wall += other.wall;
    cpu += other.cpu;
    return *this;
  }
};

double CpuNow() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

class Stopwatch {
 public:
  Stopwatch() : wall_(Clock::now()), cpu_(CpuNow()) {}
  Times Elapsed() const { return Times{Seconds(Clock::now() - wall_), CpuNow() - cpu_}; }
  // Wall-clock seconds from the start to `when`.
  double SecondsTo(Clock::time_point when) const { return Seconds(when - wall_); }

 private:
  Clock::time_point wall_;
  double cpu_;
};

// --- memory ----------------------------------------------------------------

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"); 0 when unknown.
long StatusKb(const std::string& field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with(field + ":")) return std::atol(line.c_str() + field.size() + 1);
  }
  return 0;
}

// Lowers the resident high-water mark to the current resident size, so that
// the next reading is the peak of what runs in between (Linux >= 4.0). When
// that is not allowed, the mark keeps counting from the start.
bool ResetPeakMemory() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  clear.close();
  return static_cast<bool>(clear);
}

// The peak resident size so far, in kB: VmHWM, else getrusage's ru_maxrss.
long PeakMemoryKb() {
  long hwm = StatusKb("VmHWM");
  if (hwm > 0) return hwm;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

double Mib(long kb) { return static_cast<double>(kb) / 1024.0; }

// --- the machine -------------------------------------------------------------

struct Machine {
  std::string cpu;
  unsigned cores = 0;
  double load = -1;      // 1-minute load average at the start
  double load_end = -1;  // and at the end: other work on the machine skews the figures
  std::string date;      // UTC
  std::string build;
  int pinned_cpu = -1;  // the CPU the one-thread phases ran on; -1: not pinned
};

Machine DescribeMachine() {
  Machine machine;
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.starts_with("model name")) {
      machine.cpu = line.substr(line.find(':') + 2);
      break;
    }
  }
  if (machine.cpu.empty()) machine.cpu = "unknown CPU";
  machine.cores = std::thread::hardware_concurrency();
  double load[1];
  if (getloadavg(load, 1) == 1) machine.load = load[0];
  std::time_t now = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
  machine.date = date;
#ifdef __VERSION__
  machine.build = "g++ " __VERSION__;
#endif
#ifdef __OPTIMIZE__
  machine.build += ", optimized";
#else
  machine.build += ", NOT optimized (a Debug build: figures are not representative)";
#endif
  return machine;
}

// --- work in a child process ------------------------------------------------

// What RunInChild reports.
struct ChildRun {
  bool finished = false;
  std::string reply;    // the figures the work returned, when finished
  long peak_kb = 0;     // the child's peak resident memory, finished or not
  std::string outcome;  // why it did not finish
};

// Runs `work` in a child process (a copy of this one) and returns the line
// of figures it returns; it reports a failure by throwing. The child is
// killed after `time_limit` seconds and may use `memory_limit_mb` MiB of
// address space (0: no limit). Matching runs this way, being the stage whose
// cost grows faster than its input: a run that is too slow or too large is
// reported as such, and the benchmark goes on. The child's peak memory
// includes what it inherited (this process's resident size at the fork).
ChildRun RunInChild(const std::function<std::string()>& work, int time_limit,
                    long memory_limit_mb) {
  ChildRun run;
  int fds[2];
  if (pipe(fds) != 0) {
    run.outcome = "could not start a child process";
    return run;
  }
  std::cout.flush();
  std::cerr.flush();
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    run.outcome = "could not start a child process";
    return run;
  }
  if (pid == 0) {
    close(fds[0]);
    if (memory_limit_mb > 0) {
      rlim_t bytes = static_cast<rlim_t>(memory_limit_mb) << 20;
      rlimit limit{bytes, bytes};
      setrlimit(RLIMIT_AS, &limit);
    }
    std::string reply;
    try {
      reply = "ok " + work();
    } catch (const std::bad_alloc&) {
      reply = "memory";
    } catch (const std::exception& e) {
      reply = std::string("error ") + e.what();
    }
    reply += '\n';
    for (std::size_t done = 0; done < reply.size();) {
      ssize_t n = write(fds[1], reply.data() + done, reply.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    _exit(0);  // no destructors, no flushing of the parent's copied buffers
  }
  close(fds[1]);
  // The reply is read as it comes, so a long one cannot block the child.
  fcntl(fds[0], F_SETFL, O_NONBLOCK);
  auto drain = [&] {
    char buffer[4096];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) {
      run.reply.append(buffer, static_cast<std::size_t>(n));
    }
  };
  const Clock::time_point deadline = Clock::now() + std::chrono::seconds(time_limit);
  int status = 0;
  rusage usage{};
  bool timed_out = false;
  while (wait4(pid, &status, WNOHANG, &usage) == 0) {
    drain();
    if (time_limit > 0 && Clock::now() > deadline) {
      kill(pid, SIGKILL);
      wait4(pid, &status, 0, &usage);
      timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  drain();
  close(fds[0]);
  run.peak_kb = usage.ru_maxrss;
  if (timed_out) {
    run.outcome = "stopped at the time limit of " + std::to_string(time_limit) + " s";
  } else if (run.reply.starts_with("ok ")) {
    run.finished = true;
    run.reply = run.reply.substr(3);
  } else if (run.reply.starts_with("memory")) {
    run.outcome = "out of memory at the limit of " + std::to_string(memory_limit_mb) + " MiB";
  } else if (run.reply.starts_with("error ")) {
    run.outcome = "failed: " + run.reply.substr(6);
    while (!run.outcome.empty() && run.outcome.back() == '\n') run.outcome.pop_back();
  } else if (WIFSIGNALED(status)) {
    run.outcome = "killed by signal " + std::to_string(WTERMSIG(status)) +
                  (WTERMSIG(status) == SIGKILL ? " (out of memory?)" : "");
  } else {
    run.outcome = "ended without a result";
  }
  return run;
}

// --- corpus phases -------------------------------------------------------------

struct PhaseResult {
  std::string name;
  std::vector<double> runs;      // wall-clock seconds of each run
  std::vector<double> cpu_runs;  // CPU seconds of each run
  long long bytes = 0;           // article text bytes processed
  long articles = 0;
  long claims = 0;   // claims found (extract, ingest) or matched (match)
  long peak_kb = 0;  // highest VmHWM over the runs
  std::string note;  // what else a reader needs, in words
  // Extra figures of each run by name, for json (medians) and notes.
  std::map<std::string, std::vector<double>> details;

  double seconds() const { return Median(runs); }
  double cpu_seconds() const { return Median(cpu_runs); }
  double Detail(const std::string& key) const {
    auto it = details.find(key);
    return it == details.end() ? 0 : Median(it->second);
  }
  void Add(const Times& times) {
    runs.push_back(times.wall);
    cpu_runs.push_back(times.cpu);
  }
  double PerSecond(double count) const { return seconds() > 0 ? count / seconds() : 0; }
};

struct CorpusResult {
  std::string path;
  long long file_bytes = 0;
  long long text_bytes = 0;
  long articles = 0;
  std::vector<std::string> problems;  // skipped inputs, warnings
  std::vector<PhaseResult> phases;
};

long long PathBytes(const std::string& path) {
  std::error_code error;
  if (fs::is_regular_file(path, error)) return static_cast<long long>(fs::file_size(path, error));
  long long total = 0;
  for (auto it = fs::recursive_directory_iterator(path, error); !error && it != fs::end(it);
       it.increment(error)) {
    if (it->is_regular_file(error)) total += static_cast<long long>(it->file_size(error));
  }
  return total;
}

// Streams the articles of `path` as `ingest` sees them (posts split) to
// `visit` until it returns false; returns what the reader reported.
ReadReport ForEachArticleWhile(const std::string& path,
                               const std::function<bool(Article&&)>& visit) {
  ReadReport report;
  std::istringstream no_stdin;
  ReadArticles(
      {path}, no_stdin,
      [&](Article&& page) {
        for (Article& article : SplitPosts(page)) {
          if (!visit(std::move(article))) return false;
        }
        return true;
      },
      &report);
  return report;
}

// The same, to the end.
ReadReport ForEachArticle(const std::string& path,
                          const std::function<void(const Article&)>& visit) {
  return ForEachArticleWhile(path, [&](Article&& article) {
    visit(article);
    return true;
  });
}

// Each core's speed on extraction of the first megabyte of articles of
// `path`: alone, then all cores at once, one extractor each, fastest of 3.
CoreSpeeds MeasureCoresOnExtraction(const std::string& path, const ClaimExtractor& extractor) {
  constexpr std::size_t kSampleBytes = 1'000'000;
  std::vector<Article> sample;
  std::size_t bytes = 0;
  ForEachArticleWhile(path, [&](Article&& article) {
    bytes += article.text.size();
    sample.push_back(std::move(article));
    return bytes < kSampleBytes;
  });
  std::vector<std::unique_ptr<ClaimExtractor>> extractors(AllowedCpus().size());
  for (std::unique_ptr<ClaimExtractor>& one : extractors) {
    if (!ClaimExtractor::Create(extractor.rules(), &one).ok()) return CoreSpeeds{};
  }
  return MeasureCores(
      [&](int worker) {
        const ClaimExtractor& mine = *extractors[static_cast<std::size_t>(worker)];
        for (const Article& article : sample) (void)mine.Extract(article);
      },
      3);
}

// A fresh, empty folder for temporary stores, removed with its content.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& parent) {
    fs::path base = parent.empty() ? fs::temp_directory_path() : fs::path(parent);
    std::string pattern = (base / "claimtrack-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  bool ok() const { return !path_.empty(); }
  // A store path inside, with no file (or -wal, -shm) left from a previous run.
  std::string FreshStore() const {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      fs::remove(path_ + "/bench.sqlite" + suffix, ignored);
    }
    return path_ + "/bench.sqlite";
  }

 private:
  std::string path_;
};

class CorpusBench {
 public:
  CorpusBench(const BenchFlags& flags, const ClaimExtractor& extractor,
              const SentenceSplitter& splitter, const MatchingRules& matching,
              const Antonyms& antonyms, int pin_cpu)
      : flags_(flags),
        extractor_(extractor),
        splitter_(splitter),
        matching_(matching),
        antonyms_(antonyms),
        pin_cpu_(pin_cpu) {}

  Status Run(const std::string& path, CorpusResult* result) {
    result->path = path;
    result->file_bytes = PathBytes(path);
    ScratchDir scratch(flags_.store_dir);
    if (!scratch.ok()) {
      return Status::Error(
          "cannot create a temporary folder in " +
          (flags_.store_dir.empty() ? fs::temp_directory_path().string() : flags_.store_dir));
    }
    PhaseResult read, segment, extract, match;
    read.name = "read";
    segment.name = "segment";
    extract.name = "extract";
    match.name = "match";
    std::vector<PhaseResult> ingests(flags_.threads.size());
    for (int run = 0; run < flags_.repeat; ++run) {
      Status status = RunRead(path, &read, result);
      if (!status.ok()) return status;
    }
    for (int run = 0; run < flags_.repeat; ++run) RunSegment(path, &segment);
    for (int run = 0; run < flags_.repeat; ++run) RunExtract(path, &extract);
    std::string store_path;
    for (std::size_t t = 0; t < flags_.threads.size(); ++t) {
      int threads = flags_.threads[t];
      ingests[t].name = threads == 1 ? "ingest" : "ingest-" + std::to_string(threads) + "t";
      for (int run = 0; run < flags_.repeat; ++run) {
        store_path = scratch.FreshStore();
        Status status = RunIngest(path, store_path, threads, &ingests[t]);
        if (!status.ok()) return status;
      }
    }
    for (int run = 0; run < flags_.repeat; ++run) {
      if (!RunMatch(store_path, &match)) break;
    }
    result->phases = {read, segment, extract};
    result->phases.insert(result->phases.end(), ingests.begin(), ingests.end());
    result->phases.push_back(match);
    return Status::Ok();
  }

 private:
  Status RunRead(const std::string& path, PhaseResult* phase, CorpusResult* result) {
    CpuPin pin(pin_cpu_);
    ResetPeakMemory();
    Progress progress("bench read");
    long long bytes = 0;
    long articles = 0;
    Stopwatch watch;
    ReadReport report = ForEachArticle(path, [&](const Article& article) {
      bytes += static_cast<long long>(article.text.size());
      ++articles;
      progress.Update(articles, bytes, 0, "");
    });
    phase->Add(watch.Elapsed());
    phase->peak_kb = std::max(phase->peak_kb, PeakMemoryKb());
    phase->bytes = result->text_bytes = bytes;
    phase->articles = result->articles = articles;
    result->problems = report.problems;
    result->problems.insert(result->problems.end(), report.warnings.begin(), report.warnings.end());
    if (articles == 0) {
      std::string message = path + ": no articles read";
      for (const std::string& problem : report.problems) message += "\n  " + problem;
      return Status::Error(message);
    }
    return Status::Ok();
  }

  void RunSegment(const std::string& path, PhaseResult* phase) {
    CpuPin pin(pin_cpu_);
    ResetPeakMemory();
    Progress progress("bench segment");
    Times inside;
    long long bytes = 0, sentences = 0;
    long articles = 0;
    ForEachArticle(path, [&](const Article& article) {
      Stopwatch watch;
      std::vector<Span> spans = splitter_.Split(article.text);
      inside += watch.Elapsed();
      sentences += static_cast<long long>(spans.size());
      bytes += static_cast<long long>(article.text.size());
      progress.Update(++articles, bytes, static_cast<long>(sentences), "sentences");
    });
    phase->Add(inside);
    phase->peak_kb = std::max(phase->peak_kb, PeakMemoryKb());
    phase->bytes = bytes;
    phase->articles = articles;
    phase->details["sentences"] = {static_cast<double>(sentences)};
    phase->note = std::to_string(sentences) + " sentences; Split calls only";
  }

  void RunExtract(const std::string& path, PhaseResult* phase) {
    CpuPin pin(pin_cpu_);
    ResetPeakMemory();
    Progress progress("bench extract");
    Times inside;
    long long bytes = 0;
    long articles = 0, claims = 0;
    ForEachArticle(path, [&](const Article& article) {
      Stopwatch watch;
      std::vector<Claim> found = extractor_.Extract(article);
      inside += watch.Elapsed();
      claims += static_cast<long>(found.size());
      bytes += static_cast<long long>(article.text.size());
      progress.Update(++articles, bytes, claims, "claims");
    });
    phase->Add(inside);
    phase->peak_kb = std::max(phase->peak_kb, PeakMemoryKb());
    phase->bytes = bytes;
    phase->articles = articles;
    phase->claims = claims;
    phase->note = "Extract calls only, no store";
  }

  // What `claimtrack ingest --threads N` does, minus its messages.
  Status RunIngest(const std::string& path, const std::string& store_path, int threads,
                   PhaseResult* phase) {
    // Extractors other than the first are made before the clock starts, as
    // `ingest` makes them before it opens the store.
    std::vector<std::unique_ptr<ClaimExtractor>> more(static_cast<std::size_t>(threads - 1));
    std::vector<const ClaimExtractor*> extractors = {&extractor_};
    for (std::unique_ptr<ClaimExtractor>& extractor : more) {
      Status status = ClaimExtractor::Create(extractor_.rules(), &extractor);
      if (!status.ok()) return status;
      extractors.push_back(extractor.get());
    }
    // One thread runs on one core, with the store's checkpoint thread;
    // more run where the system puts them.
    CpuPin pin(threads == 1 ? pin_cpu_ : -1);
    ResetPeakMemory();
    Progress progress(phase->name == "ingest" ? "bench ingest" : "bench " + phase->name);
    Stopwatch watch;
    std::unique_ptr<ClaimStore> store;
    Status status = ClaimStore::Open(store_path, /*read_only=*/false, &store);
    if (!status.ok()) return status;
    Times opened = watch.Elapsed();  // creating the schema
    long long bytes = 0;
    long articles = 0, stored = 0, duplicates = 0, claims = 0;
    IngestTimes times;
    {
      IngestOptions options;
      options.measure_extract_cpu = true;
      IngestPipeline pipeline(extractors, store.get(), options, [&](const IngestEvent& event) {
        if (event.outcome == AddOutcome::kStored) {
          ++stored;
          claims += static_cast<long>(event.claims);
        } else if (event.outcome == AddOutcome::kDuplicate) {
          ++duplicates;
        }
        bytes += static_cast<long long>(event.article.text.size());
        progress.Update(++articles, bytes, claims, "claims");
      });
      ForEachArticleWhile(path,
                          [&](Article&& article) { return pipeline.Add(std::move(article)); });
      status = pipeline.Finish();
      times = pipeline.times();
    }
    if (!status.ok()) return status;
    Times before_close = watch.Elapsed();
    store.reset();  // closing checkpoints the WAL: part of the cost
    Times total = watch.Elapsed();
    phase->details["open_seconds"].push_back(opened.wall);
    phase->details["open_cpu_seconds"].push_back(opened.cpu);
    phase->details["close_seconds"].push_back(total.wall - before_close.wall);
    phase->details["close_cpu_seconds"].push_back(total.cpu - before_close.cpu);
    phase->Add(total);
    phase->peak_kb = std::max(phase->peak_kb, PeakMemoryKb());
    phase->bytes = bytes;
    phase->articles = articles;
    phase->claims = claims;
    phase->details["threads"] = {static_cast<double>(threads)};
    phase->details["batches"].push_back(static_cast<double>(times.batches));
    phase->details["extract_seconds"].push_back(times.extract_seconds);
    phase->details["extract_cpu_seconds"].push_back(times.extract_cpu_seconds);
    phase->details["store_seconds"].push_back(times.store_seconds);
    phase->details["store_cpu_seconds"].push_back(times.store_cpu_seconds);
    // The pipeline's ends, where some threads wait: before the first batch is
    // stored, and after the last article is extracted (the last batch and
    // closing the store).
    phase->details["first_store_seconds"].push_back(watch.SecondsTo(times.first_store_start));
    phase->details["after_extract_seconds"].push_back(total.wall -
                                                      watch.SecondsTo(times.last_extract_end));
    std::error_code error;
    phase->details["store_mb"].push_back(static_cast<double>(fs::file_size(store_path, error)) /
                                         1e6);
    char note[512];
    if (threads == 1) {
      phase->details["rest_seconds"].push_back(
          std::max(0.0, total.wall - times.extract_seconds - times.store_seconds));
      std::snprintf(note, sizeof note,
                    "reading included; Extract %.2f s (CPU %.2f s), AddArticles %.2f s (CPU "
                    "%.2f s) in %.0f batches, reading and rest %.2f s (of which opening the "
                    "store %.3f s, CPU %.3f s; closing it %.3f s, CPU %.3f s); %ld stored, %ld "
                    "duplicate texts",
                    phase->Detail("extract_seconds"), phase->Detail("extract_cpu_seconds"),
                    phase->Detail("store_seconds"), phase->Detail("store_cpu_seconds"),
                    phase->Detail("batches"), phase->Detail("rest_seconds"),
                    phase->Detail("open_seconds"), phase->Detail("open_cpu_seconds"),
                    phase->Detail("close_seconds"), phase->Detail("close_cpu_seconds"), stored,
                    duplicates);
    } else {
      std::snprintf(
          note, sizeof note,
          "%d threads extract, 1 of them also stores: Extract %.2f s (CPU %.2f s) summed over "
          "threads, AddArticles %.2f s (CPU %.2f s) in %.0f batches; first batch "
          "stored from %.3f s; after the last extraction %.3f s (closing the store "
          "%.3f s); %ld stored, %ld duplicate texts",
          threads, phase->Detail("extract_seconds"), phase->Detail("extract_cpu_seconds"),
          phase->Detail("store_seconds"), phase->Detail("store_cpu_seconds"),
          phase->Detail("batches"), phase->Detail("first_store_seconds"),
          phase->Detail("after_extract_seconds"), phase->Detail("close_seconds"), stored,
          duplicates);
    }
    phase->note = note;
    return Status::Ok();
  }

  // Runs in a child process, within --time-limit and --memory-limit-mb;
  // false when the run did not finish (the note says why).
  bool RunMatch(const std::string& store_path, PhaseResult* phase) {
    ChildRun run = RunInChild(
        [&] {
          Stopwatch watch;
          std::unique_ptr<ClaimStore> store;
          Status status = ClaimStore::Open(store_path, /*read_only=*/false, &store);
          if (!status.ok()) throw std::runtime_error(status.message());
          // The claims are read within Find (as `match` reads them): "load"
          // is the opening only.
          StoreClaimSource claims(store.get());
          Times loaded = watch.Elapsed();
          MatchOptions options;
          options.threads = flags_.match_threads;
          MatchResult result;
          status = DisputeFinder(matching_, antonyms_, options).Find(claims, &result);
          if (!status.ok()) throw std::runtime_error(status.message());
          Times found = watch.Elapsed();
          status = store->ReplaceDisputes(&result.disputes, result.source_sides);
          if (!status.ok()) throw std::runtime_error(status.message());
          store.reset();
          Times end = watch.Elapsed();
          char reply[200];
          std::snprintf(reply, sizeof reply, "%.6f %.6f %.6f %.6f %zu %zu", loaded.wall,
                        found.wall - loaded.wall, end.wall - found.wall, end.cpu, claims.claims(),
                        result.disputes.size());
          return std::string(reply);
        },
        flags_.time_limit, flags_.memory_limit_mb);
    phase->peak_kb = std::max(phase->peak_kb, run.peak_kb);
    if (!run.finished) {
      phase->note = run.outcome;
      return false;
    }
    double load = 0, find = 0, store = 0, cpu = 0, disputes = 0;
    std::istringstream(run.reply) >> load >> find >> store >> cpu >> phase->claims >> disputes;
    phase->Add(Times{load + find + store, cpu});
    phase->details["load_seconds"].push_back(load);
    phase->details["find_seconds"].push_back(find);
    phase->details["store_seconds"].push_back(store);
    phase->details["disputes"] = {disputes};
    char note[200];
    std::snprintf(note, sizeof note, "%.0f disputes; load %.2f s, Find %.2f s, store %.2f s",
                  disputes, phase->Detail("load_seconds"), phase->Detail("find_seconds"),
                  phase->Detail("store_seconds"));
    phase->note = note;
    return true;
  }

  const BenchFlags& flags_;
  const ClaimExtractor& extractor_;
  const SentenceSplitter& splitter_;
  const MatchingRules& matching_;
  const Antonyms& antonyms_;
  int pin_cpu_;  // the CPU for one-thread phases; -1: not pinned
};

// --- synthetic claims -------------------------------------------------------------

// Frequent words of news text, most frequent first: the head of the Zipf
// vocabulary. Function words are included because real contents hold them
// and matching must skip them (stopwords.txt).
// clang-format off
constexpr const char* kHeadWords[] = {
    "the", "to", "of", "a", "and", "in", "that", "is", "for", "on", "was", "it", "with", "he", "be",
    "by", "as", "has", "have", "at", "not", "are", "will", "from", "an", "they", "would", "had",
    "been", "his", "we", "were", "this", "which", "their", "but", "there", "more", "no",
    "government", "people", "said", "year", "new", "after", "forces", "military", "attack",
    "officials", "police", "against", "country", "president", "minister", "security", "war",
    "killed", "civilians", "city", "troops", "report", "election", "vote", "talks", "deal",
    "strike", "strikes", "air", "weapons", "chemical", "rebels", "opposition", "ceasefire",
    "border", "Syria", "Russia", "Aleppo", "Damascus", "Moscow", "Washington", "Iran", "Turkey",
    "sanctions", "economy", "market", "prices", "growth", "bank", "company", "shares", "profits",
    "oil", "gas", "energy", "health", "hospital", "children", "school", "court", "law", "rights",
    "protest", "protesters", "campaign", "party", "leader", "council", "agency", "investigation",
    "evidence", "claims", "allegations", "responsible", "involved", "denied", "false", "mission",
    "joint", "convoy", "aid", "humanitarian", "refugees", "camp", "village", "province", "region",
    "area", "operation", "offensive", "fighters", "militants", "group", "coalition", "warplanes",
    "bombing", "shelling", "casualties", "dead", "wounded", "missile", "missiles", "base",
    "airport", "plan", "proposal", "agreement", "negotiations", "envoy", "resolution", "ambassador",
    "spokesman", "statement", "week", "month", "day", "night", "morning", "first", "last", "two",
    "three", "hundreds", "thousands", "million", "percent", "tax", "budget", "debt", "jobs",
    "workers", "union", "strike", "industry", "technology", "internet", "phone", "software", "data",
    "privacy", "network", "film", "music", "award", "show", "team", "match", "season", "club",
    "coach", "player", "cup", "final", "win",
};
// clang-format on

// The n-th word after the head list: a made-up but pronounceable word
// ("kelimo"), capitalized now and then like a place or a name.
std::string TailWord(std::size_t n) {
  static constexpr const char* kSyllables[] = {"ba",  "ke",  "li",  "mo", "nu",  "ra",
                                               "se",  "ti",  "vo",  "za", "dan", "ler",
                                               "mir", "sok", "tal", "ven"};
  std::string word;
  std::size_t k = n + 16;  // at least two syllables
  while (k > 0) {
    word += kSyllables[k % 16];
    k /= 16;
  }
  if (n % 11 == 0) word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// Draws word ranks with probability proportional to 1 / rank^s.
class ZipfWords {
 public:
  ZipfWords(std::size_t vocabulary, double s) : cumulative_(vocabulary) {
    double sum = 0;
    for (std::size_t r = 0; r < vocabulary; ++r) {
      sum += 1.0 / std::pow(static_cast<double>(r + 1), s);
      cumulative_[r] = sum;
    }
    std::size_t head = std::size(kHeadWords);
    words_.reserve(vocabulary);
    for (std::size_t r = 0; r < vocabulary; ++r) {
      words_.push_back(r < head ? std::string(kHeadWords[r]) : TailWord(r - head));
    }
  }
  std::size_t size() const { return words_.size(); }
  const std::string& word(std::size_t rank) const { return words_[rank]; }
  template <typename Rng>
  std::size_t Draw(Rng& rng) const {
    std::uniform_real_distribution<double> u(0, cumulative_.back());
    double x = u(rng);
    return static_cast<std::size_t>(std::lower_bound(cumulative_.begin(), cumulative_.end(), x) -
                                    cumulative_.begin());
  }

 private:
  std::vector<double> cumulative_;
  std::vector<std::string> words_;
};

// The source phrases of sides.txt in `rules_dirs`, by side.
std::map<std::string, std::vector<std::string>> SidePhrases(
    const std::vector<std::string>& rules_dirs) {
  std::map<std::string, std::vector<std::string>> sides;
  for (const std::string& dir : rules_dirs) {
    RuleFile file;
    if (!RuleFile::Read(dir + "/sides.txt", "rules/sides.txt", &file, /*optional=*/true).ok()) {
      continue;
    }
    for (const RuleLine& line : file.lines()) {
      std::string side = line.Value("side");
      if (!line.positional.empty() && !side.empty()) sides[side].push_back(line.positional[0]);
    }
  }
  return sides;
}

// `count` claims in document order with ids 1..count, given to `each` one
// at a time (as the store gives them to `match`). About 8 claims per
// article; each article reports a topic (six words shared by every claim on
// it, drawn from outside the most common words) from two sides; 12% of claims
// are denials, a fifth of which name what they deny ("that claim"); a third
// of the sources are invented names with no side.
void SyntheticClaims(std::size_t count,
                     const std::map<std::string, std::vector<std::string>>& sides,
                     const std::function<void(const Claim&)>& each) {
  std::mt19937_64 rng(20170407);
  ZipfWords vocabulary(50000, 1.05);
  std::vector<std::vector<std::string>> side_phrases;
  for (const auto& [side, phrases] : sides) side_phrases.push_back(phrases);
  if (side_phrases.size() < 2) side_phrases = {{"Ministry of Defence"}, {"rebel commanders"}};
  const std::size_t topics = std::max<std::size_t>(5, count / 100);
  std::vector<std::array<std::size_t, 6>> topic_words(topics);
  std::uniform_int_distribution<std::size_t> rare(std::size(kHeadWords), vocabulary.size() - 1);
  for (auto& words : topic_words) {
    for (std::size_t& w : words) w = rare(rng);
  }
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  static constexpr const char* kAssertCues[][2] = {
      {"said", "say"},           {"told reporters", "tell"},       {"claimed", "claim"},
      {"announced", "announce"}, {"according to", "according to"}, {"warned", "warn"}};
  static constexpr const char* kRoles[] = {
      "", "", "spokesman", "foreign minister", "officials", "military source"};

  std::size_t made = 0;
  std::size_t doc = 0;
  while (made < count) {
    ++doc;
    const std::size_t topic = pick(topics);
    const std::size_t side_a = pick(side_phrases.size());
    std::size_t side_b = pick(side_phrases.size() - 1);
    if (side_b >= side_a) ++side_b;
    const std::string doc_name = "synthetic/" + std::to_string(doc);
    const std::string date = "2017-04-" + std::to_string(10 + doc % 19);
    for (std::size_t k = 0; k < 8 && made < count; ++k) {
      Claim claim;
      claim.id = static_cast<std::int64_t>(++made);
      claim.doc = doc_name;
      bool deny = k > 0 && chance(0.12);
      double who = std::uniform_real_distribution<double>(0, 1)(rng);
      if (who < 0.67) {
        const auto& phrases = side_phrases[(who < 0.42) != deny ? side_a : side_b];
        claim.source = phrases[pick(phrases.size())];
        claim.source_kind = "organization";
        claim.role = kRoles[pick(std::size(kRoles))];
      } else {
        std::string first = TailWord(pick(4000)), last = TailWord(4000 + pick(20000));
        first[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(first[0])));
        last[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(last[0])));
        claim.source = first + " " + last;
        claim.source_kind = "person";
      }
      claim.mention = claim.source;
      if (deny) {
        claim.stance = Stance::kDeny;
        claim.cue = "denied";
        claim.cue_lemma = "deny";
        claim.evidence = "denied";
        if (chance(0.2)) claim.target = "that claim";
      } else {
        auto cue = kAssertCues[pick(std::size(kAssertCues))];
        claim.cue = cue[0];
        claim.cue_lemma = cue[1];
      }
      std::size_t words = 6 + pick(25);
      for (std::size_t w = 0; w < words; ++w) {
        if (!claim.content.empty()) claim.content += ' ';
        std::size_t rank = chance(0.25) ? topic_words[topic][pick(6)] : vocabulary.Draw(rng);
        claim.content += vocabulary.word(rank);
      }
      claim.quote = chance(0.3) ? QuoteKind::kDirect : QuoteKind::kIndirect;
      claim.sentence_span = Span{k * 400, k * 400 + claim.content.size() + 60};
      claim.content_span = Span{k * 400 + 40, k * 400 + 40 + claim.content.size()};
      claim.rule = "synthetic";
      claim.date = date;
      each(claim);
    }
  }
}

// Generated claims kept in a temporary file, so that matching them reads
// them as `match` reads a store: once, a claim at a time, and then the
// contents of the claims in disputes again; none is held in memory. Each
// record: the id (8 bytes), the stance (1), the two spans (4 x 8), then doc,
// source, role, mention, cue, content, target, evidence and hedge, each as
// its length (4 bytes) and its bytes; native byte order, read back by the
// same process. The contents are written a second time to a file of their
// own, with an index of (id, offset, size) per claim in a third, so that a
// content is read again with two reads at any time (a full match reads its
// disputes' members a part at a time); of the index only every 1,024th id is
// held in memory.
class SyntheticClaimFile : public ClaimSource {
  // The texts of a record, in order.
  template <typename C>
  static auto Texts(C& claim) {
    return std::array{&claim.doc,     &claim.source, &claim.role,     &claim.mention, &claim.cue,
                      &claim.content, &claim.target, &claim.evidence, &claim.hedge};
  }

 public:
  SyntheticClaimFile() : file_(std::tmpfile()), contents_(std::tmpfile()), index_(std::tmpfile()) {
    if (file_ == nullptr || contents_ == nullptr || index_ == nullptr) {
      throw std::runtime_error("cannot create a temporary file");
    }
  }
  ~SyntheticClaimFile() override {
    for (std::FILE* file : {file_, contents_, index_}) {
      if (file != nullptr) std::fclose(file);
    }
  }
  SyntheticClaimFile(const SyntheticClaimFile&) = delete;
  SyntheticClaimFile& operator=(const SyntheticClaimFile&) = delete;

  void Write(const Claim& claim) {
    Put(&claim.id, sizeof claim.id);
    const auto stance = static_cast<std::uint8_t>(claim.stance);
    Put(&stance, 1);
    for (std::size_t offset : {claim.content_span.begin, claim.content_span.end,
                               claim.sentence_span.begin, claim.sentence_span.end}) {
      const auto value = static_cast<std::uint64_t>(offset);
      Put(&value, sizeof value);
    }
    for (const std::string* text : Texts(claim)) {
      const auto size = static_cast<std::uint32_t>(text->size());
      Put(&size, sizeof size);
      Put(text->data(), text->size());
    }
    if (count_ % kBlock == 0) block_ids_.push_back(claim.id);
    const IndexEntry entry{claim.id, contents_size_, claim.content.size()};
    if (std::fwrite(&entry, sizeof entry, 1, index_) != 1 ||
        (!claim.content.empty() && std::fwrite(claim.content.data(), 1, claim.content.size(),
                                               contents_) != claim.content.size())) {
      throw std::runtime_error("cannot write the generated claims");
    }
    contents_size_ += claim.content.size();
    ++count_;
  }

  std::size_t size_hint() override { return count_; }
  Status ForEach(const std::function<void(const Claim&)>& each) override {
    std::rewind(file_);
    Claim claim;
    for (std::size_t k = 0; k < count_; ++k) {
      if (!Read(&claim)) return Status::Error("cannot read the generated claims back");
      each(claim);
    }
    return Status::Ok();
  }
  Status Contents(std::span<const std::int64_t> ids,
                  const std::function<void(std::size_t, std::string_view)>& each) override {
    if (std::fflush(contents_) != 0 || std::fflush(index_) != 0) {
      return Status::Error("cannot read the generated claims back");
    }
    std::vector<IndexEntry> block;  // the index entries of block `in_block`
    std::size_t in_block = SIZE_MAX;
    std::string content;
    for (std::size_t k = 0; k < ids.size(); ++k) {
      // The block whose first id is the last at or below the id.
      auto after = std::upper_bound(block_ids_.begin(), block_ids_.end(), ids[k]);
      if (after == block_ids_.begin()) continue;
      const auto number = static_cast<std::size_t>(after - block_ids_.begin()) - 1;
      if (number != in_block) {
        block.resize(std::min(kBlock, count_ - number * kBlock));
        if (!ReadAt(index_, number * kBlock * sizeof(IndexEntry), block.data(),
                    block.size() * sizeof(IndexEntry))) {
          return Status::Error("cannot read the generated claims back");
        }
        in_block = number;
      }
      auto entry = std::lower_bound(block.begin(), block.end(), ids[k],
                                    [](const IndexEntry& e, std::int64_t id) { return e.id < id; });
      if (entry == block.end() || entry->id != ids[k]) continue;
      content.resize(entry->size);
      if (!ReadAt(contents_, entry->offset, content.data(), content.size())) {
        return Status::Error("cannot read the generated claims back");
      }
      each(k, content);
    }
    return Status::Ok();
  }

 private:
  void Put(const void* data, std::size_t size) {
    if (size > 0 && std::fwrite(data, 1, size, file_) != size) {
      throw std::runtime_error("cannot write the generated claims");
    }
  }
  bool Get(void* data, std::size_t size) {
    return size == 0 || std::fread(data, 1, size, file_) == size;
  }
  bool Read(Claim* claim) {
    std::uint8_t stance = 0;
    std::uint64_t offsets[4];
    if (!Get(&claim->id, sizeof claim->id) || !Get(&stance, 1) || !Get(offsets, sizeof offsets)) {
      return false;
    }
    claim->stance = static_cast<Stance>(stance);
    claim->content_span = Span{offsets[0], offsets[1]};
    claim->sentence_span = Span{offsets[2], offsets[3]};
    for (std::string* text : Texts(*claim)) {
      std::uint32_t size = 0;
      if (!Get(&size, sizeof size)) return false;
      text->resize(size);
      if (!Get(text->data(), size)) return false;
    }
    return true;
  }

  struct IndexEntry {
    std::int64_t id = 0;
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
  };
  static constexpr std::size_t kBlock = 1024;
  static bool ReadAt(std::FILE* file, std::uint64_t offset, void* data, std::size_t size) {
    return size == 0 || (std::fseek(file, static_cast<long>(offset), SEEK_SET) == 0 &&
                         std::fread(data, 1, size, file) == size);
  }

  std::FILE* file_;
  std::FILE* contents_;
  std::FILE* index_;
  std::size_t count_ = 0;
  std::uint64_t contents_size_ = 0;
  std::vector<std::int64_t> block_ids_;  // the id of every kBlock-th claim
};

struct SyntheticResult {
  long claims = 0;
  std::vector<double> generate_runs, find_runs, find_cpu_runs;
  long disputes = 0;
  std::string digest;  // DisputesDigest of the disputes found
  long peak_kb = 0;
  std::string outcome = "ok";  // or why the run stopped
};

// A fingerprint of a dispute list: FNV-1a over every field of every dispute,
// in order, as 16 hex digits. Equal digests before and after a change to the
// matcher say that it finds the same disputes (the count alone would not).
std::string DisputesDigest(const std::vector<Dispute>& disputes) {
  std::uint64_t hash = 14695981039346656037ull;
  auto add = [&](const std::string& field) {
    for (unsigned char c : field) hash = (hash ^ c) * 1099511628211ull;
    hash = (hash ^ 0x1f) * 1099511628211ull;  // a separator, so fields cannot run together
  };
  for (const Dispute& dispute : disputes) {
    add(dispute.topic);
    add(dispute.kind);
    add(dispute.rule);
    char score[32];
    std::snprintf(score, sizeof score, "%.6f", dispute.score);
    add(score);
    add(dispute.evidence);
    for (const DisputeMember& member : dispute.members) {
      add(std::to_string(member.claim_id) + (member.role == DisputeRole::kClaim ? "c" : "x"));
    }
    add("\n");
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

// Generates `count` claims and times Find on them, in a child process.
// Adds one run to `result`; false when the run did not finish.
bool RunSynthetic(long count, const BenchFlags& flags, const MatchingRules& matching,
                  const Antonyms& antonyms,
                  const std::map<std::string, std::vector<std::string>>& sides,
                  SyntheticResult* result) {
  result->claims = count;
  ChildRun run = RunInChild(
      [&] {
        Stopwatch generate_watch;
        SyntheticClaimFile claims;
        SyntheticClaims(static_cast<std::size_t>(count), sides,
                        [&](const Claim& claim) { claims.Write(claim); });
        Times generated = generate_watch.Elapsed();
        // Find reads the claims back from the file, as `match` reads a store.
        Stopwatch find_watch;
        MatchOptions options;
        options.threads = flags.match_threads;
        MatchResult matched;
        Status status = DisputeFinder(matching, antonyms, options).Find(claims, &matched);
        if (!status.ok()) throw std::runtime_error(status.message());
        Times found = find_watch.Elapsed();
        char reply[200];
        std::snprintf(reply, sizeof reply, "%.6f %.6f %.6f %zu %s", generated.wall, found.wall,
                      found.cpu, matched.disputes.size(), DisputesDigest(matched.disputes).c_str());
        return std::string(reply);
      },
      flags.time_limit, flags.memory_limit_mb);
  result->peak_kb = std::max(result->peak_kb, run.peak_kb);
  if (!run.finished) {
    result->outcome = run.outcome;
    return false;
  }
  double generate = 0, find = 0, find_cpu = 0;
  std::istringstream(run.reply) >> generate >> find >> find_cpu >> result->disputes >>
      result->digest;
  result->generate_runs.push_back(generate);
  result->find_runs.push_back(find);
  result->find_cpu_runs.push_back(find_cpu);
  return true;
}

// --- making a larger corpus ---------------------------------------------------------

std::string Fixed(double value, int digits);

int MakeCorpus(const BenchFlags& flags) {
  if (flags.paths.empty()) {
    std::cerr << "claimtrack bench: --make-corpus needs INPUT files\n";
    return 2;
  }
  if (flags.size_mb <= 0) {
    std::cerr << "claimtrack bench: --size-mb must be positive\n";
    return 2;
  }
  const long long target = static_cast<long long>(flags.size_mb * 1e6);
  const std::string temporary = flags.make_corpus + ".partial";
  std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
  if (!out) return Fail(temporary + ": cannot write");
  long long written = 0;
  long articles = 0;
  std::string line;
  std::vector<std::string> problems;
  for (int copy = 1; written < target; ++copy) {
    long before = articles;
    ReadReport report;
    std::istringstream no_stdin;
    ReadArticles(
        flags.paths, no_stdin,
        [&](Article&& page) {
          for (const Article& article : SplitPosts(page)) {
            JsonObjectWriter object;
            object.Add("doc", article.doc + "#copy" + std::to_string(copy));
            if (!article.title.empty()) object.Add("title", article.title);
            if (!article.date.empty()) object.Add("date", article.date);
            if (!article.publisher.empty()) object.Add("publisher", article.publisher);
            if (!article.url.empty()) object.Add("url", article.url);
            object.Add("text",
                       article.text + std::string(static_cast<std::size_t>(copy - 1), '\n'));
            line = object.str();
            line += '\n';
            out << line;
            written += static_cast<long long>(line.size());
            ++articles;
          }
          return written < target;
        },
        &report);
    if (copy == 1) problems = report.problems;
    if (articles == before) break;  // nothing readable: stop rather than loop
  }
  out.close();
  for (const std::string& problem : problems) {
    std::cerr << "claimtrack: skipped " << problem << "\n";
  }
  if (!out) return Fail(temporary + ": write failed");
  if (articles == 0) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return Fail("no articles read from the inputs; nothing written");
  }
  std::error_code error;
  fs::rename(temporary, flags.make_corpus, error);
  if (error) return Fail(flags.make_corpus + ": " + error.message());
  std::cout << "wrote " << flags.make_corpus << ": " << articles << " articles, "
            << Fixed(static_cast<double>(written) / 1e6, 1) << " MB\n";
  return 0;
}

// --- output ---------------------------------------------------------------------

std::string Fixed(double value, int digits) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  return text;
}

std::string Padded(const std::string& text, std::size_t width, bool left = false) {
  if (text.size() >= width) return text;
  return left ? text + std::string(width - text.size(), ' ')
              : std::string(width - text.size(), ' ') + text;
}

// "cpu0 1.00, cpu1 0.66": each core's speed alone over the fastest's.
std::string CoreList(const CoreSpeeds& cores) {
  std::string list;
  for (const CoreTimes& core : cores.cores) {
    if (!list.empty()) list += ", ";
    list += "cpu" + std::to_string(core.cpu) + " " + Fixed(cores.Relative(core), 2);
  }
  return list;
}

// The least time an ingest on one thread can take on a corpus, whatever
// extraction costs: reading, ICU's sentence segmentation (which extraction
// runs first) and the store's own work (AddArticles, opening and closing the
// store), each the median of its phase. `seconds` is 0 when a phase is
// missing.
struct OneCoreBound {
  double read = 0, segment = 0, store = 0, open_close = 0;
  double seconds = 0;
  double mb_per_s = 0;  // the corpus's text over `seconds`
};

OneCoreBound OneCoreBoundOf(const CorpusResult& corpus) {
  const PhaseResult* read = nullptr;
  const PhaseResult* segment = nullptr;
  const PhaseResult* ingest = nullptr;
  for (const PhaseResult& phase : corpus.phases) {
    if (phase.runs.empty()) continue;
    if (phase.name == "read") read = &phase;
    if (phase.name == "segment") segment = &phase;
    if (phase.name == "ingest") ingest = &phase;
  }
  OneCoreBound bound;
  if (read == nullptr || segment == nullptr || ingest == nullptr || ingest->bytes <= 0) {
    return bound;
  }
  bound.read = read->seconds();
  bound.segment = segment->seconds();
  bound.store = ingest->Detail("store_seconds");
  bound.open_close = ingest->Detail("open_seconds") + ingest->Detail("close_seconds");
  bound.seconds = bound.read + bound.segment + bound.store + bound.open_close;
  if (bound.seconds > 0) bound.mb_per_s = static_cast<double>(ingest->bytes) / 1e6 / bound.seconds;
  return bound;
}

void PrintOneCoreBound(const CorpusResult& corpus, std::ostream& out) {
  OneCoreBound bound = OneCoreBoundOf(corpus);
  if (bound.seconds <= 0) return;
  out << "  ingest on one core cannot pass " << Fixed(bound.mb_per_s, 1)
      << " MB/s on this corpus, however fast extraction gets: reading (" << Fixed(bound.read, 3)
      << " s), ICU's sentences (" << Fixed(bound.segment, 3) << " s) and the store ("
      << Fixed(bound.store + bound.open_close, 3) << " s: AddArticles " << Fixed(bound.store, 3)
      << " s, opening and closing it " << Fixed(bound.open_close, 3) << " s) take "
      << Fixed(bound.seconds, 3) << " s\n";
}

void PrintText(const Machine& machine, const BenchFlags& flags, const CoreSpeeds& cores,
               const std::vector<CorpusResult>& corpora,
               const std::vector<SyntheticResult>& synthetic, std::ostream& out) {
  out << "claimtrack bench: " << machine.cpu << ", " << machine.cores << " cores, load "
      << Fixed(machine.load, 2) << " at start, " << Fixed(machine.load_end, 2) << " at end, "
      << machine.date << "\n"
      << "build: " << machine.build << "; median of " << flags.repeat
      << (flags.repeat == 1 ? " run" : " runs") << "; MB = 10^6 bytes of article text, MiB "
      << "of resident memory\n"
      << "seconds: wall clock; cpu s: CPU time (user + system), which leaves out waiting for the "
         "disk and for other processes\n";
  if (cores.ok()) {
    out << "cores: " << CoreList(cores) << " (speed alone on extraction, fastest = 1); all at "
        << "once " << Fixed(cores.ceiling, 2) << " times the fastest alone, the most that "
        << "threads can gain; one-thread phases "
        << (machine.pinned_cpu >= 0 ? "pinned to cpu" + std::to_string(machine.pinned_cpu)
                                    : "not pinned")
        << "\n";
  }
  for (const CorpusResult& corpus : corpora) {
    out << "\ncorpus " << corpus.path << ": " << corpus.articles << " articles, "
        << Fixed(static_cast<double>(corpus.text_bytes) / 1e6, 1) << " MB of text ("
        << Fixed(static_cast<double>(corpus.file_bytes) / 1e6, 1) << " MB on disk)\n";
    out << "  " << Padded("phase", 10, true) << Padded("seconds", 10) << Padded("cpu s", 9)
        << Padded("MB/s", 9) << Padded("articles/s", 12) << Padded("claims/s", 11)
        << Padded("peak MiB", 10) << "  notes\n";
    double floor = 0;
    double ingest = 0;
    for (const PhaseResult& phase : corpus.phases) {
      bool per_byte = phase.bytes > 0;
      double mb_per_s = phase.PerSecond(static_cast<double>(phase.bytes) / 1e6);
      if (phase.name == "segment") floor = mb_per_s;
      if (phase.name == "ingest") ingest = mb_per_s;
      bool done = !phase.runs.empty();
      out << "  " << Padded(phase.name, 10, true)
          << Padded(done ? Fixed(phase.seconds(), 3) : "-", 10)
          << Padded(done ? Fixed(phase.cpu_seconds(), 3) : "-", 9)
          << Padded(done && per_byte ? Fixed(mb_per_s, 2) : "-", 9)
          << Padded(done && phase.articles > 0 ? Fixed(phase.PerSecond(phase.articles), 0) : "-",
                    12)
          << Padded(done && phase.claims > 0 ? Fixed(phase.PerSecond(phase.claims), 0) : "-", 11)
          << Padded(Fixed(Mib(phase.peak_kb), 1), 10) << "  " << phase.note << "\n";
    }
    if (floor > 0 && ingest > 0) {
      out << "  ingest runs at " << Fixed(100 * ingest / floor, 1)
          << "% of ICU sentence segmentation's speed on this corpus\n";
    }
    PrintOneCoreBound(corpus, out);
    for (const PhaseResult& phase : corpus.phases) {
      if (!phase.name.starts_with("ingest-") || phase.runs.empty() || ingest <= 0) continue;
      double speedup = phase.PerSecond(static_cast<double>(phase.bytes) / 1e6) / ingest;
      out << "  " << phase.name << " runs " << Fixed(speedup, 2) << " times as fast as ingest";
      if (cores.ok()) out << " (the cores' ceiling: " << Fixed(cores.ceiling, 2) << ")";
      out << "\n";
    }
    if (!corpus.problems.empty()) {
      out << "  " << corpus.problems.size() << " inputs skipped or repaired, e.g. "
          << corpus.problems.front() << "\n";
    }
  }
  if (!synthetic.empty()) {
    out << "\nsynthetic claims: DisputeFinder::Find in memory, no store\n";
    out << "  " << Padded("claims", 10) << Padded("generate s", 12) << Padded("find s", 10)
        << Padded("cpu s", 9) << Padded("claims/s", 11) << Padded("disputes", 10)
        << Padded("peak MiB", 10) << "  notes\n";
    for (const SyntheticResult& run : synthetic) {
      bool done = !run.find_runs.empty() && run.outcome == "ok";
      double find = Median(run.find_runs);
      out << "  " << Padded(std::to_string(run.claims), 10)
          << Padded(done ? Fixed(Median(run.generate_runs), 3) : "-", 12)
          << Padded(done ? Fixed(find, 3) : "-", 10)
          << Padded(done ? Fixed(Median(run.find_cpu_runs), 3) : "-", 9)
          << Padded(done && find > 0 ? Fixed(run.claims / find, 0) : "-", 11)
          << Padded(done ? std::to_string(run.disputes) : "-", 10)
          << Padded(run.peak_kb > 0 ? Fixed(Mib(run.peak_kb), 1) : "-", 10) << "  "
          << (done ? "digest " + run.digest : run.outcome) << "\n";
    }
  }
}

std::string JsonNumbers(const std::vector<double>& values) {
  std::string out = "[";
  for (double value : values) {
    if (out.size() > 1) out += ",";
    out += Fixed(value, 6);
  }
  return out + "]";
}

void PrintJson(const Machine& machine, const BenchFlags& flags, const CoreSpeeds& cores,
               const std::vector<CorpusResult>& corpora,
               const std::vector<SyntheticResult>& synthetic, std::ostream& out) {
  JsonObjectWriter machine_json;
  machine_json.Add("cpu", machine.cpu)
      .Add("cores", static_cast<std::int64_t>(machine.cores))
      .Add("load_at_start", machine.load)
      .Add("load_at_end", machine.load_end)
      .Add("date", machine.date)
      .Add("build", machine.build);
  std::string cores_json = "[";
  for (const CoreTimes& core : cores.cores) {
    JsonObjectWriter c;
    c.Add("cpu", static_cast<std::int64_t>(core.cpu))
        .Add("alone_seconds", core.alone)
        .Add("together_seconds", core.together)
        .Add("relative_speed", cores.Relative(core));
    if (cores_json.size() > 1) cores_json += ",";
    cores_json += c.str();
  }
  cores_json += "]";
  machine_json.AddRaw("core_speeds", cores_json)
      .Add("parallel_ceiling", cores.ceiling)
      .Add("pinned_cpu", static_cast<std::int64_t>(machine.pinned_cpu));
  std::string corpora_json = "[";
  for (const CorpusResult& corpus : corpora) {
    std::string phases = "[";
    for (const PhaseResult& phase : corpus.phases) {
      JsonObjectWriter p;
      p.Add("phase", phase.name)
          .Add("seconds", phase.seconds())
          .AddRaw("runs", JsonNumbers(phase.runs))
          .Add("bytes", static_cast<std::int64_t>(phase.bytes))
          .Add("articles", static_cast<std::int64_t>(phase.articles))
          .Add("claims", static_cast<std::int64_t>(phase.claims))
          .Add("mb_per_s", phase.PerSecond(static_cast<double>(phase.bytes) / 1e6))
          .Add("articles_per_s", phase.PerSecond(phase.articles))
          .Add("claims_per_s", phase.PerSecond(phase.claims))
          .Add("peak_rss_mib", Mib(phase.peak_kb));
      p.Add("cpu_seconds", phase.cpu_seconds()).AddRaw("cpu_runs", JsonNumbers(phase.cpu_runs));
      for (const auto& [key, values] : phase.details) p.Add(key, Median(values));
      if (phases.size() > 1) phases += ",";
      phases += p.str();
    }
    phases += "]";
    std::string problems = "[";
    for (const std::string& problem : corpus.problems) {
      if (problems.size() > 1) problems += ",";
      problems += JsonQuote(problem);
    }
    problems += "]";
    JsonObjectWriter c;
    c.Add("path", corpus.path)
        .Add("file_bytes", static_cast<std::int64_t>(corpus.file_bytes))
        .Add("text_bytes", static_cast<std::int64_t>(corpus.text_bytes))
        .Add("articles", static_cast<std::int64_t>(corpus.articles))
        .AddRaw("phases", phases)
        .AddRaw("problems", problems);
    OneCoreBound bound = OneCoreBoundOf(corpus);
    if (bound.seconds > 0) {
      c.Add("one_core_bound_seconds", bound.seconds).Add("one_core_bound_mb_per_s", bound.mb_per_s);
    }
    if (corpora_json.size() > 1) corpora_json += ",";
    corpora_json += c.str();
  }
  corpora_json += "]";
  std::string synthetic_json = "[";
  for (const SyntheticResult& run : synthetic) {
    JsonObjectWriter s;
    s.Add("claims", static_cast<std::int64_t>(run.claims))
        .Add("outcome", run.outcome)
        .Add("generate_seconds", Median(run.generate_runs))
        .Add("find_seconds", Median(run.find_runs))
        .AddRaw("find_runs", JsonNumbers(run.find_runs))
        .Add("find_cpu_seconds", Median(run.find_cpu_runs))
        .Add("disputes", static_cast<std::int64_t>(run.disputes))
        .Add("disputes_digest", run.digest)
        .Add("peak_rss_mib", Mib(run.peak_kb));
    if (synthetic_json.size() > 1) synthetic_json += ",";
    synthetic_json += s.str();
  }
  synthetic_json += "]";
  JsonObjectWriter all;
  all.AddRaw("machine", machine_json.str())
      .Add("repeat", flags.repeat)
      .AddRaw("corpora", corpora_json)
      .AddRaw("synthetic", synthetic_json);
  out << all.str() << "\n";
}

}  // namespace

int RunBench(const std::vector<std::string>& args) {
  BenchFlags flags;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "repeat", po::value(&flags.repeat)->default_value(1),
      "runs of every phase; the median time is reported")(
      "synthetic-claims", po::value(&flags.synthetic_sizes)->composing(),
      "also time matching on N generated claims; give it again for more sizes")(
      "format", po::value(&flags.format)->default_value("text"), "text (a table) or json")(
      "store-dir", po::value(&flags.store_dir),
      "folder for the temporary stores (default: the system's temporary folder)")(
      "time-limit", po::value(&flags.time_limit)->default_value(0),
      "seconds allowed for one match run (on a corpus or on synthetic claims); a slower one is "
      "stopped and reported (0: no limit)")(
      "memory-limit-mb", po::value(&flags.memory_limit_mb)->default_value(0),
      "address space allowed for one match run, in MiB (0: no limit)")(
      "make-corpus", po::value(&flags.make_corpus),
      "instead of measuring, write a jsonl corpus of --size-mb by repeating the inputs "
      "(ids end in #copyN)")("size-mb", po::value(&flags.size_mb)->default_value(100),
                             "size of the --make-corpus output in MB (10^6 bytes)")(
      "threads", po::value(&flags.threads)->composing(),
      "run the ingest phase with N extraction threads; give it again for more rows (default: 1 "
      "and 2)")(
      "match-threads", po::value(&flags.match_threads)->default_value(0),
      "threads for matching (the match phase and synthetic claims), as match --threads; 0: one "
      "per core, at most 8")(
      "no-pin", po::bool_switch(),
      "let the system place the one-thread phases (read, segment, extract, ingest); by default "
      "they run on the fastest core, as measured first")(
      "path", po::value(&flags.paths)->multitoken(),
      "corpora: .jsonl or .txt files, or folders of them; each is measured on its own");
  AddRulesOption(&description, &flags.rules_dirs);
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map values;
  int parsed = ParseCommandLine(
      "bench",
      "[--rules DIR]... [--repeat N] [--threads N]... [--match-threads N] [--no-pin] "
      "[--synthetic-claims N]... [--format text|json] CORPUS...\n"
      "       claimtrack bench --make-corpus OUT [--size-mb N] INPUT...",
      description, positional, args, &values);
  if (parsed >= 0) return parsed;
  if (!flags.make_corpus.empty()) return MakeCorpus(flags);
  flags.pin = !values["no-pin"].as<bool>();
  auto usage = [](const std::string& message) {
    std::cerr << "claimtrack bench: " << message << "\nTry 'claimtrack bench --help'.\n";
    return 2;
  };
  if (flags.paths.empty() && flags.synthetic_sizes.empty()) {
    return usage("nothing to measure: give a CORPUS or --synthetic-claims N");
  }
  if (flags.repeat < 1) return usage("--repeat must be at least 1");
  if (flags.format != "text" && flags.format != "json") {
    return usage("unknown --format '" + flags.format + "' (text or json)");
  }
  for (long size : flags.synthetic_sizes) {
    if (size < 1) return usage("--synthetic-claims must be at least 1");
  }
  if (flags.threads.empty()) flags.threads = {1, 2};
  for (int threads : flags.threads) {
    if (threads < 1) return usage("--threads must be at least 1");
  }
  for (const std::string& path : flags.paths) {
    std::error_code error;
    if (!fs::exists(path, error)) return Fail(path + ": no such file or folder");
  }
  FinishRulesDirs(&flags.rules_dirs);

  ExtractionRules extraction_rules;
  Status status = ExtractionRules::Load(flags.rules_dirs, &extraction_rules);
  if (!status.ok()) return Fail("invalid rules:\n" + status.message());
  std::unique_ptr<SentenceSplitter> splitter;
  status = SentenceSplitter::Create(extraction_rules.abbreviations, &splitter);
  if (!status.ok()) return Fail(status.message());
  std::unique_ptr<ClaimExtractor> extractor;
  status = ClaimExtractor::Create(std::move(extraction_rules), &extractor);
  if (!status.ok()) return Fail(status.message());
  MatchingRules matching;
  Antonyms antonyms;
  status = JoinErrors({MatchingRules::Load(flags.rules_dirs, &matching),
                       Antonyms::Load(flags.rules_dirs, &antonyms)});
  if (!status.ok()) return Fail("invalid rules:\n" + status.message());

  Machine machine = DescribeMachine();
  const bool show_progress = IsTerminal(STDERR_FILENO);

  // Synthetic runs go first, while this process is small: each child starts
  // as a copy of it, and its peak memory counts what it inherited.
  std::vector<long> sizes = flags.synthetic_sizes;
  std::sort(sizes.begin(), sizes.end());
  std::vector<SyntheticResult> synthetic;
  const auto sides = SidePhrases(flags.rules_dirs);
  bool stopped = false;
  for (long size : sizes) {
    SyntheticResult result;
    result.claims = size;
    if (stopped) {
      result.outcome = "not run: a smaller size did not finish";
    } else {
      for (int run = 0; run < flags.repeat; ++run) {
        if (show_progress)
          std::cerr << "\rbench: matching " << size << " synthetic claims" << std::flush;
        if (!RunSynthetic(size, flags, matching, antonyms, sides, &result)) {
          stopped = true;
          break;
        }
      }
      if (show_progress) std::cerr << "\r\033[K" << std::flush;
    }
    synthetic.push_back(result);
  }

  CoreSpeeds cores;
  if (!flags.paths.empty()) cores = MeasureCoresOnExtraction(flags.paths.front(), *extractor);
  std::vector<CorpusResult> corpora;
  if (flags.pin) machine.pinned_cpu = cores.fastest_cpu();  // -1 when not measured
  CorpusBench bench(flags, *extractor, *splitter, matching, antonyms, machine.pinned_cpu);
  for (const std::string& path : flags.paths) {
    CorpusResult result;
    status = bench.Run(path, &result);
    if (!status.ok()) return Fail(status.message());
    corpora.push_back(std::move(result));
  }

  double load[1];
  if (getloadavg(load, 1) == 1) machine.load_end = load[0];
  if (flags.format == "json") {
    PrintJson(machine, flags, cores, corpora, synthetic, std::cout);
  } else {
    PrintText(machine, flags, cores, corpora, synthetic, std::cout);
  }
  return 0;
}

}  // namespace claimtrack
