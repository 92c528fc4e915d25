// IsOneOf and WordList: whether a word is in a short, fixed list of words
// (the closed word classes of the extraction rules: auxiliaries,
// prepositions, determiners). Extraction asks this of most tokens, many times
// each; std::find over string_views called memcmp for every entry of the
// same length. IsOneOf compares a word's length and first byte before its
// bytes; a WordList first looks the word's first byte and length up in a
// table, so most words that are not in the list cost a few instructions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
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

// A fixed list of lowercase words, built at compile time:
//   constexpr WordList<3> kBeForms({"is", "are", "was"});
template <std::size_t N>
class WordList {
 public:
  // Every word must be non-empty.
  constexpr explicit WordList(const std::array<std::string_view, N>& words) : words_(words) {
    for (std::string_view word : words_) {
      lengths_by_first_byte_[static_cast<unsigned char>(word[0])] |= LengthBit(word.size());
    }
  }

  // True when `word` is one of the words.
  constexpr bool Contains(std::string_view word) const {
    if (word.empty()) return false;
    if (!(lengths_by_first_byte_[static_cast<unsigned char>(word[0])] & LengthBit(word.size()))) {
      return false;
    }
    return IsOneOf(word, words_);
  }

 private:
  // Lengths of 31 bytes and more share the last bit.
  static constexpr std::uint32_t LengthBit(std::size_t length) {
    return std::uint32_t{1} << (length < 31 ? length : 31);
  }

  std::array<std::string_view, N> words_;
  // For each first byte, the lengths (as bits) of the words starting with it.
  std::array<std::uint32_t, 256> lengths_by_first_byte_{};
};

}  // namespace claimtrack
