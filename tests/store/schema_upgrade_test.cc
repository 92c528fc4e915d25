// Tests for the store's schema versions and what version 2 added: the
// embedded steps match db/, an old store is upgraded on open (whole or not
// at all) and only then, a read-only open never writes, and the views, the
// full-text index and its triggers, and ClaimStore::SearchClaims.
#include "store/schema_upgrade.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "store/claim_store.h"
#include "store_test_support.h"

namespace claimtrack {
namespace {

namespace fs = std::filesystem;
using test::CreateVersion1Store;
using test::OpenOrFail;
using test::ReadBytes;
using test::TempStorePath;

int UserVersion(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet("PRAGMA user_version").getInt();
}

bool HasObject(const std::string& path, const std::string& name) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement query(db, "SELECT 1 FROM sqlite_schema WHERE name = ?1");
  query.bind(1, name);
  return query.executeStep();
}

// Every schema object but SQLite's own, as (type, name, table, SQL).
std::set<std::tuple<std::string, std::string, std::string, std::string>> SchemaObjects(
    const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement query(db,
                          "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                          "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  std::set<std::tuple<std::string, std::string, std::string, std::string>> objects;
  while (query.executeStep()) {
    objects.emplace(query.getColumn(0).getString(), query.getColumn(1).getString(),
                    query.getColumn(2).getString(), query.getColumn(3).getString());
  }
  return objects;
}

// FTS5's own check that claim_search indexes exactly the rows of `claims`.
void CheckSearchIndex(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  CHECK_NOTHROW(db.exec("INSERT INTO claim_search (claim_search) VALUES ('integrity-check')"));
}

std::vector<ClaimMatch> SearchOrFail(ClaimStore& store, const std::string& query,
                                     std::size_t limit = 100, std::size_t* total = nullptr) {
  std::vector<ClaimMatch> matches;
  std::size_t count = 0;
  Status status = store.SearchClaims(query, limit, &matches, &count);
  INFO("query " << query << ": " << status.message());
  REQUIRE(status.ok());
  if (total != nullptr) *total = count;
  return matches;
}

TEST_CASE("The schema steps are db/schema.sql, then db/migrations in order", "[store]") {
  const std::vector<SchemaStep>& steps = SchemaSteps();
  REQUIRE(steps.size() >= 2);
  CHECK(steps[0].version == 1);
  CHECK(steps[0].file == "db/schema.sql");
  for (std::size_t i = 0; i < steps.size(); ++i) {
    INFO(steps[i].file);
    CHECK(steps[i].version == static_cast<int>(i) + 1);
    // The program embeds what db/ holds now (CMake re-reads edited files).
    fs::path file = fs::path(CLAIMTRACK_SOURCE_DB_DIR) / ".." / steps[i].file;
    CHECK(ReadBytes(file.string()) == steps[i].sql);
  }
  CHECK(steps[1].file == "db/migrations/002_views_and_search.sql");
  CHECK(LatestSchemaVersion() == steps.back().version);
  CHECK(ClaimStore::SchemaVersion() == LatestSchemaVersion());

  // Every .sql file in db/migrations is a step.
  std::size_t files = 0;
  for (const fs::directory_entry& entry :
       fs::directory_iterator(fs::path(CLAIMTRACK_SOURCE_DB_DIR) / "migrations")) {
    if (entry.path().extension() == ".sql") ++files;
  }
  CHECK(files == steps.size() - 1);
}

TEST_CASE("A version-1 store is upgraded on open and keeps its rows", "[store]") {
  TempStorePath path;
  CreateVersion1Store(path.str());
  REQUIRE(UserVersion(path.str()) == 1);
  {
    auto store = OpenOrFail(path.str());
    CHECK(store->schema_version() == ClaimStore::SchemaVersion());

    std::vector<Claim> claims;
    REQUIRE(store->LoadClaims(&claims).ok());
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].source == "Russian Defence Ministry");
    CHECK(claims[1].content == "any joint mission took place");
    std::vector<Dispute> disputes;
    REQUIRE(store->LoadDisputes(&disputes).ok());
    REQUIRE(disputes.size() == 1);
    CHECK(disputes[0].members.size() == 2);

    // The claims stored before the upgrade are in the new search index.
    std::vector<ClaimMatch> matches = SearchOrFail(*store, "\"joint mission\"");
    REQUIRE(matches.size() == 2);
    for (const ClaimMatch& match : matches) {
      CHECK(match.dispute_ids == std::vector<std::int64_t>{1});
    }
    matches = SearchOrFail(*store, "Bab");
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].claim.source == "Russian Defence Ministry");
  }
  CHECK(UserVersion(path.str()) == ClaimStore::SchemaVersion());
  CheckSearchIndex(path.str());

  SQLite::Database db(path.str(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(db.execAndGet("SELECT count(*) FROM claim_view").getInt() == 2);
  // Version 3's hedge column: unknown (NULL) for claims stored before it.
  CHECK(db.execAndGet("SELECT count(*) FROM claim_view WHERE hedge IS NULL").getInt() == 2);
  SQLite::Statement view(db,
                         "SELECT source, side, document_date, sentence, cue, stance "
                         "FROM claim_view WHERE claim_id = 2");
  REQUIRE(view.executeStep());
  CHECK(view.getColumn("source").getString() == "the Pentagon");
  CHECK(view.getColumn("side").getString() == "United States");
  CHECK(view.getColumn("document_date").getString() == "2017-01-23");
  CHECK(view.getColumn("sentence").getString() ==
        "The Pentagon denied that any joint mission took place.");
  SQLite::Statement disputes(db,
                             "SELECT dispute_id, topic, kind, score, dispute_rule, "
                             "role_in_dispute, position, source, content "
                             "FROM dispute_view ORDER BY position");
  REQUIRE(disputes.executeStep());
  CHECK(disputes.getColumn("topic").getString() == "joint mission");
  CHECK(disputes.getColumn("dispute_rule").getString() == "deny-that");
  CHECK(disputes.getColumn("role_in_dispute").getString() == "claim");
  CHECK(disputes.getColumn("source").getString() == "Russian Defence Ministry");
  REQUIRE(disputes.executeStep());
  CHECK(disputes.getColumn("role_in_dispute").getString() == "counter");
  CHECK(disputes.getColumn("position").getInt() == 1);
  CHECK(disputes.getColumn("source").getString() == "the Pentagon");
  CHECK_FALSE(disputes.executeStep());
}

TEST_CASE("A new store and an upgraded version-1 store have the same schema", "[store]") {
  TempStorePath created, upgraded;
  OpenOrFail(created.str());
  CreateVersion1Store(upgraded.str());
  OpenOrFail(upgraded.str());
  auto objects = SchemaObjects(created.str());
  CHECK(objects == SchemaObjects(upgraded.str()));
  std::set<std::string> names;
  for (const auto& object : objects) names.insert(std::get<1>(object));
  for (const char* name :
       {"claim_view", "dispute_view", "claim_search", "claims_search_insert",
        "claims_search_delete", "claims_search_update", "sources_side", "disputes_score",
        "disputes_topic", "documents_date"}) {
    INFO(name);
    CHECK(names.count(name) == 1);
  }
  // Dropped by version 6.
  for (const char* name : {"claims_stance", "claims_date", "claim_search_deferred"}) {
    INFO(name);
    CHECK(names.count(name) == 0);
  }
}

TEST_CASE("A read-only open of a version-1 store reads it and writes nothing", "[store]") {
  TempStorePath path;
  CreateVersion1Store(path.str());
  const std::string before = ReadBytes(path.str());
  {
    auto store = OpenOrFail(path.str(), /*read_only=*/true);
    CHECK(store->schema_version() == 1);
    std::vector<Claim> claims;
    REQUIRE(store->LoadClaims(&claims).ok());
    CHECK(claims.size() == 2);
    StoreCounts counts;
    REQUIRE(store->Counts(&counts).ok());
    CHECK(counts.claims == 2);
    CHECK(counts.claims_by_stance ==
          std::map<std::string, std::int64_t>{{"assert", 1}, {"deny", 1}});
    std::vector<ClaimMatch> matches;
    std::size_t total = 7;
    Status status = store->SearchClaims("joint", 10, &matches, &total);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message() == path.str() +
                                  ": schema version 1 has no search index; run `claimtrack db "
                                  "upgrade --db " +
                                  path.str() + "` to add it");
    CHECK(total == 0);
  }
  CHECK(ReadBytes(path.str()) == before);
  CHECK(UserVersion(path.str()) == 1);
  CHECK_FALSE(HasObject(path.str(), "claim_view"));
}

