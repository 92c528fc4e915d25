// The shared fixture of the report tests (see report_fixture.h).
#include "report_fixture.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

namespace claimtrack::report_test {

// The sentences as the article has them, blank lines and curly quotes included.
const std::string kArticleText =
    "9:30 p.m.\n\n"
    "On Monday the Russian Defense Ministry announced that it had carried out a joint airstrike "
    "mission with U.S.-led coalition warplanes against IS in Syria. That claim was immediately "
    "denied by the Pentagon\n\n\n"
    "8:30 p.m.\n\n"
    "Russia’s Defense Ministry said Monday its forces in Syria had received "
    "coordinates of IS targets near al-Bab on Sunday “from the U.S. side via "
    "hotline with the international coalition headquarters.”\n\n"
    "U.S. Air Force Col. John Dorrian, a coalition spokesman, almost immediately labeled the "
    "Russian claim as propaganda.\n\n"
    "But Davis says there have been no changes to that arrangement, and the U.S. has insisted "
    "for months that it has no coordination or sharing of targets with Russia.\n";

namespace {

struct ClaimSpec {
  std::int64_t id;
  std::string source, mention, role, source_kind, cue, content;
  Stance stance;
  QuoteKind quote;
  std::string rule, target, evidence, time;
};

Claim MakeClaim(const ClaimSpec& spec) {
  Claim claim;
  claim.id = spec.id;
  claim.doc = kDoc;
  claim.source = spec.source;
  claim.mention = spec.mention;
  claim.role = spec.role;
  claim.source_kind = spec.source_kind;
  claim.cue = spec.cue;
  claim.content = spec.content;
  claim.stance = spec.stance;
  claim.quote = spec.quote;
  std::size_t begin = kArticleText.find(spec.content);
  REQUIRE(begin != std::string::npos);
  claim.content_span = Span{begin, begin + spec.content.size()};
  claim.rule = spec.rule;
  claim.target = spec.target;
  claim.evidence = spec.evidence;
  claim.date = "2017-01-23";
  claim.time = spec.time;
  return claim;
}

}  // namespace

ReportInput SyriaInput() {
  const ClaimSpec specs[] = {
      {1, "Russian Defense Ministry", "the Russian Defense Ministry", "", "organization",
       "announced",
       "it had carried out a joint airstrike mission with U.S.-led coalition warplanes against "
       "IS in Syria",
       Stance::kAssert, QuoteKind::kIndirect, "cue-that", "", "", "9:30 p.m."},
      {2, "Pentagon", "the Pentagon", "", "organization", "denied", "That claim", Stance::kDeny,
       QuoteKind::kNone, "passive-by", "That claim", "denied", "9:30 p.m."},
      {3, "John Dorrian", "U.S. Air Force Col. John Dorrian", "coalition spokesman", "person",
       "labeled", "the Russian claim as propaganda", Stance::kDeny, QuoteKind::kNone, "label-as",
       "the Russian claim", "propaganda", "8:30 p.m."},
      {4, "Russian Defense Ministry", "Russia’s Defense Ministry", "", "organization", "said",
       "its forces in Syria had received coordinates of IS targets near al-Bab on Sunday "
       "“from the U.S. side via hotline with the international coalition "
       "headquarters.”",
       Stance::kAssert, QuoteKind::kIndirect, "cue-content", "", "", "8:30 p.m."},
      {5, "United States", "the U.S.", "", "organization", "has insisted",
       "it has no coordination or sharing of targets with Russia", Stance::kAssert,
       QuoteKind::kIndirect, "cue-that", "", "", "8:30 p.m."},
  };
  ReportInput input;
  for (const ClaimSpec& spec : specs) input.claims[spec.id] = MakeClaim(spec);

  Dispute joint_mission;
  joint_mission.id = 1;
  joint_mission.topic = "joint mission";
  joint_mission.kind = "denial";
  joint_mission.rule = "target-denial";
  joint_mission.score = 0.85;
  joint_mission.evidence = "denied; propaganda";
  joint_mission.members = {
      {1, DisputeRole::kClaim}, {2, DisputeRole::kCounter}, {3, DisputeRole::kCounter}};
  Dispute coordinates;
  coordinates.id = 2;
  coordinates.topic = "coordinates targets";
  coordinates.kind = "stance";
  coordinates.rule = "negated-assertion";
  coordinates.score = 0.6;
  coordinates.evidence = "no coordination";
  coordinates.members = {{4, DisputeRole::kClaim}, {5, DisputeRole::kCounter}};
  input.disputes = {joint_mission, coordinates};

  Article article;
  article.doc = kDoc;
  article.text = kArticleText;
  article.title = "The Latest: Trump administration willing to work with Russia";
  article.date = "2017-01-23";
  input.articles[article.doc] = article;

  input.sides = {{"Russian Defense Ministry", "Russia"},
                 {"Pentagon", "United States"},
                 {"John Dorrian", "United States"},
                 {"United States", "United States"}};
  return input;
}

std::string Render(std::string_view format, const ReportInput& input,
                   const ReportOptions& options) {
  std::unique_ptr<Reporter> reporter = MakeReporter(format, options);
  REQUIRE(reporter != nullptr);
  std::ostringstream out;
  reporter->Write(input, out);
  return out.str();
}

}  // namespace claimtrack::report_test
