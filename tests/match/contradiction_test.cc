// Statement-level contradiction rules on real sentence pairs, including
// pairs that must not count as contradictions.
#include <catch2/catch.hpp>

#include "match/contradiction.h"
#include "match_test_support.h"

namespace claimtrack {
namespace {

using Rules = test::MatchRules;

Claim Statement(std::string content, Stance stance = Stance::kAssert) {
  Claim claim;
  claim.content = std::move(content);
  claim.stance = stance;
  return claim;
}

TEST_CASE("Contradiction kinds from real sentence pairs", "[match]") {
  Rules rules;
  struct Row {
    const char* a;
    Stance a_stance;
    const char* b;
    const char* kind;  // "" when they must not contradict
  };
  const Row rows[] = {
      // Antonym pair (rules/antonyms.txt).
      {"the talks succeeded in consolidating the cease-fire for a specific period of time",
       Stance::kAssert, "the talks failed in consolidating the cease-fire for a specific period of time",
       "antonym"},
      // Negation flip of the same predicate.
      {"he will not accept a transitional governing authority", Stance::kAssert,
       "he will accept a transitional governing authority under international proposals",
       "negation"},
      {"Tiger Woods is not serving a suspension from the PGA Tour for failing a drug test",
       Stance::kAssert, "Tiger Woods is serving a suspension from the PGA Tour for failing a drug test",
       "negation"},
      // Opposite stance on the same words.
      {"Russian warplanes flew a joint mission with the U.S.-led coalition over Syria",
       Stance::kDeny, "Russian warplanes flew a joint mission with the U.S.-led coalition against IS",
       "stance"},
      // Must not: the same claim restated in other words.
      {"Russia’s Defense Ministry said its forces had received coordinates of IS targets near al-Bab",
       Stance::kAssert, "Russian forces in Syria had received coordinates of IS targets near al-Bab",
       ""},
      // Must not: unrelated topics sharing a place name.
      {"talks in Astana will focus on consolidating the cease-fire", Stance::kAssert,
       "the Rixos hotel in Astana is a Turkish-owned chain", ""},
      // Must not: a short remark whose negation says little.
      {"it had happened", Stance::kAssert, "it had not happened", ""},
      // Must not: a longer copy of the same quotation with one more sentence.
      {"The congressman was conveying what he knows and what he was told", Stance::kAssert,
       "The congressman was conveying what he knows and what he was told. It makes sense that "
       "the left hand of DHS doesn't know what the right hand is doing, and we don't expect "
       "that to change",
       ""},
  };
  for (const Row& row : rows) {
    INFO(row.a << "  /  " << row.b);
    Contradiction result = CompareClaims(Statement(row.a, row.a_stance), Statement(row.b),
                                         rules.matching, rules.antonyms);
    if (std::string(row.kind).empty()) {
      CHECK_FALSE(result.found);
    } else {
      CHECK(result.found);
      CHECK(result.kind == row.kind);
      CHECK(result.score > 0);
      CHECK(result.score <= 1);
      CHECK_FALSE(result.evidence.empty());
    }
  }
}

TEST_CASE("antonyms.txt pairs work both ways and mistakes name the line", "[match]") {
  Rules rules;
  REQUIRE(rules.antonyms.OppositeOf("succeeded"));
  CHECK(*rules.antonyms.OppositeOf("succeeded") == "failed");
  REQUIRE(rules.antonyms.OppositeOf("failed"));
  CHECK(*rules.antonyms.OppositeOf("failed") == "succeeded");
  CHECK(rules.antonyms.OppositeOf("talks") == nullptr);
}

// The matcher looks for flips only from anchors (dispute_finder.cc): a pair
// MayFlip accepts without an anchor in it would be missed.
TEST_CASE("every pair that may flip holds a flip anchor", "[match]") {
  std::vector<WordBag> bags;
  for (int size : {3, 4, 5, 6, 8}) {
    for (int negations : {0, 1, 2, 3}) {
      for (bool antonym : {false, true}) {
        WordBag bag;
        for (int w = 0; w < size; ++w) bag.words.push_back(w);
        bag.negations = negations;
        bag.has_antonym = antonym;
        bags.push_back(bag);
      }
    }
  }
  int flips = 0;
  for (const WordBag& x : bags) {
    for (const WordBag& y : bags) {
      if (!MayFlip(x, y)) continue;
      ++flips;
      INFO(x.words.size() << " words, " << x.negations << " negations / " << y.words.size()
                          << " words, " << y.negations << " negations");
      CHECK((FlipAnchor(x) || FlipAnchor(y)));
    }
  }
  CHECK(flips > 0);
  // A plain statement is never an anchor; a negated or antonym one of four words is.
  WordBag plain;
  plain.words = {1, 2, 3, 4, 5};
  CHECK_FALSE(FlipAnchor(plain));
  WordBag negated = plain;
  negated.negations = 1;
  CHECK(FlipAnchor(negated));
  WordBag twice = plain;
  twice.negations = 2;
  CHECK_FALSE(FlipAnchor(twice));
  WordBag antonym = plain;
  antonym.has_antonym = true;
  CHECK(FlipAnchor(antonym));
}

}  // namespace
}  // namespace claimtrack
