// Article metadata: hand-written scanners for the dates and titles that news
// text carries in its first lines (see article_metadata.h). The patterns are
// few, and a scanner states its word-boundary rules plainly where a regex
// would hide them.
#include "ingest/article_metadata.h"

#include <cstdio>
#include <span>

#include "base/civil_date.h"
#include "text/encoding.h"

namespace claimtrack {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";  // common in pasted news text
constexpr std::size_t kMaxTitleBytes = 300;
// A date counts only on a short line such as "- Associated Press - Monday,
// January 23, 2017": a date inside a sentence ("to be released on March 25,
// 2016.") is what the article talks about, not when it was published.
constexpr int kMaxDatelineWords = 12;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ToLower(s[i]) != ToLower(prefix[i])) return false;
  }
  return true;
}

std::size_t SkipSpaces(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    if (IsSpace(s[pos])) {
      ++pos;
    } else if (s.substr(pos, kNoBreakSpace.size()) == kNoBreakSpace) {
      pos += kNoBreakSpace.size();
    } else {
      break;
    }
  }
  return pos;
}

std::string_view Trim(std::string_view s) {
  std::size_t start = SkipSpaces(s, 0);
  s.remove_prefix(start);
  while (!s.empty()) {
    if (IsSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with(kNoBreakSpace)) {
      s.remove_suffix(kNoBreakSpace.size());
    } else {
      break;
    }
  }
  return s;
}

// Words separated by spaces; punctuation such as "-" counts as a word.
// They are counted up to `limit` + 1 at most: a dateline is
// short, and a paragraph of body text (a whole line in jsonl corpora) need
// not be counted to the end to be told apart from one.
int CountWords(std::string_view line, int limit) {
  int words = 0;
  for (std::size_t pos = SkipSpaces(line, 0); pos < line.size(); pos = SkipSpaces(line, pos)) {
    if (++words > limit) break;
    while (pos < line.size() && !IsSpace(line[pos]) &&
           !line.substr(pos).starts_with(kNoBreakSpace)) {
      ++pos;
    }
  }
  return words;
}

// Matches one of `names` as a whole word at s[*pos]; on success sets *number
// and moves *pos past the word and an optional abbreviation period.
bool MatchName(std::string_view s, std::size_t* pos, std::span<const NamedNumber> names,
               int* number) {
  if (*pos > 0 && IsLetter(s[*pos - 1])) return false;
  for (const NamedNumber& entry : names) {
    std::size_t end = *pos + entry.name.size();
    if (!StartsWithIgnoreCase(s.substr(*pos), entry.name)) continue;
    if (end < s.size() && IsLetter(s[end])) continue;
    if (end < s.size() && s[end] == '.') ++end;
    *pos = end;
    *number = entry.number;
    return true;
  }
  return false;
}

// Skips an optional weekday ("Monday,", "Tue.") and the spaces after it.
std::size_t SkipWeekday(std::string_view s, std::size_t pos) {
  int weekday;
  std::size_t after = pos;
  if (!MatchName(s, &after, WeekdayNames(), &weekday)) return pos;
  if (after < s.size() && s[after] == ',') ++after;
  return SkipSpaces(s, after);
}

// Reads `min_digits` to `max_digits` digits not followed by another digit.
bool ReadNumber(std::string_view s, std::size_t* pos, int min_digits, int max_digits, int* value) {
  std::size_t i = *pos;
  *value = 0;
  while (i < s.size() && IsDigit(s[i])) {
    if (static_cast<int>(i - *pos) == max_digits) return false;
    *value = *value * 10 + (s[i] - '0');
    ++i;
  }
  if (static_cast<int>(i - *pos) < min_digits) return false;
  *pos = i;
  return true;
}

// "YYYY-MM-DD" when the date exists in the calendar, else empty.
std::string IsoDate(int year, int month, int day) {
  static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > kDaysInMonth[month - 1]) {
    return "";
  }
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// "January 24, 2017", "Jan. 24 2017" at s[pos]; sets *end past the year.
std::string MatchMonthDayYear(std::string_view s, std::size_t pos, std::size_t* end) {
  int month, day, year;
  if (!MatchName(s, &pos, MonthNames(), &month)) return "";
  pos = SkipSpaces(s, pos);
  if (!ReadNumber(s, &pos, 1, 2, &day)) return "";
  if (pos < s.size() && s[pos] == ',') ++pos;
  pos = SkipSpaces(s, pos);
  if (!ReadNumber(s, &pos, 4, 4, &year)) return "";
  *end = pos;
  return IsoDate(year, month, day);
}

// "24 January 2017", "24 Jan 2017" (RFC 2822 dates in feeds) at s[pos].
std::string MatchDayMonthYear(std::string_view s, std::size_t pos) {
  int month, day, year;
  if (!ReadNumber(s, &pos, 1, 2, &day)) return "";
  pos = SkipSpaces(s, pos);
  if (!MatchName(s, &pos, MonthNames(), &month)) return "";
  if (pos < s.size() && s[pos] == ',') ++pos;
  pos = SkipSpaces(s, pos);
  if (!ReadNumber(s, &pos, 4, 4, &year)) return "";
  return IsoDate(year, month, day);
}

