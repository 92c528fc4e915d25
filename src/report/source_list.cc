// Sources with their counts (see source_list.h).
#include "report/source_list.h"

#include <algorithm>
#include <cstdint>
#include <set>

#include "base/json.h"
#include "report/report_format.h"

namespace claimtrack {

std::vector<SourceSummary> SummarizeSources(const std::vector<Claim>& claims,
                                            const std::vector<Dispute>& disputes,
                                            const std::map<std::string, std::string>& sides) {
  std::map<std::string, SourceSummary> by_name;
  std::map<std::int64_t, const Claim*> by_id;
  for (const Claim& claim : claims) {
    SourceSummary& summary = by_name[claim.source];
    summary.name = claim.source;
    if (summary.kind.empty()) summary.kind = claim.source_kind;
    ++summary.claims;
    by_id[claim.id] = &claim;
  }
  for (const Dispute& dispute : disputes) {
    std::set<std::string> names;
    for (const DisputeMember& member : dispute.members) {
      if (auto it = by_id.find(member.claim_id); it != by_id.end()) {
        names.insert(it->second->source);
      }
    }
    for (const std::string& name : names) ++by_name[name].disputes;
  }
  std::vector<SourceSummary> list;
  for (auto& [name, summary] : by_name) {
    if (auto side = sides.find(name); side != sides.end()) summary.side = side->second;
    list.push_back(std::move(summary));
  }
  std::stable_sort(list.begin(), list.end(), [](const SourceSummary& a, const SourceSummary& b) {
    if (a.disputes != b.disputes) return a.disputes > b.disputes;
    return a.claims > b.claims;  // names are already in order: the map's
  });
  return list;
}

void WriteSourcesText(const std::vector<SourceSummary>& sources, std::ostream& out) {
  struct Row {
    std::string claims, disputes, side, kind, name;
  };
  std::vector<Row> rows = {{"CLAIMS", "DISPUTES", "SIDE", "KIND", "SOURCE"}};
  for (const SourceSummary& source : sources) {
    std::string side = OneLine(source.side), kind = OneLine(source.kind);
    rows.push_back({std::to_string(source.claims), std::to_string(source.disputes),
                    side.empty() ? "-" : side, kind.empty() ? "-" : kind, OneLine(source.name)});
    if (!source.aliases.empty()) {
      std::string also;
      for (const std::string& alias : source.aliases) also += (also.empty() ? "" : ", ") + OneLine(alias);
      rows.back().name += " (also: " + also + ")";
    }
  }
  std::size_t claims_width = 0, disputes_width = 0, side_width = 0, kind_width = 0;
  for (const Row& row : rows) {
    claims_width = std::max(claims_width, row.claims.size());
    disputes_width = std::max(disputes_width, row.disputes.size());
    side_width = std::max(side_width, TextColumns(row.side));
    kind_width = std::max(kind_width, TextColumns(row.kind));
  }
  auto left = [](const std::string& text, std::size_t width) {
    return text + std::string(width - TextColumns(text), ' ');
  };
  auto right = [](const std::string& text, std::size_t width) {
    return std::string(width - text.size(), ' ') + text;
  };
  // The name last: it is the one column of unbounded width.
  for (const Row& row : rows) {
    out << right(row.claims, claims_width) << "  " << right(row.disputes, disputes_width) << "  "
        << left(row.side, side_width) << "  " << left(row.kind, kind_width) << "  " << row.name
        << '\n';
  }
}

void WriteSourcesJsonl(const std::vector<SourceSummary>& sources, std::ostream& out) {
  for (const SourceSummary& source : sources) {
    out << JsonObjectWriter()
               .Add("source", source.name)
               .Add("side", source.side)
               .Add("kind", source.kind)
               .Add("claims", static_cast<std::int64_t>(source.claims))
               .Add("disputes", static_cast<std::int64_t>(source.disputes))
               .AddRaw("aliases", [&] {
                 std::string list = "[";
                 for (const std::string& alias : source.aliases) {
                   if (list.size() > 1) list += ",";
                   list += JsonQuote(alias);
                 }
                 return list + "]";
               }())
               .str()
        << '\n';
  }
}

}  // namespace claimtrack
