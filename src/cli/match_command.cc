// `claimtrack match`: find disputes among the stored claims.
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "base/rule_file.h"
#include "cli/cli_options.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "match/dispute_finder.h"
#include "match/matching_rules.h"
#include "store/claim_store.h"

namespace claimtrack {

int RunMatch(const std::vector<std::string>& args) {
  std::string db = kDefaultStore;
  std::vector<std::string> rules_dirs;
  MatchOptions options;
  long block_limit = static_cast<long>(options.block_limit);
  long threads = 0;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "block-limit", po::value(&block_limit)->default_value(block_limit),
      "compare claims across articles only when they share a word held by at most this many "
      "claims")(
      "threads", po::value(&threads)->default_value(0), "threads to match with (0: one per core)");
  AddRulesOption(&description, &rules_dirs);
  po::variables_map values;
  int parsed = ParseCommandLine("match", "[--db FILE] [--rules DIR]... [--block-limit N] [--threads N]",
                                description, {}, args, &values);
  if (parsed >= 0) return parsed;
  if (block_limit < 1 || threads < 0 || threads > 64) {
    std::cerr << "claimtrack match: --block-limit must be at least 1 and --threads from 0 to 64\n"
              << "Try 'claimtrack match --help'.\n";
    return 2;
  }
  options.block_limit = static_cast<std::size_t>(block_limit);
  options.threads = static_cast<unsigned>(threads);
  FinishRulesDirs(&rules_dirs);

  MatchingRules rules;
  Antonyms antonyms;
  Status status = JoinErrors({MatchingRules::Load(rules_dirs, &rules), Antonyms::Load(rules_dirs, &antonyms)});
  if (!status.ok()) return Fail("invalid rules, nothing matched:\n" + status.message());
  // Matching needs stored claims: a missing store is a mistake (a typo in
  // --db), not a new empty store.
  std::error_code exists_error;
  if (!std::filesystem::exists(db, exists_error)) {
    return Fail(db + ": no such store; run `claimtrack ingest` first");
  }
  std::unique_ptr<ClaimStore> store;
  status = ClaimStore::Open(db, /*read_only=*/false, &store);
  if (!status.ok()) return Fail(status.message());
  // A progress line on a terminal: the stage, the share done, the time left.
  std::optional<Progress> progress(std::in_place, "match");
  progress->Step("loading claims", 0.0);
  std::vector<Claim> claims;
  status = store->LoadClaims(&claims);
  if (!status.ok()) return Fail(status.message());
  const std::string count = std::to_string(claims.size()) + " claims: ";
  options.progress = [&](const char* stage, double done) { progress->Step(count + stage, done); };

  MatchResult result = DisputeFinder(rules, antonyms, options).Find(claims);
  progress->Step(count + "storing disputes", 0.95);
  status = store->ReplaceDisputes(&result.disputes, result.source_sides);
  progress.reset();  // clears the line before the summary
  if (!status.ok()) return Fail(status.message());
  std::cout << "matched " << claims.size() << " claims: " << result.disputes.size()
            << " disputes (" << db << ")\n";
  return 0;
}

}  // namespace claimtrack
