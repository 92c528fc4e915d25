// Tests for ClaimStore: creating and refusing store files, storing articles
// and claims, disputes and sides, and the queries documented in
// docs/schema.md run against a small store.
#include "store/claim_store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store_test_support.h"

namespace claimtrack {
namespace {

namespace fs = std::filesystem;

using test::CheckSameClaim;
using test::DocumentedQuery;
using test::OpenOrFail;
using test::ReadBytes;
using test::TempStorePath;
using test::WriteBytes;

// Span of the first occurrence of `part` in `text`.
Span SpanOf(const std::string& text, const std::string& part) {
  std::size_t at = text.find(part);
  REQUIRE(at != std::string::npos);
  return Span{at, at + part.size()};
}

// An article whose text has multi-byte characters before its claims, so that
// byte and character offsets differ.
Article PentagonArticle() {
  Article article;
  article.doc = "pentagon.txt";
  article.text =
      "Moscow’s claim — “We struck a depot” — was widely shared. "
      "The ministry said the strike hit a weapons depot near Idlib. "
      "The Pentagon denied that any joint mission took place.";
  article.title = "Strike disputed";
  article.date = "2017-04-07";
  article.publisher = "Wire";
  article.url = "https://example.com/a";
  article.origin = "corpus/pentagon.txt";
  return article;
}

std::vector<Claim> PentagonClaims(const Article& article) {
  Claim ministry;
  ministry.source = "Russian Defence Ministry";
  ministry.mention = "The ministry";
  ministry.role = "Moscow";
  ministry.source_kind = "organization";
  ministry.cue = "said";
  ministry.cue_lemma = "say";
  ministry.content = "the strike hit a weapons depot near Idlib";
  ministry.stance = Stance::kAssert;
  ministry.quote = QuoteKind::kIndirect;
  ministry.content_span = SpanOf(article.text, ministry.content);
  ministry.sentence_span =
      SpanOf(article.text, "The ministry said the strike hit a weapons depot near Idlib.");
  ministry.rule = "subject-cue-content";
  ministry.date = "2017-04-07";
  ministry.time = "9:30 p.m.";

  Claim pentagon;
  pentagon.source = "the Pentagon";
  pentagon.mention = "The Pentagon";
  pentagon.source_kind = "organization";
  pentagon.cue = "denied";
  pentagon.cue_lemma = "deny";
  pentagon.content = "any joint mission took place";
  pentagon.stance = Stance::kDeny;
  pentagon.quote = QuoteKind::kNone;
  pentagon.content_span = SpanOf(article.text, pentagon.content);
  pentagon.sentence_span =
      SpanOf(article.text, "The Pentagon denied that any joint mission took place.");
  pentagon.rule = "subject-deny-that";
  pentagon.target = "Moscow’s claim";
  pentagon.evidence = "denied";
  pentagon.hedge = "reportedly";
  return {ministry, pentagon};
}

void AddOrFail(ClaimStore& store, const Article& article, std::vector<Claim>* claims,
               bool expect_stored = true) {
  bool stored = !expect_stored;
  Status status = store.AddArticle(article, claims, &stored);
  INFO(status.message());
  REQUIRE(status.ok());
  REQUIRE(stored == expect_stored);
}

// The SQL blocks of docs/schema.md, by the name on the `<!-- query: NAME -->`
// line before each.
std::map<std::string, std::string> DocumentedQueries() {
  std::map<std::string, std::string> queries;
  for (const DocumentedQuery& query :
       test::DocumentedQueries(std::string(CLAIMTRACK_DOCS_DIR) + "/schema.md")) {
    queries[query.name] = query.sql;
  }
  return queries;
}

TEST_CASE("ContentHash is FNV-1a 64 as 16 lowercase hex digits", "[store]") {
  CHECK(ContentHash("") == "cbf29ce484222325");
  CHECK(ContentHash("a") == "af63dc4c8601ec8c");
  CHECK(ContentHash("foobar") == "85944171f73967e8");
}

TEST_CASE("SchemaVersion is the last migration's number", "[store]") {
  CHECK(ClaimStore::SchemaVersion() == 6);  // db/migrations/006_ingest_without_statement_journals.sql
}

TEST_CASE("Open creates the schema and sets user_version", "[store]") {
  TempStorePath path;
  {
    auto store = OpenOrFail(path.str());
    StoreCounts counts;
    REQUIRE(store->Counts(&counts).ok());
    CHECK(counts.documents == 0);
    CHECK(counts.claims == 0);
    CHECK(store->path() == path.str());
  }
  SQLite::Database db(path.str(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == ClaimStore::SchemaVersion());
  CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
  for (const char* table : {"documents", "sources", "claims", "disputes", "dispute_claims"}) {
    INFO(table);
    CHECK(db.tableExists(table));
  }
  // Five from version 1, five from version 2, less two dropped by version 6.
  CHECK(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                      "AND name NOT LIKE 'sqlite_autoindex%'")
            .getInt() == 8);
  for (const char* view : {"claim_view", "dispute_view"}) {
    INFO(view);
    CHECK(db.execAndGet(std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'view' "
                                    "AND name = '") +
                        view + "'")
              .getInt() == 1);
  }
  CHECK(db.tableExists("claim_search"));
  CHECK_FALSE(db.tableExists("claim_search_deferred"));  // version 4's; gone in version 6
  for (const char* table : {"match_state", "match_words", "match_postings"}) {  // version 5
    INFO(table);
    CHECK(db.tableExists(table));
  }
  // Opening again, read-write then read-only, finds the same store.
  OpenOrFail(path.str());
  OpenOrFail(path.str(), /*read_only=*/true);
}

TEST_CASE("Open on an existing empty file applies the schema", "[store]") {
  TempStorePath path;
  WriteBytes(path.str(), "");
  OpenOrFail(path.str());
  SQLite::Database db(path.str(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == ClaimStore::SchemaVersion());
}

TEST_CASE("Open refuses a file that is not a database and leaves it as it was", "[store]") {
  TempStorePath path;
  std::string garbage = "this is not SQLite\n";
  for (int i = 0; i < 200; ++i) garbage += static_cast<char>((i * 37) & 0xff);
  WriteBytes(path.str(), garbage);
  for (bool read_only : {false, true}) {
    std::unique_ptr<ClaimStore> store;
    Status status = ClaimStore::Open(path.str(), read_only, &store);
    REQUIRE_FALSE(status.ok());
    CHECK(store == nullptr);
    CHECK(status.message() == path.str() + ": not a claimtrack store (file is not a database)");
    CHECK(ReadBytes(path.str()) == garbage);
    CHECK_FALSE(fs::exists(path.str() + "-wal"));
    CHECK_FALSE(fs::exists(path.str() + "-journal"));
  }
}

TEST_CASE("Open refuses a store written by a newer claimtrack", "[store]") {
  TempStorePath path;
  {
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE future (x); PRAGMA user_version = " +
            std::to_string(ClaimStore::SchemaVersion() + 1));
  }
  std::string before = ReadBytes(path.str());
  for (bool read_only : {false, true}) {
    std::unique_ptr<ClaimStore> store;
    Status status = ClaimStore::Open(path.str(), read_only, &store);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message() == path.str() + ": was written by a newer claimtrack (schema version " +
                                  std::to_string(ClaimStore::SchemaVersion() + 1) +
                                  "; this program knows " +
                                  std::to_string(ClaimStore::SchemaVersion()) + ")");
    CHECK(ReadBytes(path.str()) == before);
  }
}

