// Shared by the tests of src/match: the repository's matching rules, loaded
// once per test, and a claim made from a few fields.
#pragma once

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "match/contradiction.h"
#include "match/matching_rules.h"
#include "model/claim.h"

namespace claimtrack::test {

// rules/'s sides, aliases, stopwords, topics, quantities and antonyms.
struct MatchRules {
  MatchingRules matching;
  Antonyms antonyms;
  MatchRules() {
    std::vector<std::string> dirs = {CLAIMTRACK_SOURCE_RULES_DIR};
    REQUIRE(MatchingRules::Load(dirs, &matching).ok());
    REQUIRE(Antonyms::Load(dirs, &antonyms).ok());
  }
};

// A stored claim: "said" (or "denied", with that as its evidence) by
// `source`, with made-up spans of the content's length.
inline Claim MakeClaim(std::int64_t id, std::string doc, std::string source, std::string content,
                       Stance stance = Stance::kAssert) {
  Claim claim;
  claim.id = id;
  claim.doc = std::move(doc);
  claim.source = claim.mention = std::move(source);
  claim.cue = claim.cue_lemma = stance == Stance::kDeny ? "denied" : "said";
  if (stance == Stance::kDeny) claim.evidence = "denied";
  claim.content = std::move(content);
  claim.stance = stance;
  claim.content_span = Span{10, 10 + claim.content.size()};
  claim.sentence_span = Span{0, claim.content.size() + 20};
  return claim;
}

}  // namespace claimtrack::test
