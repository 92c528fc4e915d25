// `claimtrack timeline`: the claims of the disputes on a topic in the order
// they were made, one line each.
#include <iostream>
#include <memory>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "cli/report_filter.h"
#include "report/dispute_filter.h"
#include "report/timeline.h"
#include "store/claim_store.h"

namespace claimtrack {

int RunTimeline(const std::vector<std::string>& args) {
  std::string db = kDefaultStore;
  DisputeFilter filter;
  po::options_description description(
      "Prints every claim of the disputes whose topic contains TOPIC (any case; all\n"
      "disputes without --topic), in time order: by date, then time of day, then\n"
      "position in the article; unknown dates and times last. One line per claim:\n"
      "  DATE TIME | SOURCE (SIDE) | CUE | CONTENT\n\nOptions");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&db)->default_value(kDefaultStore), "the store (SQLite file)");
  description.add(FilterOptions(&filter));
  po::variables_map values;
  int parsed = ParseCommandLine("timeline", "--topic TOPIC [--db FILE] [FILTERS]", description, {},
                                args, &values);
  if (parsed >= 0) return parsed;
  if (Status checked = filter.Check(); !checked.ok()) {
    std::cerr << "claimtrack timeline: " << checked.message() << "\n";
    return 2;
  }
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status.message());
  ReportInput input;
  std::vector<Claim> claims;
  std::map<std::string, StoredDocument> documents;
  for (Status s : {store->LoadDisputes(&input.disputes), store->LoadClaims(&claims),
                   store->LoadDocuments(&documents), store->LoadSourceSides(&input.sides)}) {
    if (!s.ok()) return Fail(s.message());
  }
  for (Claim& claim : claims) input.claims.emplace(claim.id, std::move(claim));
  for (auto& [doc, document] : documents) input.articles.emplace(doc, std::move(document.article));
  filter.Apply(&input);
  WriteTimelineText(input, std::cout);
  return std::cout.good() ? 0 : Fail("cannot write to standard output");
}

}  // namespace claimtrack