TEST_CASE("Open refuses another program's database without a version", "[store]") {
  TempStorePath path;
  {
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE contacts (name TEXT)");
  }
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(path.str(), false, &store);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() ==
        path.str() + ": not a claimtrack store (it has tables but no schema version)");
  SQLite::Database db(path.str(), SQLite::OPEN_READONLY);
  CHECK_FALSE(db.tableExists("claims"));
}

TEST_CASE("Open read-only on a missing path fails and creates nothing", "[store]") {
  TempStorePath path;
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(path.str(), /*read_only=*/true, &store);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == path.str() + ": no such store; run `claimtrack ingest` first");
  CHECK(store == nullptr);
  CHECK_FALSE(fs::exists(path.str()));
}

TEST_CASE("Open read-only refuses an empty file", "[store]") {
  TempStorePath path;
  WriteBytes(path.str(), "");
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(path.str(), /*read_only=*/true, &store);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == path.str() + ": empty store; run `claimtrack ingest` first");
  CHECK(ReadBytes(path.str()).empty());
}

TEST_CASE("A read-only store reads but refuses writes", "[store]") {
  TempStorePath path;
  Article article = PentagonArticle();
  {
    auto store = OpenOrFail(path.str());
    std::vector<Claim> claims = PentagonClaims(article);
    AddOrFail(*store, article, &claims);
  }
  auto store = OpenOrFail(path.str(), /*read_only=*/true);
  std::vector<Claim> loaded;
  REQUIRE(store->LoadClaims(&loaded).ok());
  CHECK(loaded.size() == 2);
  Article other = article;
  other.text += " More.";
  bool stored = true;
  Status status = store->AddArticle(other, nullptr, &stored);
  CHECK_FALSE(status.ok());
  CHECK_FALSE(stored);
  CHECK(status.message().rfind(path.str() + ": ", 0) == 0);
}

