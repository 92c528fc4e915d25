// Tests of DisputeFilter on the hand-built Syria input (report_fixture.h):
// dispute 1 "joint mission" (Russian Defense Ministry; Pentagon, Dorrian) at
// 0.85 and dispute 2 "coordinates targets" (Russian Defense Ministry; United
// States) at 0.6, every claim of 2017-01-23 in one article.
#include "report/dispute_filter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "report_fixture.h"

namespace claimtrack {
namespace {

using report_test::SyriaInput;

std::vector<std::int64_t> Kept(const DisputeFilter& filter, ReportInput input = SyriaInput()) {
  REQUIRE(filter.Check().ok());
  filter.Apply(&input);
  std::vector<std::int64_t> ids;
  for (const Dispute& dispute : input.disputes) ids.push_back(dispute.id);
  return ids;
}

TEST_CASE("DisputeFilter keeps disputes with a member matching every claim filter", "[report]") {
  using Ids = std::vector<std::int64_t>;
  struct Case {
    const char* name;
    DisputeFilter filter;
    Ids kept;
  };
  auto with = [](auto set) {
    DisputeFilter filter;
    set(filter);
    return filter;
  };
  const Case cases[] = {
      {"nothing set", DisputeFilter{}, {1, 2}},
      {"source, any case", with([](DisputeFilter& f) { f.sources = {"dorrian"}; }), {1}},
      {"source substring", with([](DisputeFilter& f) { f.sources = {"Defense"}; }), {1, 2}},
      {"sources, any of them",
       with([](DisputeFilter& f) {
         f.sources = {"Pentagon", "United States"};
       }),
       {1, 2}},
      {"side", with([](DisputeFilter& f) { f.sides = {"russia"}; }), {1, 2}},
      {"side is a whole name", with([](DisputeFilter& f) { f.sides = {"Russ"}; }), {}},
      {"source and side on one claim",
       with([](DisputeFilter& f) {
         f.sources = {"Pentagon"};
         f.sides = {"Russia"};
       }),
       {}},
      {"doc", with([](DisputeFilter& f) { f.docs = {std::string(report_test::kDoc)}; }), {1, 2}},
      {"other doc", with([](DisputeFilter& f) { f.docs = {"001_4fcf9552b6ef5c08.txt"}; }), {}},
      {"since the day", with([](DisputeFilter& f) { f.since = "2017-01-23"; }), {1, 2}},
      {"since the next day", with([](DisputeFilter& f) { f.since = "2017-01-24"; }), {}},
      {"until the day before", with([](DisputeFilter& f) { f.until = "2017-01-22"; }), {}},
      {"within",
       with([](DisputeFilter& f) {
         f.since = "2017-01-01";
         f.until = "2017-01-31";
       }),
       {1, 2}},
      {"topic, any case", with([](DisputeFilter& f) { f.topic = "COORD"; }), {2}},
      {"topic and source",
       with([](DisputeFilter& f) {
         f.topic = "joint";
         f.sources = {"United States"};
       }),
       {}},
      {"min score", with([](DisputeFilter& f) { f.min_score = 0.7; }), {1}},
      {"SQL text is only text", with([](DisputeFilter& f) { f.sources = {"x' OR '1'='1"}; }), {}},
      {"quotes are only text", with([](DisputeFilter& f) { f.topic = "\"joint\""; }), {}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Kept(c.filter) == c.kept);
  }
}

TEST_CASE("DisputeFilter dates fall back to the article's and skip unknown ones", "[report]") {
  ReportInput input = SyriaInput();
  for (auto& [id, claim] : input.claims) claim.date.clear();
  DisputeFilter filter;
  filter.since = "2017-01-23";
  CHECK(Kept(filter, input) == std::vector<std::int64_t>{1, 2});  // the article's date
  input.articles.begin()->second.date.clear();
  CHECK(Kept(filter, input).empty());  // unknown: not within any bounds
  input.claims.at(5).date = "2017-02-01";
  CHECK(Kept(filter, input) == std::vector<std::int64_t>{2});
}

TEST_CASE("DisputeFilter matches a file's posts by the file name", "[report]") {
  ReportInput input = SyriaInput();
  input.claims.at(5).doc = "004_1108e0ff0e0d6043.txt#3";
  DisputeFilter filter;
  filter.docs = {"004_1108e0ff0e0d6043.txt"};
  CHECK(Kept(filter, input) == std::vector<std::int64_t>{2});
  filter.docs = {"004_1108e0ff0e0d6043.txt#2"};
  CHECK(Kept(filter, input).empty());
}

TEST_CASE("DisputeFilter::Check names the flag of a bad value", "[report]") {
  struct Case {
    std::string since, until;
    double min_score;
    std::string message;
  };
  const Case cases[] = {
      {"2017-13-01", "", 0, "--since: '2017-13-01' is not a date (expected YYYY-MM-DD)"},
      {"", "Jan 5", 0, "--until: 'Jan 5' is not a date (expected YYYY-MM-DD)"},
      {"2017-02-01", "2017-01-01", 0, "--since 2017-02-01 is after --until 2017-01-01"},
      {"", "", 1.5, "--min-score: 1.500000 is not within 0 to 1"},
      {"", "", -0.1, "--min-score: -0.100000 is not within 0 to 1"},
      {"2017-01-01", "2017-01-01", 1, ""},
  };
  for (const Case& c : cases) {
    DisputeFilter filter;
    filter.since = c.since;
    filter.until = c.until;
    filter.min_score = c.min_score;
    INFO(c.since << " " << c.until << " " << c.min_score);
    CHECK(filter.Check().message() == c.message);
    CHECK(filter.Check().ok() == c.message.empty());
  }
}

}  // namespace
}  // namespace claimtrack
