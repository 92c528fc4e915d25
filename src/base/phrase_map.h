// PhraseMap: lowercase words and multi-word phrases from a rule file, found
// in a token sequence by longest match. A hash map from the first word to the
// phrases starting with it keeps lookups O(1) per token, so rule lists can
// grow without slowing extraction (no regular expressions on the hot path).
#pragma once

#include <cstddef>
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
    bucket.push_back(Entry{std::move(words), std::move(value)});
    ++size_;
  }

  // The longest phrase whose words equal words(i), words(i+1), ... where
  // `word_at(k)` returns the lowercase word at position k, or nullptr past
  // the end. Sets *length to its word count; nullptr when none matches.
  template <typename WordAt>
  const Value* Match(std::size_t i, const WordAt& word_at, std::size_t* length) const {
    const std::string* first = word_at(i);
    if (!first) return nullptr;
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
    auto it = by_first_.find(word);
    if (it == by_first_.end()) return nullptr;
    for (const Entry& entry : it->second) {
      if (entry.words.size() == 1) return &entry.value;
    }
    return nullptr;
  }

  std::size_t size() const { return size_; }

 private:
  struct Entry {
    std::vector<std::string> words;
    Value value;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  std::size_t size_ = 0;
};

}  // namespace claimtrack
