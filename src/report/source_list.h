// Sources: who makes the stored claims, with their side, their other names
// (rules/aliases.txt, filled in by the command) and how often they appear,
// for `claimtrack sources`. Each stored name is one row.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "model/claim.h"
#include "model/dispute.h"

namespace claimtrack {

struct SourceSummary {
  std::string name;          // Claim::source as stored
  std::string side;          // from the sides map; "" when unknown
  std::string kind;          // Claim::source_kind of its first claim with one; "" when unknown
  std::size_t claims = 0;    // claims it made
  std::size_t disputes = 0;  // disputes holding at least one of its claims
  std::vector<std::string> aliases;  // other names of the same source (aliases.txt), sorted
};

// One summary per distinct Claim::source among `claims` (an empty source
// counts as "" like any other name), ordered by disputes, then claims (both
// most first), then name. Dispute members missing from `claims` are ignored.
std::vector<SourceSummary> SummarizeSources(const std::vector<Claim>& claims,
                                            const std::vector<Dispute>& disputes,
                                            const std::map<std::string, std::string>& sides);

// `sources --format text`: a table with a header row, columns aligned, the
// name last as the one column of unbounded width:
//   CLAIMS  DISPUTES  SIDE     KIND          SOURCE
//       12         1  Russia   organization  Russian Defense Ministry (also: Russian military)
// Names are OneLine'd; "-" stands for an unknown side or kind.
void WriteSourcesText(const std::vector<SourceSummary>& sources, std::ostream& out);

// `sources --format jsonl`: one object per line, keys always present:
//   {"source":"Pentagon","side":"United States","kind":"organization","claims":3,"disputes":1,
//    "aliases":["U.S. Department of Defense"]}
void WriteSourcesJsonl(const std::vector<SourceSummary>& sources, std::ostream& out);

}  // namespace claimtrack
