// What ClaimFeatures keeps of each claim, read back: the words in order are
// stored as positions into the claim's vector, and must come back as ids.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "match/claim_features.h"
#include "match_test_support.h"

namespace claimtrack {
namespace {

using Rules = test::MatchRules;
using test::MakeClaim;

std::vector<std::string> Words(const ClaimFeatures& features, const std::vector<int>& ids) {
  std::vector<std::string> words;
  for (int id : ids) words.push_back(features.word(id));
  return words;
}

TEST_CASE("sequence gives the salient words in text order, repeats included", "[match]") {
  Rules rules;
  std::vector<Claim> claims = {
      MakeClaim(1, "a/1", "Ahmed Hamid", "warplanes struck the dam, then warplanes struck Aleppo"),
      MakeClaim(2, "a/2", "Lina Sayed", "Aleppo talks"),
      MakeClaim(3, "a/3", "Omar Nasser", "the of and"),
  };
  const MatchClaims matched(claims);
  ClaimFeatures features(matched, rules.matching, rules.antonyms, /*block_limit=*/100);
  // Stems, without stop words ("the", "then"), in order; "warplane" and
  // "struck" twice, though the vector holds each once.
  CHECK(Words(features, features.sequence(0)) ==
        std::vector<std::string>{"warplane", "struck", "dam", "warplane", "struck", "aleppo"});
  CHECK(features.vector_words(0).size() == 4);
  CHECK(Words(features, features.sequence(1)) == std::vector<std::string>{"aleppo", "talk"});
  // Nothing salient: an empty sequence.
  CHECK(features.sequence(2).empty());
}

// Positions are 2 bytes: a claim of more distinct words than they can
// number keeps its ids as they are.
TEST_CASE("sequence of a claim of more than 65,536 distinct words", "[match]") {
  Rules rules;
  std::string content;
  const int distinct = 65536 + 10;
  for (int k = 0; k < distinct; ++k) content += "w" + std::to_string(k) + " ";
  content += "w3 w65540";
  std::vector<Claim> claims = {MakeClaim(1, "a/1", "Ahmed Hamid", content),
                               MakeClaim(2, "a/2", "Lina Sayed", "w3 and w65540")};
  const MatchClaims matched(claims);
  ClaimFeatures features(matched, rules.matching, rules.antonyms, /*block_limit=*/100);
  REQUIRE(features.vector_words(0).size() == distinct);
  std::vector<int> sequence = features.sequence(0);
  REQUIRE(sequence.size() == distinct + 2);
  CHECK(features.word(sequence[0]) == "w0");
  CHECK(features.word(sequence[65540]) == "w65540");
  CHECK(features.word(sequence[distinct]) == "w3");
  CHECK(features.word(sequence[distinct + 1]) == "w65540");
  CHECK(Words(features, features.sequence(1)) == std::vector<std::string>{"w3", "w65540"});
}

}  // namespace
}  // namespace claimtrack