TEST_CASE("The same text ingested twice is stored once", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  Article article = PentagonArticle();
  std::vector<Claim> first = PentagonClaims(article);
  AddOrFail(*store, article, &first);
  CHECK(first[0].id > 0);
  CHECK(first[1].id > first[0].id);

  Article again = article;
  again.doc = "copy-of-pentagon.txt";  // another name, same bytes
  std::vector<Claim> second = PentagonClaims(again);
  AddOrFail(*store, again, &second, /*expect_stored=*/false);
  CHECK(second[0].id == 0);

  StoreCounts counts;
  REQUIRE(store->Counts(&counts).ok());
  CHECK(counts.documents == 1);
  CHECK(counts.claims == 2);
  CHECK(counts.sources == 2);
}

TEST_CASE("Claims round trip with every field", "[store]") {
  TempStorePath path;
  Article article = PentagonArticle();
  std::vector<Claim> claims = PentagonClaims(article);
  Claim bare;  // every optional field empty, sentence unknown
  bare.source = "Unnamed official";
  bare.mention = "an official";
  bare.cue = "according to";
  bare.content = "was widely shared";
  bare.content_span = SpanOf(article.text, bare.content);
  bare.rule = "according-to";
  claims.push_back(bare);
  {
    auto store = OpenOrFail(path.str());
    AddOrFail(*store, article, &claims);
  }
  auto store = OpenOrFail(path.str(), /*read_only=*/true);
  std::vector<Claim> loaded;
  REQUIRE(store->LoadClaims(&loaded).ok());
  REQUIRE(loaded.size() == 3);
  // In text order: "was widely shared" comes first.
  const Claim* expected[] = {&claims[2], &claims[0], &claims[1]};
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    const Claim& want = *expected[i];
    const Claim& got = loaded[i];
    INFO("claim " << i);
    CHECK(got.id == want.id);
    CHECK(got.doc == "pentagon.txt");
    CHECK(want.doc == "pentagon.txt");  // filled in by AddArticle
    CheckSameClaim(got, want);
    CHECK(got.content_span.in(article.text) == got.content);
  }

  std::map<std::string, StoredDocument> documents;
  REQUIRE(store->LoadDocuments(&documents).ok());
  REQUIRE(documents.count("pentagon.txt") == 1);
  const Article& meta = documents["pentagon.txt"].article;
  CHECK(meta.text.empty());
  CHECK(meta.title == article.title);
  CHECK(meta.date == article.date);
  CHECK(meta.publisher == article.publisher);
  CHECK(meta.url == article.url);
  CHECK(meta.origin == article.origin);

  StoredDocument document;
  REQUIRE(store->LoadDocument("pentagon.txt", &document).ok());
  CHECK(document.id == documents["pentagon.txt"].id);
  CHECK(document.article.text == article.text);
  Status missing = store->LoadDocument("nope.txt", &document);
  CHECK_FALSE(missing.ok());
  CHECK(missing.message() == path.str() + ": no document 'nope.txt' is stored");

  // Empty optional fields are NULL in the file, as docs/schema.md promises.
  SQLite::Database db(path.str(), SQLite::OPEN_READONLY);
  SQLite::Statement nulls(db,
                          "SELECT role IS NULL, cue_lemma IS NULL, sentence_start IS NULL, "
                          "target IS NULL, evidence IS NULL, date IS NULL, time IS NULL, hedge IS NULL "
                          "FROM claims WHERE id = ?");
  nulls.bind(1, claims[2].id);
  REQUIRE(nulls.executeStep());
  for (int column = 0; column < nulls.getColumnCount(); ++column) {
    INFO("column " << column);
    CHECK(nulls.getColumn(column).getInt() == 1);
  }
}

