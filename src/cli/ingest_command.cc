// `claimtrack ingest`: read articles, extract claims, store both. Articles
// are stored in batches, one transaction each (cli/ingest_pipeline.h), so an
// ingest that is killed or stopped leaves whole batches of whole articles
// only, and running it again adds the rest (stored texts are skipped).
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <system_error>
#include <thread>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "cli/ingest_claims.h"
#include "cli/ingest_pipeline.h"
#include "cli/progress.h"
#include "extract/claim_extractor.h"
#include "ingest/article_reader.h"
#include "ingest/post_splitter.h"
#include "store/claim_store.h"

namespace claimtrack {

namespace {

namespace fs = std::filesystem;

struct IngestFlags {
  std::string db = kDefaultStore;
  std::vector<std::string> rules;
  std::vector<std::string> paths;
  std::vector<std::string> claims;  // --claims: lines written by `claimtrack extract`
  int threads = 0;                   // extraction threads; 0: DefaultThreads()
};

// The default number of extraction threads is capped: there is one thread
// that stores, and on the benchmark (docs/performance.md) it stores about as
// many MB/s as one thread extracts, so a few extraction threads keep it busy
// and more would only wait for it.
constexpr int kMaxDefaultThreads = 4;

int DefaultThreads() {
  int cores = static_cast<int>(std::thread::hardware_concurrency());
  return std::clamp(cores, 1, kMaxDefaultThreads);
}

// What SQLite would report only as "unable to open database file" or
// "attempt to write a readonly database", said before anything is read.
// access() answers for the real user, as the open will; the open's own
// errors still stand when these checks pass.
Status CheckStorePath(const std::string& db) {
  std::error_code error;
  if (fs::is_directory(db, error)) {
    return Status::Error(db + ": is a directory; --db names the store file");
  }
  fs::path parent = fs::path(db).parent_path();
  if (parent.empty()) parent = ".";
  if (!fs::is_directory(parent, error)) {
    return Status::Error(db + ": no folder " + parent.string() + " to keep the store in");
  }
  if (fs::exists(db, error) && access(db.c_str(), W_OK) != 0) {
    return Status::Error(db +
                         ": the store is read-only (no write permission); nothing was ingested");
  }
  // In WAL mode SQLite keeps DB-wal and DB-shm beside the store.
  std::string wal = db + "-wal";
  bool wal_writable = fs::exists(wal, error) && access(wal.c_str(), W_OK) == 0;
  if (!wal_writable && access(parent.c_str(), W_OK) != 0) {
    return Status::Error(db + ": the folder " + parent.string() +
                         " is read-only, and the store needs to create its -wal and -shm files "
                         "there; nothing was ingested");
  }
  return Status::Ok();
}

// What SQLite reports as "disk I/O error" or "database or disk is full" has
// a cause the user can act on: say it when the system can tell.
std::string WriteFailureHint(const std::string& db) {
  constexpr std::uintmax_t kFullBelowBytes = 1 << 20;
  fs::path parent = fs::path(db).parent_path();
  if (parent.empty()) parent = ".";
  std::error_code error;
  fs::space_info space = fs::space(parent, error);
  if (!error && space.available < kFullBelowBytes) {
    return " (the disk holding " + parent.string() +
           " is full: " + std::to_string(space.available / 1024) + " KB free)";
  }
  struct rlimit limit;
  if (getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
    return " (files are limited to " + std::to_string(limit.rlim_cur) + " bytes: see ulimit -f)";
  }
  return "";
}

// The documents of one store by `doc`, with where the first was read from,
// to warn when an id comes back with a different text.
class DocIds {
 public:
  Status Load(ClaimStore* store) {
    std::map<std::string, StoredDocument> stored;
    Status status = store->LoadDocuments(&stored);
    for (auto& [doc, document] : stored) origins_[doc] = document.article.origin;
    return status;
  }

  // Records that `article` was stored (so its text is new to the store);
  // returns a warning when its doc was seen before, else "".
  std::string Stored(const Article& article) {
    auto [it, added] = origins_.try_emplace(article.doc, article.origin);
    if (added) return "";
    return "duplicate id '" + article.doc + "' with different text at " + article.origin +
           " (first at " + (it->second.empty() ? "an earlier ingest" : it->second) +
           "); both are stored";
  }

