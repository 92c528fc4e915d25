// The JSON report, for programs: one JSON document ending in a newline, one
// dispute per line inside the array so that diffs of reports stay readable.
//
//   {"disputes": [
//   {"id":1,"topic":"joint mission","kind":"denial","rule":"...","score":0.85,
//    "evidence":"denied","claims":[CLAIM,...]}
//   ]}
//
// Each CLAIM is ClaimJson (see claim_json.cc) with two more keys at its end:
// "role_in_dispute" ("claim" or "counter") and "side" ("" when unknown). The
// disputed claims come first, then the counter-claims. The keys id, topic,
// kind and claims are a contract that tests and users' scripts read.
// Members whose claim is missing from the input are left out.
#include <ostream>

#include "report/report_format.h"

namespace claimtrack {
namespace {

class JsonReporter : public Reporter {
 public:
  void Write(const ReportInput& input, std::ostream& out) const override {
    out << "{\"disputes\": [";
    for (std::size_t i = 0; i < input.disputes.size(); ++i) {
      out << (i == 0 ? "\n" : ",\n") << DisputeJson(input.disputes[i], input);
    }
    out << (input.disputes.empty() ? "]}\n" : "\n]}\n");
  }

 private:
  static std::string DisputeJson(const Dispute& dispute, const ReportInput& input) {
    DisputeClaims split = SplitDispute(dispute, input);
    std::string claims = "[";
    auto add_claims = [&](const std::vector<const Claim*>& group, DisputeRole role) {
      for (const Claim* claim : group) {
        if (claims.size() > 1) claims += ",";
        claims += ClaimJsonWriter(*claim)
                      .Add("role_in_dispute", DisputeRoleName(role))
                      .Add("side", SideOf(*claim, input))
                      .str();
      }
    };
    add_claims(split.claims, DisputeRole::kClaim);
    add_claims(split.counters, DisputeRole::kCounter);
    claims += "]";

    JsonObjectWriter json;
    json.Add("id", dispute.id)
        .Add("topic", dispute.topic)
        .Add("kind", dispute.kind)
        .Add("rule", dispute.rule)
        .Add("score", dispute.score)
        .Add("evidence", dispute.evidence)
        .AddRaw("claims", claims);
    return json.str();
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonReporter() { return std::make_unique<JsonReporter>(); }

}  // namespace claimtrack