TEST_CASE("A failed upgrade is rolled back whole and leaves the file unchanged", "[store]") {
  // Objects that version 2 creates, planted in a version-1 store: the first
  // statement of the migration fails, or the last, after the views, the
  // index and its backfill have been made; either way nothing remains.
  struct Case {
    const char* conflict;
    const char* object;
  };
  const Case cases[] = {
      {"CREATE TABLE claim_view (x)", "claim_view"},
      {"CREATE INDEX disputes_topic ON disputes(kind)", "disputes_topic"},
  };
  for (const Case& test : cases) {
    INFO(test.conflict);
    TempStorePath path;
    CreateVersion1Store(path.str(), test.conflict);
    const std::string before = ReadBytes(path.str());

    std::unique_ptr<ClaimStore> store;
    Status status = ClaimStore::Open(path.str(), /*read_only=*/false, &store);
    REQUIRE_FALSE(status.ok());
    CHECK(store == nullptr);
    const std::string prefix = path.str() +
                               ": cannot upgrade schema version 1 to " +
                               std::to_string(ClaimStore::SchemaVersion()) + ": "
                               "db/migrations/002_views_and_search.sql: ";
    CHECK(status.message().rfind(prefix, 0) == 0);
    CHECK(status.message().find(std::string(test.object) + " already exists") != std::string::npos);
    CHECK(status.message().ends_with("; the store was left unchanged"));

    CHECK(ReadBytes(path.str()) == before);
    CHECK_FALSE(fs::exists(path.str() + "-journal"));
    CHECK(UserVersion(path.str()) == 1);
    CHECK_FALSE(HasObject(path.str(), "claim_search"));
    CHECK_FALSE(HasObject(path.str(), "dispute_view"));
    CHECK_FALSE(HasObject(path.str(), "claims_search_insert"));
    // Still readable as the version-1 store it is.
    auto readable = OpenOrFail(path.str(), /*read_only=*/true);
    std::vector<Claim> claims;
    REQUIRE(readable->LoadClaims(&claims).ok());
    CHECK(claims.size() == 2);
  }
}

