// Tests for quantities (src/match/quantity.h, rules/quantities.txt): numbers
// in claim content with their verb, unit and range, and when two disagree.
// Sentences from the sample articles (tests/data/seeds) and BBC news.
#include "match/quantity.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

namespace claimtrack {
namespace {

const QuantityRules& Rules() {
  static const QuantityRules rules = [] {
    QuantityRules loaded;
    Status status = QuantityRules::Load({CLAIMTRACK_SOURCE_RULES_DIR}, &loaded);
    INFO(status.message());
    REQUIRE(status.ok());
    return loaded;
  }();
  return rules;
}

// The one quantity of `text` that has a verb.
Quantity OnlyQuantity(const std::string& text) {
  std::vector<Quantity> found = FindQuantities(text, Rules());
  std::erase_if(found, [](const Quantity& q) { return q.verb.empty(); });
  INFO(text);
  REQUIRE(found.size() == 1);
  return found[0];
}

TEST_CASE("death tolls of the sample articles are read with their ranges", "[match][numbers]") {
  // 004: De Mistura.
  Quantity mistura = OnlyQuantity(
      "The two countries have “serious differences” but also a “common interest” in ending the "
      "six-year war that has killed 320,000 people");
  CHECK(mistura.verb == "kill");
  CHECK(mistura.unit == "peopl");
  CHECK(mistura.low == 320000);
  CHECK(mistura.high == 320000);
  CHECK(mistura.text == "320,000 people");
  // 004: the Syrian Observatory for Human Rights.
  Quantity observatory = OnlyQuantity("has killed close to half a million people");
  CHECK(observatory.verb == "kill");
  CHECK(observatory.unit == "peopl");
  CHECK(observatory.high == 500000);
  CHECK(observatory.low == Approx(425000));
  CHECK(observatory.text == "close to half a million people");
  // 002: unattributed; the year is not a quantity.
  Quantity estimate = OnlyQuantity(
      "The fighting is estimated to have killed more than 400,000 people since March 2011");
  CHECK(estimate.verb == "kill");
  CHECK(estimate.low == 400000);
  CHECK(std::isinf(estimate.high));

  CHECK(QuantitiesDisagree(mistura, observatory));
  CHECK(QuantitiesDisagree(mistura, estimate));
  // More than 400,000 and close to half a million can both be right.
  CHECK_FALSE(QuantitiesDisagree(estimate, observatory));
}

TEST_CASE("the same figure twice agrees", "[match][numbers]") {
  // 001: two sources, one figure.
  std::vector<Quantity> both = FindQuantities(
      "the U.N. is seeking “on the order” of $3.4 billion this year for an estimated 13.5 "
      "million internally displaced people",
      Rules());
  REQUIRE(both.size() == 2);
  CHECK(both[0].unit == "$");
  CHECK(both[0].low == Approx(3.4e9));
  CHECK(both[1].unit == "peopl");
  CHECK(both[1].low == Approx(13.5e6 * 0.8));
  Quantity sipila = OnlyQuantity("the humanitarian crisis is worse than ever before, with 13.5 "
                                 "million people needing assistance");
  CHECK(sipila.unit == "peopl");
  CHECK_FALSE(QuantitiesDisagree(both[1], sipila));
}

TEST_CASE("different things counted never disagree", "[match][numbers]") {
  Quantity killed = OnlyQuantity("the war has killed 320,000 people");
  Quantity displaced = OnlyQuantity("the war has displaced 5 million people");
  Quantity soldiers = OnlyQuantity("the war has killed 60,000 soldiers");
  CHECK_FALSE(QuantitiesDisagree(killed, displaced));  // other verb
  CHECK_FALSE(QuantitiesDisagree(killed, soldiers));   // other noun
}

TEST_CASE("scales, currencies, percents and vague amounts", "[match][numbers]") {
  Quantity pounds = OnlyQuantity("Mr Glazer's latest offer cut the borrowing needed by £200m");
  CHECK(pounds.unit == "£");
  CHECK(pounds.low == 200e6);
  Quantity percent = OnlyQuantity("the economy grew by 3.5% last year");
  CHECK(percent.unit == "%");
  CHECK(percent.low == 3.5);
  CHECK(OnlyQuantity("unemployment rose by 2 per cent").unit == "%");
  Quantity vague = OnlyQuantity("the civil war has killed hundreds of thousands of people");
  CHECK(vague.low == 200000);
  CHECK(vague.high == 999999);
  CHECK(vague.unit == "peopl");
  CHECK(vague.text == "hundreds of thousands of people");
  Quantity bombers = OnlyQuantity("six Tu-22M3 bombers flew from their base in Russia");
  CHECK(bombers.low == 6);
  CHECK(bombers.unit == "bomber");
  CHECK(bombers.verb == "flew");
}

TEST_CASE("years, dates and clock times are not quantities", "[match][numbers]") {
  CHECK(FindQuantities("the truce, in place since Dec. 30", Rules()).empty());
  CHECK(FindQuantities("talks to be held in Geneva on Feb. 8", Rules()).empty());
  CHECK(FindQuantities("the centerpiece of international proposals since 2012", Rules()).empty());
  CHECK(FindQuantities("the meeting ended at 9:30 p.m.", Rules()).empty());
  CHECK(FindQuantities("no figure was given", Rules()).empty());
}

TEST_CASE("quantities.txt mistakes are named with their line", "[match][numbers]") {
  RuleFile file;
  REQUIRE(RuleFile::Parse("lots kind=vague value=10\n"
                          "dozen kind=number value=twelve\n"
                          "nearly kind=close\n"
                          "\"per cent\" kind=unit\n",
                          "rules/quantities.txt", &file)
              .ok());
  QuantityRules rules;
  Status status = QuantityRules::Parse(file, &rules);
  REQUIRE_FALSE(status.ok());
  CHECK_THAT(status.message(), Catch::Matchers::Contains("rules/quantities.txt:1: kind=vague needs high="));
  CHECK_THAT(status.message(), Catch::Matchers::Contains("rules/quantities.txt:2: value=twelve is not a number"));
  CHECK_THAT(status.message(), Catch::Matchers::Contains("rules/quantities.txt:3: unknown kind 'close'"));
  CHECK_THAT(status.message(), Catch::Matchers::Contains("or counted)"));
  CHECK_THAT(status.message(), Catch::Matchers::Contains("rules/quantities.txt:4: kind=unit needs unit="));
}

}  // namespace
}  // namespace claimtrack
