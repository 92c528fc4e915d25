// Claims on their own: ClaimJson, the one JSON shape of a claim (shared by
// `claims --format jsonl` and the json report), and the `claims` listings.
//
// ClaimJson keys, in this order and always present so that consumers never
// test for absence (strings are "" when unknown):
//   id, doc, source, mention, role, source_kind, cue, content, stance
//   ("assert"|"deny"), quote ("direct"|"indirect"|"none"), start, end, rule,
//   target, evidence, hedge, date, time
// start and end are the UTF-8 byte offsets [start, end) of `content` in the
// article's text.
//
// The text listing, one block per claim and a blank line between blocks:
//   #12 [doc 000_x.txt bytes 100-180] Sean Spicer (press secretary) said [assert, indirect]:
//       the content, wrapped at 100 columns
#include <cstdint>

#include "report/report_format.h"
#include "report/reporter.h"

namespace claimtrack {
namespace {

constexpr int kClaimsTextWidth = 100;
constexpr std::string_view kClaimsTextIndent = "    ";

}  // namespace

JsonObjectWriter ClaimJsonWriter(const Claim& claim) {
  JsonObjectWriter json;
  json.Add("id", claim.id)
      .Add("doc", claim.doc)
      .Add("source", claim.source)
      .Add("mention", claim.mention)
      .Add("role", claim.role)
      .Add("source_kind", claim.source_kind)
      .Add("cue", claim.cue)
      .Add("content", claim.content)
      .Add("stance", StanceName(claim.stance))
      .Add("quote", QuoteKindName(claim.quote))
      .Add("start", static_cast<std::int64_t>(claim.content_span.begin))
      .Add("end", static_cast<std::int64_t>(claim.content_span.end))
      .Add("rule", claim.rule)
      .Add("target", claim.target)
      .Add("evidence", claim.evidence)
      .Add("hedge", claim.hedge)
      .Add("date", claim.date)
      .Add("time", claim.time);
  return json;
}

std::string ClaimJson(const Claim& claim) { return ClaimJsonWriter(claim).str(); }

void WriteClaimsJsonl(const std::vector<Claim>& claims, std::ostream& out) {
  for (const Claim& claim : claims) out << ClaimJson(claim) << '\n';
}

void WriteClaimsText(const std::vector<Claim>& claims, std::ostream& out) {
  bool first = true;
  for (const Claim& claim : claims) {
    if (!first) out << '\n';
    first = false;
    out << '#' << claim.id << " [doc " << OneLine(claim.doc) << " bytes "
        << claim.content_span.begin << '-' << claim.content_span.end << "] " << WhoLabel(claim, "")
        << ' ' << OneLine(claim.cue) << " [" << StanceName(claim.stance) << ", "
        << QuoteKindName(claim.quote) << "]:\n"
        << WrapText(claim.content, kClaimsTextWidth, kClaimsTextIndent);
  }
}

}  // namespace claimtrack
