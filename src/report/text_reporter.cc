// The text report, for reading on a terminal: the disputes grouped by topic,
// each disputed claim followed by the claims that deny or contradict it.
//
//   2 disputes
//
//   == joint mission (1 dispute) ==
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
// Topics come in the order of their first dispute (the input's order, by
// score from the store), and the disputes of a topic in input order; a topic
// heading is the topic as stored, "(no topic)" when empty.
//
// Claim content and the article line are wrapped at the reporter's width (0:
// not wrapped); headings and the who line are short and never wrapped. Every
// article-derived field passes through OneLine, so the report carries neither
// stray line breaks nor terminal control characters from the articles. With
// ReportOptions::color, headings are bold, CLAIM green, DISPUTED BY red and
// the article line dim, by ANSI SGR sequences added after wrapping (they take
// no columns); without it the output holds no escape sequence at all.
#include <algorithm>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "report/report_format.h"

namespace claimtrack {
namespace {

constexpr std::string_view kClaimIndent = "    ";

// ANSI SGR parameters.
constexpr std::string_view kBold = "1";
constexpr std::string_view kDim = "2";
constexpr std::string_view kGreen = "1;32";
constexpr std::string_view kRed = "1;31";
constexpr std::string_view kCyan = "1;36";

class TextReporter : public Reporter {
 public:
  explicit TextReporter(const ReportOptions& options)
      : width_(options.width), color_(options.color) {}

  void Write(const ReportInput& input, std::ostream& out) const override {
    out << CountNoun(input.disputes.size(), "dispute") << '\n';
    for (const auto& [topic, indexes] : GroupByTopic(input.disputes)) {
      out << '\n'
          << Paint("== " + (topic.empty() ? std::string("(no topic)") : topic) + " (" +
                       CountNoun(indexes.size(), "dispute") + ") ==",
                   kCyan)
          << '\n';
      for (std::size_t i : indexes) {
        out << '\n';
        WriteDispute(input.disputes[i], DisputeNumber(input.disputes[i], i), input, out);
      }
    }
  }

 private:
  // (topic as one line, indexes into `disputes`), topics in order of first use.
  static std::vector<std::pair<std::string, std::vector<std::size_t>>> GroupByTopic(
      const std::vector<Dispute>& disputes) {
    std::vector<std::pair<std::string, std::vector<std::size_t>>> groups;
    for (std::size_t i = 0; i < disputes.size(); ++i) {
      std::string topic = OneLine(disputes[i].topic);
      auto it = std::find_if(groups.begin(), groups.end(),
                             [&](const auto& group) { return group.first == topic; });
      if (it == groups.end()) it = groups.insert(groups.end(), {topic, {}});
      it->second.push_back(i);
    }
    return groups;
  }

  // `text` in the style `sgr`, each line on its own so that a pager or a
  // terminal that cuts lines never carries the style over.
  std::string Paint(std::string_view text, std::string_view sgr) const {
    if (!color_) return std::string(text);
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      if (end > pos) {
        out += "\x1B[";
        out += sgr;
        out += 'm';
        out += text.substr(pos, end - pos);
        out += "\x1B[0m";
      }
      if (end < text.size()) out += '\n';
      pos = end + 1;
    }
    return out;
  }

  void WriteDispute(const Dispute& dispute, std::int64_t number, const ReportInput& input,
                    std::ostream& out) const {
    std::string heading = "Dispute #" + std::to_string(number) + "  [";
    if (std::string kind = OneLine(dispute.kind); !kind.empty()) heading += kind + ", ";
    heading += "score " + FormatScore(dispute.score) + ']';
    if (std::string topic = OneLine(dispute.topic); !topic.empty()) heading += "  topic: " + topic;
    out << Paint(heading, kBold) << '\n';

    std::string details;
    if (std::string rule = OneLine(dispute.rule); !rule.empty()) details += "  rule: " + rule;
    if (std::string evidence = OneLine(dispute.evidence); !evidence.empty()) {
      details += "  evidence: " + evidence;
    }
    if (!details.empty()) out << details << '\n';

    DisputeClaims split = SplitDispute(dispute, input);
    WriteGroup("CLAIM", kGreen, split.claims, input, out);
    WriteGroup("DISPUTED BY", kRed, split.counters, input, out);
    for (std::int64_t id : split.missing) {
      out << "\n  (claim #" << id << " is not in the report input)\n";
    }
  }

  void WriteGroup(std::string_view heading, std::string_view sgr,
                  const std::vector<const Claim*>& claims, const ReportInput& input,
                  std::ostream& out) const {
    out << "\n  " << Paint(heading, sgr) << '\n';
    if (claims.empty()) out << "  (none)\n";
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (i > 0) out << '\n';
      WriteClaim(*claims[i], input, out);
    }
  }

  void WriteClaim(const Claim& claim, const ReportInput& input, std::ostream& out) const {
    out << "  - " << Paint(WhoLabel(claim, SideOf(claim, input)), kBold) << '\n';
    out << Paint(
        WrapText("claim #" + std::to_string(claim.id) + " in " + ArticleLabel(claim, input), width_,
                 kClaimIndent),
        kDim);
    out << kClaimIndent << OneLine(claim.cue) << " [" << StanceName(claim.stance) << ", "
        << QuoteKindName(claim.quote)
        << (claim.hedge.empty() ? "" : ", hedged: " + OneLine(claim.hedge)) << "]:\n";
    // Built by appending: g++ 12 warns falsely (-Wrestrict) on "\"" + std::string.
    std::string quoted(1, '"');
    quoted.append(OneLine(claim.content)).push_back('"');
    out << WrapText(quoted, width_, kClaimIndent);
  }

  int width_;   // wrap width of the indented lines; 0 for none
  bool color_;  // ANSI styles on
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(const ReportOptions& options) {
  return std::make_unique<TextReporter>(options);
}

}  // namespace claimtrack
