// End-to-end tests of the store's subcommands, run as a user runs them:
// `claimtrack search` on the sample articles (matches, disputes, limits, bad
// queries), and `claimtrack db info|upgrade` on current, older and newer
// stores, where `info` must leave the file exactly as it was.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "../store/store_test_support.h"
#include "run_binary.h"
#include "store/claim_store.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

std::string Describe(const ProcessResult& run) {
  return "exit " + std::to_string(run.exit_code) + "\n--- stdout:\n" + run.out + "\n--- stderr:\n" +
         run.err;
}

// A store of the sample articles with their disputes, made once per test run
// by the real program (ingest, then match).
const std::string& SampleStore() {
  static TempDir dir;
  static const std::string store = [] {
    std::string path = dir.File("claims.sqlite");
    ProcessResult ingest =
        RunClaimtrack({"ingest", "--db", path, std::string(CLAIMTRACK_TEST_DATA_DIR) + "/seeds"});
    ProcessResult match = RunClaimtrack({"match", "--db", path});
    if (ingest.exit_code != 0 || match.exit_code != 0) {
      FAIL("cannot build the sample store:\n" << Describe(ingest) << "\n" << Describe(match));
    }
    return path;
  }();
  return store;
}

TEST_CASE("search prints the matching claims with their disputes", "[e2e]") {
  ProcessResult run = RunClaimtrack({"search", "--db", SampleStore(), "\"joint mission\""});
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  // Source, cue, content and doc of each claim, and the dispute it is in.
  CHECK(Contains(run.out, "Russian Defense Ministry"));
  CHECK(Contains(run.out, " said [assert, indirect]:"));
  CHECK(Contains(run.out, "flown a joint mission"));
  CHECK(Contains(run.out, "[doc 002_238b3804741a1fcd.txt bytes "));
  CHECK(Contains(run.out, "    in dispute #"));
  CHECK(Contains(run.out, " claims match '\"joint mission\"'\n"));

  // Several arguments are one query: every word, anywhere.
  ProcessResult words = RunClaimtrack({"search", "--db", SampleStore(), "joint", "mission"});
  ProcessResult one = RunClaimtrack({"search", "--db", SampleStore(), "joint mission"});
  INFO(Describe(words));
  CHECK(words.exit_code == 0);
  CHECK(words.out == one.out);
  CHECK(Contains(words.out, "joint airstrike mission"));  // not a phrase
}

TEST_CASE("search --limit keeps the best matches and says how many there are", "[e2e]") {
  ProcessResult run = RunClaimtrack({"search", "--db", SampleStore(), "--limit", "1", "Russia"});
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "the best 1 of "));
  CHECK(Contains(run.out, " claims matching 'Russia'; --limit "));
  std::size_t blocks = 0;
  for (std::size_t at = run.out.find("\n#"); at != std::string::npos;
       at = run.out.find("\n#", at + 1)) {
    ++blocks;
  }
  CHECK((run.out.starts_with("#") && blocks == 0));  // one claim block

  ProcessResult none = RunClaimtrack({"search", "--db", SampleStore(), "zeppelin"});
  INFO(Describe(none));
  CHECK(none.exit_code == 0);
  CHECK(none.out == "no claim matches 'zeppelin'\n");
}

TEST_CASE("search explains a bad query, a bad flag and a missing store", "[e2e]") {
  SECTION("FTS5 syntax error: exit 1 with the reason and a hint") {
    ProcessResult run = RunClaimtrack({"search", "--db", SampleStore(), "U.S."});
    INFO(Describe(run));
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    CHECK(Contains(run.err, "claimtrack: search query 'U.S.': fts5: syntax error near \".\""));
    CHECK(Contains(run.err, "double quotes"));
    ProcessResult quoted = RunClaimtrack({"search", "--db", SampleStore(), "\"U.S.\""});
    CHECK(quoted.exit_code == 0);
  }
  SECTION("no query, or a limit below 1: bad usage") {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"search", "--db", SampleStore()},
          std::vector<std::string>{"search", "--db", SampleStore(), "--limit", "0", "x"},
          std::vector<std::string>{"search", "--db", SampleStore(), "   "}}) {
      ProcessResult run = RunClaimtrack(args);
      INFO(Describe(run));
      CHECK(run.exit_code == 2);
      CHECK(Contains(run.err, "claimtrack search --help"));
    }
  }
  SECTION("a missing store is named and not created") {
    TempDir dir;
    std::string db = dir.File("missing.sqlite");
    ProcessResult run = RunClaimtrack({"search", "--db", db, "joint"});
    INFO(Describe(run));
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, db + ": no such store"));
    CHECK_FALSE(fs::exists(db));
  }
}

