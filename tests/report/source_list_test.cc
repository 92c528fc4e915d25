// Tests of the sources listing: counts, order, and both output forms.
#include "report/source_list.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "base/json.h"
#include "report_fixture.h"

namespace claimtrack {
namespace {

TEST_CASE("SummarizeSources counts claims and disputes per source", "[report]") {
  const ReportInput input = report_test::SyriaInput();
  std::vector<Claim> claims;
  for (const auto& [id, claim] : input.claims) claims.push_back(claim);
  Claim extra = claims[0];  // a claim of the Pentagon in no dispute
  extra.id = 6;
  extra.source = "Pentagon";
  extra.source_kind = "organization";
  claims.push_back(extra);
  Claim unsided = extra;
  unsided.id = 7;
  unsided.source = "Jeff Davis";
  unsided.source_kind = "";
  claims.push_back(unsided);

  const std::vector<SourceSummary> sources = SummarizeSources(claims, input.disputes, input.sides);
  REQUIRE(sources.size() == 5);
  // Most disputes first, then most claims, then name.
  CHECK(sources[0].name == "Russian Defense Ministry");
  CHECK(sources[0].claims == 2);
  CHECK(sources[0].disputes == 2);
  CHECK(sources[0].side == "Russia");
  CHECK(sources[0].kind == "organization");
  CHECK(sources[1].name == "Pentagon");
  CHECK(sources[1].claims == 2);
  CHECK(sources[1].disputes == 1);
  CHECK(sources[2].name == "John Dorrian");
  CHECK(sources[3].name == "United States");
  CHECK(sources[4].name == "Jeff Davis");
  CHECK(sources[4].disputes == 0);
  CHECK(sources[4].side.empty());

  std::ostringstream text;
  WriteSourcesText(sources, text);
  CHECK(text.str() ==
        "CLAIMS  DISPUTES  SIDE           KIND          SOURCE\n"
        "     2         2  Russia         organization  Russian Defense Ministry\n"
        "     2         1  United States  organization  Pentagon\n"
        "     1         1  United States  person        John Dorrian\n"
        "     1         1  United States  organization  United States\n"
        "     1         0  -              -             Jeff Davis\n");

  std::ostringstream jsonl;
  WriteSourcesJsonl(sources, jsonl);
  std::istringstream lines(jsonl.str());
  std::string line;
  REQUIRE(std::getline(lines, line));
  CHECK(line ==
        "{\"source\":\"Russian Defense Ministry\",\"side\":\"Russia\",\"kind\":\"organization\","
        "\"claims\":2,\"disputes\":2,\"aliases\":[]}");
  std::size_t count = 1;
  while (std::getline(lines, line)) {
    JsonValue value;
    CHECK(ParseJson(line, &value).ok());
    ++count;
  }
  CHECK(count == 5);
}

}  // namespace
}  // namespace claimtrack
