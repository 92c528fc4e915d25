// Tests for the calendar helpers: ISO dates, weekdays resolved against an
// article's date ("said Monday"), and month and weekday names as news text
// writes them.
#include "base/civil_date.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace claimtrack {
namespace {

TEST_CASE("ISO dates round-trip and invalid ones are refused", "[base]") {
  long days = 0;
  REQUIRE(ParseIsoDate("2017-01-24", &days));
  CHECK(FormatIsoDate(days) == "2017-01-24");
  CHECK(WeekdayOf(days) == 1);  // a Tuesday
  CHECK_FALSE(ParseIsoDate("2017-02-30", &days));
  CHECK_FALSE(ParseIsoDate("24 January 2017", &days));
}

TEST_CASE("A weekday resolves to the latest such day on or before the article's date",
          "[base]") {
  // The article is dated Tuesday 2017-01-24.
  CHECK(ResolveWeekday("2017-01-24", WeekdayFromName("monday")) == "2017-01-23");
  CHECK(ResolveWeekday("2017-01-24", WeekdayFromName("tuesday")) == "2017-01-24");
  CHECK(ResolveWeekday("2017-01-24", WeekdayFromName("sunday")) == "2017-01-22");
  CHECK(ResolveWeekday("", WeekdayFromName("monday")).empty());
  CHECK(WeekdayFromName("mon") == -1);
}

TEST_CASE("Month names: full, abbreviated, with or without the period", "[base]") {
  CHECK(MonthFromName("january") == 1);
  CHECK(MonthFromName("sept.") == 9);
  CHECK(MonthFromName("sept") == 9);
  CHECK(MonthFromName("dec") == 12);
  CHECK(MonthFromName("monday") == 0);
  CHECK(MonthFromName("") == 0);
  // In running text an abbreviation without its period is more often a
  // name: "Jan Egeland", "DEC".
  CHECK(MonthFromWrittenDate("dec.") == 12);
  CHECK(MonthFromWrittenDate("may") == 5);
  CHECK(MonthFromWrittenDate("jan") == 0);
  CHECK(MonthFromWrittenDate("dec") == 0);
  CHECK(WeekdayNames().front().number == 1);
}

TEST_CASE("MonthFromName knows every name of MonthNames and no near miss", "[base]") {
  for (const NamedNumber& month : MonthNames()) {
    INFO(month.name);
    CHECK(MonthFromName(month.name) == month.number);
    CHECK(MonthFromName(std::string(month.name) + ".") == month.number);
  }
  for (std::string_view word : {"mayor", "ma", "junee", "decs", "januar", "j", ".", "octobers"}) {
    INFO(word);
    CHECK(MonthFromName(word) == 0);
  }
}

}  // namespace
}  // namespace claimtrack
