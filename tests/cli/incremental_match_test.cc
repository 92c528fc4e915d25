// `claimtrack match` after `ingest` adds articles: only the new claims are
// matched (docs/cli.md, "Incremental matching"). Run as a user runs it: the
// sample articles ingested and matched one at a time must give the disputes
// of one match over all of them, and every reason for a full match must lead
// to one.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "run_binary.h"
#include "store/claim_store.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds";

std::string Describe(const ProcessResult& run) {
  return "exit " + std::to_string(run.exit_code) + "\n--- stdout:\n" + run.out + "\n--- stderr:\n" +
         run.err;
}

ProcessResult RunOk(const std::vector<std::string>& args) {
  ProcessResult run = RunClaimtrack(args);
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  return run;
}

std::vector<fs::path> SeedFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kSeeds)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// A dispute as its kind, rule and members (each as "doc@offset", so that two
// stores with other claim ids compare), by role.
using DisputeKey = std::tuple<std::string, std::string, std::set<std::string>, std::set<std::string>>;

std::set<DisputeKey> StoredDisputes(const std::string& db) {
  std::unique_ptr<ClaimStore> store;
  REQUIRE(ClaimStore::Open(db, /*read_only=*/true, &store).ok());
  std::vector<Claim> claims;
  REQUIRE(store->LoadClaims(&claims).ok());
  std::map<std::int64_t, std::string> where;
  for (const Claim& claim : claims) {
    where[claim.id] = claim.doc + "@" + std::to_string(claim.content_span.begin);
  }
  std::vector<Dispute> disputes;
  REQUIRE(store->LoadDisputes(&disputes).ok());
  std::set<DisputeKey> keys;
  for (const Dispute& dispute : disputes) {
    DisputeKey key{dispute.kind, dispute.rule, {}, {}};
    for (const DisputeMember& member : dispute.members) {
      (member.role == DisputeRole::kClaim ? std::get<2>(key) : std::get<3>(key)).insert(where[member.claim_id]);
    }
    keys.insert(key);
  }
  return keys;
}

std::string Show(const std::set<DisputeKey>& keys) {
  std::ostringstream out;
  for (const auto& [kind, rule, claims, counters] : keys) {
    out << kind << " " << rule << ":";
    for (const std::string& c : claims) out << " " << c;
    out << " /";
    for (const std::string& c : counters) out << " " << c;
    out << "\n";
  }
  return out.str();
}

TEST_CASE("The samples matched a few articles at a time give the disputes of one match", "[cli]") {
  TempDir dir;
  const std::string all = dir.File("all.sqlite");
  RunOk({"ingest", "--db", all, kSeeds.string()});
  RunOk({"match", "--db", all});
  const std::set<DisputeKey> once = StoredDisputes(all);
  REQUIRE_FALSE(once.empty());

  // Seeds by number (000 to 004; 004 is an aggregator page of five posts):
  // 57, 42, 34, 21 and 54 claims. The word weights depend on the store size
  // rounded up to a power of two, so a step that crosses 64, 128 or 256
  // claims is a full match; the others are incremental.
  struct Steps {
    const char* what;
    std::vector<std::vector<int>> batches;  // seeds ingested before each match
    int incremental;                        // matches expected to be incremental
  };
  const std::vector<Steps> orders = {
      {"one at a time: 57, 99, 133, 154, 208 claims", {{0}, {1}, {2}, {3}, {4}}, 2},
      {"the last two after the others: 187, 208", {{0, 1, 2, 4}, {3}}, 1},
      {"large batches after small ones: 75, 109, 151, 208", {{3, 4}, {2}, {1}, {0}}, 2},
  };
  const std::vector<fs::path> seeds = SeedFiles();
  for (const Steps& order : orders) {
    INFO(order.what);
    const std::string db = dir.File("steps.sqlite");
    fs::remove(db);
    int incremental = 0;
    for (const std::vector<int>& batch : order.batches) {
      std::vector<std::string> ingest = {"ingest", "--db", db};
      for (int seed : batch) ingest.push_back(seeds[static_cast<std::size_t>(seed)].string());
      RunOk(ingest);
      ProcessResult match = RunOk({"match", "--db", db});
      if (Contains(match.out, " new claims against ")) ++incremental;
    }
    CHECK(incremental == order.incremental);
    const std::set<DisputeKey> stepwise = StoredDisputes(db);
    INFO("one match:\n" << Show(once) << "step by step:\n" << Show(stepwise));
    CHECK(stepwise == once);
  }
}

