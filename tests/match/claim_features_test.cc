// What ClaimFeatures gives of each claim, read back: the words in order,
// computed again from the content, and the words written as names, kept
// as one bit per word of the claim's vector.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include <vector>

#include "match/claim_features.h"
#include "text/tokenizer.h"
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

// A claim of more distinct words than 2-byte positions could number (as
// the words in order were once kept) still gives them all, in order.
TEST_CASE("sequence of a claim of more than 65,536 distinct words", "[match]") {
  Rules rules;
  std::string content;
  const int distinct = 65536 + 10;
  for (int k = 0; k < distinct; ++k) content.append("w").append(std::to_string(k)).append(" ");
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

TEST_CASE("IsNameIn: a word capitalized inside the sentence, per claim", "[match]") {
  Rules rules;
  std::vector<Claim> claims = {
      MakeClaim(1, "a/1", "Ahmed Hamid", "forces loyal to Bashar Assad retook Aleppo from rebels"),
      MakeClaim(2, "a/2", "Lina Sayed", "Aleppo fell as assad forces advanced"),
      MakeClaim(3, "a/3", "Omar Nasser", "Rebels said assad lied"),
  };
  const MatchClaims matched(claims);
  ClaimFeatures features(matched, rules.matching, rules.antonyms, /*block_limit=*/100);
  auto id_of = [&](const std::string& word) {
    for (std::size_t id = 0; id < features.word_count(); ++id) {
      if (features.word(static_cast<int>(id)) == word) return static_cast<int>(id);
    }
    FAIL("no word " << word);
    return -1;
  };
  CHECK(features.IsNameIn(0, id_of("bashar")));
  CHECK(features.IsNameIn(0, id_of("assad")));
  CHECK(features.IsNameIn(0, id_of("aleppo")));
  CHECK_FALSE(features.IsNameIn(0, id_of("rebel")));
  CHECK_FALSE(features.IsNameIn(0, id_of("retook")));
  // The first word of a content is capitalized for the sentence, not as a name.
  CHECK_FALSE(features.IsNameIn(1, id_of("aleppo")));
  CHECK_FALSE(features.IsNameIn(1, id_of("assad")));
  CHECK_FALSE(features.IsNameIn(2, id_of("rebel")));
  // A word the claim does not hold at all.
  CHECK_FALSE(features.IsNameIn(2, id_of("aleppo")));
}

// PackedVectors keeps each word as a varint of its gap from the word before,
// with its name bit and a count above 1 after it: gaps and counts on both
// sides of each varint byte boundary, and names, all come back.
TEST_CASE("PackedVectors gives back words, counts and names across varint boundaries",
          "[match]") {
  struct Case {
    const char* name;
    std::vector<int> words;
    std::vector<int> counts;
    std::vector<char> names;
  };
  const std::vector<Case> cases = {
      {"empty", {}, {}, {}},
      {"word 0, count 1", {0}, {1}, {0}},
      {"one-byte gaps", {1, 2, 33}, {1, 2, 3}, {1, 0, 1}},
      {"gaps at the byte boundaries", {31, 32, 32 + 4095, 32 + 4096 + 4095, 32 + 2 * 4096 + 4096 * 128},
       {1, 1, 1, 1, 1}, {0, 1, 0, 1, 0}},
      {"counts at the byte boundaries", {5, 6, 7, 8, 9, 10}, {2, 129, 130, 254, 255, 100000},
       {1, 1, 0, 0, 1, 1}},
      {"a large id", {(1 << 29) + 12345}, {7}, {1}},
  };
  PackedVectors packed;
  for (const Case& c : cases) packed.Add(c.words, c.counts, c.names);
  REQUIRE(packed.size() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO(cases[i].name);
    std::vector<int> words, counts;
    std::vector<char> names;
    for (PackedVectors::Cursor at = packed[i]; at.Next();) {
      words.push_back(at.word);
      counts.push_back(at.count);
      names.push_back(at.name ? 1 : 0);
    }
    CHECK(words == cases[i].words);
    CHECK(counts == cases[i].counts);
    CHECK(names == cases[i].names);
  }
}

// Weights are computed from each word's count in the claim, kept in a byte;
// a count of 255 or more is kept apart and must weigh the same.
TEST_CASE("vector_weight: tf-idf from the word's count, normalized, long counts included", "[match]") {
  Rules rules;
  auto repeated = [](const std::string& word, int times) {
    std::string text;
    for (int k = 0; k < times; ++k) text += word + " ";
    return text;
  };
  std::vector<Claim> claims = {
      MakeClaim(1, "a/1", "Ahmed Hamid", repeated("dam", 300) + "aleppo"),
      MakeClaim(2, "a/2", "Lina Sayed", repeated("dam", 254) + "aleppo"),
      MakeClaim(3, "a/3", "Omar Nasser", "dam dam aleppo"),
  };
  const MatchClaims matched(claims);
  ClaimFeatures features(matched, rules.matching, rules.antonyms, /*block_limit=*/100);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    REQUIRE(features.vector_words(i).size() == 2);
    double length = 0;
    for (std::size_t k = 0; k < 2; ++k) length += features.vector_weight(i, k) * features.vector_weight(i, k);
    CHECK(length == Approx(1.0));
    CHECK(features.Similarity(i, i) == Approx(1.0));
  }
  // Both words are in every claim, so they have one idf: the ratio of the
  // weights is that of the counts' tf, 1 + ln(count).
  const std::size_t dam = features.word(features.vector_words(0)[0]) == "dam" ? 0 : 1;
  for (auto [claim, count] : {std::pair<std::size_t, int>{0, 300}, {1, 254}, {2, 2}}) {
    CHECK(features.vector_weight(claim, dam) / features.vector_weight(claim, 1 - dam) ==
          Approx(1.0 + std::log(static_cast<double>(count))));
  }
}

