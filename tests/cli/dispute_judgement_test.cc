// Every dispute the sample report shows has been read by a person and judged
// in tests/data/seeds_disputes_judged.jsonl: real or not, and why. This test
// runs the real program on tests/data/seeds and checks that each reported
// dispute is one of the judged ones (a new dispute must be read and judged
// before it may appear), that at least 90% of the reported disputes are
// judged real, and that the disputes a reader requires are all there.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/json.h"
#include "run_binary.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

struct ClaimKey {
  std::string doc;
  std::string content;  // the start of the claim's content
};

struct Judged {
  std::string name;
  bool required = false;
  bool real = false;
  ClaimKey claim;    // a claim of the dispute ("claim" role)
  ClaimKey counter;  // a claim disputing it ("counter" role)
  int reported = 0;  // how many reported disputes it matches
};

std::vector<Judged> ReadJudgements() {
  std::ifstream in(fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds_disputes_judged.jsonl");
  REQUIRE(in);
  std::vector<Judged> judged;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    JsonValue value;
    Status status = ParseJson(line, &value);
    INFO(line << "\n" << status.message());
    REQUIRE(status.ok());
    Judged j;
    j.name = value.GetString("name");
    j.required = value.Find("required") && value.Find("required")->as_bool();
    j.real = value.Find("real") && value.Find("real")->as_bool();
    REQUIRE(value.Find("claim"));
    REQUIRE(value.Find("counter"));
    j.claim = {value.Find("claim")->GetString("doc"), value.Find("claim")->GetString("content")};
    j.counter = {value.Find("counter")->GetString("doc"), value.Find("counter")->GetString("content")};
    REQUIRE_FALSE(value.GetString("why").empty());
    judged.push_back(j);
  }
  return judged;
}

bool HasMember(const JsonValue& dispute, const std::string& role, const ClaimKey& key) {
  for (const JsonValue& claim : dispute.Find("claims")->as_array()) {
    if (claim.GetString("role_in_dispute") == role && claim.GetString("doc") == key.doc &&
        claim.GetString("content").rfind(key.content, 0) == 0) {
      return true;
    }
  }
  return false;
}

TEST_CASE("every dispute reported on the samples is judged, and 90% are real", "[cli][e2e]") {
  std::vector<Judged> judged = ReadJudgements();
  TempDir dir;
  const std::string db = dir.File("claims.sqlite");
  const std::string seeds = (fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds").string();
  REQUIRE(RunClaimtrack({"ingest", "--db", db, seeds}).exit_code == 0);
  REQUIRE(RunClaimtrack({"match", "--db", db}).exit_code == 0);
  ProcessResult report = RunClaimtrack({"report", "--db", db, "--format", "json"});
  REQUIRE(report.exit_code == 0);
  JsonValue value;
  REQUIRE(ParseJson(report.out, &value).ok());
  const std::vector<JsonValue>& disputes = value.Find("disputes")->as_array();
  REQUIRE_FALSE(disputes.empty());

  int real = 0;
  for (const JsonValue& dispute : disputes) {
    Judged* match = nullptr;
    for (Judged& j : judged) {
      if (HasMember(dispute, "claim", j.claim) && HasMember(dispute, "counter", j.counter)) {
        match = &j;
      }
    }
    INFO("dispute #" << dispute.GetString("id") << " (" << dispute.GetString("rule") << ", topic "
                     << dispute.GetString("topic") << ") is not judged: read it and add it to "
                     << "tests/data/seeds_disputes_judged.jsonl");
    REQUIRE(match != nullptr);
    ++match->reported;
    real += match->real ? 1 : 0;
  }
  for (const Judged& j : judged) {
    INFO(j.name);
    CHECK(j.reported <= 1);  // one dispute each: several articles' copies are merged
    if (j.required) CHECK(j.reported == 1);
  }
  CHECK(real * 10 >= static_cast<int>(disputes.size()) * 9);
}

}  // namespace
}  // namespace claimtrack::test
