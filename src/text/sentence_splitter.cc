// SentenceSplitter: ICU sentence breaks, filtered by abbreviations.
#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <functional>

#include "base/eight_bytes.h"
#include "base/sixteen_bytes.h"
#include "base/word_list.h"

namespace claimtrack {

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  std::unordered_set<std::string> abbreviations;
  // The text of the last Split as UTF-16, and where its UTF-16 indexes and
  // byte offsets part (see Split); kept from call to call so that they are
  // seldom allocated.
  struct Shift {
    int32_t index;        // a UTF-16 index just after a non-ASCII character
    int32_t bytes_ahead;  // byte offset minus UTF-16 index from there on
  };
  std::vector<UChar> units;
  std::vector<Shift> shifts;
};

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSplitter::~SentenceSplitter() = default;

Status SentenceSplitter::Create(const std::vector<std::string>& abbreviations,
                                std::unique_ptr<SentenceSplitter>* out) {
  UErrorCode status = U_ZERO_ERROR;
  auto impl = std::make_unique<Impl>();
  impl->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || !impl->iterator) {
    return Status::Error(std::string("ICU: cannot create a sentence iterator: ") +
                         u_errorName(status));
  }
  impl->abbreviations.insert(abbreviations.begin(), abbreviations.end());
  out->reset(new SentenceSplitter(std::move(impl)));
  return Status::Ok();
}

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// Bytes of U+00A0 NO-BREAK SPACE, common in scraped news text.
bool IsNoBreakSpaceAt(std::string_view text, std::size_t i) {
  return i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
         static_cast<unsigned char>(text[i + 1]) == 0xA0;
}

}  // namespace

// Words that open sentences but never follow a title or an abbreviation
// inside one: "the U.N. The talks" ends a sentence, "the U.N. envoy" does not.
bool OpensSentence(std::string_view text, std::size_t at) {
  // Looked up by first byte and length (WordList), as every break ICU finds asks.
  static constexpr WordList<35> kOpeners(
      {"The",   "A",      "An",  "It",  "He",    "She",     "They",  "We",       "I",
       "But",   "And",    "In",  "On",  "At",    "This",    "That",  "These",    "Those",
       "There", "Its",    "His", "Her", "Their", "However", "If",    "When",     "While",
       "After", "Before", "As",  "For", "So",    "Yet",     "Still", "Meanwhile"});
  std::size_t end = at;
  while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') ||
                               (text[end] >= 'A' && text[end] <= 'Z'))) {
    ++end;
  }
  return kOpeners.Contains(text.substr(at, end - at));
}

bool SentenceSplitter::IsAbbreviationBefore(std::string_view text, std::size_t end) const {
  if (OpensSentence(text, end)) return false;
  // ICU puts the break after trailing spaces: step back over them. A newline
  // there is a paragraph break, which always ends a sentence.
  std::size_t i = end;
  while (i > 0 && IsSpace(text[i - 1])) {
    if (text[i - 1] == '\n' || text[i - 1] == '\r') return false;
    --i;
  }
  if (i == 0 || text[i - 1] != '.') return false;
  std::size_t start = i;
  // Abbreviations are ASCII: a multi-byte character before one (“Gen.) ends it.
  while (start > 0 && !IsSpace(text[start - 1]) && text[start - 1] != '(' &&
         text[start - 1] != '"' && static_cast<unsigned char>(text[start - 1]) < 0x80) {
    --start;
  }
  std::string_view word = text.substr(start, i - start);
  if (word.size() == 2 && IsUpperAscii(word[0])) return true;  // an initial: "L."
  // Initials run together: "G.K. Butterfield", "J.R.R. Tolkien".
  bool initials = word.size() >= 4 && word.size() % 2 == 0;
  for (std::size_t k = 0; k < word.size() && initials; k += 2) {
    initials = IsUpperAscii(word[k]) && word[k + 1] == '.';
  }
  if (initials) return true;
  return impl_->abbreviations.count(std::string(word)) > 0;
}