TEST_CASE("Features from contents read in parts and let go equal those read whole", "[match]") {
  Rules rules;
  std::vector<Claim> claims;
  for (int k = 0; k < 40; ++k) {
    claims.push_back(MakeClaim(k + 1, "doc/" + std::to_string(k / 4),
                               "Speaker " + std::to_string(k % 5),
                               "Aleppo talks failed " + std::to_string(k % 7) + " word" +
                                   std::to_string(k % 3) + (k % 2 ? " did not end" : " ended")));
  }
  const MatchClaims whole(claims);
  ClaimFeatures expected(whole, rules.matching, rules.antonyms, /*block_limit=*/10);

  MatchClaims parts;
  ClaimWords words(rules.matching, rules.antonyms);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    parts.Add(claims[i]);
    if (i % 7 == 6) {  // parts of 7 claims, on two threads
      words.Read(parts, words.size(), parts.size() - words.size(), 2);
      parts.ReleaseContents();
    }
  }
  words.Read(parts, words.size(), parts.size() - words.size(), 2);
  parts.ReleaseContents();
  REQUIRE(words.size() == claims.size());
  ClaimFeatures got(parts, std::move(words), /*block_limit=*/10);

  REQUIRE(got.word_count() == expected.word_count());
  for (int w = 0; w < static_cast<int>(got.word_count()); ++w) {
    CHECK(got.word(w) == expected.word(w));
    CHECK(got.df(w) == expected.df(w));
  }
  for (std::size_t i = 0; i < claims.size(); ++i) {
    REQUIRE(got.vector_words(i) == expected.vector_words(i));
    for (std::size_t k = 0; k < got.vector_words(i).size(); ++k) {
      CHECK(got.vector_weight(i, k) == expected.vector_weight(i, k));
    }
    CHECK(got.bag_shape(i).negations == expected.bag_shape(i).negations);
    CHECK(got.bag_shape(i).words == expected.bag_shape(i).words);
    CHECK(got.bag_shape(i).has_antonym == expected.bag_shape(i).has_antonym);
    CHECK(got.bag(i).words == expected.bag(i).words);
    CHECK(got.bag(i).negated == expected.bag(i).negated);
    CHECK(got.side_id(i) == expected.side_id(i));
    CHECK(got.source_key(i) == expected.source_key(i));
    // The words in order, from the content given again.
    CHECK(got.sequence(claims[i].content) == expected.sequence(i));
  }
}

