// Calendar dates as ISO strings ("2017-01-24"), for resolving "said Monday"
// against an article's date. Proleptic Gregorian calendar, no time zones.
#pragma once

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

// The latest date on or before `article_date` that falls on `weekday`: news
// writes "said Monday" for the most recent Monday, today included. Empty
// when the article date is unknown.
std::string ResolveWeekday(std::string_view article_date, int weekday);

}  // namespace claimtrack
