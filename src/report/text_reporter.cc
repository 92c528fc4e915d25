// The text report, for reading on a terminal: each disputed claim followed by
// the claims that deny or contradict it, under plain headings. No colour.
//
//   2 disputes
//
//   Dispute #1  [denial, score 0.85]  topic: joint mission
//     rule: reference-denial  evidence: denied
//
//     CLAIM
//     - Russian Defense Ministry (side: Russia)
//       claim #3 in 000_x.txt "Syria talks", 2017-01-23 9:30 p.m.
//       announced [assert, indirect]:
//       "it had carried out a joint airstrike mission with U.S.-led coalition
//       warplanes against IS in Syria"
//
//     DISPUTED BY
//     - Pentagon (side: United States)
//       ...
//
// Claim content and the article line are wrapped at the reporter's width (0:
// not wrapped); headings and the who line are short and never wrapped. Every
// article-derived field passes through OneLine, so the report carries neither
// stray line breaks nor terminal control characters from the articles.
#include <ostream>

#include "report/report_format.h"

namespace claimtrack {
namespace {

constexpr std::string_view kClaimIndent = "    ";

class TextReporter : public Reporter {
 public:
  explicit TextReporter(int width) : width_(width) {}

  void Write(const ReportInput& input, std::ostream& out) const override {
    out << CountNoun(input.disputes.size(), "dispute") << '\n';
    for (std::size_t i = 0; i < input.disputes.size(); ++i) {
      out << '\n';
      WriteDispute(input.disputes[i], DisputeNumber(input.disputes[i], i), input, out);
    }
  }

 private:
  void WriteDispute(const Dispute& dispute, std::int64_t number, const ReportInput& input,
                    std::ostream& out) const {
    out << "Dispute #" << number << "  [";
    if (std::string kind = OneLine(dispute.kind); !kind.empty()) out << kind << ", ";
    out << "score " << FormatScore(dispute.score) << ']';
    if (std::string topic = OneLine(dispute.topic); !topic.empty()) {
      out << "  topic: " << topic;
    }
    out << '\n';

    std::string details;
    if (std::string rule = OneLine(dispute.rule); !rule.empty()) details += "  rule: " + rule;
    if (std::string evidence = OneLine(dispute.evidence); !evidence.empty()) {
      details += "  evidence: " + evidence;
    }
    if (!details.empty()) out << details << '\n';

    DisputeClaims split = SplitDispute(dispute, input);
    WriteGroup("CLAIM", split.claims, input, out);
    WriteGroup("DISPUTED BY", split.counters, input, out);
    for (std::int64_t id : split.missing) {
      out << "\n  (claim #" << id << " is not in the report input)\n";
    }
  }

  void WriteGroup(std::string_view heading, const std::vector<const Claim*>& claims,
                  const ReportInput& input, std::ostream& out) const {
    out << "\n  " << heading << '\n';
    if (claims.empty()) out << "  (none)\n";
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (i > 0) out << '\n';
      WriteClaim(*claims[i], input, out);
    }
  }

  void WriteClaim(const Claim& claim, const ReportInput& input, std::ostream& out) const {
    out << "  - " << WhoLabel(claim, SideOf(claim, input)) << '\n';
    out << WrapText("claim #" + std::to_string(claim.id) + " in " + ArticleLabel(claim, input),
                    width_, kClaimIndent);
    out << kClaimIndent << OneLine(claim.cue) << " [" << StanceName(claim.stance) << ", "
        << QuoteKindName(claim.quote) << "]:\n";
    out << WrapText("\"" + OneLine(claim.content) + "\"", width_, kClaimIndent);
  }

  int width_;  // wrap width of the indented lines; 0 for none
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(int width) {
  return std::make_unique<TextReporter>(width);
}

}  // namespace claimtrack
