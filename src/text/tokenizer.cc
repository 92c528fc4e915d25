// Tokenizer and quotation finder over UTF-8 bytes.
#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace claimtrack {

namespace {

// Decodes the code point at text[i]; sets *next to the following offset.
// Invalid bytes decode as U+FFFD and advance by one.
UChar32 CodePointAt(std::string_view text, std::size_t i, std::size_t* next) {
  int32_t pos = static_cast<int32_t>(i);
  int32_t length = static_cast<int32_t>(text.size());
  UChar32 c;
  U8_NEXT(text.data(), pos, length, c);
  *next = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

UChar32 PeekAt(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  std::size_t next;
  return CodePointAt(text, i, &next);
}

bool IsLetter(UChar32 c) { return u_isalpha(c) || (u_getCombiningClass(c) > 0); }
bool IsDigit(UChar32 c) { return u_isdigit(c); }
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsSpaceChar(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xA0 || c == 0xFEFF; }

TokenKind QuoteKindOf(UChar32 c) {
  switch (c) {
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x00AB:  // «
    case 0x201E:  // „
      return TokenKind::kOpenQuote;
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x00BB:  // »
      return TokenKind::kCloseQuote;
    case '"':
    case '\'':
      return TokenKind::kQuote;
    default:
      return TokenKind::kPunct;
  }
}

}  // namespace

std::string LowerText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    std::size_t next;
    UChar32 c = CodePointAt(text, i, &next);
    if (c == 0x2019 || c == 0x2018) {
      out.push_back('\'');
    } else {
      c = u_tolower(c);
      char buffer[4];
      int32_t length = 0;
      UBool unused_error = false;
      U8_APPEND(buffer, length, 4, c, unused_error);
      (void)unused_error;
      out.append(buffer, static_cast<std::size_t>(length));
    }
    i = next;
  }
  return out;
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text, Span range) const {
  std::vector<Token> tokens;
  std::size_t end = std::min(range.end, text.size());
  std::size_t i = range.begin;
  while (i < end) {
    std::size_t next;
    UChar32 c = CodePointAt(text, i, &next);
    if (IsSpaceChar(c)) {
      i = next;
      continue;
    }
    Token token;
    token.span.begin = i;
    if (IsLetter(c) || IsDigit(c)) {
      bool number = IsDigit(c);
      bool inner_dot = false;
      std::size_t segment_start = i;  // start of the current dot-separated piece
      std::size_t j = next;
      for (;;) {
        while (j < end) {
          std::size_t after;
          UChar32 d = CodePointAt(text, j, &after);
          if (IsLetter(d) || IsDigit(d)) {
            j = after;
          } else if ((IsApostrophe(d) || IsHyphen(d)) && after < end &&
                     IsLetter(PeekAt(text, after))) {
            j = after;
          } else if (IsHyphen(d) && after < end && IsDigit(PeekAt(text, after))) {
            j = after;
          } else if (number && (d == ',' || d == '.') && after < end &&
                     IsDigit(PeekAt(text, after))) {
            j = after;
          } else if (!number && d == '.' && after < end && IsLetter(PeekAt(text, after)) &&
                     j - segment_start <= 2) {
            // "U.S", "p.m": a dot between short letter groups stays inside.
            inner_dot = true;
            j = after;
            segment_start = after;
          } else {
            break;
          }
        }
        if (!number && j < end && text[j] == '.') {
          std::string word(text.substr(i, j + 1 - i));
          // An initial keeps its period: "John L. Dorrian".
          bool initial = j == i + 1 && text[i] >= 'A' && text[i] <= 'Z';
          if (inner_dot || initial || (abbreviations_ && abbreviations_->count(word))) ++j;
        }
        // "U.S.-led": a hyphen after the abbreviation's period continues the word.
        if (j > i && text[j - 1] == '.' && j + 1 < end && text[j] == '-' &&
            IsLetter(PeekAt(text, j + 1))) {
          j += 1;
          segment_start = j;
          continue;
        }
        break;
      }
      token.kind = number ? TokenKind::kNumber : TokenKind::kWord;
      token.span.end = j;
      token.capitalized = u_isupper(c) || u_istitle(c);
      // "al-Ja’afari", "el-Sisi": an Arabic article before a capitalized name.
      if (!token.capitalized && j - i > 3 && (c == 'a' || c == 'e') && text[i + 1] == 'l' &&
          text[i + 2] == '-') {
        UChar32 after_prefix = PeekAt(text, i + 3);
        token.capitalized = u_isupper(after_prefix);
      }
      i = j;
    } else if ((c == '\'' || c == '`') && next < end && text[next] == static_cast<char>(c)) {
      // '' and `` stand for double quotation marks in some newsrooms' text.
      token.kind = c == '`' ? TokenKind::kOpenQuote : TokenKind::kQuote;
      token.span.end = next + 1;
      i = next + 1;
    } else {
      token.kind = QuoteKindOf(c);
      token.span.end = next;
      i = next;
    }
    token.lower = LowerText(token.span.in(text));
    if (token.kind == TokenKind::kWord) {
      std::string_view written = token.span.in(text);
      int letters = 0;
      bool upper = true;
      for (char ch : written) {
        if (ch >= 'a' && ch <= 'z') upper = false;
        if ((ch >= 'A' && ch <= 'Z')) ++letters;
      }
      token.all_caps = upper && letters >= 2;
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::vector<Span> FindQuotations(std::string_view text) {
  std::vector<Span> quotes;
  bool open = false;
  bool straight = false;  // the open quotation began with '"'
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    char b = text[i];
    if (b == '\n') {
      // A paragraph ends: close what is open there.
      if (open) quotes.push_back(Span{start, i});
      open = false;
      ++i;
      continue;
    }
    // '' and `` are double quotation marks too ("''We have spent 20 years'').
    bool doubled = (b == '\'' || b == '`') && i + 1 < text.size() && text[i + 1] == b;
    if (doubled && b == '`' && !open) {
      open = true;
      straight = true;
      start = i;
      i += 2;
      continue;
    }
    if (doubled && b == '\'') {
      if (!open) {
        open = true;
        straight = true;
        start = i;
      } else if (straight) {
        quotes.push_back(Span{start, i + 2});
        open = false;
      }
      i += 2;
      continue;
    }
    if (b == '"') {
      if (!open) {
        open = true;
        straight = true;
        start = i;
      } else if (straight) {
        quotes.push_back(Span{start, i + 1});
        open = false;
      }
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(b) < 0x80) {
      ++i;
      continue;
    }
    std::size_t next;
    UChar32 c = CodePointAt(text, i, &next);
    if (c == 0x201C || c == 0x00AB || c == 0x201E) {
      // Nested openings inside an open quotation are part of it.
      if (!open) {
        open = true;
        straight = false;
        start = i;
      }
    } else if ((c == 0x201D || c == 0x00BB) && open && !straight) {
      quotes.push_back(Span{start, next});
      open = false;
    }
    i = next;
  }
  if (open) quotes.push_back(Span{start, text.size()});
  return quotes;
}

}  // namespace claimtrack