TEST_CASE("AddArticle refuses spans outside the text and writes nothing", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  Article article = PentagonArticle();
  std::vector<Claim> claims = PentagonClaims(article);
  claims[1].content_span.end = article.text.size() + 1;
  bool stored = true;
  Status status = store->AddArticle(article, &claims, &stored);
  REQUIRE_FALSE(status.ok());
  CHECK_FALSE(stored);
  CHECK(status.message().rfind("corpus/pentagon.txt: claim 2: content bytes [", 0) == 0);
  StoreCounts counts;
  REQUIRE(store->Counts(&counts).ok());
  CHECK(counts.documents == 0);
}

TEST_CASE("Sources are shared across claims and documents", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  Article first = PentagonArticle();
  std::vector<Claim> first_claims = PentagonClaims(first);
  first_claims[0].source_kind = "unknown";
  AddOrFail(*store, first, &first_claims);

  Article second;
  second.doc = "second.txt";
  second.text = "The Pentagon said it was reviewing. The ministry said it stood by it.";
  Claim pentagon = first_claims[1];
  pentagon.stance = Stance::kAssert;
  pentagon.evidence.clear();
  pentagon.content = "it was reviewing";
  pentagon.content_span = SpanOf(second.text, pentagon.content);
  pentagon.sentence_span = SpanOf(second.text, "The Pentagon said it was reviewing.");
  pentagon.source_kind = "person";  // the first claim's kind stays
  Claim ministry = first_claims[0];
  ministry.content = "it stood by it";
  ministry.content_span = SpanOf(second.text, ministry.content);
  ministry.sentence_span = SpanOf(second.text, "The ministry said it stood by it.");
  ministry.source_kind = "organization";  // replaces "unknown"
  std::vector<Claim> second_claims = {pentagon, ministry};
  AddOrFail(*store, second, &second_claims);

  StoreCounts counts;
  REQUIRE(store->Counts(&counts).ok());
  CHECK(counts.documents == 2);
  CHECK(counts.claims == 4);
  CHECK(counts.sources == 2);

  std::vector<Claim> loaded;
  REQUIRE(store->LoadClaims(&loaded).ok());
  REQUIRE(loaded.size() == 4);
  std::map<std::string, std::string> kinds;
  for (const Claim& claim : loaded) kinds[claim.source] = claim.source_kind;
  CHECK(kinds["the Pentagon"] == "organization");
  CHECK(kinds["Russian Defence Ministry"] == "organization");
  // Document order, then position in the text.
  CHECK(loaded[0].doc == "pentagon.txt");
  CHECK(loaded[2].doc == "second.txt");
  CHECK(loaded[2].content == "it was reviewing");
}

