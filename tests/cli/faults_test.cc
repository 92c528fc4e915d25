// Faults, end to end: the store must stay trustworthy when the real
// claimtrack program is killed in the middle of an ingest, when two ingests
// and a report run at once, and when the store cannot be written (read-only
// file or folder, full disk, file size limit).
//
// A store "holds only whole articles" when every stored document has exactly
// the claims an uninterrupted ingest gives the same text, no claim points to
// a missing document, and no source is left without a claim. `ingest`
// commits batches of articles (up to 256), so a kill leaves whole batches,
// and each of those whole articles.
//
// The long runs are tagged [.][slow] and run only when asked for:
//   claimtrack_tests "[slow]"
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/json.h"
#include "run_binary.h"
#include "store/claim_store.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const fs::path kSeeds = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds";
const fs::path kSharedCorpus = fs::path(CLAIMTRACK_SHARED_CORPUS_DIR) / "bbc_news_2225.jsonl";

std::string Describe(const ProcessResult& run) {
  return "exit " + std::to_string(run.exit_code) + (run.timed_out ? " (timed out)" : "") +
         "\n--- stdout:\n" + run.out + "\n--- stderr:\n" + run.err.substr(0, 4000);
}

double Seconds(Clock::duration elapsed) { return std::chrono::duration<double>(elapsed).count(); }

// The N in "ingested N articles".
long StoredCount(const std::string& summary) {
  std::size_t at = summary.find("ingested ");
  return at == std::string::npos ? -1 : std::stol(summary.substr(at + 9));
}

// ---- Corpora

// A jsonl corpus of at most `count` distinct articles: the first lines of the
// shared BBC corpus when it is there, else articles assembled from the
// paragraphs of the sample articles (each with its own first line, so that
// every text is new to the store).
std::string WriteCorpus(const TempDir& dir, std::size_t count, const std::string& name) {
  std::string path = dir.File(name);
  std::ofstream out(path, std::ios::binary);
  if (fs::exists(kSharedCorpus)) {
    std::ifstream in(kSharedCorpus, std::ios::binary);
    std::string line;
    for (std::size_t i = 0; i < count && std::getline(in, line); ++i) out << line << "\n";
    return path;
  }
  std::vector<std::string> paragraphs;
  for (const auto& entry : fs::directory_iterator(kSeeds)) {
    std::string text = ReadFile(entry.path());
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find("\n\n", start);
      if (end == std::string::npos) end = text.size();
      if (end - start > 80) paragraphs.push_back(text.substr(start, end - start));
      start = end + 2;
    }
  }
  std::sort(paragraphs.begin(), paragraphs.end());
  REQUIRE(paragraphs.size() > 10);
  for (std::size_t i = 0; i < count; ++i) {
    std::string text = "Report " + std::to_string(i) + " from the wires.";
    for (std::size_t k = 0; k < 4; ++k)
      text += "\n\n" + paragraphs[(i * 7 + k) % paragraphs.size()];
    std::string line = "{\"id\": \"generated-" + std::to_string(i) + "\", \"text\": ";
    AppendJsonString(text, &line);
    out << line << "}\n";
  }
  return path;
}

// Splits the lines of `path` into two files, alternately.
std::pair<std::string, std::string> SplitCorpus(const TempDir& dir, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string a = dir.File("half_a.jsonl"), b = dir.File("half_b.jsonl");
  std::ofstream out_a(a, std::ios::binary), out_b(b, std::ios::binary);
  std::string line;
  for (int i = 0; std::getline(in, line); ++i) (i % 2 == 0 ? out_a : out_b) << line << "\n";
  return {a, b};
}

// ---- What a store holds, read with SQLite directly (not through ClaimStore,
// whose correctness is what is being checked).

struct Snapshot {
  bool exists = false;
  std::string integrity;                       // PRAGMA integrity_check: "ok"
  long foreign_key_errors = 0;                 // rows of PRAGMA foreign_key_check
  long orphan_claims = 0;                      // claims whose document is missing
  long unused_sources = 0;                     // sources no claim names
  std::map<std::string, long> claims_by_hash;  // document content_hash -> its claims
  long claims = 0;