TEST_CASE("A version-1 file without the claimtrack tables is refused, not upgraded", "[store]") {
  TempStorePath path;
  {
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE documents (id INTEGER PRIMARY KEY); PRAGMA user_version = 1;");
  }
  const std::string before = ReadBytes(path.str());
  for (bool read_only : {false, true}) {
    std::unique_ptr<ClaimStore> store;
    Status status = ClaimStore::Open(path.str(), read_only, &store);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message() == path.str() + ": not a claimtrack store (no table 'sources')");
    CHECK(ReadBytes(path.str()) == before);
  }
}

// The article and claims of the search tests: one claim and its denial.
Article SearchArticle(std::vector<Claim>* claims) {
  Article article;
  article.doc = "search.txt";
  article.text =
      "Moscow’s ministry said the strike hit a weapons depot near Idlib. "
      "The Pentagon denied that any joint mission took place.";
  auto claim = [&](const std::string& source, const std::string& cue, const std::string& content,
                   Stance stance) {
    Claim c;
    c.source = source;
    c.mention = source;
    c.cue = cue;
    c.content = content;
    c.stance = stance;
    std::size_t at = article.text.find(content);
    REQUIRE(at != std::string::npos);
    c.content_span = Span{at, at + content.size()};
    c.rule = "test";
    return c;
  };
  *claims = {claim("Russian Defence Ministry", "said", "the strike hit a weapons depot near Idlib",
                   Stance::kAssert),
             claim("the Pentagon", "denied", "any joint mission took place", Stance::kDeny)};
  return article;
}

