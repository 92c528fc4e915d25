// Tests of the timeline: times of day as news writes them, the order of the
// claims, and the one-line text form.
#include "report/timeline.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "report_fixture.h"

namespace claimtrack {
namespace {

using report_test::SyriaInput;

TEST_CASE("MinutesOfDay reads the times news articles write", "[report]") {
  const std::pair<std::string_view, int> cases[] = {
      {"9:30 p.m.", 21 * 60 + 30},
      {"8 p.m.", 20 * 60},
      {"11 a.m.", 11 * 60},
      {"12:40 p.m.", 12 * 60 + 40},
      {"12 a.m.", 0},
      {"12:05 AM", 5},
      {"9.30pm", 21 * 60 + 30},
      {"noon", 12 * 60},
      {"Midnight", 0},
      {"21:30", 21 * 60 + 30},
      {"07:05", 7 * 60 + 5},
      {"", -1},
      {"13 p.m.", -1},
      {"9:3 p.m.", -1},
      {"25:00", -1},
      {"9:60", -1},
      {"soon", -1},
      {"9:30 p.m. local", -1},
  };
  for (const auto& [time, minutes] : cases) {
    INFO(time);
    CHECK(MinutesOfDay(time) == minutes);
  }
}

TEST_CASE("BuildTimeline orders claims by date, time of day, then position", "[report]") {
  ReportInput input = SyriaInput();
  // Claims 1, 2: 9:30 p.m.; 3, 4, 5: 8:30 p.m.; all on 2017-01-23.
  input.claims.at(4).time = "";            // no time: after the timed ones of its date
  input.claims.at(2).date = "2017-01-22";  // earlier date first, whatever the time
  input.claims.at(1).date = "";
  input.articles.begin()->second.date = "";  // no date at all: last
  std::vector<std::int64_t> order;
  for (const TimelineEntry& entry : BuildTimeline(input)) order.push_back(entry.claim->id);
  // 3 and 5 at 8:30 p.m. by position in the text (3 comes first).
  CHECK(order == std::vector<std::int64_t>{2, 3, 5, 4, 1});
}

TEST_CASE("BuildTimeline lists a claim once with every dispute naming it", "[report]") {
  ReportInput input = SyriaInput();
  input.disputes[1].members.push_back({2, DisputeRole::kCounter});
  input.disputes[1].members.push_back({42, DisputeRole::kCounter});  // not in the input
  const std::vector<TimelineEntry> entries = BuildTimeline(input);
  REQUIRE(entries.size() == 5);
  for (const TimelineEntry& entry : entries) {
    INFO(entry.claim->id);
    if (entry.claim->id == 2) {
      CHECK(entry.disputes == std::vector<std::int64_t>{1, 2});
      CHECK(entry.role == DisputeRole::kCounter);
    } else {
      CHECK(entry.disputes.size() == 1);
    }
  }
}

TEST_CASE("WriteTimelineText prints one aligned line per claim", "[report]") {
  ReportInput input = SyriaInput();
  input.claims.at(5).content = "it has no\ncoordination\x1B[2J";
  input.claims.at(4).date = "";
  input.articles.begin()->second.date = "";
  std::ostringstream out;
  WriteTimelineText(input, out);
  CHECK(out.str() ==
        "2017-01-23 8:30 p.m. | John Dorrian (United States) | labeled | the Russian claim as "
        "propaganda\n"
        "2017-01-23 8:30 p.m. | United States (United States) | has insisted | it has no "
        "coordination [2J\n"
        "2017-01-23 9:30 p.m. | Russian Defense Ministry (Russia) | announced | it had carried "
        "out a joint airstrike mission with U.S.-led coalition warplanes against IS in Syria\n"
        "2017-01-23 9:30 p.m. | Pentagon (United States) | denied | That claim\n"
        "no date 8:30 p.m.    | Russian Defense Ministry (Russia) | said | its forces in Syria "
        "had received coordinates of IS targets near al-Bab on Sunday “from the U.S. side via "
        "hotline with the international coalition headquarters.”\n");
}

}  // namespace
}  // namespace claimtrack