TEST_CASE("ReplaceDisputes replaces disputes and sides", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  Article article = PentagonArticle();
  std::vector<Claim> claims = PentagonClaims(article);
  AddOrFail(*store, article, &claims);

  Dispute low;
  low.topic = "weapons depot";
  low.kind = "stance";
  low.rule = "opposite-stance";
  low.score = 0.4;
  low.members = {{claims[0].id, DisputeRole::kClaim}};
  Dispute high;
  high.topic = "joint mission";
  high.kind = "denial";
  high.rule = "deny-that";
  high.score = 0.9;
  high.evidence = "denied";
  high.members = {{claims[1].id, DisputeRole::kClaim}, {claims[0].id, DisputeRole::kCounter}};
  std::vector<Dispute> disputes = {low, high};
  std::map<std::string, std::string> sides = {{"the Pentagon", "us"},
                                              {"Nobody Stored", "elsewhere"}};
  REQUIRE(store->ReplaceDisputes(&disputes, sides).ok());
  CHECK(disputes[0].id > 0);
  CHECK(disputes[1].id > disputes[0].id);

  std::vector<Dispute> loaded;
  REQUIRE(store->LoadDisputes(&loaded).ok());
  REQUIRE(loaded.size() == 2);
  CHECK(loaded[0].id == disputes[1].id);  // highest score first
  CHECK(loaded[0].topic == "joint mission");
  CHECK(loaded[0].kind == "denial");
  CHECK(loaded[0].rule == "deny-that");
  CHECK(loaded[0].score == Approx(0.9));
  CHECK(loaded[0].evidence == "denied");
  REQUIRE(loaded[0].members.size() == 2);
  CHECK(loaded[0].members[0].claim_id == claims[1].id);
  CHECK(loaded[0].members[0].role == DisputeRole::kClaim);
  CHECK(loaded[0].members[1].claim_id == claims[0].id);
  CHECK(loaded[0].members[1].role == DisputeRole::kCounter);
  CHECK(loaded[1].topic == "weapons depot");
  CHECK(loaded[1].evidence.empty());

  std::map<std::string, std::string> loaded_sides;
  REQUIRE(store->LoadSourceSides(&loaded_sides).ok());
  CHECK(loaded_sides == std::map<std::string, std::string>{{"the Pentagon", "us"}});

  // A second run replaces everything, sides included.
  std::vector<Dispute> rerun = {low};
  REQUIRE(store->ReplaceDisputes(&rerun, {{"Russian Defence Ministry", "ru"}}).ok());
  REQUIRE(store->LoadDisputes(&loaded).ok());
  REQUIRE(loaded.size() == 1);
  CHECK(loaded[0].topic == "weapons depot");
  REQUIRE(store->LoadSourceSides(&loaded_sides).ok());
  CHECK(loaded_sides == std::map<std::string, std::string>{{"Russian Defence Ministry", "ru"}});
  SQLite::Database db(path.str(), SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("SELECT count(*) FROM dispute_claims").getInt() == 1);
}

TEST_CASE("ReplaceDisputes refuses bad input and keeps the previous disputes", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  Article article = PentagonArticle();
  std::vector<Claim> claims = PentagonClaims(article);
  AddOrFail(*store, article, &claims);
  Dispute good;
  good.topic = "joint mission";
  good.kind = "denial";
  good.rule = "deny-that";
  good.score = 0.9;
  good.members = {{claims[1].id, DisputeRole::kClaim}, {claims[0].id, DisputeRole::kCounter}};
  std::vector<Dispute> disputes = {good};
  REQUIRE(store->ReplaceDisputes(&disputes, {{"the Pentagon", "us"}}).ok());

  Dispute unknown_claim = good;
  unknown_claim.members.push_back({9999, DisputeRole::kCounter});
  Dispute bad_score = good;
  bad_score.score = 1.5;
  Dispute twice = good;
  twice.members.push_back(good.members[0]);
  for (const Dispute& bad : {unknown_claim, bad_score, twice}) {
    std::vector<Dispute> attempt = {bad};
    Status status = store->ReplaceDisputes(&attempt, {});
    INFO(status.message());
    CHECK_FALSE(status.ok());
    CHECK(status.message().find("dispute 1 (\"joint mission\")") != std::string::npos);
    std::vector<Dispute> loaded;
    REQUIRE(store->LoadDisputes(&loaded).ok());
    REQUIRE(loaded.size() == 1);
    CHECK(loaded[0].members.size() == 2);
    std::map<std::string, std::string> sides;
    REQUIRE(store->LoadSourceSides(&sides).ok());
    CHECK(sides.size() == 1);
  }
}

