// Tokenizer: words, numbers, punctuation and quote marks of one sentence, as
// byte spans into the article's text. Hand-written over UTF-8 (ICU supplies
// only character classes), because ICU word breaking is several times slower
// and splits the tokens news text needs whole: "U.S.-led", "al-Qaida",
// "Ja’afari", "320,000", "p.m.".
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
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

// A token's lowercase text: a std::string whose comparison with a string
// literal (`token.lower == "said"`, `!= ","`) compares the length first and
// is inlined. Extraction compares tokens with literals about a hundred
// thousand times per MB of text; std::string's operator== with a const char*
// called an out-of-line compare (strlen, then memcmp) each time. Only string
// literals may be compared this way: the array's last byte is taken for the
// terminating NUL. Everything else is std::string's.
class LowerString : public std::string {
 public:
  using std::string::string;
  using std::string::operator=;
  LowerString() = default;
  LowerString(const std::string& s) : std::string(s) {}             // NOLINT: implicit
  LowerString(std::string&& s) noexcept : std::string(std::move(s)) {}  // NOLINT: implicit

  template <std::size_t N>
  friend bool operator==(const LowerString& lower, const char (&literal)[N]) {
    return lower.size() == N - 1 && std::char_traits<char>::compare(lower.data(), literal, N - 1) == 0;
  }
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kPunct;
  LowerString lower;  // lowercase; ’ and ‘ written as '
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
  // The same tokens in *tokens, which are replaced; their vector's capacity
  // is kept, so that a caller tokenizing sentence after sentence into one
  // vector seldom allocates.
  void Tokenize(std::string_view text, Span range, std::vector<Token>* tokens) const;

 private:
  const std::unordered_set<std::string>* abbreviations_;
};

// The end of a web domain's last label starting at byte `i` of `text` ("com"
// in "politico.com"): two to four lowercase ASCII letters, then no letter
// or digit before `end`. 0 when none starts there.
std::size_t DomainEndAt(std::string_view text, std::size_t i, std::size_t end);

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
