// `claimtrack sources`: who makes the stored claims, with side, kind and how
// many claims and disputes each appears in.
#include <iostream>
#include <set>
#include <memory>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "match/matching_rules.h"
#include "report/source_list.h"
#include "store/claim_store.h"

namespace claimtrack {

int RunSources(const std::vector<std::string>& args) {
  std::string db = kDefaultStore;
  std::string format = "text";
  po::options_description description(
      "Lists every source with its side (set by `match`), its kind, the number of its\n"
      "claims and of the disputes it appears in; most disputed first. Each name as\n"
      "stored is one row; its other names from rules/aliases.txt are listed with it.\n\nOptions");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "format", po::value(&format)->default_value("text"),
      "text (an aligned table) | jsonl (one object per line: source, side, kind, claims, "
      "disputes)");
  std::vector<std::string> rules_dirs;
  AddRulesOption(&description, &rules_dirs);
  po::variables_map values;
  int parsed = ParseCommandLine("sources", "[--db FILE] [--format text|jsonl] [--rules DIR]...", description, {},
                                args, &values);
  if (parsed >= 0) return parsed;
  if (format != "text" && format != "jsonl") {
    std::cerr << "claimtrack sources: unknown format '" << format << "' (expected text|jsonl)\n";
    return 2;
  }
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status.message());
  std::vector<Claim> claims;
  std::vector<Dispute> disputes;
  std::map<std::string, std::string> sides;
  for (Status s : {store->LoadClaims(&claims), store->LoadDisputes(&disputes),
                   store->LoadSourceSides(&sides)}) {
    if (!s.ok()) return Fail(s.message());
  }
  std::vector<SourceSummary> sources = SummarizeSources(claims, disputes, sides);
  // Other names of each source: stored names that aliases.txt makes one
  // source, and the canonical name when it is not stored itself.
  FinishRulesDirs(&rules_dirs);
  MatchingRules rules;
  status = MatchingRules::Load(rules_dirs, &rules);
  if (!status.ok()) return Fail("invalid rules:\n" + status.message());
  std::map<std::string, std::set<std::string>> names_of;  // canonical -> names
  for (const SourceSummary& source : sources) names_of[rules.CanonicalSource(source.name)].insert(source.name);
  for (SourceSummary& source : sources) {
    std::string canonical = rules.CanonicalSource(source.name);
    std::set<std::string> others = names_of[canonical];
    others.insert(canonical);
    others.erase(source.name);
    source.aliases.assign(others.begin(), others.end());
  }
  if (format == "jsonl") {
    WriteSourcesJsonl(sources, std::cout);
  } else {
    WriteSourcesText(sources, std::cout);
  }
  return std::cout.good() ? 0 : Fail("cannot write to standard output");
}

}  // namespace claimtrack