TEST_CASE("Deleting a document deletes its claims and their dispute rows", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  Article article = PentagonArticle();
  std::vector<Claim> claims = PentagonClaims(article);
  AddOrFail(*store, article, &claims);
  Dispute dispute;
  dispute.topic = "joint mission";
  dispute.kind = "denial";
  dispute.rule = "deny-that";
  dispute.score = 0.5;
  dispute.members = {{claims[1].id, DisputeRole::kClaim}};
  std::vector<Dispute> disputes = {dispute};
  REQUIRE(store->ReplaceDisputes(&disputes, {}).ok());
  {
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA foreign_keys = ON; DELETE FROM documents;");
  }
  StoreCounts counts;
  REQUIRE(store->Counts(&counts).ok());
  CHECK(counts.claims == 0);
  CHECK(counts.disputes == 1);
  std::vector<Dispute> loaded;
  REQUIRE(store->LoadDisputes(&loaded).ok());
  REQUIRE(loaded.size() == 1);
  CHECK(loaded[0].members.empty());
}

TEST_CASE("The queries in docs/schema.md run on a store", "[store][docs]") {
  std::map<std::string, std::string> queries = DocumentedQueries();
  REQUIRE(queries.count("disputes_side_by_side") == 1);
  REQUIRE(queries.count("top_deniers") == 1);
  REQUIRE(queries.count("claim_sentence") == 1);

  TempStorePath path;
  Article article = PentagonArticle();
  std::vector<Claim> claims = PentagonClaims(article);
  {
    auto store = OpenOrFail(path.str());
    AddOrFail(*store, article, &claims);
    Dispute dispute;
    dispute.topic = "joint mission";
    dispute.kind = "denial";
    dispute.rule = "deny-that";
    dispute.score = 0.9;
    dispute.members = {{claims[0].id, DisputeRole::kClaim}, {claims[1].id, DisputeRole::kCounter}};
    std::vector<Dispute> disputes = {dispute};
    REQUIRE(store->ReplaceDisputes(&disputes, {{"the Pentagon", "us"}}).ok());
  }
  SQLite::Database db(path.str(), SQLite::OPEN_READONLY);
  for (const auto& [name, sql] : queries) {
    INFO("query " << name << ":\n" << sql);
    SQLite::Statement query(db, sql);
    REQUIRE(query.executeStep());
    if (name == "disputes_side_by_side") {
      CHECK(query.getColumn("source").getString() == "Russian Defence Ministry");
      CHECK(query.getColumn("counter_source").getString() == "the Pentagon");
      CHECK(query.getColumn("counter_stance").getString() == "deny");
      CHECK(query.getColumn("doc").getString() == "pentagon.txt");
    } else if (name == "top_deniers") {
      CHECK(query.getColumn("source").getString() == "the Pentagon");
      CHECK(query.getColumn("denials").getInt() == 1);
    } else if (name == "claim_sentence") {
      // Byte offsets sliced right even after multi-byte characters.
      CHECK(query.getColumn("sentence").getString() ==
            std::string(claims[0].sentence_span.in(article.text)));
    }
  }
}

}  // namespace
}  // namespace claimtrack
