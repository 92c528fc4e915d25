// Tests for attributions shaped by the page rather than by a sentence:
// headlines, which capitalize their cue verb ("Obama Says ..."), and
// transcripts, whose turns open with the speaker's name and a colon and run
// to the end of the paragraph, sometimes inside one long quotation.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract_test_support.h"

namespace claimtrack {
namespace {

using test::CheckNoClaims;
using test::CheckRow;
using test::Describe;
using test::ExtractFrom;

constexpr Stance kAssert = Stance::kAssert;
constexpr Stance kDeny = Stance::kDeny;

TEST_CASE("A headline's capitalized cue attributes", "[extract]") {
  CheckRow({"source first", "Obama Says New Museum Will Tell of ‘Suffering and Delight’",
            "Says", "Obama", "Obama", "", "New Museum Will Tell of ‘Suffering and Delight’",
            kAssert, "source-cue-content"});
  CheckRow({"source last", "Trump Could Address Clean Energy, Lindsey Graham Says", "Says",
            "Lindsey Graham", "Lindsey Graham", "", "Trump Could Address Clean Energy", kAssert,
            "content-source-cue"});
  CheckRow({"a denial", "Pentagon Denies Joint Airstrike With Russian Warplanes in Syria",
            "Denies", "Pentagon", "Pentagon", "", "Joint Airstrike With Russian Warplanes in Syria",
            kDeny, "source-cue-content", "", "denies"});
  // One cue per headline: "Tell" after "Says" is part of what was said.
  std::vector<Claim> claims = ExtractFrom("Obama Says New Museum Will Tell of Suffering");
  INFO("claims:" << Describe(claims));
  CHECK(claims.size() == 1);
  // In running text a capitalized cue word opens the sentence as a noun.
  CheckNoClaims("Claims of fraud were investigated by the state for months.");
  CheckNoClaims("The Claims Process Is Slow For Veterans");
}

TEST_CASE("A headline's capitalized participle and a question's verb have no shared subject",
          "[extract]") {
  CheckNoClaims(
      "Marco Rubin Responds To Question About Minimum Wage By Saying We Need Fewer "
      "Philosophers");
  CheckNoClaims(
      "Does the candidate have the stamina, or does that person get tired and say the "
      "wrong thing?");
  CheckNoClaims(
      "The group deleted the message after the person who posted it was widely "
      "condemned.");
}

TEST_CASE("A heading over a list of names is no speaker's turn", "[extract]") {
  CheckNoClaims(
      "These are the members of the caucus:\n\nIowa: Tim Albrecht, Brad Anderson, Rob "
      "Barron, Jeff Boeyink, Bonnie Campbell, Dave Caris, Sam Clovis.");
}

TEST_CASE("A transcript's turn runs to the end of its paragraph", "[extract]") {
  std::string text =
      "Partial transcript as follows:\n\n"
      "\"WALLACE: Let’s start with breaking news on the debate story. Will Gennifer Flowers be "
      "there tomorrow night?\n\n"
      "\"PENCE: Well, look, Hillary Clinton apparently thinks this is a game show. But this is "
      "America, Chris. It’s serious business.\n\n"
      "Pence then left the studio.";
  std::vector<Claim> claims = ExtractFrom(text);
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].source == "WALLACE");
  CHECK(claims[0].rule == "source-colon");
  CHECK(claims[0].content ==
        "Let’s start with breaking news on the debate story. Will Gennifer Flowers be there "
        "tomorrow night");
  CHECK(claims[1].source == "PENCE");
  CHECK(claims[1].content ==
        "Well, look, Hillary Clinton apparently thinks this is a game show. But this is "
        "America, Chris. It’s serious business");
}

TEST_CASE("A sentence whose attributions are all dropped continues no older claim", "[extract]") {
  // "you" is no source: the second question keeps no claim, and the
  // sentence after it does not extend the first question over the answer.
  CheckRow({"a transcript's question after an answer",
            "Q: Have you talked to McConnel about the court?\n\nA: Not yet, I will.\n\nQ: If you "
            "are saying consensus building is needed. Could that be what voters want?",
            ":", "Q", "Q", "", "Have you talked to McConnel about the court", kAssert,
            "source-colon"});
}

TEST_CASE("A note in parentheses is no one's turn; a headline phrase with a preposition is "
          "no name",
          "[extract]") {
  std::string text =
      "\"PENCE: Well, look, the debate is a game show.\n"
      "\"(CROSSTALK.)\n"
      "\"PENCE: And that is why we will win.\n";
  std::vector<Claim> claims = ExtractFrom(text);
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 2);
  for (const Claim& claim : claims) CHECK(claim.content.find("CROSSTALK") == std::string::npos);
  // The note does not end the turn: the next sentence of the paragraph goes on.
  claims = ExtractFrom("WALLACE: Let us begin. [Applause] Thank you all for coming tonight.");
  INFO("claims:" << Describe(claims));
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].content.find("Thank you all") != std::string::npos);
  CheckNoClaims("Stealth Over Health: Clinton Was Headed to the Hospital But Turned Back.");
  // A headline's kicker is no source either.
  CheckNoClaims("Revealed: Here Are The Delegates The Party Has Blacklisted For Doing This.");
  CheckNoClaims("BUSTED: Aide And Reporter Caught Planning A Hearing Together.");
  CheckNoClaims("Just Leaked: Look At The Mayor’s Response To The Flood Report.");
  CheckNoClaims("According to the network, basically.");
}

}  // namespace
}  // namespace claimtrack