TEST_CASE("The search index follows inserts, updates and deletes of claims", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<Claim> claims;
  Article article = SearchArticle(&claims);
  bool stored = false;
  REQUIRE(store->AddArticle(article, &claims, &stored).ok());
  REQUIRE(stored);
  CHECK(SearchOrFail(*store, "depot").size() == 1);
  CHECK(SearchOrFail(*store, "mission").size() == 1);
  CheckSearchIndex(path.str());

  {
    // By hand, as a user in the sqlite3 shell would.
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
    SQLite::Statement update(db, "UPDATE claims SET content = 'a depot of rockets' WHERE id = ?1");
    update.bind(1, claims[1].id);
    update.exec();
  }
  CHECK(SearchOrFail(*store, "mission").empty());
  std::vector<ClaimMatch> matches = SearchOrFail(*store, "depot");
  REQUIRE(matches.size() == 2);
  CheckSearchIndex(path.str());

  {
    // An insert by hand: the insert trigger indexes it (claimtrack indexes
    // its own batches itself, db/migrations/006_ingest_without_statement_journals.sql).
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
    db.exec(
        "INSERT INTO claims (document_id, source_id, mention, cue, content, stance, quote, "
        "start, \"end\", rule) SELECT document_id, source_id, mention, cue, "
        "'a depot by hand', stance, quote, start, \"end\", 'hand' FROM claims LIMIT 1");
  }
  CHECK(SearchOrFail(*store, "hand").size() == 1);
  CHECK(SearchOrFail(*store, "depot").size() == 3);
  CheckSearchIndex(path.str());

  {
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA foreign_keys = ON; DELETE FROM documents;");  // cascades to claims
  }
  CHECK(SearchOrFail(*store, "depot").empty());
  CheckSearchIndex(path.str());
}

TEST_CASE("SearchClaims ranks, limits, counts and names each claim's disputes", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<Claim> claims;
  Article article = SearchArticle(&claims);
  REQUIRE(store->AddArticle(article, &claims, nullptr).ok());
  Dispute dispute;
  dispute.topic = "joint mission";
  dispute.kind = "denial";
  dispute.rule = "deny-that";
  dispute.score = 0.9;
  dispute.members = {{claims[1].id, DisputeRole::kClaim}};
  std::vector<Dispute> disputes = {dispute, dispute};
  REQUIRE(store->ReplaceDisputes(&disputes, {}).ok());

  std::size_t total = 0;
  std::vector<ClaimMatch> matches = SearchOrFail(*store, "joint OR depot OR Idlib", 1, &total);
  CHECK(total == 2);
  REQUIRE(matches.size() == 1);
  // Two of the words in a short content rank above one.
  CHECK(matches[0].claim.id == claims[0].id);
  CHECK(matches[0].claim.content == claims[0].content);
  CHECK(matches[0].claim.doc == "search.txt");
  CHECK(matches[0].dispute_ids.empty());

  matches = SearchOrFail(*store, "JOINT mission", 10, &total);
  CHECK(total == 1);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].claim.source == "the Pentagon");
  CHECK(matches[0].claim.stance == Stance::kDeny);
  CHECK(matches[0].dispute_ids == std::vector<std::int64_t>{disputes[0].id, disputes[1].id});

  CHECK(SearchOrFail(*store, "\"mission joint\"").empty());  // a phrase keeps its order
  CHECK(SearchOrFail(*store, "Moscow").empty());             // only the content is indexed
  CHECK(SearchOrFail(*store, "weap*").size() == 1);
}

TEST_CASE("SearchClaims explains a query FTS5 cannot parse", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  for (const char* query : {"U.S.", "joint AND", "\"unbalanced", "nosuchcolumn: x"}) {
    INFO(query);
    std::vector<ClaimMatch> matches;
    std::size_t total = 0;
    Status status = store->SearchClaims(query, 10, &matches, &total);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().rfind(std::string("search query '") + query + "': ", 0) == 0);
    CHECK(status.message().find("double quotes") != std::string::npos);
  }
  std::vector<ClaimMatch> matches;
  std::size_t total = 0;
  Status status = store->SearchClaims("U.S.", 10, &matches, &total);
  CHECK(status.message().find("fts5: syntax error near \".\"") != std::string::npos);
  // The same words quoted are a valid phrase.
  CHECK(store->SearchClaims("\"U.S.\"", 10, &matches, &total).ok());
}

}  // namespace
}  // namespace claimtrack