// "2017-01-24" or "2017/01/24", optionally followed by a time.
std::string MatchNumericDate(std::string_view s) {
  std::size_t pos = 0;
  int year, month, day;
  if (!ReadNumber(s, &pos, 4, 4, &year)) return "";
  if (pos >= s.size() || (s[pos] != '-' && s[pos] != '/')) return "";
  char separator = s[pos++];
  if (!ReadNumber(s, &pos, 1, 2, &month)) return "";
  if (pos >= s.size() || s[pos] != separator) return "";
  ++pos;
  if (!ReadNumber(s, &pos, 1, 2, &day)) return "";
  return IsoDate(year, month, day);
}

// Calls `visit` with each line of `text` that is not blank, trimmed, until it
// returns true. Lines end with LF, CRLF or a lone CR (old Mac files, and some
// scrapers): a CR-only file is not one long line.
template <typename Visit>
void ForEachNonBlankLine(std::string_view text, Visit visit) {
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = LineEnd(text, pos);
    std::string_view line = Trim(text.substr(pos, eol - pos));
    pos = eol + 1;
    if (eol + 1 < text.size() && text[eol] == '\r' && text[eol + 1] == '\n') ++pos;
    if (!line.empty() && visit(line)) return;
  }
}

// "January 24, 2017" or "Monday, January 23, 2017" with nothing else but
// punctuation.
bool IsDateOnly(std::string_view line) {
  std::size_t end = 0;
  if (MatchMonthDayYear(line, SkipWeekday(line, 0), &end).empty()) return false;
  for (; end < line.size(); ++end) {
    if (IsLetter(line[end]) || IsDigit(line[end])) return false;
  }
  return true;
}

// "- Associated Press - Monday, January 23, 2017", "By Philip Issa / AP",
// or a line holding only a date.
bool IsBylineOrDateline(std::string_view line) {
  if (line.starts_with("- ") || line.starts_with("\xE2\x80\x94 ") ||  // em dash
      line.starts_with("\xE2\x80\x93 ")) {                            // en dash
    return true;
  }
  if (line.starts_with("By ") && line.size() > 3 && IsUpper(line[3])) return true;
  return IsDateOnly(line);
}

// "... on Monday. (AP Photo/Sergei Grits)" or "PHOTO: ...".
bool IsPhotoCaption(std::string_view line) {
  if (StartsWithIgnoreCase(line, "photo:")) return true;
  if (!line.ends_with(')')) return false;
  std::size_t open = line.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view credit = line.substr(open + 1);
  return StartsWithIgnoreCase(credit, "AP Photo") || StartsWithIgnoreCase(credit, "Photo");
}

// The article body's opening dateline, "BEIRUT (AP) - The latest ...": the
// title, if any, comes before it, so the search stops here rather than taking
// the first paragraph as a title.
bool StartsBody(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (IsUpper(line[i]) || line[i] == ' ' || line[i] == ',' ||
                             line[i] == '.' || line[i] == '\'')) {
    ++i;
  }
  if (i < 2 || i >= line.size() || line[i] != '(') return false;
  std::size_t close = line.find(')', i);
  if (close == std::string_view::npos || close - i > 20) return false;
  std::string_view rest = line.substr(close + 1);
  return rest.starts_with(" - ") || rest.starts_with(" \xE2\x80\x94") ||
         rest.starts_with(" \xE2\x80\x93");
}

}  // namespace

std::string FindArticleDate(std::string_view text, int max_lines) {
  std::string date;
  int seen = 0;
  ForEachNonBlankLine(text, [&](std::string_view line) {
    if (++seen > max_lines) return true;
    if (CountWords(line, kMaxDatelineWords) > kMaxDatelineWords) return false;
    // "— Name (@handle) December 23, 2014" closes an embedded tweet.
    if (line.find("(@") != std::string_view::npos) return false;
    for (std::size_t pos = 0; pos < line.size(); ++pos) {
      if (!IsLetter(line[pos])) continue;
      std::size_t end;
      date = MatchMonthDayYear(line, pos, &end);
      if (!date.empty()) return true;
    }
    return false;
  });
  return date;
}

std::string FindArticleTitle(std::string_view text) {
  std::string_view title;
  ForEachNonBlankLine(text, [&](std::string_view line) {
    if (StartsBody(line)) return true;
    if (IsBylineOrDateline(line) || IsPhotoCaption(line)) return false;
    title = line;
    return true;
  });
  if (title.size() > kMaxTitleBytes) {
    std::size_t cut = kMaxTitleBytes;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
    title = Trim(title.substr(0, cut));
  }
  return std::string(title);
}

std::string NormalizeDate(std::string_view date) {
  date = Trim(date);
  if (date.empty()) return "";
  if (IsDigit(date[0])) {
    std::string iso = MatchNumericDate(date);
    return iso.empty() ? MatchDayMonthYear(date, 0) : iso;
  }
  std::size_t pos = SkipWeekday(date, 0);
  if (pos < date.size() && IsDigit(date[pos])) return MatchDayMonthYear(date, pos);
  std::size_t end;
  return MatchMonthDayYear(date, pos, &end);
}

}  // namespace claimtrack
