// `claimtrack rules check` and `rules explain`, and rule folders given with
// --rules, run on the real binary: mistakes are reported file:line, a user's
// folder extends the built-in one, and an added topic or alias changes what
// `match` finds without recompiling.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/json.h"
#include "run_binary.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;
const fs::path kRules = CLAIMTRACK_SOURCE_RULES_DIR;
const fs::path kSeeds = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds";

// A copy of the built-in rules in `dir`/rules; returns its path.
std::string CopyRules(const TempDir& dir) {
  fs::path copy = dir.path() / "rules";
  fs::copy(kRules, copy, fs::copy_options::recursive);
  return copy.string();
}

void Append(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::app) << text;
}

int CountLines(const std::string& text, const std::string& needle) {
  int count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

TEST_CASE("rules check passes on the built-in rules", "[rules][e2e]") {
  ProcessResult run = RunClaimtrack({"rules", "check", "--rules", kRules.string()});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("rules ok") != std::string::npos);
}

TEST_CASE("A rules folder with three mistakes gives three file:line errors", "[rules][e2e]") {
  TempDir dir;
  std::string rules = CopyRules(dir);
  Append(rules + "/cues.txt", "rebut  forms=rebuts,rebutted  stnce=deny\n");
  Append(rules + "/sides.txt", "Kremlin  side=Russia\n");  // already listed
  Append(rules + "/topics.txt", "\"water\"\n");             // no phrases=
  ProcessResult run = RunClaimtrack({"rules", "check", "--rules", rules});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("rules/cues.txt:") != std::string::npos);
  CHECK(run.out.find("unknown field 'stnce'") != std::string::npos);
  CHECK(run.out.find("rules/sides.txt:") != std::string::npos);
  CHECK(run.out.find("duplicate entry 'Kremlin'") != std::string::npos);
  CHECK(run.out.find("rules/topics.txt:") != std::string::npos);
  CHECK(CountLines(run.out, "rules/") == 3);
  // match refuses to run with them and says why.
  ProcessResult match = RunClaimtrack({"match", "--db", dir.File("s.sqlite"), "--rules", rules});
  CHECK(match.exit_code == 1);
  CHECK(match.err.find("invalid rules") != std::string::npos);
}

// Ingests and matches the samples with `rules`, returns `report --format json`.
JsonValue SampleReport(const TempDir& dir, const std::vector<std::string>& rules_args) {
  std::string db = dir.File("seeds.sqlite");
  fs::remove(db);
  REQUIRE(RunClaimtrack({"ingest", "--db", db, kSeeds.string()}).exit_code == 0);
  std::vector<std::string> match = {"match", "--db", db};
  match.insert(match.end(), rules_args.begin(), rules_args.end());
  ProcessResult run = RunClaimtrack(match);
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  ProcessResult report = RunClaimtrack({"report", "--db", db, "--format", "json"});
  REQUIRE(report.exit_code == 0);
  JsonValue json;
  REQUIRE(ParseJson(report.out, &json).ok());
  return json;
}

bool HasTopic(const JsonValue& report, const std::string& topic) {
  for (const JsonValue& dispute : report.Find("disputes")->as_array()) {
    if (dispute.GetString("topic") == topic) return true;
  }
  return false;
}

TEST_CASE("A topic added in a user's own rules folder names the dispute", "[rules][e2e]") {
  TempDir dir;
  // The user's folder holds only topics.txt; it is read after the built-in one.
  fs::create_directories(dir.path() / "mine");
  std::string mine = dir.Write("mine/topics.txt",
                               "\"water for Damascus\"  phrases=\"al-Qaida-linked group\"\n");
  (void)mine;
  JsonValue before = SampleReport(dir, {});
  CHECK_FALSE(HasTopic(before, "water for Damascus"));
  JsonValue after = SampleReport(dir, {"--rules", kRules.string(), "--rules", dir.File("mine")});
  CHECK(HasTopic(after, "water for Damascus"));
}

// True when one dispute sets a claim whose source contains `claimant`
// against a counter-claim whose source contains `counter`.
bool Opposes(const JsonValue& report, const std::string& claimant, const std::string& counter) {
  for (const JsonValue& dispute : report.Find("disputes")->as_array()) {
    bool has_claim = false, has_counter = false;
    for (const JsonValue& claim : dispute.Find("claims")->as_array()) {
      bool is_counter = claim.GetString("role_in_dispute") == "counter";
      std::string source = claim.GetString("source");
      if (!is_counter && source.find(claimant) != std::string::npos) has_claim = true;
      if (is_counter && source.find(counter) != std::string::npos) has_counter = true;
    }
    if (has_claim && has_counter) return true;
  }
  return false;
}

