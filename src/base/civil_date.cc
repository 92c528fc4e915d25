// Civil-date arithmetic (days from civil, after Howard Hinnant's public-domain
// algorithms, written out here).
#include "base/civil_date.h"

#include <array>
#include <cstdio>

#include "base/word_list.h"

namespace claimtrack {

namespace {

long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void CivilFromDays(long z, long* y, unsigned* m, unsigned* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<long>(yoe) + era * 400 + (*m <= 2);
}

bool Digits(std::string_view s, long* value) {
  if (s.empty()) return false;
  *value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    *value = *value * 10 + (c - '0');
  }
  return true;
}

}  // namespace

bool ParseIsoDate(std::string_view iso, long* days) {
  long y, m, d;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !Digits(iso.substr(0, 4), &y) ||
      !Digits(iso.substr(5, 2), &m) || !Digits(iso.substr(8, 2), &d) || m < 1 || m > 12 ||
      d < 1 || d > 31) {
    return false;
  }
  *days = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  long yy;
  unsigned mm, dd;
  CivilFromDays(*days, &yy, &mm, &dd);
  return yy == y && mm == m && dd == d;  // rejects February 30
}

std::string FormatIsoDate(long days) {
  long y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04ld-%02u-%02u", y, m, d);
  return buffer;
}

int WeekdayOf(long days) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  long w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

int WeekdayFromName(std::string_view name) {
  static constexpr std::string_view kNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (name == kNames[i]) return i;
  }
  return -1;
}

namespace {

constexpr NamedNumber kMonths[] = {
    {"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1},    {"feb", 2},       {"mar", 3},
    {"apr", 4},       {"jun", 6},       {"jul", 7},    {"aug", 8},       {"sep", 9},
    {"sept", 9},      {"oct", 10},      {"nov", 11},   {"dec", 12},
};
constexpr std::size_t kMonthNameCount = sizeof kMonths / sizeof kMonths[0];

// The names of kMonths as a WordList: extraction asks MonthFromName of many
// words that name no month, and a WordList turns most of them away in a few
// instructions, where comparing with each of the 24 names cost some 240.
constexpr WordList<kMonthNameCount> MonthWords() {
  std::array<std::string_view, kMonthNameCount> names;
  for (std::size_t i = 0; i < kMonthNameCount; ++i) names[i] = kMonths[i].name;
  return WordList<kMonthNameCount>(names);
}
constexpr WordList<kMonthNameCount> kMonthWords = MonthWords();

}  // namespace

std::span<const NamedNumber> MonthNames() { return kMonths; }

std::span<const NamedNumber> WeekdayNames() {
  static constexpr NamedNumber kWeekdays[] = {
      {"monday", 1},   {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
      {"saturday", 6}, {"sunday", 7},  {"mon", 1},       {"tue", 2},      {"tues", 2},
      {"wed", 3},      {"thu", 4},     {"thur", 4},      {"thurs", 4},    {"fri", 5},
      {"sat", 6},      {"sun", 7},
  };
  return kWeekdays;
}

int MonthFromName(std::string_view name) {
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);
  if (!kMonthWords.Contains(name)) return 0;
  for (const NamedNumber& entry : MonthNames()) {
    if (entry.name == name) return entry.number;
  }
  return 0;
}

int MonthFromWrittenDate(std::string_view word) {
  int month = MonthFromName(word);
  if (month == 0) return 0;
  bool full = MonthNames()[static_cast<std::size_t>(month - 1)].name == word;
  return full || word.back() == '.' ? month : 0;
}

std::string ResolveWeekday(std::string_view article_date, int weekday) {
  long days;
  if (weekday < 0 || !ParseIsoDate(article_date, &days)) return "";
  int back = (WeekdayOf(days) - weekday + 7) % 7;
  return FormatIsoDate(days - back);
}

}  // namespace claimtrack
