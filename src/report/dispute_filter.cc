// DisputeFilter (see dispute_filter.h). Dates are compared as days since the
// epoch after parsing, so a malformed date in the store never matches by
// accident of string order.
#include "report/dispute_filter.h"

#include <algorithm>
#include <string_view>

#include "base/civil_date.h"
#include "report/report_format.h"

namespace claimtrack {
namespace {

std::string FoldCase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ContainsFolded(std::string_view text, std::string_view part) {
  return FoldCase(text).find(FoldCase(part)) != std::string::npos;
}

bool EqualsFolded(std::string_view a, std::string_view b) { return FoldCase(a) == FoldCase(b); }

Status CheckDate(std::string_view flag, const std::string& date, long* days) {
  if (date.empty() || ParseIsoDate(date, days)) return Status::Ok();
  return Status::Error(std::string(flag) + ": '" + date + "' is not a date (expected YYYY-MM-DD)");
}

}  // namespace

Status DisputeFilter::Check() const {
  long since_days = 0, until_days = 0;
  if (Status s = CheckDate("--since", since, &since_days); !s.ok()) return s;
  if (Status s = CheckDate("--until", until, &until_days); !s.ok()) return s;
  if (!since.empty() && !until.empty() && since_days > until_days) {
    return Status::Error("--since " + since + " is after --until " + until);
  }
  if (!(min_score >= 0 && min_score <= 1)) {
    return Status::Error("--min-score: " + std::to_string(min_score) + " is not within 0 to 1");
  }
  return Status::Ok();
}

bool DisputeFilter::MatchesClaim(const Claim& claim, const ReportInput& input) const {
  if (!sources.empty() && std::none_of(sources.begin(), sources.end(), [&](const std::string& s) {
        return ContainsFolded(claim.source, s);
      })) {
    return false;
  }
  if (!sides.empty()) {
    const std::string side = SideOf(claim, input);
    if (side.empty() || std::none_of(sides.begin(), sides.end(),
                                     [&](const std::string& s) { return EqualsFolded(side, s); })) {
      return false;
    }
  }
  if (!docs.empty()) {
    const std::string_view file = std::string_view(claim.doc).substr(0, claim.doc.find('#'));
    if (std::none_of(docs.begin(), docs.end(),
                     [&](const std::string& d) { return d == claim.doc || d == file; })) {
      return false;
    }
  }
  if (!since.empty() || !until.empty()) {
    long days = 0, bound = 0;
    if (!ParseIsoDate(ClaimDate(claim, input), &days)) return false;
    if (!since.empty() && ParseIsoDate(since, &bound) && days < bound) return false;
    if (!until.empty() && ParseIsoDate(until, &bound) && days > bound) return false;
  }
  return true;
}

bool DisputeFilter::MatchesDispute(const Dispute& dispute, const ReportInput& input) const {
  if (dispute.score < min_score) return false;
  if (!topic.empty() && !ContainsFolded(dispute.topic, topic)) return false;
  const bool claim_filters =
      !sources.empty() || !sides.empty() || !docs.empty() || !since.empty() || !until.empty();
  if (!claim_filters) return true;
  return std::any_of(dispute.members.begin(), dispute.members.end(),
                     [&](const DisputeMember& member) {
                       auto it = input.claims.find(member.claim_id);
                       return it != input.claims.end() && MatchesClaim(it->second, input);
                     });
}

void DisputeFilter::Apply(ReportInput* input) const {
  std::vector<Dispute> kept;
  for (Dispute& dispute : input->disputes) {
    if (MatchesDispute(dispute, *input)) kept.push_back(std::move(dispute));
  }
  input->disputes = std::move(kept);
}

}  // namespace claimtrack
