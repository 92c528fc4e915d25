// IsOneOf: whether a word is in a short, fixed list of words (the closed word
// classes of the extraction rules: auxiliaries, prepositions, determiners).
// Extraction asks this of most tokens, many times each; comparing a word's
// length and first byte before its bytes keeps each miss to a few
// instructions, where std::find over string_views called memcmp for every
// entry of the same length.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace claimtrack {

// True when `word` equals one of `words`. Every entry of `words` must be
// non-empty.
template <std::size_t N>
constexpr bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  if (word.empty()) return false;
  for (std::string_view entry : words) {
    if (entry.size() == word.size() && entry[0] == word[0] && entry == word) return true;
  }
  return false;
}

}  // namespace claimtrack