TEST_CASE("db info prints the version, size and counts", "[e2e]") {
  ProcessResult run = RunClaimtrack({"db", "info", "--db", SampleStore()});
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.starts_with(SampleStore() + ": schema version " +
                            std::to_string(ClaimStore::SchemaVersion()) + "\n"));
  CHECK_FALSE(Contains(run.out, "upgraded"));
  CHECK(Contains(run.out, "\nfile size:   "));
  CHECK(Contains(run.out, " bytes)"));
  CHECK(Contains(run.out, "\ndocuments:   10\n"));
  CHECK(Contains(run.out, "\nsources:     "));
  CHECK(Contains(run.out, "\nclaims:      "));
  CHECK(Contains(run.out, "\n  assert:    "));
  CHECK(Contains(run.out, "\n  deny:      "));
  CHECK(Contains(run.out, "\ndisputes:    "));
}

TEST_CASE("db info reads a version-1 store without changing it; db upgrade upgrades it", "[e2e]") {
  TempStorePath path;
  CreateVersion1Store(path.str());
  const std::string before = ReadBytes(path.str());

  ProcessResult info = RunClaimtrack({"db", "info", "--db", path.str()});
  INFO(Describe(info));
  REQUIRE(info.exit_code == 0);
  CHECK(Contains(info.out, path.str() + ": schema version 1 (will be upgraded to " +
                               std::to_string(ClaimStore::SchemaVersion()) + " on next write)\n"));
  CHECK(Contains(info.out, "\nclaims:      2\n  assert:    1\n  deny:      1\n"));
  CHECK(Contains(info.out, "\ndisputes:    1\n"));
  CHECK(ReadBytes(path.str()) == before);

  // Searching needs the index of version 2, and says how to get it.
  ProcessResult search = RunClaimtrack({"search", "--db", path.str(), "joint"});
  INFO(Describe(search));
  CHECK(search.exit_code == 1);
  CHECK(Contains(search.err, "schema version 1 has no search index; run `claimtrack db upgrade"));
  CHECK(ReadBytes(path.str()) == before);

  ProcessResult upgrade = RunClaimtrack({"db", "upgrade", "--db", path.str()});
  INFO(Describe(upgrade));
  REQUIRE(upgrade.exit_code == 0);
  CHECK(upgrade.out == path.str() + ": upgraded schema version 1 to " +
                           std::to_string(ClaimStore::SchemaVersion()) + "\n");
  search = RunClaimtrack({"search", "--db", path.str(), "joint mission"});
  INFO(Describe(search));
  CHECK(search.exit_code == 0);
  CHECK(Contains(search.out,
                 "] the Pentagon (as \"The Pentagon\") denied [deny, indirect]:\n"
                 "    any joint mission took place\n    in dispute #1\n"));
  CHECK(Contains(search.out, "2 claims match 'joint mission'"));

  ProcessResult again = RunClaimtrack({"db", "upgrade", "--db", path.str()});
  CHECK(again.exit_code == 0);
  CHECK(Contains(again.out, "is current; nothing to do"));
}

TEST_CASE("db refuses a newer store and leaves it untouched, and wants an action", "[e2e]") {
  TempStorePath path;
  CreateVersion1Store(path.str(),
                      "PRAGMA user_version = " + std::to_string(ClaimStore::SchemaVersion() + 1));
  const std::string before = ReadBytes(path.str());
  for (const char* action : {"info", "upgrade"}) {
    ProcessResult run = RunClaimtrack({"db", action, "--db", path.str()});
    INFO(Describe(run));
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, "was written by a newer claimtrack"));
    CHECK(ReadBytes(path.str()) == before);
  }
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"db"}, std::vector<std::string>{"db", "frobnicate"}}) {
    ProcessResult run = RunClaimtrack(args);
    INFO(Describe(run));
    CHECK(run.exit_code == 2);
    CHECK(Contains(run.err, "expected 'info' or 'upgrade'"));
  }
  TempDir dir;
  ProcessResult missing = RunClaimtrack({"db", "upgrade", "--db", dir.File("none.sqlite")});
  CHECK(missing.exit_code == 1);
  CHECK_FALSE(fs::exists(dir.File("none.sqlite")));
}

}  // namespace
}  // namespace claimtrack::test
