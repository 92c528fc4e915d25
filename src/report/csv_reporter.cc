// The CSV report, for spreadsheets and data tools: RFC 4180, one header row,
// then one row per claim in a dispute (the disputed claims of a dispute
// first, then its counter-claims, disputes in input order). Rows end in CRLF;
// every field goes through CsvField, so commas, quotes and line breaks in
// article text stay inside their field.
//
//   dispute_id,topic,kind,score,role_in_dispute,source,side,cue,stance,content,doc,date,time
//   1,joint mission,denial,0.85,claim,Russian Defense Ministry,Russia,announced,assert,"it had
//   carried out a joint airstrike mission, ...",000_x.txt,2017-01-23,9:30 p.m.
//
// `date` is the claim's date, else its article's (ClaimDate); `score` has two
// decimals as in the other human-facing formats. Members whose claim is
// missing from the input are left out, as in json.
#include <ostream>
#include <string>
#include <string_view>

#include "report/report_format.h"

namespace claimtrack {
namespace {

constexpr std::string_view kColumns[] = {"dispute_id", "topic", "kind", "score",  "role_in_dispute",
                                         "source",     "side",  "cue",  "stance", "content",
                                         "doc",        "date",  "time",   "hedge"};

class CsvReporter : public Reporter {
 public:
  void Write(const ReportInput& input, std::ostream& out) const override {
    std::vector<std::string> header(std::begin(kColumns), std::end(kColumns));
    WriteRow(header, out);
    for (std::size_t i = 0; i < input.disputes.size(); ++i) {
      const Dispute& dispute = input.disputes[i];
      const std::int64_t number = DisputeNumber(dispute, i);
      DisputeClaims split = SplitDispute(dispute, input);
      auto rows = [&](const std::vector<const Claim*>& group, DisputeRole role) {
        for (const Claim* claim : group) {
          WriteRow({std::to_string(number), dispute.topic, dispute.kind, FormatScore(dispute.score),
                    std::string(DisputeRoleName(role)), claim->source, SideOf(*claim, input),
                    claim->cue, std::string(StanceName(claim->stance)), claim->content, claim->doc,
                    ClaimDate(*claim, input), claim->time, claim->hedge},
                   out);
        }
      };
      rows(split.claims, DisputeRole::kClaim);
      rows(split.counters, DisputeRole::kCounter);
    }
  }

 private:
  static void WriteRow(const std::vector<std::string>& fields, std::ostream& out) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out << ',';
      out << CsvField(fields[i]);
    }
    out << "\r\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeCsvReporter() { return std::make_unique<CsvReporter>(); }

}  // namespace claimtrack
