// IsOneOf and WordList: whether a word is in a short, fixed list of words
// (the closed word classes of the extraction rules: auxiliaries,
// prepositions, determiners). Extraction asks this of most tokens, many times
// each; std::find over string_views called memcmp for every entry of the
// same length. IsOneOf compares a word's length and first byte before its
// bytes; a WordList first looks the word's first byte and length up in a
// table, so most words that are not in the list cost a few instructions, and
// compares the others only with its words of the same first byte.
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
// The words are kept sorted by their first byte: a word whose first byte and
// length pass the table is compared only with the words that start with its
// first byte (a handful), not with the whole list.
template <std::size_t N>
class WordList {
  static_assert(N < 256, "a WordList is for short, closed word lists");

 public:
  // Every word must be non-empty.
  constexpr explicit WordList(const std::array<std::string_view, N>& words) : words_(words) {
    // Insertion sort by first byte (std::sort is not needed for a few dozen words).
    for (std::size_t i = 1; i < N; ++i) {
      for (std::size_t j = i; j > 0 && FirstByte(words_[j]) < FirstByte(words_[j - 1]); --j) {
        std::string_view swap = words_[j];
        words_[j] = words_[j - 1];
        words_[j - 1] = swap;
      }
    }
    for (std::string_view word : words_) {
      lengths_by_first_byte_[FirstByte(word)] |= LengthBit(word.size());
      ++first_byte_end_[FirstByte(word)];
    }
    // Counts to ends: the words starting with byte b are
    // words_[first_byte_end_[b - 1], first_byte_end_[b]).
    for (std::size_t b = 1; b < 256; ++b) first_byte_end_[b] += first_byte_end_[b - 1];
  }

  // True when `word` is one of the words.
  constexpr bool Contains(std::string_view word) const {
    if (word.empty()) return false;
    const std::size_t first = FirstByte(word);
    if (!(lengths_by_first_byte_[first] & LengthBit(word.size()))) return false;
    for (std::size_t k = first > 0 ? first_byte_end_[first - 1] : 0; k < first_byte_end_[first]; ++k) {
      if (words_[k].size() == word.size() && words_[k] == word) return true;
    }
    return false;
  }

 private:
  static constexpr std::size_t FirstByte(std::string_view word) {
    return static_cast<unsigned char>(word[0]);
  }
  // Lengths of 31 bytes and more share the last bit.
  static constexpr std::uint32_t LengthBit(std::size_t length) {
    return std::uint32_t{1} << (length < 31 ? length : 31);
  }

  std::array<std::string_view, N> words_;  // sorted by first byte
  // For each first byte, the lengths (as bits) of the words starting with it.
  std::array<std::uint32_t, 256> lengths_by_first_byte_{};
  // For each first byte b, one past the last word starting with b.
  std::array<std::uint8_t, 256> first_byte_end_{};
};

}  // namespace claimtrack
