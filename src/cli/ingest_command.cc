// `claimtrack ingest`: read articles, extract claims, store both.
#include <iostream>
#include <memory>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "extract/claim_extractor.h"
#include "ingest/article_reader.h"
#include "ingest/post_splitter.h"
#include "store/claim_store.h"

namespace claimtrack {

namespace {

struct IngestFlags {
  std::string db = kDefaultStore;
  std::string rules;
  std::vector<std::string> paths;
};

}  // namespace

int RunIngest(const std::vector<std::string>& args) {
  IngestFlags flags;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&flags.db)->default_value(kDefaultStore), "the store (SQLite file) to write")(
      "rules", po::value(&flags.rules)->default_value(DefaultRulesDir()),
      "folder of rule files (cues, sources, boilerplate, ...)")(
      "path", po::value(&flags.paths)->multitoken(),
      ".txt files, folders of them, .jsonl files (one article per line), or - for stdin");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map values;
  int parsed = ParseCommandLine("ingest", "[--db FILE] [--rules DIR] PATH...", description,
                                positional, args, &values);
  if (parsed >= 0) return parsed;
  if (flags.paths.empty()) {
    std::cerr << "claimtrack ingest: no PATH given\nTry 'claimtrack ingest --help'.\n";
    return 2;
  }

  // Rules are checked before the store is touched: bad rules change nothing.
  std::unique_ptr<ClaimExtractor> extractor;
  Status status = ClaimExtractor::Create(flags.rules, &extractor);
  if (!status.ok()) return Fail("invalid rules, nothing ingested:\n" + status.message());
  std::unique_ptr<ClaimStore> store;
  status = ClaimStore::Open(flags.db, /*read_only=*/false, &store);
  if (!status.ok()) return Fail(status.message());

  long stored = 0, duplicates = 0, claims_stored = 0;
  long long bytes = 0;
  std::vector<std::string> failures;
  Progress progress("ingest");
  ReadReport report;
  ReadArticles(
      flags.paths, std::cin,
      [&](Article&& page) {
        bytes += static_cast<long long>(page.text.size());
        for (const Article& article : SplitPosts(page)) {
          std::vector<Claim> claims = extractor->Extract(article);
          bool added = false;
          Status s = store->AddArticle(article, &claims, &added);
          if (!s.ok()) {
            failures.push_back(s.message());
          } else if (added) {
            ++stored;
            claims_stored += static_cast<long>(claims.size());
          } else {
            ++duplicates;
          }
        }
        progress.Update(stored + duplicates, bytes, claims_stored, "claims");
      },
      &report);
  for (const std::string& problem : report.problems) std::cerr << "claimtrack: skipped " << problem << "\n";
  for (const std::string& failure : failures) std::cerr << "claimtrack: " << failure << "\n";
  long skipped = static_cast<long>(report.problems.size() + failures.size());
  std::cout << "ingested " << stored << (stored == 1 ? " article, " : " articles, ") << claims_stored
            << (claims_stored == 1 ? " claim" : " claims");
  if (duplicates > 0) std::cout << "; " << duplicates << " already stored";
  if (skipped > 0) std::cout << "; " << skipped << " skipped";
  std::cout << " (" << flags.db << ")\n";
  return skipped > 0 ? 1 : 0;
}

}  // namespace claimtrack
