// Tokenizer: words, numbers, punctuation and quote marks of one sentence, as
// byte spans into the article's text. Hand-written over UTF-8 (ICU supplies
// only character classes), because ICU word breaking is several times slower
// and splits the tokens news text needs whole: "U.S.-led", "al-Qaida",
// "Ja’afari", "320,000", "p.m.".
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/span.h"

namespace claimtrack {

enum class TokenKind {
  kWord,        // letters, with inner apostrophes, hyphens and abbreviation dots
  kNumber,      // starts with a digit: "30", "320,000", "4.63", "1125", "9/11"
  kPunct,       // any other single character: , . : ; ( ) — $ ...
  kOpenQuote,   // “ ‘ «
  kCloseQuote,  // ” ’ »
  kQuote,       // " or ' : opens or closes depending on context
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kPunct;
  std::string lower;  // lowercase; ’ and ‘ written as '
  bool capitalized = false;  // first letter uppercase ("al-Ja’afari" counts: a name)
  bool all_caps = false;     // two or more letters, all uppercase ("ENTRY", "UN")

  bool is_word() const { return kind == TokenKind::kWord; }
  bool is_quote() const {
    return kind == TokenKind::kOpenQuote || kind == TokenKind::kCloseQuote ||
           kind == TokenKind::kQuote;
  }
  bool is(std::string_view word) const { return lower == word; }
};

class Tokenizer {
 public:
  // `abbreviations` (may be null) are words whose final period belongs to
  // the word ("Col.", "Dec."); words with inner dots ("U.S.") keep theirs.
  explicit Tokenizer(const std::unordered_set<std::string>* abbreviations = nullptr)
      : abbreviations_(abbreviations) {}

  // Tokens of text[range.begin, range.end), white space dropped.
  std::vector<Token> Tokenize(std::string_view text, Span range) const;

 private:
  const std::unordered_set<std::string>* abbreviations_;
};

// Lowercases UTF-8 text (full Unicode case mapping per code point) and writes
// ’ ‘ as '. Used for every comparison with rule-file words.
std::string LowerText(std::string_view text);

// Spans of the quotations in `text`: pairs of “ ” (or « », straight ", or
// '' as some newsrooms write it)
// from opening to closing mark, marks included. A quotation left open at the
// end of a paragraph is closed there, so a stray mark never swallows the
// rest of an article.
std::vector<Span> FindQuotations(std::string_view text);

}  // namespace claimtrack
