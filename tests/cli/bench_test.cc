// `claimtrack bench` runs on the real binary and prints every row it
// promises. Functional only: the figures depend on the machine, so nothing
// here looks at a time or a speed (timed unit tests are flaky by nature;
// docs/performance.md records the measured figures instead).
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "base/json.h"
#include "run_binary.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;
const std::string kSeeds = (fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds").string();

// The line of `text` that starts, after its indentation, with `first`.
std::string Row(const std::string& text, const std::string& first) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::size_t start = line.find_first_not_of(' ');
    if (start != std::string::npos && line.compare(start, first.size() + 1, first + " ") == 0) {
      return line;
    }
  }
  return "";
}

TEST_CASE("bench prints a row per phase and per synthetic size", "[bench][e2e]") {
  TempDir dir;
  ProcessResult run = RunClaimtrack(
      {"bench", "--synthetic-claims", "1000", "--store-dir", dir.path().string(), kSeeds});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("corpus " + kSeeds + ": 10 articles") != std::string::npos);
  for (const char* phase : {"read", "segment", "extract", "ingest", "match"}) {
    INFO(phase);
    CHECK_FALSE(Row(run.out, phase).empty());
  }
  CHECK(Row(run.out, "ingest").find("10 stored") != std::string::npos);
  CHECK(run.out.find("ingest on one core cannot pass ") != std::string::npos);
  CHECK(run.out.find("synthetic claims") != std::string::npos);
  std::string synthetic = Row(run.out, "1000");
  REQUIRE_FALSE(synthetic.empty());
  // A finished run has figures in every column, not "-" and a reason.
  CHECK(synthetic.find(" - ") == std::string::npos);
  // The temporary store is removed.
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("bench --format json holds the same figures", "[bench][e2e]") {
  ProcessResult run =
      RunClaimtrack({"bench", "--format", "json", "--synthetic-claims", "1000", kSeeds});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  JsonValue json;
  REQUIRE(ParseJson(run.out, &json).ok());
  const JsonValue* corpora = json.Find("corpora");
  REQUIRE(corpora != nullptr);
  REQUIRE(corpora->as_array().size() == 1);
  const JsonValue& corpus = corpora->as_array()[0];
  CHECK(corpus.GetString("articles") == "10");
  // Reading, ICU and the store bound a one-thread ingest from above: it
  // took at least that long.
  const JsonValue* bound = corpus.Find("one_core_bound_seconds");
  REQUIRE(bound != nullptr);
  CHECK(bound->as_number() > 0);
  CHECK(corpus.Find("one_core_bound_mb_per_s")->as_number() > 0);
  std::vector<std::string> phases;
  for (const JsonValue& phase : corpus.Find("phases")->as_array()) {
    phases.push_back(phase.GetString("phase"));
  }
  // One ingest row per --threads value, 1 and 2 by default.
  CHECK(phases ==
        std::vector<std::string>{"read", "segment", "extract", "ingest", "ingest-2t", "match"});
  // Each ingest tells when its first batch began to be stored and how long
  // the run went on after the last article was extracted, within its time.
  for (const JsonValue& phase : corpus.Find("phases")->as_array()) {
    if (phase.GetString("phase").rfind("ingest", 0) != 0) continue;
    INFO(phase.GetString("phase"));
    double seconds = phase.Find("seconds")->as_number();
    for (const char* key : {"first_store_seconds", "after_extract_seconds"}) {
      INFO(key);
      const JsonValue* value = phase.Find(key);
      REQUIRE(value != nullptr);
      CHECK(value->as_number() > 0);
      CHECK(value->as_number() <= seconds);
    }
  }
  const JsonValue& synthetic = json.Find("synthetic")->as_array().at(0);
  CHECK(synthetic.GetString("claims") == "1000");
  CHECK(synthetic.GetString("outcome") == "ok");
  // The digest of the disputes found: 16 hex digits.
  CHECK(synthetic.GetString("disputes_digest").size() == 16);
  // The cores, measured on the corpus: one entry per CPU the process may use
  // (none on a machine of one), and the CPU the one-thread phases ran on.
  const JsonValue* machine = json.Find("machine");
  REQUIRE(machine != nullptr);
  const JsonValue* cores = machine->Find("core_speeds");
  REQUIRE(cores != nullptr);
  if (cores->as_array().size() >= 2) {
    CHECK(machine->Find("parallel_ceiling")->as_number() > 0);
    CHECK(machine->Find("pinned_cpu")->as_number() >= 0);
  } else {
    CHECK(machine->GetString("pinned_cpu") == "-1");
  }
}

TEST_CASE("bench --no-pin leaves the one-thread phases where the system puts them",
          "[bench][e2e]") {
  ProcessResult run =
      RunClaimtrack({"bench", "--format", "json", "--no-pin", "--threads", "1", kSeeds});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  JsonValue json;
  REQUIRE(ParseJson(run.out, &json).ok());
  CHECK(json.Find("machine")->GetString("pinned_cpu") == "-1");
}

TEST_CASE("bench --make-corpus repeats the inputs with new ids", "[bench][e2e]") {
  TempDir dir;
  std::string out = dir.File("big.jsonl");
  // The ten samples are about 60 KB: 0.2 MB takes four copies.
  ProcessResult run = RunClaimtrack({"bench", "--make-corpus", out, "--size-mb", "0.2", kSeeds});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  std::string corpus = ReadFile(out);
  CHECK(corpus.size() >= 200000);
  CHECK(corpus.find("#copy1\"") != std::string::npos);
  CHECK(corpus.find("#copy3\"") != std::string::npos);
  // Every copy is stored: the copies' texts differ.
  ProcessResult ingest = RunClaimtrack({"ingest", "--db", dir.File("s.sqlite"), out});
  INFO(ingest.out << ingest.err);
  CHECK(ingest.exit_code == 0);
  CHECK(ingest.out.find("already stored") == std::string::npos);
}

TEST_CASE("bench without anything to measure is a usage error", "[bench][e2e]") {
  ProcessResult run = RunClaimtrack({"bench"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("nothing to measure") != std::string::npos);
}

}  // namespace
}  // namespace claimtrack::test
