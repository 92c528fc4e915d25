// The numbers rule of DisputeFinder (rule number-mismatch): claims counting
// the same thing (rules/quantities.txt, kind=counted) with figures that cannot
// both be right, in articles about one story, are one dispute; other figures
// are never compared. Sentences from the sample articles and BBC news.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "match/dispute_finder.h"
#include "match_test_support.h"

namespace claimtrack {
namespace {

using Rules = test::MatchRules;
using test::MakeClaim;

std::vector<Dispute> NumberDisputes(const std::vector<Claim>& claims) {
  Rules rules;
  DisputeFinder finder(rules.matching, rules.antonyms);
  std::vector<Dispute> found;
  for (Dispute& dispute : finder.Find(claims).disputes) {
    if (dispute.rule == "number-mismatch") found.push_back(std::move(dispute));
  }
  return found;
}

TEST_CASE("diverging death tolls on one page are one numbers dispute", "[match][numbers]") {
  // tests/data/seeds/004: two posts of one page.
  std::vector<Claim> claims = {
      MakeClaim(1, "page.txt#4", "Syrian Observatory for Human Rights",
                "has killed close to half a million people"),
      MakeClaim(2, "page.txt#5", "Staffan de Mistura",
                "The two countries have serious differences but also a common interest in ending "
                "the six-year war that has killed 320,000 people"),
  };
  std::vector<Dispute> disputes = NumberDisputes(claims);
  REQUIRE(disputes.size() == 1);
  CHECK(disputes[0].kind == "numbers");
  CHECK(disputes[0].members.size() == 2);
  CHECK(disputes[0].evidence.find("320,000 people") != std::string::npos);
  CHECK(disputes[0].evidence.find("close to half a million people") != std::string::npos);
  CHECK(disputes[0].score == Approx(0.6));

  // A hedged figure counts less.
  claims[0].hedge = "reportedly";
  disputes = NumberDisputes(claims);
  REQUIRE(disputes.size() == 1);
  CHECK(disputes[0].score < 0.6);
  CHECK(disputes[0].evidence.find("hedged: reportedly") != std::string::npos);
}

TEST_CASE("figures that can both be right are no dispute", "[match][numbers]") {
  std::vector<Claim> claims = {
      MakeClaim(1, "page.txt#4", "Syrian Observatory for Human Rights",
                "has killed close to half a million people"),
      MakeClaim(2, "page.txt#5", "Associated Press",
                "The fighting has killed more than 400,000 people since March 2011"),
      MakeClaim(3, "page.txt#6", "Staffan de Mistura", "the war has displaced 5 million people"),
  };
  CHECK(NumberDisputes(claims).empty());
}

TEST_CASE("growth rates and prices are never compared", "[match][numbers]") {
  // BBC business: different economies, not one figure disputed.
  std::vector<Claim> claims = {
      MakeClaim(1, "page.txt#1", "figures", "China's economy grew by 9.5% in 2004"),
      MakeClaim(2, "page.txt#2", "the trade ministry",
                "Singapore's economy grew by 8.1% in 2004, its best performance since 2000"),
      MakeClaim(3, "page.txt#3", "Michael Howard", "his party would cut £35bn in wasteful spending"),
      MakeClaim(4, "page.txt#4", "the review", "Home Office spending could be cut by £1.6bn"),
  };
  CHECK(NumberDisputes(claims).empty());
}

TEST_CASE("one source's own figures are no dispute", "[match][numbers]") {
  std::vector<Claim> claims = {
      MakeClaim(1, "page.txt#1", "Staffan de Mistura", "the war has killed 320,000 people"),
      MakeClaim(2, "page.txt#2", "Staffan de Mistura", "the war has killed 400,000 people"),
  };
  CHECK(NumberDisputes(claims).empty());
}

// The figures are kept compact from reading to the rule (verb and unit
// interned, texts in one buffer): the evidence is both figures as written,
// the lower claim's first, and the topic the pivot's first figure, whatever
// the other figures of the claims around them.
TEST_CASE("a numbers dispute names its figures as written and its pivot's first figure",
          "[match][numbers]") {
  struct Case {
    const char* name;
    std::vector<Claim> claims;
    std::string evidence;
    std::string topic;
  };
  const std::vector<Case> cases = {
      {"two claims",
       {MakeClaim(1, "page.txt#4", "Syrian Observatory for Human Rights",
                  "has killed close to half a million people"),
        MakeClaim(2, "page.txt#5", "Staffan de Mistura",
                  "the six-year war that has killed 320,000 people")},
       "close to half a million people / 320,000 people",
       "close to half a million people"},
      {"a first figure of another kind, and claims without figures around",
       {MakeClaim(1, "page.txt#3", "Associated Press", "the talks opened on Monday"),
        MakeClaim(2, "page.txt#4", "Syrian Observatory for Human Rights",
                  "the war has displaced 5 million people and has killed close to half a million "
                  "people"),
        MakeClaim(3, "page.txt#5", "Staffan de Mistura",
                  "the six-year war that has killed 320,000 people"),
        MakeClaim(4, "page.txt#6", "Reuters", "the delegations met in Astana")},
       "close to half a million people / 320,000 people",
       "5 million people"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      std::vector<Dispute> disputes = NumberDisputes(c.claims);
      REQUIRE(disputes.size() == 1);
      CHECK(disputes[0].evidence == c.evidence);
      CHECK(disputes[0].topic == c.topic);
    }
  }
}

}  // namespace
}  // namespace claimtrack