TEST_CASE("A new report of disputed claims joins their disputes, as in a full match", "[cli]") {
  TempDir dir;
  const std::string db = dir.File("claims.sqlite");
  std::vector<fs::path> seeds = SeedFiles();
  RunOk({"ingest", "--db", db, seeds[0].string(), seeds[1].string(), seeds[2].string()});
  RunOk({"match", "--db", db});
  const std::size_t before = StoredDisputes(db).size();
  // Another outlet's copy of the first article: the same claims, a new text.
  std::ifstream in(seeds[0], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string copy = dir.Write("copy.txt", text + "\nThis story was updated.\n");
  RunOk({"ingest", "--db", db, copy});
  ProcessResult match = RunOk({"match", "--db", db});
  INFO(match.out);
  REQUIRE(Contains(match.out, " new claims against "));
  CHECK_FALSE(Contains(match.out, " 0 replaced"));
  const std::set<DisputeKey> incremental = StoredDisputes(db);
  CHECK(incremental.size() == before);  // joined, not copied

  const std::string full = dir.File("full.sqlite");
  fs::copy_file(db, full);
  if (fs::exists(db + "-wal")) fs::copy_file(db + "-wal", full + "-wal");
  RunOk({"match", "--db", full, "--full"});
  const std::set<DisputeKey> once = StoredDisputes(full);
  INFO("full:\n" << Show(once) << "incremental:\n" << Show(incremental));
  CHECK(incremental == once);
}

TEST_CASE("match says why it matches every claim again", "[cli]") {
  TempDir dir;
  const std::string db = dir.File("claims.sqlite");
  std::vector<fs::path> seeds = SeedFiles();
  // 133 claims, then 154 and 208: the word weights stay those of 256 claims.
  RunOk({"ingest", "--db", db, seeds[0].string(), seeds[1].string(), seeds[2].string()});
  ProcessResult first = RunOk({"match", "--db", db});
  CHECK(first.out.starts_with("matched "));
  CHECK_FALSE(Contains(first.out, "full match:"));  // the first match of a store needs no reason

  // Nothing new: nothing to do, and the disputes stay.
  ProcessResult again = RunOk({"match", "--db", db});
  CHECK(again.out.starts_with("matched 0 new claims: "));

  SECTION("--full") {
    ProcessResult full = RunOk({"match", "--db", db, "--full"});
    CHECK(Contains(full.out, "\nfull match: --full\n"));
  }
  SECTION("another --block-limit") {
    RunOk({"ingest", "--db", db, seeds[3].string()});
    ProcessResult full = RunOk({"match", "--db", db, "--block-limit", "50"});
    CHECK(Contains(full.out, "full match: --block-limit changed since the last match"));
    // Then the same limit again: incremental.
    RunOk({"ingest", "--db", db, seeds[4].string()});
    CHECK(Contains(RunOk({"match", "--db", db, "--block-limit", "50"}).out, " new claims against "));
  }
  SECTION("changed rules") {
    const std::string extra = (dir.path() / "extra").string();
    fs::create_directory(extra);
    dir.Write("extra/stopwords.txt", "# one more stop word\nairstrike\n");
    RunOk({"ingest", "--db", db, seeds[3].string()});
    ProcessResult full = RunOk({"match", "--db", db, "--rules", extra});
    CHECK(Contains(full.out, "full match: the rules changed since the last match"));
  }
  SECTION("a deleted article") {
    RunOk({"ingest", "--db", db, seeds[3].string()});
    CHECK(Contains(RunOk({"match", "--db", db}).out, " new claims against "));
    {
      SQLite::Database sql(db, SQLite::OPEN_READWRITE);
      sql.exec("PRAGMA foreign_keys = ON");
      sql.exec("DELETE FROM documents WHERE id = (SELECT max(id) FROM documents)");
    }
    ProcessResult full = RunOk({"match", "--db", db});
    CHECK(Contains(full.out, "full match: claims were deleted or changed since the last match"));
  }
}

TEST_CASE("An incremental match keeps the disputes it does not touch, with their ids", "[cli]") {
  TempDir dir;
  const std::string db = dir.File("claims.sqlite");
  std::vector<fs::path> seeds = SeedFiles();
  RunOk({"ingest", "--db", db, seeds[0].string(), seeds[1].string(), seeds[2].string()});
  RunOk({"match", "--db", db});
  std::map<std::int64_t, std::string> before;
  {
    SQLite::Database sql(db, SQLite::OPEN_READONLY);
    SQLite::Statement query(sql, "SELECT id, topic FROM disputes");
    while (query.executeStep()) before[query.getColumn(0).getInt64()] = query.getColumn(1).getString();
  }
  REQUIRE_FALSE(before.empty());
  RunOk({"ingest", "--db", db, seeds[4].string()});
  ProcessResult match = RunOk({"match", "--db", db});
  REQUIRE(Contains(match.out, " new claims against "));
  // Every old dispute is still there under its id unless a new claim joined it.
  SQLite::Database sql(db, SQLite::OPEN_READONLY);
  int kept = 0;
  for (const auto& [id, topic] : before) {
    SQLite::Statement query(sql, "SELECT topic FROM disputes WHERE id = ?1");
    query.bind(1, id);
    if (query.executeStep()) {
      CHECK(query.getColumn(0).getString() == topic);
      ++kept;
    }
  }
  CHECK(kept > 0);
}

}  // namespace
}  // namespace claimtrack::test