  long documents() const { return static_cast<long>(claims_by_hash.size()); }
};

Snapshot Inspect(const std::string& db) {
  Snapshot snapshot;
  if (!fs::exists(db)) return snapshot;
  snapshot.exists = true;
  // Opened for writing, as the next ingest would, so that SQLite can recover
  // a WAL left by a killed process; nothing is written.
  SQLite::Database sql(db, SQLite::OPEN_READWRITE);
  snapshot.integrity = sql.execAndGet("PRAGMA integrity_check").getString();
  if (!sql.tableExists("documents")) return snapshot;  // killed before the schema was made
  SQLite::Statement foreign_keys(sql, "PRAGMA foreign_key_check");
  while (foreign_keys.executeStep()) ++snapshot.foreign_key_errors;
  snapshot.orphan_claims =
      sql.execAndGet(
             "SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)")
          .getInt();
  snapshot.unused_sources =
      sql.execAndGet("SELECT count(*) FROM sources WHERE id NOT IN (SELECT source_id FROM claims)")
          .getInt();
  SQLite::Statement per_document(sql,
                                 "SELECT d.content_hash, count(c.id) FROM documents d "
                                 "LEFT JOIN claims c ON c.document_id = d.id GROUP BY d.id");
  while (per_document.executeStep()) {
    long claims = per_document.getColumn(1).getInt();
    snapshot.claims_by_hash[per_document.getColumn(0).getString()] = claims;
    snapshot.claims += claims;
  }
  return snapshot;
}

// The checks every store must pass after any fault: it opens, SQLite finds
// it sound, and each document it holds has all of its claims, no more.
void CheckWholeArticles(const std::string& db, const Snapshot& reference) {
  INFO("store " << db);
  if (fs::exists(db)) {
    std::unique_ptr<ClaimStore> store;
    Status opened = ClaimStore::Open(db, /*read_only=*/false, &store);
    INFO(opened.message());
    CHECK(opened.ok());
  }
  Snapshot snapshot = Inspect(db);
  if (!snapshot.exists) return;
  CHECK(snapshot.integrity == "ok");
  CHECK(snapshot.foreign_key_errors == 0);
  CHECK(snapshot.orphan_claims == 0);
  CHECK(snapshot.unused_sources == 0);
  CHECK(snapshot.documents() <= reference.documents());
  long mismatched = 0;
  for (const auto& [hash, claims] : snapshot.claims_by_hash) {
    auto found = reference.claims_by_hash.find(hash);
    if (found == reference.claims_by_hash.end() || found->second != claims) ++mismatched;
  }
  CHECK(mismatched == 0);
}

// ---- A child process that can be killed at a chosen moment (RunProcess
// waits for its child, so it cannot).

class Child {
 public:
  explicit Child(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {CLAIMTRACK_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> child_argv;
    for (std::string& arg : argv) child_argv.push_back(arg.data());
    child_argv.push_back(nullptr);
    std::string out = capture_.File("out"), err = capture_.File("err");
    pid_ = fork();
    if (pid_ == 0) {
      int in = open("/dev/null", O_RDONLY);
      int out_fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err_fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in < 0 || out_fd < 0 || err_fd < 0 || dup2(in, 0) < 0 || dup2(out_fd, 1) < 0 ||
          dup2(err_fd, 2) < 0) {
        _exit(127);
      }
      execv(child_argv[0], child_argv.data());
      _exit(127);
    }
  }
  ~Child() {
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  bool started() const { return pid_ > 0; }
  void Kill() { kill(pid_, SIGKILL); }
  // Whether the child is still running (reaps it when it has ended).
  bool Running() {
    if (waited_) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) != pid_) return true;
    Record(status);
    return false;
  }
  // The exit status; 128 + N when killed by signal N.
  int Wait() {
    if (!waited_) {
      int status = 0;
      waitpid(pid_, &status, 0);
      Record(status);
    }
    return exit_status_;
  }
  std::string err() const { return ReadFile(capture_.File("err")); }

 private:
  TempDir capture_;
  void Record(int status) {
    waited_ = true;
    exit_status_ = WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
  }

  pid_t pid_ = -1;
  bool waited_ = false;
  int exit_status_ = -1;
};

