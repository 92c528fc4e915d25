// Tests for PhraseMap (src/base/phrase_map.h), IsOneOf and WordList
// (src/base/word_list.h): longest match, one-word lookups, and the filter
// that turns words away before the hash map, which must never turn away a
// word that starts a phrase.
#include "base/phrase_map.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/word_list.h"

namespace claimtrack {
namespace {

// PhraseMap::Match over a sentence given as words.
const int* MatchAt(const PhraseMap<int>& map, const std::vector<std::string>& words, std::size_t i,
                   std::size_t* length) {
  auto word_at = [&](std::size_t k) -> const std::string* {
    return k < words.size() ? &words[k] : nullptr;
  };
  return map.Match(i, word_at, length);
}

TEST_CASE("PhraseMap finds the longest phrase at a position", "[phrase_map]") {
  PhraseMap<int> map;
  CHECK(map.Add("according to", 1));
  CHECK(map.Add("say", 2));
  CHECK(map.Add("said", 3));
  CHECK(map.Add("according", 4));
  CHECK_FALSE(map.Add("say", 5));  // already there
  map.Set("said", 6);              // a later rules folder wins
  CHECK(map.size() == 4);

  const std::vector<std::string> words = {"officials", "said",    "according",
                                          "to",        "sources", "according"};
  std::size_t length = 0;
  CHECK(MatchAt(map, words, 0, &length) == nullptr);
  const int* said = MatchAt(map, words, 1, &length);
  REQUIRE(said);
  CHECK(*said == 6);
  CHECK(length == 1);
  const int* according_to = MatchAt(map, words, 2, &length);
  REQUIRE(according_to);
  CHECK(*according_to == 1);
  CHECK(length == 2);
  const int* according = MatchAt(map, words, 5, &length);  // "to" is past the end
  REQUIRE(according);
  CHECK(*according == 4);
  CHECK(length == 1);
  CHECK(MatchAt(map, words, 6, &length) == nullptr);

  REQUIRE(map.Find("say"));
  CHECK(*map.Find("say") == 2);
  CHECK(map.Find("sa") == nullptr);
  CHECK(map.Find("") == nullptr);
  CHECK(map.Find("to") == nullptr);  // only inside a phrase
}

TEST_CASE("PhraseMap's filter never turns away a phrase's first word", "[phrase_map]") {
  // Words of every length from 1 to 80 bytes, with many first and last
  // bytes, some of them outside ASCII: each is found after it is added, and
  // before that the map finds nothing whatever the filter says.
  PhraseMap<int> map;
  std::vector<std::string> words;
  for (std::size_t length = 1; length <= 80; ++length) {
    for (char first : {'a', 'q', 'z', '\'', '\xC3'}) {
      std::string word(length, 'e');
      if (length > 1) word.back() = static_cast<char>('a' + length % 26);
      word.front() = first;
      words.push_back(word);
    }
  }
  for (std::size_t i = 0; i < words.size(); i += 2) {
    CHECK(map.Find(words[i]) == nullptr);
    map.Add(words[i] + " next", static_cast<int>(i));
    map.Add(words[i], static_cast<int>(i));
  }
  std::size_t turned_away = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    INFO("word: " << words[i]);
    if (i % 2 == 0) {
      CHECK(map.MayStartPhrase(words[i]));
      REQUIRE(map.Find(words[i]));
      CHECK(*map.Find(words[i]) == static_cast<int>(i));
    } else {
      CHECK(map.Find(words[i]) == nullptr);
      turned_away += !map.MayStartPhrase(words[i]);
    }
  }
  CHECK(turned_away > 0);         // the filter does turn words away
  CHECK(map.MayStartPhrase(""));  // not judged by the filter
}

TEST_CASE("IsOneOf compares whole words", "[phrase_map]") {
  constexpr std::array<std::string_view, 4> kWords = {"is", "are", "was", "'s"};
  CHECK(IsOneOf("is", kWords));
  CHECK(IsOneOf("'s", kWords));
  CHECK(IsOneOf("was", kWords));
  CHECK_FALSE(IsOneOf("", kWords));
  CHECK_FALSE(IsOneOf("i", kWords));
  CHECK_FALSE(IsOneOf("isn't", kWords));
  CHECK_FALSE(IsOneOf("wax", kWords));
  CHECK_FALSE(IsOneOf("Was", kWords));  // callers pass lowercase words
  static_assert(IsOneOf("are", kWords));
}

TEST_CASE("WordList finds its words and only those", "[phrase_map]") {
  static constexpr WordList<6> kWords(
      {"is", "are", "was", "'s", "a", "notwithstandingthelengthofthisword"});
  for (std::string_view word :
       {"is", "are", "was", "'s", "a", "notwithstandingthelengthofthisword"}) {
    INFO(word);
    CHECK(kWords.Contains(word));
  }
  // Same first byte and length as a word, another first byte, another
  // length, and words past 31 bytes sharing the last length bit.
  for (std::string_view word :
       {"", "it", "ate", "wax", "'t", "b", "A", "as", "isn't",
        "notwithstandingthelengthofthiswords", "notwithstandingthelengthofthiswors"}) {
    INFO(word);
    CHECK_FALSE(kWords.Contains(word));
  }
  static_assert(kWords.Contains("was"));
  static_assert(!kWords.Contains("were"));
}

TEST_CASE("WordList finds words however they share first bytes and lengths", "[phrase_map]") {
  // Given out of order: many words with one first byte and length, words at
  // both ends of the byte range, and a non-ASCII one.
  static constexpr WordList<12> kWords({"ten", "two", "\xff\xfe", "the", "a", "tea", "zoo",
                                        "three", "tho", "\x01x", "é", "an"});
  for (std::string_view word :
       {"ten", "two", "\xff\xfe", "the", "a", "tea", "zoo", "three", "tho", "\x01x", "é", "an"}) {
    INFO(word);
    CHECK(kWords.Contains(word));
  }
  for (std::string_view word : {"tee", "thr", "t", "zo", "zooo", "\xff", "\xff\xff", "\x01", "e",
                                "è", "am", "b", "threes"}) {
    INFO(word);
    CHECK_FALSE(kWords.Contains(word));
  }
  static_assert(kWords.Contains("tho"));
  static_assert(!kWords.Contains("thi"));
}

}  // namespace
}  // namespace claimtrack