// Sides and canonical sources are found as the claims are read, while their
// roles and mentions are held: read in parts of any size, each claim's side
// is MatchingRules::SideOf's, sides and sources are numbered in the order
// claims first use them, and a name seen first as a role or mention and
// later as a source gets its canonical form then.
TEST_CASE("Sides and sources read in parts are those of each claim's names", "[match]") {
  Rules rules;
  std::vector<Claim> claims;
  auto add = [&](std::string source, std::string role, std::string mention) {
    Claim claim = MakeClaim(static_cast<std::int64_t>(claims.size() + 1),
                            "doc/" + std::to_string(claims.size() / 3), std::move(source),
                            "words " + std::to_string(claims.size()));
    claim.role = std::move(role);
    claim.mention = std::move(mention);
    claims.push_back(std::move(claim));
  };
  add("Lina Sayed", "", "She");
  add("Sergei Lavrov", "Russian foreign minister", "He");
  add("John Kirby", "Pentagon spokesman", "Kirby");
  add("Pentagon", "", "Pentagon");
  add("the Pentagon", "", "the Pentagon");
  add("Kirby", "", "John Kirby");  // a mention before, a source now
  add("John Kirby", "Russian Pentagon", "He");  // two sides' phrases: the longest wins
  add("U.S. Department of Defense", "", "the department");
  add("Lina Sayed", "Syrian government adviser", "Sayed");
  add("Russian Defence Ministry", "", "the ministry");
  const MatchClaims whole(claims);
  const ClaimFeatures expected(whole, rules.matching, rules.antonyms, /*block_limit=*/10);
  for (std::size_t part : {1, 2, 3, 7}) {
    INFO("parts of " << part);
    MatchClaims parts;
    ClaimWords words(rules.matching, rules.antonyms);
    for (std::size_t i = 0; i < claims.size(); ++i) {
      parts.Add(claims[i]);
      if (parts.size() - words.size() == part) {
        words.Read(parts, words.size(), parts.size() - words.size(), 2);
        parts.ReleaseContents();
      }
    }
    words.Read(parts, words.size(), parts.size() - words.size(), 2);
    parts.ReleaseContents();
    const ClaimFeatures got(parts, std::move(words), /*block_limit=*/10);
    std::vector<int> first_side, first_key;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      INFO("claim " << i);
      CHECK(got.side(i) == rules.matching.SideOf(claims[i]));
      CHECK(got.side_id(i) == expected.side_id(i));
      CHECK(got.source_key(i) == expected.source_key(i));
      // Ids in the order first used: each new one is the next.
      if (got.side_id(i) >= 0 && static_cast<std::size_t>(got.side_id(i)) >= first_side.size()) {
        CHECK(static_cast<std::size_t>(got.side_id(i)) == first_side.size());
        first_side.push_back(got.side_id(i));
      }
      if (static_cast<std::size_t>(got.source_key(i)) >= first_key.size()) {
        CHECK(static_cast<std::size_t>(got.source_key(i)) == first_key.size());
        first_key.push_back(got.source_key(i));
      }
      for (std::size_t j = 0; j < i; ++j) {
        const bool same = rules.matching.CanonicalSource(claims[i].source) ==
                          rules.matching.CanonicalSource(claims[j].source);
        if (same) CHECK(got.source_key(i) == got.source_key(j));
      }
    }
    // Aliases: "Pentagon" and "U.S. Department of Defense" are one source.
    CHECK(got.source_key(3) == got.source_key(7));
    CHECK(got.side(6) == rules.matching.SideOf(claims[6]));
  }
}

// Bags are kept as what differs from the vector (claim_features.h): an
// antonym that is a stop word ("more") is in the bag, not the vector; a
// negation that is no stop word ("never", "couldn't") in the vector, not the
// bag. Each claim's bag put together again is the bag of its words.
TEST_CASE("A claim's bag, kept as its difference from the vector, is the bag of its words",
          "[match]") {
  Rules rules;
  const std::vector<std::string> contents = {
      "the talks failed in Geneva",                 // the bag is the vector
      "more soldiers were sent to the border",      // "more": bag only
      "the army never attacked the town of Douma",  // "never": vector only, negates "attacked"
      "officials couldn't confirm more deaths or fewer",  // both, and a negated word
      "",                                                 // nothing at all
      "they will not accept the deal, not now",           // two negations
  };
  std::vector<Claim> claims;
  for (std::size_t k = 0; k < contents.size(); ++k) {
    claims.push_back(MakeClaim(static_cast<std::int64_t>(k + 1), "doc/" + std::to_string(k),
                               "Speaker " + std::to_string(k), contents[k]));
  }
  const MatchClaims matched(claims);
  ClaimFeatures features(matched, rules.matching, rules.antonyms, /*block_limit=*/10);
  auto stems = [&](const std::vector<int>& ids, const BagVocabulary& vocabulary) {
    std::vector<std::string> out;
    for (int id : ids) out.push_back(vocabulary.stems[static_cast<std::size_t>(id)]);
    std::sort(out.begin(), out.end());
    return out;
  };
  int differs = 0;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    BagVocabulary vocabulary;
    const WordBag expected =
        BagOfWords(MatchWords(contents[i]), rules.matching, rules.antonyms, &vocabulary);
    const WordBag got = features.bag(i);
    INFO(contents[i]);
    CHECK(stems(got.words, features.vocabulary()) == stems(expected.words, vocabulary));
    CHECK(stems(got.negated, features.vocabulary()) == stems(expected.negated, vocabulary));
    CHECK(std::is_sorted(got.words.begin(), got.words.end()));
    CHECK(got.negations == expected.negations);
    CHECK(got.has_antonym == expected.has_antonym);
    const BagShape shape = features.bag_shape(i);
    CHECK(shape.words == expected.words.size());
    CHECK(shape.negations == expected.negations);
    CHECK(static_cast<bool>(shape.has_antonym) == expected.has_antonym);
    differs += features.vector_words(i) != got.words ? 1 : 0;
  }
  CHECK(differs == 3);  // "more" soldiers, "never" attacked, "couldn't" ... "more"
}

}  // namespace
}  // namespace claimtrack
