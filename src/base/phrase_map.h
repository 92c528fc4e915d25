// PhraseMap: lowercase words and multi-word phrases from a rule file, found
// in a token sequence by longest match. A hash map from the first word to the
// phrases starting with it keeps lookups O(1) per token, so rule lists can
// grow without slowing extraction (no regular expressions on the hot path).
// Before hashing a word, a bit table of the first words' lengths and first
// and last bytes turns most words away: extraction looks up every word of
// every sentence in several maps, and few of them start a phrase.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimtrack {

// Splits a phrase into its lowercase words on spaces ("According to" ->
// {"according", "to"}). Callers lowercase with LowerText first when needed.
std::vector<std::string> SplitWords(std::string_view phrase);

template <typename Value>
class PhraseMap {
 public:
  // Adds `phrase` (already lowercase). Returns false when it was already there.
  bool Add(std::string_view phrase, Value value) {
    std::vector<std::string> words = SplitWords(phrase);
    if (words.empty()) return false;
    auto& bucket = by_first_[words[0]];
    for (const Entry& entry : bucket) {
      if (entry.words == words) return false;
    }
    NoteFirstWord(words[0]);
    bucket.push_back(Entry{std::move(words), std::move(value)});
    ++size_;
    return true;
  }

  // Adds `phrase`, or gives it `value` when it is already there (a later
  // rules folder overriding an earlier one).
  void Set(std::string_view phrase, Value value) {
    std::vector<std::string> words = SplitWords(phrase);
    if (words.empty()) return;
    auto& bucket = by_first_[words[0]];
    for (Entry& entry : bucket) {
      if (entry.words == words) {
        entry.value = std::move(value);
        return;
      }
    }
    NoteFirstWord(words[0]);
    bucket.push_back(Entry{std::move(words), std::move(value)});
    ++size_;
  }

  // The longest phrase whose words equal words(i), words(i+1), ... where
  // `word_at(k)` returns the lowercase word at position k, or nullptr past
  // the end. Sets *length to its word count; nullptr when none matches.
  template <typename WordAt>
  const Value* Match(std::size_t i, const WordAt& word_at, std::size_t* length) const {
    const std::string* first = word_at(i);
    if (!first || !MayStartPhrase(*first)) return nullptr;
    auto it = by_first_.find(*first);
    if (it == by_first_.end()) return nullptr;
    const Entry* best = nullptr;
    for (const Entry& entry : it->second) {
      if (best && entry.words.size() <= best->words.size()) continue;
      bool all = true;
      for (std::size_t k = 1; k < entry.words.size() && all; ++k) {
        const std::string* word = word_at(i + k);
        all = word && *word == entry.words[k];
      }
      if (all) best = &entry;
    }
    if (!best) return nullptr;
    *length = best->words.size();
    return &best->value;
  }

  // The value of a one-word phrase, or nullptr.
  const Value* Find(const std::string& word) const {
    if (!MayStartPhrase(word)) return nullptr;
    auto it = by_first_.find(word);
    if (it == by_first_.end()) return nullptr;
    for (const Entry& entry : it->second) {
      if (entry.words.size() == 1) return &entry.value;
    }
    return nullptr;
  }

  std::size_t size() const { return size_; }

  // False when no phrase starts with `word`, judged by its length and its
  // first and last bytes alone; true when one may (the hash map decides).
  bool MayStartPhrase(std::string_view word) const {
    if (word.empty()) return true;  // not in the table; let the map answer
    std::size_t bit = FilterBit(word);
    return (first_word_filter_[bit / 64] >> (bit % 64)) & 1;
  }

 private:
  struct Entry {
    std::vector<std::string> words;
    Value value;
  };
  static constexpr std::size_t kFilterBits = 16384;
  // A non-empty word's bit in first_word_filter_. Different words may share
  // a bit; that only sends a word on to the hash map.
  static std::size_t FilterBit(std::string_view word) {
    std::size_t length = word.size() < 63 ? word.size() : 63;
    std::size_t first = static_cast<unsigned char>(word.front());
    std::size_t last = static_cast<unsigned char>(word.back());
    return ((first << 6 | length) ^ (last * 37)) % kFilterBits;
  }
  void NoteFirstWord(std::string_view word) {
    std::size_t bit = FilterBit(word);
    first_word_filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }

  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  // The FilterBit of every phrase's first word: (length, first byte, last
  // byte) turns away about five words in six that start no cue, where the
  // first byte and length alone turned away half.
  std::array<std::uint64_t, kFilterBits / 64> first_word_filter_{};
  std::size_t size_ = 0;
};

}  // namespace claimtrack
