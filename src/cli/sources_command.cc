// `claimtrack sources`: who makes the stored claims, with side, kind and how
// many claims and disputes each appears in.
#include <iostream>
#include <memory>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "report/source_list.h"
#include "store/claim_store.h"

namespace claimtrack {

int RunSources(const std::vector<std::string>& args) {
  std::string db = kDefaultStore;
  std::string format = "text";
  po::options_description description(
      "Lists every source with its side (set by `match`), its kind, the number of its\n"
      "claims and of the disputes it appears in; most disputed first. Each name as\n"
      "stored is one source: aliases (\"Pentagon\" and \"the U.S. military\") are not\n"
      "merged or listed yet.\n\nOptions");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "format", po::value(&format)->default_value("text"),
      "text (an aligned table) | jsonl (one object per line: source, side, kind, claims, "
      "disputes)");
  po::variables_map values;
  int parsed = ParseCommandLine("sources", "[--db FILE] [--format text|jsonl]", description, {},
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
  if (format == "jsonl") {
    WriteSourcesJsonl(sources, std::cout);
  } else {
    WriteSourcesText(sources, std::cout);
  }
  return std::cout.good() ? 0 : Fail("cannot write to standard output");
}

}  // namespace claimtrack