 private:
  std::map<std::string, std::string> origins_;  // doc -> origin of the first
};

}  // namespace

int RunIngest(const std::vector<std::string>& args) {
  IngestFlags flags;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&flags.db)->default_value(kDefaultStore), "the store (SQLite file) to write")(
      "path", po::value(&flags.paths)->multitoken(),
      ".txt files, folders of them, .jsonl files (one article per line), or - for stdin")(
      "claims", po::value(&flags.claims)->multitoken()->composing(),
      "store the claims lines `claimtrack extract` wrote to these files (- for stdin) instead "
      "of reading PATHs")(
      "threads", po::value(&flags.threads)->default_value(DefaultThreads(), "cores"),
      ("threads that extract claims; cores: one per core, at most " +
       std::to_string(kMaxDefaultThreads) + " (here " + std::to_string(DefaultThreads()) +
       "); 1 reads, extracts and stores on one thread (another copies the WAL into the store)")
          .c_str());
  AddRulesOption(&description, &flags.rules);
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map values;
  int parsed = ParseCommandLine("ingest",
                                "[--db FILE] [--rules DIR]... [--threads N] PATH... | --claims FILE...",
                                description, positional, args, &values);
  if (parsed >= 0) return parsed;
  if (flags.threads < 1) {
    std::cerr << "claimtrack ingest: --threads must be at least 1\n"
              << "Try 'claimtrack ingest --help'.\n";
    return 2;
  }
  if (flags.paths.empty() == flags.claims.empty()) {
    std::cerr << "claimtrack ingest: "
              << (flags.paths.empty() ? "no PATH given" : "give PATHs or --claims, not both")
              << "\nTry 'claimtrack ingest --help'.\n";
    return 2;
  }

  // Rules are checked before the store is touched: bad rules change nothing.
  FinishRulesDirs(&flags.rules);
  ExtractionRules rules;
  Status status = ExtractionRules::Load(flags.rules, &rules);
  if (!status.ok()) return Fail("invalid rules, nothing ingested:\n" + status.message());
  // A ClaimExtractor is not thread-safe: one per extraction thread.
  std::vector<std::unique_ptr<ClaimExtractor>> extractors(static_cast<std::size_t>(flags.threads));
  std::vector<const ClaimExtractor*> extractor_list;
  for (std::unique_ptr<ClaimExtractor>& extractor : extractors) {
    status = ClaimExtractor::Create(rules, &extractor);
    if (!status.ok()) return Fail(status.message());
    extractor_list.push_back(extractor.get());
  }
  status = CheckStorePath(flags.db);
  if (!status.ok()) return Fail(status.message());
  std::unique_ptr<ClaimStore> store;
  status = ClaimStore::Open(flags.db, /*read_only=*/false, &store);
  if (!status.ok()) return Fail(status.message() + WriteFailureHint(flags.db));
  DocIds doc_ids;
  status = doc_ids.Load(store.get());
  if (!status.ok()) return Fail(status.message());
  if (!flags.claims.empty()) {
    return IngestClaims(flags.claims, std::cin,
                        {store.get(), [&](const Article& a) { return doc_ids.Stored(a); },
                         [&] { return WriteFailureHint(flags.db); }});
  }

  long stored = 0, duplicates = 0, claims_stored = 0;
  long long bytes = 0;
  std::vector<std::string> failures;  // articles not stored
  std::vector<std::string> warnings;  // duplicate ids
  std::string stopped_at;             // origin of the article the store refused
  ReadReport report;
  {
    Progress progress("ingest");
    // The listener runs on the thread that stores, one article at a time and
    // in input order; what it fills is read here only after Finish().
    IngestPipeline pipeline(extractor_list, store.get(), IngestOptions{},
                            [&](const IngestEvent& event) {
                              bytes += static_cast<long long>(event.article.text.size());
                              if (event.outcome == AddOutcome::kRefused) {
                                failures.push_back(event.message);
                              } else if (event.outcome == AddOutcome::kStored) {
                                ++stored;
                                claims_stored += static_cast<long>(event.claims);
                                std::string duplicate = doc_ids.Stored(event.article);
                                if (!duplicate.empty()) warnings.push_back(std::move(duplicate));
                              } else {
                                ++duplicates;
                              }
                              progress.Update(stored + duplicates, bytes, claims_stored, "claims");
                            });
    ReadArticles(
        flags.paths, std::cin,
        [&](Article&& page) {
          for (Article& article : SplitPosts(page)) {
            // False once the store failed: stop reading.
            if (!pipeline.Add(std::move(article))) return false;
          }
          return true;
        },
        &report);
    Status s = pipeline.Finish();
    if (!s.ok()) {
      // A failure of the store itself (disk full, read-only file, I/O error)
      // would repeat for every article: the pipeline stopped there. Every
      // article before it is stored whole, and none after.
      failures.push_back(s.message() + WriteFailureHint(flags.db));
      stopped_at = pipeline.stopped_at();
    }
  }
  for (const std::string& warning : report.warnings) {
    std::cerr << "claimtrack: warning: " << warning << "\n";
  }
  for (const std::string& warning : warnings) {
    std::cerr << "claimtrack: warning: " << warning << "\n";
  }
  for (const std::string& problem : report.problems) {
    std::cerr << "claimtrack: skipped " << problem << "\n";
  }
  for (const std::string& failure : failures) std::cerr << "claimtrack: " << failure << "\n";
  if (!stopped_at.empty()) {
    std::cerr << "claimtrack: stopped at " << stopped_at
              << ", which was not stored; the articles before it are stored whole, and running "
                 "the same ingest again stores the rest\n";
  }
  long skipped = static_cast<long>(report.problems.size() + failures.size());
  std::cout << "ingested " << stored << (stored == 1 ? " article, " : " articles, ")
            << claims_stored << (claims_stored == 1 ? " claim" : " claims");
  if (duplicates > 0) std::cout << "; " << duplicates << " already stored";
  if (skipped > 0) std::cout << "; " << skipped << " skipped";
  if (!stopped_at.empty()) std::cout << "; stopped early";
  std::cout << " (" << flags.db << ")\n";
  return skipped > 0 ? 1 : 0;
}

}  // namespace claimtrack
