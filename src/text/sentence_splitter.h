// SentenceSplitter: sentences of an article as byte spans, from ICU's
// sentence BreakIterator run over the UTF-8 text in place (no conversion, so
// offsets are bytes into the original text).
//
// ICU breaks after every "." that is followed by a capital, so "U.S. Navy
// Capt. Jeff Davis" would become three sentences. A break is therefore
// dropped when the word before it is a known abbreviation (rules/
// abbreviations.txt) or a single capital initial ("John L. Dorrian"), unless
// the break is a paragraph break (a newline), which always ends a sentence,
// or the next word opens sentences and never follows an abbreviation inside
// one ("mediated by the U.N. The talks ...").
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "model/span.h"

namespace claimtrack {

class SentenceSplitter {
 public:
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // `abbreviations` are words written with their final period ("Col.",
  // "U.S."), compared case-sensitively. Fails only when ICU cannot create a
  // sentence iterator.
  static Status Create(const std::vector<std::string>& abbreviations,
                       std::unique_ptr<SentenceSplitter>* out);


  // The sentences of `text`, in order, trimmed of surrounding white space;
  // empty sentences are left out. Invalid UTF-8 never crashes (ICU reads it
  // as U+FFFD). Not thread-safe: one splitter per thread.
  std::vector<Span> Split(std::string_view text) const;

 private:
  struct Impl;
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  bool IsAbbreviationBefore(std::string_view text, std::size_t end) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrack
