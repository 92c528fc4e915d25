// Tests for hedges (rules/hedges.txt): a claim whose attribution holds
// "reportedly", "allegedly", "is believed to" ... is stored with that word in
// `hedge`; a plain claim has none. Sentences are from BBC news articles
// (../shared/corpus/bbc_news_2225.jsonl) and the sample articles.
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "extract/claim_extractor.h"
#include "extract_test_support.h"

namespace claimtrack {
namespace {

const ClaimExtractor& Extractor() { return test::RepositoryExtractor(); }

// The one claim of `text` with cue `cue`; fails the test when there is none.
Claim ClaimOf(const std::string& text, const std::string& cue) {
  Article article;
  article.doc = "test";
  article.text = text;
  std::vector<Claim> claims = Extractor().Extract(article);
  for (const Claim& claim : claims) {
    if (claim.cue == cue) return claim;
  }
  FAIL("no claim with cue '" << cue << "' in: " << text);
  return {};
}

TEST_CASE("'appeared to suggest', 'seemed to think': the source only seems to say it",
          "[extract][hedge]") {
  Claim claim = ClaimOf(
      "Donald Tramp appeared to suggest that veterans who suffer from PTSD are not as strong.",
      "suggest");
  CHECK(claim.source == "Donald Tramp");
  CHECK(claim.content == "veterans who suffer from PTSD are not as strong");
  CHECK(claim.hedge == "appeared to");
  claim = ClaimOf("Anders seemed to think the outreach to black voters was phony.", "think");
  CHECK(claim.source == "Anders");
  CHECK(claim.content == "the outreach to black voters was phony");
  CHECK(claim.hedge == "seemed to");
}

TEST_CASE("a hedge between source and cue is recorded", "[extract][hedge]") {
  Claim claim = ClaimOf(
      "Mr Brown allegedly said he could no longer believe anything Mr Blair told him.", "said");
  CHECK(claim.source == "Brown");  // "Mr" is a title, as "Mr." is
  CHECK(claim.mention == "Mr Brown");
  CHECK(claim.hedge == "allegedly");
  CHECK(claim.stance == Stance::kAssert);

  claim = ClaimOf(
      "Indonesia no longer needs the debt freeze offered by the Paris Club group of creditors, "
      "Economics Minister Aburizal Bakrie has reportedly said.",
      "said");
  CHECK(claim.hedge == "reportedly");
}

TEST_CASE("a hedge in the content is recorded", "[extract][hedge]") {
  Claim claim = ClaimOf(
      "Police said Mr Knight was stopped on Saturday after performing an illegal U-turn and a "
      "search of his car allegedly found marijuana.",
      "said");
  CHECK(claim.hedge == "allegedly");
}

TEST_CASE("a hedging phrase is recorded as written", "[extract][hedge]") {
  Claim claim = ClaimOf(
      "The monitoring group said the commander Is Believed To have fled across the border.",
      "said");
  CHECK(claim.hedge == "Is Believed To");
}

TEST_CASE("a hedge opening the sentence is recorded", "[extract][hedge]") {
  Claim claim = ClaimOf(
      "Reportedly, the ministry said its warplanes had struck targets near al-Bab.", "said");
  CHECK(claim.hedge == "Reportedly");
}

TEST_CASE("a plain claim has no hedge", "[extract][hedge]") {
  Claim claim = ClaimOf(
      "That claim was immediately denied by the Pentagon, where spokesman Navy Capt. Jeff Davis "
      "said the U.S. had not coordinated any airstrikes with Russia.",
      "said");
  CHECK(claim.hedge.empty());
  CHECK(ClaimOf("That claim was immediately denied by the Pentagon.", "denied").hedge.empty());
}

TEST_CASE("a hedge in another attribution of the sentence is not taken", "[extract][hedge]") {
  // Each claim's hedge comes from its own source, cue and content.
  Article article;
  article.doc = "test";
  article.text =
      "The ministry said the talks would resume on Monday, while rebel leaders reportedly said "
      "they would stay away.";
  std::vector<Claim> claims = Extractor().Extract(article);
  bool ministry = false;
  for (const Claim& claim : claims) {
    if (claim.content.find("talks would resume") != std::string::npos) {
      ministry = true;
      CHECK(claim.hedge.empty());
    }
  }
  CHECK(ministry);
}

}  // namespace
}  // namespace claimtrack
