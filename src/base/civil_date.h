// Calendar dates as ISO strings ("2017-01-24"), for resolving "said Monday"
// against an article's date. Proleptic Gregorian calendar, no time zones.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace claimtrack {

// Days since 1970-01-01 of an ISO date; false when `iso` is not YYYY-MM-DD
// with a valid month and day.
bool ParseIsoDate(std::string_view iso, long* days);
std::string FormatIsoDate(long days);

// 0 = Monday ... 6 = Sunday.
int WeekdayOf(long days);
// The weekday named by a lowercase English word ("monday"), or -1.
int WeekdayFromName(std::string_view lower_name);

// A name and the number it stands for.
struct NamedNumber {
  std::string_view name;  // lowercase, without a final period
  int number;
};
// Month names as news writes them, numbered 1-12: full names, AP-style
// abbreviations ("jan", "sept") and the other three-letter forms seen in
// feeds. Abbreviations are listed without their period.
std::span<const NamedNumber> MonthNames();
// Weekday names and their abbreviations ("tue", "thurs"), Monday = 1.
std::span<const NamedNumber> WeekdayNames();
// The month (1-12) named by a lowercase word, full or abbreviated, with or
// without its period ("january", "jan.", "sept"); 0 for any other word.
int MonthFromName(std::string_view lower_name);
// The same, but an abbreviation only with its period ("dec.", not "dec"):
// in running text "Jan" and "DEC" are more often a name than a month.
int MonthFromWrittenDate(std::string_view lower_word);

// The latest date on or before `article_date` that falls on `weekday`: news
// writes "said Monday" for the most recent Monday, today included. Empty
// when the article date is unknown.
std::string ResolveWeekday(std::string_view article_date, int weekday);

}  // namespace claimtrack