// The documents a store being written by another process holds so far; 0
// while it does not exist or has no schema yet.
long DocumentsSoFar(const std::string& db) {
  if (!fs::exists(db)) return 0;
  try {
    SQLite::Database sql(db, SQLite::OPEN_READWRITE);
    sql.setBusyTimeout(1000);
    return sql.execAndGet("SELECT count(*) FROM documents").getInt();
  } catch (const SQLite::Exception&) {
    return 0;
  }
}

// Waits until `child`, an ingest into `db`, has committed at least
// `documents` documents, or has ended.
void WaitForDocuments(Child& child, const std::string& db, long documents) {
  while (child.Running() && DocumentsSoFar(db) < documents) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// Kills an ingest of `articles` articles with SIGKILL `runs` times at random
// moments, checks the store after each kill, and re-runs the ingest to
// completion. Run 0 is killed within 30 ms, while the store is being opened
// or created. Each later run waits until the store holds a random share of
// the articles (one run per equal slice of the first 70%), then for a random
// part of the time one batch of 256 articles takes, and is killed there:
// while a batch is extracted or written. Waiting for the store rather than
// for a share of a reference run's time keeps the kills mid-ingest however
// slow the build (AddressSanitizer) or busy the machine.
void CheckKilledIngests(std::size_t articles, int runs) {
  TempDir dir;
  std::string corpus = WriteCorpus(dir, articles, "corpus.jsonl");
  std::string reference_db = dir.File("reference.sqlite");
  auto start = Clock::now();
  ProcessResult full = RunClaimtrack({"ingest", "--db", reference_db, corpus});
  double full_seconds = Seconds(Clock::now() - start);
  INFO(Describe(full));
  REQUIRE(full.exit_code == 0);
  const Snapshot reference = Inspect(reference_db);
  REQUIRE(reference.documents() > 1000);  // several batches
  const double batch_seconds = full_seconds * 256 / static_cast<double>(reference.documents());
  std::random_device seed_source;
  const unsigned seed = seed_source();
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> within(0.05, 0.95);
  INFO("uninterrupted ingest: " << full_seconds << " s, " << reference.documents()
                                << " documents; random seed " << seed);

  int killed_midway = 0;
  std::string log;
  for (int run = 0; run <= runs; ++run) {
    std::string db = dir.File("killed_" + std::to_string(run) + ".sqlite");
    long target = 0;
    double delay = 0.03 * within(random);
    if (run > 0) {
      target = std::max(1L, static_cast<long>(0.7 * reference.documents() *
                                              (run - 1 + within(random)) / runs));
      delay = batch_seconds * within(random);
    }
    int status;
    {
      Child child({"ingest", "--db", db, corpus});
      REQUIRE(child.started());
      if (target > 0) WaitForDocuments(child, db, target);
      std::this_thread::sleep_for(std::chrono::duration<double>(delay));
      child.Kill();
      status = child.Wait();
    }
    Snapshot killed = Inspect(db);
    log += "run " + std::to_string(run) + ": killed at " + std::to_string(target) +
           " documents + " + std::to_string(delay) + " s (exit " + std::to_string(status) +
           "), " + std::to_string(killed.documents()) + " documents\n";
    INFO(log);
    if (status == 128 + SIGKILL && killed.documents() > 0 &&
        killed.documents() < reference.documents()) {
      ++killed_midway;
    }
    CheckWholeArticles(db, reference);

    ProcessResult rerun = RunClaimtrack({"ingest", "--db", db, corpus});
    INFO(Describe(rerun));
    CHECK(rerun.exit_code == 0);
    Snapshot completed = Inspect(db);
    CHECK(completed.integrity == "ok");
    CHECK(completed.claims_by_hash == reference.claims_by_hash);
  }
  INFO(log);
  // Every run after the first waits for committed articles and is killed
  // with at least 30% of them still to come.
  CHECK(killed_midway == runs);
}

TEST_CASE("an ingest killed at random points leaves whole articles, and a re-run the rest",
          "[cli][faults]") {
  CheckKilledIngests(/*articles=*/2225, /*runs=*/5);
}

TEST_CASE("an ingest of a whole corpus killed 20 times leaves whole articles",
          "[cli][faults][.][slow]") {
  CheckKilledIngests(/*articles=*/2225, /*runs=*/20);
}

// ---- Concurrency

struct ConcurrentResult {
  ProcessResult a, b;
  std::vector<ProcessResult> reports;
};

// Two ingests of the halves of a corpus started at once on `db`, and, when
// `with_reports`, reports run one after another until both have finished.
ConcurrentResult IngestConcurrently(const std::string& db, const std::string& half_a,
                                    const std::string& half_b, bool with_reports) {
  ConcurrentResult result;
  auto ingest_a = std::async(std::launch::async, [&] {
    return RunClaimtrack({"ingest", "--db", db, half_a});
  });
  auto ingest_b = std::async(std::launch::async, [&] {
    return RunClaimtrack({"ingest", "--db", db, half_b});
  });
  auto running = [&] {
    return ingest_a.wait_for(std::chrono::seconds(0)) != std::future_status::ready ||
           ingest_b.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
  };
  while (with_reports && running()) result.reports.push_back(RunClaimtrack({"report", "--db", db}));
  result.a = ingest_a.get();
  result.b = ingest_b.get();
  return result;
}

void CheckNoLockFailure(const ProcessResult& run) {
  INFO(Describe(run));
  CHECK(run.exit_code == 0);
  CHECK_FALSE(Contains(run.err, "locked"));
  CHECK_FALSE(Contains(run.err, "busy"));
}

TEST_CASE("two ingests and reports at once on one store lose nothing", "[cli][faults]") {
  TempDir dir;
  std::string corpus = WriteCorpus(dir, 600, "corpus.jsonl");
  auto [half_a, half_b] = SplitCorpus(dir, corpus);
  std::string seed = (kSeeds / "002_238b3804741a1fcd.txt").string();

  std::string reference_db = dir.File("reference.sqlite");
  REQUIRE(RunClaimtrack({"ingest", "--db", reference_db, seed, half_a, half_b}).exit_code == 0);
  const Snapshot reference = Inspect(reference_db);

  SECTION("on a store that exists, with reports reading meanwhile") {
    std::string db = dir.File("shared.sqlite");
    REQUIRE(RunClaimtrack({"ingest", "--db", db, seed}).exit_code == 0);
    ConcurrentResult run = IngestConcurrently(db, half_a, half_b, /*with_reports=*/true);
    CheckNoLockFailure(run.a);
    CheckNoLockFailure(run.b);
    CHECK(run.reports.size() >= 2);
    for (const ProcessResult& report : run.reports) CheckNoLockFailure(report);
    Snapshot after = Inspect(db);
    CHECK(after.claims_by_hash == reference.claims_by_hash);
    CHECK(1 + StoredCount(run.a.out) + StoredCount(run.b.out) == reference.documents());
  }
  SECTION("on a store that both create") {
    std::string db = dir.File("new.sqlite");
    ConcurrentResult run = IngestConcurrently(db, half_a, half_b, /*with_reports=*/false);
    CheckNoLockFailure(run.a);
    CheckNoLockFailure(run.b);
    Snapshot after = Inspect(db);
    CHECK(after.integrity == "ok");
    CHECK(after.documents() == reference.documents() - 1);
    CHECK(StoredCount(run.a.out) + StoredCount(run.b.out) == reference.documents() - 1);
  }
}

// ---- A store that cannot be written

// See robustness_test.cc: the prefix under which file permissions bind a
// child process even for root; nullopt when they cannot be made to.
const std::optional<std::vector<std::string>>& PermissionsBindingPrefix() {
  static const std::optional<std::vector<std::string>> prefix =
      []() -> std::optional<std::vector<std::string>> {
    TempDir dir;
    std::string probe = dir.Write("probe", "x");
    fs::permissions(probe, fs::perms::none);
    if (!std::ifstream(probe).is_open()) return std::vector<std::string>{};
    std::vector<std::string> setpriv = {
        "/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"};
    if (!fs::exists(setpriv[0])) return std::nullopt;
    std::vector<std::string> argv = setpriv;
    argv.insert(argv.end(), {"/bin/cat", probe});
    ProcessResult run = RunProcess(argv);
    if (run.exit_code == 0 || !Contains(run.err, "ermission denied")) return std::nullopt;
    return setpriv;
  }();
  return prefix;
}

// A store holding one sample article, and a corpus to add to it.
struct SmallStore {
  TempDir dir;
  std::string db = dir.File("store.sqlite");
  std::string corpus;
  std::string bytes;  // the store file as it was

  explicit SmallStore(std::size_t articles) {
    corpus = WriteCorpus(dir, articles, "corpus.jsonl");
    ProcessResult run =
        RunClaimtrack({"ingest", "--db", db, (kSeeds / "000_70c8b4e9404839c6.txt").string()});
    REQUIRE(run.exit_code == 0);
    REQUIRE_FALSE(fs::exists(db + "-wal"));  // a clean close checkpoints the WAL away
    bytes = ReadFile(db);
  }
};

TEST_CASE("a read-only store or folder gives a clear error and stays as it was", "[cli][faults]") {
  const auto& prefix = PermissionsBindingPrefix();
  if (!prefix) {
    WARN("SKIPPED: file permissions cannot be made to bind (root without setpriv?)");
    return;
  }
  SmallStore store(20);
  auto ingest = [&] {
    std::vector<std::string> argv = *prefix;
    argv.insert(argv.end(), {CLAIMTRACK_BINARY, "ingest", "--db", store.db, store.corpus});
    return RunProcess(argv);
  };
  SECTION("read-only file") {
    fs::permissions(store.db,
                    fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    ProcessResult run = ingest();
    INFO(Describe(run));
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    CHECK(run.err == "claimtrack: " + store.db +
                         ": the store is read-only (no write permission); nothing was ingested\n");
  }
  SECTION("read-only folder") {
    fs::permissions(store.dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
    ProcessResult run = ingest();
    fs::permissions(store.dir.path(), fs::perms::owner_all);
    INFO(Describe(run));
    CHECK(run.exit_code == 1);
    CHECK(run.err == "claimtrack: " + store.db + ": the folder " + store.dir.path().string() +
                         " is read-only, and the store needs to create its -wal and -shm files "
                         "there; nothing was ingested\n");
  }
  CHECK(ReadFile(store.db) == store.bytes);
  CHECK_FALSE(fs::exists(store.db + "-wal"));
}

// Runs `script` (sh, with $B the claimtrack program and $1... `args`) in a
// new user and mount namespace, where it may mount a tmpfs of its own.
// nullopt when this system does not allow that (no unprivileged namespaces).
std::optional<ProcessResult> RunInMountNamespace(const std::string& script,
                                                 const std::vector<std::string>& args) {
  static const bool available = [] {
    TempDir probe;
    return RunProcess({"/usr/bin/unshare", "-rm", "/bin/sh", "-c",
                       "mount -t tmpfs -o size=64k tmpfs \"$0\"", probe.path().string()})
               .exit_code == 0;
  }();
  if (!available) return std::nullopt;
  std::vector<std::string> argv = {"/usr/bin/unshare",
                                   "-rm",
                                   "/bin/sh",
                                   "-c",
                                   "B=\"" + std::string(CLAIMTRACK_BINARY) + "\"\n" + script,
                                   "sh"};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunProcess(argv);
}

TEST_CASE("a full disk gives a clear error and leaves whole articles", "[cli][faults]") {
  SmallStore store(300);
  std::string reference_db = store.dir.File("reference.sqlite");
  REQUIRE(RunClaimtrack({"ingest", "--db", reference_db,
                         (kSeeds / "000_70c8b4e9404839c6.txt").string(), store.corpus})
              .exit_code == 0);
  const Snapshot reference = Inspect(reference_db);
  fs::create_directory(store.dir.path() / "disk");
  fs::create_directory(store.dir.path() / "after");
  // A tmpfs just larger than the store, or one filled to the last byte; the
  // store's files are copied out as the ingest left them.
  const std::string script = R"(
    disk=$1 store=$2 corpus=$3 after=$4 size=$5 fill=$6
    mount -t tmpfs -o size=$size tmpfs "$disk" || exit 90
    cp "$store" "$disk/store.sqlite" || exit 91
    if [ "$fill" = fill ]; then cat /dev/zero > "$disk/fill" 2>/dev/null; fi
    "$B" ingest --db "$disk/store.sqlite" "$corpus"
    status=$?
    cp "$disk"/store.sqlite* "$after/" || exit 92
    exit $status
  )";
  std::string disk = (store.dir.path() / "disk").string();
  std::string after = (store.dir.path() / "after").string();
  std::string copied = after + "/store.sqlite";

  SECTION("room for a few articles") {
    auto run = RunInMountNamespace(script, {disk, store.db, store.corpus, after, "400k", "no"});
    if (!run) {
      WARN("SKIPPED: no user namespaces to mount a small tmpfs in; see the file size limit test");
      return;
    }
    INFO(Describe(*run));
    CHECK(run->exit_code == 1);
    CHECK(
        Contains(run->err, ": database or disk is full (the disk holding " + disk + " is full: "));
    CHECK(Contains(run->err, "claimtrack: stopped at " + store.corpus + ":"));
    CHECK(Contains(run->out, "; stopped early ("));
    Snapshot stopped = Inspect(copied);
    CHECK(stopped.documents() > 1);
    CheckWholeArticles(copied, reference);
    // With room again, the same ingest stores the rest.
    ProcessResult rerun = RunClaimtrack({"ingest", "--db", copied, store.corpus});
    INFO(Describe(rerun));
    CHECK(rerun.exit_code == 0);
    CHECK(Inspect(copied).claims_by_hash == reference.claims_by_hash);
  }
  SECTION("no room at all") {
    auto run = RunInMountNamespace(script, {disk, store.db, store.corpus, after, "400k", "fill"});
    if (!run) {
      WARN("SKIPPED: no user namespaces to mount a small tmpfs in; see the file size limit test");
      return;
    }
    INFO(Describe(*run));
    CHECK(run->exit_code == 1);
    CHECK(Contains(run->err, "(the disk holding " + disk + " is full: 0 KB free)"));
    CHECK(ReadFile(copied) == store.bytes);
    CheckWholeArticles(copied, reference);
  }
}

TEST_CASE("a file size limit stops an ingest cleanly and leaves whole articles", "[cli][faults]") {
  // RLIMIT_FSIZE (ulimit -f) makes writes past the limit fail as a full disk
  // does, without root or a file system of its own. SIGXFSZ is ignored, as
  // the shell's trap passes on, so that the write fails instead of killing.
  SmallStore store(300);
  std::string reference_db = store.dir.File("reference.sqlite");
  REQUIRE(RunClaimtrack({"ingest", "--db", reference_db,
                         (kSeeds / "000_70c8b4e9404839c6.txt").string(), store.corpus})
              .exit_code == 0);
  const Snapshot reference = Inspect(reference_db);
  std::size_t limit_blocks = (store.bytes.size() + (192 << 10)) / 512;
  ProcessResult run = RunProcess(
      {"/bin/sh", "-c", "trap '' XFSZ; ulimit -f \"$1\" && exec \"$0\" ingest --db \"$2\" \"$3\"",
       CLAIMTRACK_BINARY, std::to_string(limit_blocks), store.db, store.corpus});
  INFO(Describe(run));
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "(files are limited to "));
  CHECK(Contains(run.err, "claimtrack: stopped at " + store.corpus + ":"));
  CHECK(Inspect(store.db).documents() > 1);
  CheckWholeArticles(store.db, reference);
  ProcessResult rerun = RunClaimtrack({"ingest", "--db", store.db, store.corpus});
  INFO(Describe(rerun));
  CHECK(rerun.exit_code == 0);
  CHECK(Inspect(store.db).claims_by_hash == reference.claims_by_hash);
}

}  // namespace
}  // namespace claimtrack::test