namespace {

// '“... nothing about.” ― Pamela Padilla': a dash and a short name after a
// closing quotation mark, on the same line, sign the quotation and stay in its
// sentence.
bool SignatureAt(std::string_view text, std::size_t end) {
  std::size_t i = end;
  // Spaces, tabs and no-break spaces ('.”\u00a0― Karen Bobadilla').
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' ||
                   (i >= 2 && IsNoBreakSpaceAt(text, i - 2)))) {
    i -= text[i - 1] == ' ' || text[i - 1] == '\t' ? 1 : 2;
  }
  bool closing = (i >= 1 && text[i - 1] == '"') || (i >= 3 && text.substr(i - 3, 3) == "”");
  if (!closing) return false;
  std::size_t j = end;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || IsNoBreakSpaceAt(text, j))) {
    j += text[j] == ' ' || text[j] == '\t' ? 1 : 2;
  }
  std::string_view rest = text.substr(j);
  bool dash = rest.rfind("―", 0) == 0 || rest.rfind("—", 0) == 0 || rest.rfind("–", 0) == 0;
  if (!dash) return false;
  std::size_t line_end = rest.find('\n');
  std::string_view line = rest.substr(0, line_end);
  // "― Karen Bobadilla.": the signature's own final period.
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  if (!line.empty() && line.back() == '.') line.remove_suffix(1);
  // "― Edwin G. Monroy", "― Julie A. Diaz Martinez": an initial's period is
  // part of the name.
  for (std::size_t p = line.find('.'); p != std::string_view::npos; p = line.find('.', p + 1)) {
    bool initial = p >= 1 && IsUpperAscii(line[p - 1]) && (p == 1 || line[p - 2] == ' ' || line[p - 2] == '.');
    if (!initial) return false;
  }
  return line.size() <= 80 && line.find_first_of("?!\"") == std::string_view::npos &&
         line.find("“") == std::string_view::npos;
}

// '“You winning?” she said.' and '“How many times?” Clinton said.': a
// question or exclamation (or, more strictly, a period) closing a quotation,
// followed on the same line by
// a short attribution, is one sentence with it. Followed by a lowercase word,
// or by at most ten words that start with a name or a personal pronoun, have a
// lowercase word and no quotation mark, up to the next sentence end.
// `abbreviation_before(i)` tells whether the period before i ends an
// abbreviation ("Mrs. Clinton asked.").
bool AttributionAfterQuotationAt(std::string_view text, std::size_t end,
                                const std::function<bool(std::size_t)>& abbreviation_before) {
  std::size_t i = end;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  std::size_t mark = i;
  if (mark >= 2 && text[mark - 1] == '\'' && text[mark - 2] == '\'') {
    mark -= 2;  // '' as some newsrooms write ”
  } else if (mark >= 1 && (text[mark - 1] == '"' || text[mark - 1] == '\'')) {
    --mark;
  } else if (mark >= 3 && (text.substr(mark - 3, 3) == "”" || text.substr(mark - 3, 3) == "’" ||
                           text.substr(mark - 3, 3) == "“")) {
    mark -= 3;  // (“ written the wrong way round: '“That?“ he asked.')
  } else {
    return false;
  }
  // '“... ‘What can I do?’” Weaver said.': a quotation inside the
  // quotation closes at the same place.
  while (mark >= 3 && text.substr(mark - 3, 3) == "’") mark -= 3;
  while (mark >= 1 && text[mark - 1] == '\'') --mark;
  if (mark == 0) return false;
  // '“I hope you find them.” Trump said.': a statement's period inside the
  // quotation, where a comma belongs. Stricter: only a name or pronoun and
  // its verb, at most four words, the verb last.
  bool period = text[mark - 1] == '.' && !abbreviation_before(mark);
  if (!period && text[mark - 1] != '?' && text[mark - 1] != '!') return false;
  std::size_t j = end;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
  if (j >= text.size()) return false;
  if (text[j] >= 'a' && text[j] <= 'z') return !period;
  if (!(text[j] >= 'A' && text[j] <= 'Z')) return false;
  static constexpr std::string_view kPronouns[] = {"He", "She", "They", "We", "I"};
  bool pronoun = false;
  for (std::string_view p : kPronouns) {
    pronoun = pronoun || (text.substr(j, p.size()) == p && j + p.size() < text.size() &&
                          text[j + p.size()] == ' ');
  }
  if (OpensSentence(text, j) && !pronoun) return false;
  // The next sentence end, line end or double quotation mark. (Not
  // find_first_of with "“”": it would stop at any byte of their UTF-8, which
  // the apostrophe of "Tuesday’s" shares.)
  auto next_stop = [&](std::size_t from) {
    for (std::size_t k = from; k < text.size(); ++k) {
      const char c = text[k];
      if (c == '.' || c == '?' || c == '!' || c == '\n' || c == '\r' || c == '"') return k;
      if (text.substr(k, 3) == "“" || text.substr(k, 3) == "”") return k;
    }
    return std::string_view::npos;
  };
  std::size_t stop = next_stop(j);
  while (stop != std::string_view::npos && text[stop] == '.' && abbreviation_before(stop + 1)) {
    stop = next_stop(stop + 1);
  }
  if (stop == std::string_view::npos || text[stop] != '.') return false;
  int words = 0;
  int lowercase = 0;
  bool last_lowercase = false;
  for (std::size_t k = j; k < stop; ++k) {
    if (k == j || text[k - 1] == ' ') {
      ++words;
      last_lowercase = text[k] >= 'a' && text[k] <= 'z';
      lowercase += last_lowercase;
    }
  }
  if (period) return words <= 4 && lowercase == 1 && last_lowercase;
  return words <= 10 && lowercase > 0;
}

}  // namespace

