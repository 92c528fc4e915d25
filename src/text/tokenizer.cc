// Tokenizer and quotation finder over UTF-8 bytes.
#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "base/eight_bytes.h"
#include "base/sixteen_bytes.h"

namespace claimtrack {

namespace {

// Classes of the ASCII characters, as the ICU calls below answer for them
// (letters: u_isalpha, no ASCII character combines; digits: u_isdigit;
// space: u_isUWhiteSpace, U+0009..U+000D and U+0020). Most news text is
// ASCII: a table lookup instead of ICU property calls per code point made
// the tokenizer about twice as fast.
enum : std::uint8_t { kAsciiLetter = 1, kAsciiDigit = 2, kAsciiSpace = 4, kAsciiUpper = 8 };

constexpr std::array<std::uint8_t, 128> MakeAsciiClasses() {
  std::array<std::uint8_t, 128> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kAsciiLetter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kAsciiLetter | kAsciiUpper;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kAsciiDigit;
  for (int c = 0x09; c <= 0x0D; ++c) classes[c] = kAsciiSpace;
  classes[' '] = kAsciiSpace;
  return classes;
}

constexpr std::array<std::uint8_t, 128> kAsciiClasses = MakeAsciiClasses();

// Decodes the code point at text[i]; sets *next to the following offset.
// Invalid bytes decode as U+FFFD and advance by one.
inline UChar32 CodePointAt(std::string_view text, std::size_t i, std::size_t* next) {
  unsigned char byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {
    *next = i + 1;
    return byte;
  }
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

inline bool IsLetter(UChar32 c) {
  if (c < 0x80) return kAsciiClasses[c] & kAsciiLetter;
  return u_isalpha(c) || (u_getCombiningClass(c) > 0);
}
inline bool IsDigit(UChar32 c) {
  if (c < 0x80) return kAsciiClasses[c] & kAsciiDigit;
  return u_isdigit(c);
}
inline bool IsLetterOrDigit(UChar32 c) {
  if (c < 0x80) return kAsciiClasses[c] & (kAsciiLetter | kAsciiDigit);
  return IsLetter(c) || u_isdigit(c);
}
inline bool IsUpper(UChar32 c) {
  if (c < 0x80) return kAsciiClasses[c] & kAsciiUpper;
  return u_isupper(c);
}
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
inline bool IsSpaceChar(UChar32 c) {
  if (c < 0x80) return kAsciiClasses[c] & kAsciiSpace;
  return u_isUWhiteSpace(c) || c == 0xA0 || c == 0xFEFF;
}

// Whether a byte is an ASCII letter or digit, for the loops that pass over
// the runs of them most words are: one lookup per byte.
constexpr std::array<bool, 256> MakeAsciiLetterOrDigitBytes() {
  std::array<bool, 256> bytes{};
  for (int c = 0; c < 128; ++c) bytes[c] = kAsciiClasses[c] & (kAsciiLetter | kAsciiDigit);
  return bytes;
}

constexpr std::array<bool, 256> kAsciiLetterOrDigitBytes = MakeAsciiLetterOrDigitBytes();

// The first offset from j on, at most `end`, whose byte is not an ASCII
// letter or digit.
inline std::size_t AsciiLetterOrDigitEnd(std::string_view text, std::size_t j, std::size_t end) {
  while (j < end && kAsciiLetterOrDigitBytes[static_cast<unsigned char>(text[j])]) ++j;
  return j;
}

// For each byte: its lowercase as LowerText writes an ASCII byte, and
// whether it is an uppercase or lowercase ASCII letter or not ASCII at all.
struct LowerByte {
  char lower;
  std::uint8_t flags;
};
enum : std::uint8_t { kUpperByte = 1, kLowerByte = 2, kOtherByte = 4 };

constexpr std::array<LowerByte, 256> MakeLowerBytes() {
  std::array<LowerByte, 256> bytes{};
  for (int b = 0; b < 256; ++b) {
    bytes[b].lower = static_cast<char>(b);
    if (b >= 'A' && b <= 'Z') {
      bytes[b].lower = static_cast<char>(b + 32);
      bytes[b].flags = kUpperByte;
    } else if (b >= 'a' && b <= 'z') {
      bytes[b].flags = kLowerByte;
    } else if (b >= 0x80) {
      bytes[b].flags = kOtherByte;
    }
  }
  return bytes;
}

constexpr std::array<LowerByte, 256> kLowerBytes = MakeLowerBytes();

// Sets token->lower to LowerText of the token's text and, for a word,
// token->all_caps. One pass over an ASCII token lowercases and counts its
// letters at once, written straight into the string when it fits its inline
// buffer; a token with other bytes is lowercased by LowerText.
void SetLowercase(std::string_view written, Token* token) {
  std::string& lower = token->lower;
  char buffer[16];
  const bool small = written.size() <= sizeof buffer;
  char* out = small ? buffer : nullptr;
  if (!small) {
    lower.assign(written.data(), written.size());
    out = lower.data();
  }
  std::uint8_t seen = 0;
  int uppercase = 0;
  for (std::size_t k = 0; k < written.size(); ++k) {
    const LowerByte& byte = kLowerBytes[static_cast<unsigned char>(written[k])];
    out[k] = byte.lower;
    seen |= byte.flags;
    uppercase += byte.flags & kUpperByte;
  }
  if (seen & kOtherByte) {
    lower = LowerText(written);
  } else if (small) {
    lower.assign(buffer, written.size());
  }
  // Only ASCII letters count: "ENTRY" and "UN" are all capitals.
  if (token->kind == TokenKind::kWord) token->all_caps = !(seen & kLowerByte) && uppercase >= 2;
}

// SetLowercase for a word of 1 to 16 ASCII letters and digits at
// text[begin, end), where text holds at least 16 bytes from begin: the
// bytes are loaded as two 64-bit words and lowercased eight at a time.
void SetAsciiWordLowercase(std::string_view text, std::size_t begin, std::size_t end,
                           Token* token) {
  using namespace eight_bytes;
  const std::size_t size = end - begin;
  std::uint64_t words[2];
  std::memcpy(words, text.data() + begin, sizeof words);
  // Only the word's bytes: the rest become 0, which is no letter.
  if (size < 8) {
    words[0] &= (std::uint64_t{1} << (8 * size)) - 1;
    words[1] = 0;
  } else if (size < 16) {
    words[1] &= (std::uint64_t{1} << (8 * (size - 8))) - 1;
  }
  bool has_lowercase = false;
  std::uint64_t upper[2];
  for (int k = 0; k < 2; ++k) {
    // High bit of each byte in 'A'..'Z' (resp. 'a'..'z'); every byte is ASCII.
    const std::uint64_t w = words[k];
    upper[k] = BytesInRange(w, 'A', 'Z');
    has_lowercase = has_lowercase || BytesInRange(w, 'a', 'z');
    words[k] = w | (upper[k] >> 2);  // 'A' + 0x20 == 'a'
  }
  char lowered[sizeof words];
  std::memcpy(lowered, words, sizeof words);
  // A word of up to 15 bytes fits the string's own buffer: its 15 bytes are
  // copied whatever the word's length (a copy of fixed size, compiled to two
  // moves, where one of the word's length called memcpy), then cut to it.
  constexpr std::size_t kInPlace = 15;  // std::string's in-place capacity in libstdc++
  if (size <= kInPlace) {
    token->lower.assign(lowered, kInPlace);
    token->lower.erase(size);
  } else {
    token->lower.assign(lowered, size);
  }
  // At least two capitals: two high bits in one word, or one in each.
  const bool two_capitals = (upper[0] & (upper[0] - 1)) || (upper[1] & (upper[1] - 1)) ||
                            (upper[0] && upper[1]);
  token->all_caps = !has_lowercase && two_capitals;
}

// The bytes FindQuotations must look at: line ends, the ASCII marks, and the
// lead bytes of the non-ASCII marks it knows (“ ” „ are E2 80 9C..9E, « »
// are C2 AB and C2 BB). Every other byte is passed over one at a time: a
// UTF-8 continuation byte (80..BF) is never C2 or E2, and U8_NEXT never takes
// a C2 or E2 byte into an earlier character, valid or not, so the same
// characters are decoded as when the text is decoded from its start.
constexpr std::array<bool, 256> MakeQuotationBytes() {
  std::array<bool, 256> bytes{};
  for (unsigned char c : {'\n', '\r', '\'', '`', '"'}) bytes[c] = true;
  bytes[0xC2] = true;
  bytes[0xE2] = true;
  return bytes;
}

constexpr std::array<bool, 256> kQuotationBytes = MakeQuotationBytes();

// True when none of the 16 bytes at `bytes` is one FindQuotations must look
// at, tested at once: none is a line end or an ASCII mark, and none has its
// high bit set (C2 and E2 have; other such bytes are looked at one by one).
inline bool QuietBlock(const char* bytes) {
  using namespace sixteen_bytes;
  const Bytes b = Load(bytes);
  return !Any((b >= 0x80) | (b == '\n') | (b == '\r') | (b == '\'') | (b == '`') | (b == '"'));
}

// Some texts write a double quotation mark the wrong way round: '”Fear. I am
// afraid ...” ― Edwin Monroy', '“The reality is ... here,“ said Jim Clyburn'.
// Where the mark stands tells what it does: "”" after white space (or the
// text's start) and before a letter or digit opens a quotation; "“" after
// anything but white space and before white space, the text's end or a
// punctuation mark closes one. `i` is the mark's first byte, `next` the byte
// after it. Returns the mark's kind as used: kOpenQuote or kCloseQuote for
// these two, otherwise kPunct (decide by the mark itself).
TokenKind CurlyMarkTurned(std::string_view text, std::size_t i, std::size_t next, UChar32 c) {
  auto space = [](char b) { return b == ' ' || b == '\n' || b == '\r' || b == '\t'; };
  if (c == 0x201D && (i == 0 || space(text[i - 1])) && IsLetterOrDigit(PeekAt(text, next))) {
    return TokenKind::kOpenQuote;
  }
  if (c == 0x201C && i > 0 && !space(text[i - 1]) && text[i - 1] != '(' && text[i - 1] != '[' &&
      (next >= text.size() || space(text[next]) ||
       (static_cast<unsigned char>(text[next]) < 0x80 && std::ispunct(static_cast<unsigned char>(text[next])) &&
        text[next] != '(' && text[next] != '\'' && text[next] != '"'))) {
    return TokenKind::kCloseQuote;
  }
  return TokenKind::kPunct;
}

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

std::size_t DomainEndAt(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t j = i;
  while (j < end && j - i <= 4 && text[j] >= 'a' && text[j] <= 'z') ++j;
  if (j - i < 2 || j - i > 4) return 0;
  if (j < end && (std::isalnum(static_cast<unsigned char>(text[j])) ||
                  static_cast<unsigned char>(text[j]) >= 0x80)) {
    return 0;
  }
  return j;
}

std::string LowerText(std::string_view text) {
  // The ASCII start, most often the whole text, is copied at once and
  // lowercased in place, eight bytes at a time where it can be.
  std::string out(text);
  char* bytes = out.data();
  std::size_t i = 0;
  for (; i + 8 <= out.size(); i += 8) {
    std::uint64_t w = eight_bytes::Load(bytes + i);
    if (eight_bytes::NonAscii(w)) break;
    // The high bit of each byte in 'A'..'Z' (every byte is ASCII), moved to
    // 0x20: 'A' + 0x20 == 'a'.
    w |= eight_bytes::BytesInRange(w, 'A', 'Z') >> 2;
    std::memcpy(bytes + i, &w, sizeof w);
  }
  for (; i < out.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b >= 0x80) break;
    if (b >= 'A' && b <= 'Z') bytes[i] = static_cast<char>(b + 32);
  }
  if (i == out.size()) return out;
  // From the first other byte on, one code point at a time.
  out.resize(i);
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
  Tokenize(text, range, &tokens);
  return tokens;
}

void Tokenizer::Tokenize(std::string_view text, Span range, std::vector<Token>* out) const {
  std::vector<Token>& tokens = *out;
  tokens.clear();
  std::size_t end = std::min(range.end, text.size());
  std::size_t i = range.begin;
  // About one token per 5 bytes of news text: one allocation, seldom two.
  // And room for 64 tokens at least (a typical sentence has 25): a caller
  // that keeps a sentence's tokens moves the vector away, and the room
  // reserved anew for the next sentence then serves most sentences after
  // it too, where reserving for that one sentence alone made the longer
  // ones allocate again.
  if (end > i) tokens.reserve(std::max<std::size_t>((end - i) / 5 + 4, 64));
  while (i < end) {
    const auto first = static_cast<unsigned char>(text[i]);
    if (first < 0x80) {
      const std::uint8_t classes = kAsciiClasses[first];
      if (classes & kAsciiSpace) {
        ++i;
        continue;
      }
      if (classes & kAsciiLetter) {
        // The most common token: ASCII letters and digits from a letter on,
        // ended by the range's end or by an ASCII byte that cannot carry the
        // word on (not an apostrophe, hyphen or period; a comma or slash
        // joins only numbers). The general path below would make the same
        // token; "al-" cannot start such a word, and without a period none
        // is an initial or an abbreviation.
        const std::size_t j = AsciiLetterOrDigitEnd(text, i + 1, end);
        const auto after = j < end ? static_cast<unsigned char>(text[j]) : 0;
        if (j == end || (after < 0x80 && after != '\'' && after != '-' && after != '.')) {
          Token& token = tokens.emplace_back();
          token.span = Span{i, j};
          token.kind = TokenKind::kWord;
          token.capitalized = classes & kAsciiUpper;
          if (j - i <= 16 && text.size() - i >= 16) {
            SetAsciiWordLowercase(text, i, j, &token);
          } else {
            SetLowercase(text.substr(i, j - i), &token);
          }
          i = j;
          continue;
        }
      } else if (!(classes & kAsciiDigit) && first != '\'' && first != '`') {
        // ASCII punctuation (and control bytes): one byte, its own
        // lowercase; only '"' is a quote mark ('\'' and '`' may come
        // doubled, and go the general way).
        Token& token = tokens.emplace_back();
        token.span = Span{i, i + 1};
        token.kind = first == '"' ? TokenKind::kQuote : TokenKind::kPunct;
        token.lower.assign(1, static_cast<char>(first));
        ++i;
        continue;
      }
    }
    std::size_t next;
    UChar32 c = CodePointAt(text, i, &next);
    if (IsSpaceChar(c)) {
      i = next;
      continue;
    }
    // Built in place: a token moved into the vector costs a string move.
    Token& token = tokens.emplace_back();
    token.span.begin = i;
    if (IsLetterOrDigit(c)) {
      bool number = IsDigit(c);
      bool inner_dot = false;
      std::size_t segment_start = i;  // start of the current dot-separated piece
      std::size_t j = next;
      for (;;) {
        while (j < end) {
          // ASCII letters and digits, the most of any word, without decoding.
          j = AsciiLetterOrDigitEnd(text, j, end);
          if (j >= end) break;
          std::size_t after;
          UChar32 d = CodePointAt(text, j, &after);
          if (IsLetterOrDigit(d)) {
            j = after;
          } else if ((IsApostrophe(d) || IsHyphen(d)) && after < end &&
                     IsLetter(PeekAt(text, after))) {
            j = after;
          } else if (IsHyphen(d) && after < end && IsDigit(PeekAt(text, after))) {
            j = after;
          } else if (number && (d == ',' || d == '.' || d == '/') && after < end &&
                     IsDigit(PeekAt(text, after))) {
            // "320,000", "4.63", and "9/11", "24/7", "1/23/2017": one number each.
            j = after;
          } else if (!number && d == '.' && after < end && IsLetter(PeekAt(text, after)) &&
                     j - segment_start <= 2) {
            // "U.S", "p.m": a dot between short letter groups stays inside.
            inner_dot = true;
            j = after;
            segment_start = after;
          } else if (const std::size_t domain_end = !number && d == '.' && j - segment_start >= 3
                                                        ? DomainEndAt(text, after, end)
                                                        : 0;
                     domain_end > 0) {
            // "politico.com", "ouest-france.fr": a web site's domain.
            j = domain_end;
          } else {
            break;
          }
        }
        if (!number && j < end && text[j] == '.') {
          // An initial keeps its period: "John L. Dorrian".
          bool initial = j == i + 1 && text[i] >= 'A' && text[i] <= 'Z';
          if (inner_dot || initial ||
              (abbreviations_ && abbreviations_->count(std::string(text.substr(i, j + 1 - i))))) {
            ++j;
          }
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
      token.capitalized = IsUpper(c) || (c >= 0x80 && u_istitle(c));
      // "al-Ja’afari", "el-Sisi": an Arabic article before a capitalized name.
      if (!token.capitalized && j - i > 3 && (c == 'a' || c == 'e') && text[i + 1] == 'l' &&
          text[i + 2] == '-') {
        UChar32 after_prefix = PeekAt(text, i + 3);
        token.capitalized = IsUpper(after_prefix);
      }
      i = j;
    } else if ((c == '\'' || c == '`') && next < end && text[next] == static_cast<char>(c)) {
      // '' and `` stand for double quotation marks in some newsrooms' text.
      token.kind = c == '`' ? TokenKind::kOpenQuote : TokenKind::kQuote;
      token.span.end = next + 1;
      i = next + 1;
    } else {
      token.kind = QuoteKindOf(c);
      if (c == 0x201C || c == 0x201D) {
        TokenKind turned = CurlyMarkTurned(text, i, next, c);
        if (turned != TokenKind::kPunct) token.kind = turned;
      }
      token.span.end = next;
      i = next;
    }
    SetLowercase(token.span.in(text), &token);
  }
}

std::vector<Span> FindQuotations(std::string_view text) {
  std::vector<Span> quotes;
  bool open = false;
  bool straight = false;  // the open quotation began with '"'
  // A quotation inside the open one, opened by the other kind of mark
  // ('“He said "no" to me”'): its closing mark closes it, not the outer one.
  bool inner = false;
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    // Most bytes are none of the marks or line ends: skip them sixteen at a
    // time, then by table.
    while (i + 16 <= text.size() && QuietBlock(text.data() + i)) i += 16;
    while (i < text.size() && !kQuotationBytes[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= text.size()) break;
    char b = text[i];
    if (b == '\n' || b == '\r') {
      // A line ends (LF, CRLF or a lone CR): close what is open there.
      if (open) quotes.push_back(Span{start, i});
      open = false;
      inner = false;
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
      // 'He added: "Their actions ... betrayal. "I have been honoured': a
      // mark after a space and before a letter opens a quotation, so the
      // one left open ends before it.
      bool opens = i > 0 && text[i - 1] == ' ' && i + 1 < text.size() &&
                   std::isalnum(static_cast<unsigned char>(text[i + 1]));
      // '“Our roads are crumbling," she said': a straight mark closing a
      // quotation opened by a curly one (many pages mix them), unless it
      // closes a straight quotation inside.
      bool closes = i > 0 && text[i - 1] != ' ' && text[i - 1] != '\t' &&
                    (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' ||
                     text[i + 1] == '\r' ||
                     (std::ispunct(static_cast<unsigned char>(text[i + 1])) && text[i + 1] != '"'));
      if (open && !straight) {
        if (opens) {
          inner = true;
        } else if (closes && inner) {
          inner = false;
        } else if (closes) {
          quotes.push_back(Span{start, i + 1});
          open = false;
        }
        ++i;
        continue;
      }
      if (!open) {
        open = true;
        straight = true;
        inner = false;
        start = i;
      } else if (straight && opens) {
        std::size_t end = i;
        while (end > start + 1 && text[end - 1] == ' ') --end;
        quotes.push_back(Span{start, end});
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
    if (c == 0x201C || c == 0x201D) {
      TokenKind turned = CurlyMarkTurned(text, i, next, c);
      if (turned == TokenKind::kOpenQuote) c = 0x201C;
      if (turned == TokenKind::kCloseQuote) c = 0x201D;
    }
    if (c == 0x201C || c == 0x00AB || c == 0x201E) {
      // Nested openings inside an open quotation are part of it.
      if (!open) {
        open = true;
        straight = false;
        inner = false;
        start = i;
      } else if (straight) {
        inner = true;  // '"He said “no” to me"'
      }
    } else if ((c == 0x201D || c == 0x00BB) && open && !straight) {
      quotes.push_back(Span{start, next});
      open = false;
    } else if (c == 0x201D && open && straight) {
      // '"You know, we learned a lot,” he said': the other way round.
      if (inner) {
        inner = false;
      } else {
        quotes.push_back(Span{start, next});
        open = false;
      }
    }
    i = next;
  }
  if (open) quotes.push_back(Span{start, text.size()});
  return quotes;
}

}  // namespace claimtrack