TEST_CASE("An alias added to a copy of the rules merges two sources", "[rules][e2e]") {
  TempDir dir;
  std::string rules = CopyRules(dir);
  JsonValue before = SampleReport(dir, {"--rules", rules});
  CHECK(Opposes(before, "Ja’afari", "The rebels"));
  // Saying the rebels speak as Ja’afari makes their denial his own words,
  // which can no longer dispute his claim.
  Append(rules + "/aliases.txt", "\"The rebels\"  name=\"Bashar al-Ja'afari\"\n");
  JsonValue after = SampleReport(dir, {"--rules", rules});
  CHECK_FALSE(Opposes(after, "Ja’afari", "The rebels"));
}

TEST_CASE("rules explain names the rule lines behind a claim and a dispute", "[rules][e2e]") {
  TempDir dir;
  SampleReport(dir, {});
  std::string db = dir.File("seeds.sqlite");
  ProcessResult claims = RunClaimtrack({"claims", "--db", db, "--format", "jsonl"});
  std::string id;
  for (std::size_t at = 0; at < claims.out.size();) {
    std::size_t eol = claims.out.find('\n', at);
    JsonValue claim;
    if (ParseJson(claims.out.substr(at, eol - at), &claim).ok() &&
        claim.GetString("evidence") == "propaganda") {
      id = claim.GetString("id");
      break;
    }
    at = eol == std::string::npos ? claims.out.size() : eol + 1;
  }
  REQUIRE_FALSE(id.empty());
  ProcessResult run = RunClaimtrack({"rules", "explain", "--db", db, id});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("rules/cues.txt:") != std::string::npos);
  CHECK(run.out.find("rules/rebuttals.txt:") != std::string::npos);
  CHECK(run.out.find("side United States: rules/sides.txt:") != std::string::npos);
  ProcessResult dispute = RunClaimtrack({"rules", "explain", "--db", db, "--dispute", "1"});
  CHECK(dispute.exit_code == 0);
  CHECK(dispute.out.find("rule: reference-denial") != std::string::npos);
  CHECK(dispute.out.find("DISPUTED BY") != std::string::npos);
}

TEST_CASE("sources lists each source's other names from aliases.txt", "[rules][e2e]") {
  TempDir dir;
  SampleReport(dir, {});
  ProcessResult run = RunClaimtrack({"sources", "--db", dir.File("seeds.sqlite"), "--format", "jsonl"});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  bool found = false;
  for (std::size_t at = 0; at < run.out.size();) {
    std::size_t eol = run.out.find('\n', at);
    JsonValue source;
    if (ParseJson(run.out.substr(at, eol - at), &source).ok() &&
        source.GetString("source") == "Russian Defense Ministry") {
      for (const JsonValue& alias : source.Find("aliases")->as_array()) {
        found = found || alias.as_string() == "Russia’s Defense Ministry";
      }
    }
    at = eol == std::string::npos ? run.out.size() : eol + 1;
  }
  CHECK(found);
}

TEST_CASE("match refuses a store that does not exist", "[e2e]") {
  TempDir dir;
  ProcessResult run = RunClaimtrack({"match", "--db", dir.File("typo.sqlite")});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("typo.sqlite: no such store") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.File("typo.sqlite")));
}

TEST_CASE("compare tells whether two statements contradict, and why", "[match][e2e]") {
  ProcessResult yes = RunClaimtrack({"compare", "--format", "json",
                                     "The Pentagon denied that Russian and U.S. jets flew a joint "
                                     "mission over Syria.",
                                     "Russia's Defense Ministry said Russian and U.S. jets flew a "
                                     "joint mission over Syria."});
  INFO(yes.out << yes.err);
  REQUIRE(yes.exit_code == 0);
  JsonValue json;
  REQUIRE(ParseJson(yes.out, &json).ok());
  CHECK(json.Find("contradict")->as_bool());
  CHECK(json.GetString("kind") == "stance");
  CHECK(json.Find("a")->GetString("source") == "Pentagon");
  ProcessResult no = RunClaimtrack({"compare", "The rebels met in Astana.",
                                    "The Rixos hotel in Astana is a Turkish-owned chain."});
  CHECK(no.exit_code == 0);
  CHECK(no.out.find("contradict: no") != std::string::npos);
  // A source restating itself is never a dispute.
  ProcessResult self = RunClaimtrack({"compare", "Davis said the talks failed to consolidate the truce.",
                                      "Davis said the talks succeeded to consolidate the truce."});
  CHECK(self.out.find("contradict: no") != std::string::npos);
  CHECK(RunClaimtrack({"compare", "only one statement"}).exit_code == 2);
}

}  // namespace
}  // namespace claimtrack::test