std::vector<Span> SentenceSplitter::Split(std::string_view text) const {
  std::vector<Span> sentences;
  if (text.empty()) return sentences;
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) return {Span{0, text.size()}};
  // ICU reads UTF-16 in place, where its UTF-8 UText converts the text a
  // chunk of 32 code units at a time and maps every index back (a third of
  // ICU's time). The text is converted here once, as that UText converts it
  // (U8_NEXT_OR_FFFD: an invalid sequence is one U+FFFD), and each break is
  // mapped back to the byte where its code point starts, which is the native
  // index the UTF-8 UText gave. A UTF-16 index and its byte offset differ by
  // an amount that changes only after a non-ASCII character: `shifts` holds
  // (UTF-16 index after such a character, byte offset minus UTF-16 index from
  // there on).
  std::vector<UChar>& units = impl_->units;
  std::vector<Impl::Shift>& shifts = impl_->shifts;
  shifts.clear();
  if (units.size() < text.size()) units.resize(text.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  UChar* out = units.data();
  int32_t n = 0;
  int32_t i = 0;
  while (i < length) {
    // Runs of ASCII, the most of any news text, sixteen bytes at a time
    // (widened at once: __builtin_convertvector, GCC's and clang's), then
    // eight.
    while (i + 16 <= length) {
      using Units16 = std::uint16_t __attribute__((vector_size(32)));
      if (eight_bytes::NonAscii(eight_bytes::Load(bytes + i) | eight_bytes::Load(bytes + i + 8))) {
        break;
      }
      const Units16 widened = __builtin_convertvector(sixteen_bytes::Load(bytes + i), Units16);
      std::memcpy(out + n, &widened, sizeof widened);
      i += 16;
      n += 16;
    }
    while (i + 8 <= length) {
      if (eight_bytes::NonAscii(eight_bytes::Load(bytes + i))) break;
      for (int k = 0; k < 8; ++k) out[n + k] = bytes[i + k];
      i += 8;
      n += 8;
    }
    if (i >= length) break;
    if (bytes[i] < 0x80) {
      out[n++] = bytes[i++];
      continue;
    }
    UChar32 c;
    U8_NEXT_OR_FFFD(bytes, i, length, c);
    if (U_IS_BMP(c)) {
      out[n++] = static_cast<UChar>(c);
    } else {
      out[n++] = U16_LEAD(c);
      out[n++] = U16_TRAIL(c);
    }
    shifts.push_back(Impl::Shift{n, i - n});
  }
  std::size_t shift = 0;  // shifts[shift - 1] applies to the next break
  auto byte_offset = [&](int32_t index) {
    while (shift < shifts.size() && shifts[shift].index <= index) ++shift;
    return static_cast<std::size_t>(index + (shift > 0 ? shifts[shift - 1].bytes_ahead : 0));
  };
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUChars(nullptr, units.data(), n, &status);
  if (U_FAILURE(status)) return {Span{0, text.size()}};
  icu::BreakIterator& it = *impl_->iterator;
  it.setText(utext, status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    return {Span{0, text.size()}};
  }
  auto add = [&](std::size_t begin, std::size_t end) {
    while (begin < end && (IsSpace(text[begin]) || IsNoBreakSpaceAt(text, begin))) {
      begin += IsSpace(text[begin]) ? 1 : 2;
    }
    while (end > begin && IsSpace(text[end - 1])) --end;
    if (end > begin) sentences.push_back(Span{begin, end});
  };
  auto abbreviation_before = [&](std::size_t i) { return IsAbbreviationBefore(text, i); };
  std::size_t start = 0;
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; end = it.next()) {
    std::size_t e = byte_offset(end);
    // '“Do you want that?“ he asked.': an opening mark written where the
    // closing one belongs, after the question, which ICU puts in the next
    // sentence. It closes the quotation (as the tokenizer reads it too).
    if (e >= 1 && e + 3 < text.size() && text.substr(e, 3) == "“" && IsSpace(text[e + 3]) &&
        (text[e - 1] == '?' || text[e - 1] == '!' || text[e - 1] == '.' || text[e - 1] == ',')) {
      e += 3;
    }
    if (e < text.size() && (IsAbbreviationBefore(text, e) || SignatureAt(text, e) ||
                            AttributionAfterQuotationAt(text, e, abbreviation_before))) {
      continue;
    }
    add(start, e);
    start = e;
  }
  if (start < text.size()) add(start, text.size());
  utext_close(utext);
  return sentences;
}

}  // namespace claimtrack
