// The Markdown report (CommonMark with GitHub tables), for sharing in a
// newsroom wiki or pull request:
//
//   # Disputed claims
//
//   2 disputes among 5 claims from 2 articles.
//
//   ## Dispute 1: joint mission
//
//   Kind: denial; score: 0.85; rule: reference-denial; evidence: denied
//
//   | | Source | Side | Said | Claim | Article |
//   |---|---|---|---|---|---|
//   | claim | Russian Defense Ministry | Russia | announced (assert) | it had ... | 000\_x.txt ...
//   | | counter | Pentagon | United States | denied (deny) | That claim | 000\_x.txt ... |
//
// Every piece of text that comes from articles or rules goes through
// EscapeMarkdown, which also turns line breaks into spaces so a cell stays on
// its row; the fixed words around it are written here unescaped.
#include <ostream>
#include <set>

#include "report/report_format.h"

namespace claimtrack {
namespace {

class MarkdownReporter : public Reporter {
 public:
  void Write(const ReportInput& input, std::ostream& out) const override {
    out << "# Disputed claims\n\n" << Summary(input) << "\n";
    for (std::size_t i = 0; i < input.disputes.size(); ++i) {
      WriteDispute(input.disputes[i], DisputeNumber(input.disputes[i], i), input, out);
    }
  }

 private:
  static std::string Summary(const ReportInput& input) {
    if (input.disputes.empty()) return "No disputes found.";
    std::set<std::int64_t> claim_ids;
    std::set<std::string> docs;
    for (const Dispute& dispute : input.disputes) {
      for (const DisputeMember& member : dispute.members) {
        auto it = input.claims.find(member.claim_id);
        if (it == input.claims.end()) continue;
        claim_ids.insert(member.claim_id);
        docs.insert(it->second.doc);
      }
    }
    return CountNoun(input.disputes.size(), "dispute") + " among " +
           CountNoun(claim_ids.size(), "claim") + " from " + CountNoun(docs.size(), "article") +
           ".";
  }

  static void WriteDispute(const Dispute& dispute, std::int64_t number, const ReportInput& input,
                           std::ostream& out) {
    out << "\n## Dispute " << number;
    if (std::string topic = EscapeMarkdown(dispute.topic); !topic.empty()) out << ": " << topic;
    out << "\n\n";

    out << "Kind: " << (dispute.kind.empty() ? "unknown" : EscapeMarkdown(dispute.kind))
        << "; score: " << FormatScore(dispute.score);
    if (std::string rule = EscapeMarkdown(dispute.rule); !rule.empty()) out << "; rule: " << rule;
    if (std::string evidence = EscapeMarkdown(dispute.evidence); !evidence.empty()) {
      out << "; evidence: " << evidence;
    }
    out << "\n\n";

    DisputeClaims split = SplitDispute(dispute, input);
    out << "| | Source | Side | Said | Claim | Article |\n"
        << "|---|---|---|---|---|---|\n";
    for (const Claim* claim : split.claims) WriteRow(DisputeRole::kClaim, *claim, input, out);
    for (const Claim* claim : split.counters) WriteRow(DisputeRole::kCounter, *claim, input, out);
    for (std::int64_t id : split.missing) {
      out << "\nClaim #" << id << " is not in the report input.\n";
    }
  }

  static void WriteRow(DisputeRole role, const Claim& claim, const ReportInput& input,
                       std::ostream& out) {
    std::string said = claim.cue;
    said += " (";
    said += StanceName(claim.stance);
    if (!claim.hedge.empty()) said += ", hedged: " + claim.hedge;
    said += ")";
    out << "| " << DisputeRoleName(role) << " | " << EscapeMarkdown(WhoLabel(claim, "")) << " | "
        << EscapeMarkdown(SideOf(claim, input)) << " | " << EscapeMarkdown(said) << " | "
        << EscapeMarkdown(claim.content) << " | " << EscapeMarkdown(ArticleLabel(claim, input))
        << " |\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeMarkdownReporter() { return std::make_unique<MarkdownReporter>(); }

}  // namespace claimtrack
