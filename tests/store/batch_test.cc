// Tests for ClaimStore::AddArticles: a batch of articles in one transaction,
// all or nothing for the batch when the store fails, one article at a time
// when an article is refused, and the full-text index filled for the batch
// with the insert trigger dropped inside the batch's transaction
// (db/migrations/006_ingest_without_statement_journals.sql) while hand edits
// still reach it through the triggers.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/claim_store.h"
#include "store_test_support.h"

namespace claimtrack {
namespace {

using test::OpenOrFail;
using test::TempStorePath;

// Article `name` ("a.txt" ...) with one claim per entry of `contents`, each a
// sentence of its own: "<Source> said <content>."
ArticleClaims MakeArticle(const std::string& name, const std::vector<std::string>& contents,
                          const std::string& source = "Jane Roe") {
  ArticleClaims item;
  item.article.doc = name;
  item.article.origin = "batch.jsonl:" + name;
  for (const std::string& content : contents) {
    std::size_t sentence = item.article.text.size();
    item.article.text += source + " said " + content + ". ";
    Claim claim;
    claim.source = source;
    claim.mention = source;
    claim.source_kind = "person";
    claim.cue = "said";
    claim.content = content;
    std::size_t at = item.article.text.find(content, sentence);
    claim.content_span = Span{at, at + content.size()};
    claim.sentence_span = Span{sentence, item.article.text.size() - 1};
    claim.rule = "test";
    item.claims.push_back(claim);
  }
  return item;
}

long Count(const std::string& path, const std::string& sql) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet(sql).getInt();
}

// FTS5's own check that claim_search indexes exactly the rows of `claims`.
void CheckSearchIndex(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  CHECK_NOTHROW(db.exec("INSERT INTO claim_search (claim_search) VALUES ('integrity-check')"));
  // The insert trigger that the batch dropped is back, as it was.
  CHECK(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                      "AND name = 'claims_search_insert'")
            .getInt() == 1);
}

std::size_t SearchCount(ClaimStore& store, const std::string& query) {
  std::vector<ClaimMatch> matches;
  std::size_t total = 0;
  Status status = store.SearchClaims(query, 100, &matches, &total);
  INFO(status.message());
  REQUIRE(status.ok());
  return total;
}

TEST_CASE("AddArticles stores a batch, in order, with ids and search", "[store][batch]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<ArticleClaims> batch = {
      MakeArticle("a.txt", {"the convoy reached Aleppo", "the road was open"}),
      MakeArticle("b.txt", {"the talks collapsed"}, "the ministry"),
      MakeArticle("a-again.txt", {"the convoy reached Aleppo", "the road was open"}),  // same text
      MakeArticle("c.txt", {})};
  std::vector<AddResult> results;
  Status status = store->AddArticles(batch, &results);
  INFO(status.message());
  REQUIRE(status.ok());
  REQUIRE(results.size() == 4);
  CHECK(results[0].outcome == AddOutcome::kStored);
  CHECK(results[1].outcome == AddOutcome::kStored);
  CHECK(results[2].outcome == AddOutcome::kDuplicate);  // earlier in the same batch
  CHECK(results[3].outcome == AddOutcome::kStored);
  // Ids in input order, filled in only for what was stored.
  CHECK(batch[0].claims[0].id == 1);
  CHECK(batch[0].claims[1].id == 2);
  CHECK(batch[1].claims[0].id == 3);
  CHECK(batch[1].claims[0].doc == "b.txt");
  CHECK(batch[2].claims[0].id == 0);

  CHECK(Count(path.str(), "SELECT count(*) FROM documents") == 3);
  CHECK(Count(path.str(), "SELECT count(*) FROM claims") == 3);
  CHECK(Count(path.str(), "SELECT count(*) FROM sources") == 2);
  CHECK(SearchCount(*store, "convoy") == 1);
  CHECK(SearchCount(*store, "talks OR road") == 2);
  CheckSearchIndex(path.str());

  // The same batch again: every text is stored already.
  for (ArticleClaims& item : batch) {
    for (Claim& claim : item.claims) claim.id = 0;
  }
  REQUIRE(store->AddArticles(batch, &results).ok());
  for (const AddResult& result : results) CHECK(result.outcome == AddOutcome::kDuplicate);
  CHECK(Count(path.str(), "SELECT count(*) FROM claims") == 3);
}

TEST_CASE("An article refused in a batch loses nothing of the others", "[store][batch]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  {
    // A rule added by hand, as a user may: it refuses one article's claim,
    // after its document row and its new source were written.
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
    db.exec(
        "CREATE TRIGGER refuse_poison BEFORE INSERT ON claims WHEN new.content LIKE '%poison%' "
        "BEGIN SELECT RAISE(ABORT, 'poison is not news'); END");
  }
  std::vector<ArticleClaims> batch = {
      MakeArticle("a.txt", {"the convoy reached Aleppo"}),
      MakeArticle("bad.txt", {"the well was clean", "the poison was found"}, "Poison Ivy"),
      MakeArticle("c.txt", {"the talks collapsed"}),
      MakeArticle("spans.txt", {"the border was closed"})};
  batch[3].claims[0].content_span = Span{5, 5000};  // outside the text: refused before writing
  std::vector<AddResult> results;
  Status status = store->AddArticles(batch, &results);
  INFO(status.message());
  REQUIRE(status.ok());
  REQUIRE(results.size() == 4);
  CHECK(results[0].outcome == AddOutcome::kStored);
  CHECK(results[1].outcome == AddOutcome::kRefused);
  CHECK(results[1].message == "batch.jsonl:bad.txt: poison is not news; nothing was stored");
  CHECK(results[2].outcome == AddOutcome::kStored);
  CHECK(results[3].outcome == AddOutcome::kRefused);
  CHECK(results[3].message.starts_with("batch.jsonl:spans.txt: claim 1: content bytes [5, 5000)"));

  // The refused article is gone whole: its document, its first claim and
  // its source; the ids go on as if it had never been there.
  CHECK(Count(path.str(), "SELECT count(*) FROM documents") == 2);
  CHECK(Count(path.str(), "SELECT count(*) FROM documents WHERE doc = 'bad.txt'") == 0);
  CHECK(Count(path.str(), "SELECT count(*) FROM sources WHERE name = 'Poison Ivy'") == 0);
  CHECK(Count(path.str(), "SELECT count(*) FROM claims") == 2);
  CHECK(batch[0].claims[0].id == 1);
  CHECK(batch[1].claims[0].id == 0);
  CHECK(batch[2].claims[0].id == 2);
  CHECK(SearchCount(*store, "well") == 0);
  CHECK(SearchCount(*store, "talks") == 1);
  CheckSearchIndex(path.str());

  // AddArticle says the same of one article, naming it, not the store.
  std::vector<Claim> claims = MakeArticle("bad.txt", {"the poison was found"}).claims;
  bool stored = true;
  status =
      store->AddArticle(MakeArticle("bad.txt", {"the poison was found"}).article, &claims, &stored);
  CHECK_FALSE(status.ok());
  CHECK(status.message() == "batch.jsonl:bad.txt: poison is not news; nothing was stored");
  CHECK_FALSE(stored);
}

TEST_CASE("A batch the store cannot write leaves nothing of it", "[store][batch]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<ArticleClaims> first = {MakeArticle("first.txt", {"the first batch was whole"})};
  std::vector<AddResult> results;
  REQUIRE(store->AddArticles(first, &results).ok());
  {
    // RAISE(ROLLBACK) undoes the whole transaction, as a full disk or an I/O
    // error does: no savepoint is left to go back to.
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
    db.exec(
        "CREATE TRIGGER fail_store AFTER INSERT ON documents WHEN new.doc = 'fatal.txt' "
        "BEGIN SELECT RAISE(ROLLBACK, 'the store gave up'); END");
  }
  std::vector<ArticleClaims> batch = {MakeArticle("a.txt", {"the convoy reached Aleppo"}),
                                      MakeArticle("b.txt", {"the talks collapsed"}),
                                      MakeArticle("fatal.txt", {"the end came"}),
                                      MakeArticle("d.txt", {"the road was open"})};
  Status status = store->AddArticles(batch, &results);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == path.str() + ": the store gave up");
  CHECK(results.empty());
  for (const ArticleClaims& item : batch) CHECK(item.claims[0].id == 0);
  // Nothing of the batch, not even the articles before the failure.
  CHECK(Count(path.str(), "SELECT count(*) FROM documents") == 1);
  CHECK(Count(path.str(), "SELECT count(*) FROM claims") == 1);
  CHECK(Count(path.str(), "SELECT count(*) FROM sources") == 1);
  CHECK(SearchCount(*store, "convoy") == 0);
  CheckSearchIndex(path.str());

  // The store is usable again; the articles alone are stored.
  std::vector<ArticleClaims> retry(batch.begin(), batch.begin() + 2);
  status = store->AddArticles(retry, &results);
  INFO(status.message());
  REQUIRE(status.ok());
  CHECK(results[0].outcome == AddOutcome::kStored);
  CHECK(results[1].outcome == AddOutcome::kStored);
  CHECK(retry[0].claims[0].id == 2);
  CHECK(SearchCount(*store, "convoy") == 1);
  CheckSearchIndex(path.str());
}

TEST_CASE("Claims inserted by hand are still indexed by the trigger", "[store][batch]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<ArticleClaims> batch = {MakeArticle("a.txt", {"the convoy reached Aleppo"})};
  std::vector<AddResult> results;
  REQUIRE(store->AddArticles(batch, &results).ok());
  {
    // As a user in the sqlite3 shell would, after claimtrack's batch put
    // the insert trigger back.
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
    db.exec(
        "INSERT INTO claims (document_id, source_id, mention, cue, content, stance, quote, "
        "start, \"end\", rule) VALUES (1, 1, 'she', 'said', 'a hand-made caravan', 'assert', "
        "'none', 0, 0, 'hand')");
  }
  CHECK(SearchCount(*store, "caravan") == 1);
  CheckSearchIndex(path.str());
  {
    SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
    db.exec("DELETE FROM claims WHERE rule = 'hand'");
  }
  CHECK(SearchCount(*store, "caravan") == 0);
  CHECK(SearchCount(*store, "convoy") == 1);
  CheckSearchIndex(path.str());
}

TEST_CASE("The store's own writes still meet the schema's CHECK constraints", "[store][batch]") {
  // ClaimStore writes with CHECK constraints off (they cost a temporary
  // b-tree per claim); the values it writes must satisfy them anyway.
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<ArticleClaims> batch = {
      MakeArticle("a.txt", {"the convoy reached Aleppo", "the road was open", "it was not"})};
  batch[0].claims[1].stance = Stance::kDeny;
  batch[0].claims[1].quote = QuoteKind::kDirect;
  batch[0].claims[2].quote = QuoteKind::kIndirect;
  std::vector<AddResult> results;
  REQUIRE(store->AddArticles(batch, &results).ok());
  SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
  CHECK(db.execAndGet("SELECT count(*) FROM claims WHERE stance IN ('assert', 'deny') AND "
                      "quote IN ('direct', 'indirect', 'none') AND start <= \"end\"")
            .getInt() == 3);
  CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
  // They still hold for every other writer.
  CHECK_THROWS(db.exec("UPDATE claims SET quote = 'paraphrase' WHERE id = 1"));
  std::vector<ArticleClaims> more = {MakeArticle("b.txt", {"the talks collapsed"})};
  REQUIRE(store->AddArticles(more, &results).ok());
  CHECK_THROWS(db.exec("UPDATE claims SET stance = 'maybe' WHERE id = 4"));
}

// IngestPipeline hashes articles on its extraction threads and hands the
// hash over; AddArticles hashes only what comes without one.
TEST_CASE("AddArticles takes a content hash computed beforehand, or computes it",
          "[store][batch]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<ArticleClaims> batch = {MakeArticle("a.txt", {"the convoy reached Aleppo"}),
                                      MakeArticle("b.txt", {"the talks collapsed"})};
  batch[0].content_hash = ContentHash(batch[0].article.text);
  std::vector<AddResult> results;
  REQUIRE(store->AddArticles(batch, &results).ok());
  CHECK(batch[1].content_hash == ContentHash(batch[1].article.text));
  SQLite::Database db(path.str(), SQLite::OPEN_READONLY);
  SQLite::Statement hashes(db, "SELECT content_hash FROM documents ORDER BY id");
  for (const ArticleClaims& item : batch) {
    REQUIRE(hashes.executeStep());
    CHECK(hashes.getColumn(0).getString() == ContentHash(item.article.text));
  }
  // The same text again, hashed beforehand, is recognised as stored.
  std::vector<ArticleClaims> again = {MakeArticle("a-copy.txt", {"the convoy reached Aleppo"})};
  again[0].article.text = batch[0].article.text;
  again[0].content_hash = batch[0].content_hash;
  REQUIRE(store->AddArticles(again, &results).ok());
  CHECK(results[0].outcome == AddOutcome::kDuplicate);
}

// With automatic checkpoints off, commits stay in the WAL and the store
// file does not grow; a second connection's Checkpoint() copies them into
// the file while the first stays open, and nothing is lost either way.
TEST_CASE("Checkpoint on a second connection copies the writer's commits into the file",
          "[store][batch]") {
  namespace fs = std::filesystem;
  TempStorePath path;
  auto writer = OpenOrFail(path.str());
  REQUIRE(writer->SetAutoCheckpoint(false).ok());
  const auto empty_size = fs::file_size(path.str());
  std::vector<ArticleClaims> batch;
  for (int i = 0; i < 50; ++i) {
    batch.push_back(MakeArticle("a" + std::to_string(i) + ".txt",
                                {"convoy number " + std::to_string(i) + " reached Aleppo " +
                                 std::string(2000, 'x')}));
  }
  std::vector<AddResult> results;
  REQUIRE(writer->AddArticles(batch, &results).ok());
  CHECK(fs::file_size(path.str()) == empty_size);  // all of it in the WAL
  CHECK(fs::file_size(path.str() + "-wal") > 100000);

  auto checkpointer = OpenOrFail(path.str());
  std::int64_t wal_pages = 0;
  REQUIRE(checkpointer->Checkpoint(&wal_pages).ok());
  CHECK(wal_pages > 100000 / 4096);
  CHECK(fs::file_size(path.str()) > empty_size + 100000);
  // Once everything is copied, the writer's next batch starts the WAL again
  // from its beginning instead of growing it (IngestPipeline relies on it).
  const auto wal_size = fs::file_size(path.str() + "-wal");
  std::vector<ArticleClaims> same_size;
  for (int i = 0; i < 50; ++i) {
    same_size.push_back(MakeArticle("c" + std::to_string(i) + ".txt",
                                    {"convoy number " + std::to_string(i) + " left Aleppo " +
                                     std::string(2000, 'y')}));
  }
  REQUIRE(writer->AddArticles(same_size, &results).ok());
  CHECK(fs::file_size(path.str() + "-wal") <= wal_size);
  REQUIRE(writer->Checkpoint().ok());
  // The writer goes on after the checkpoint; closing both keeps everything.
  std::vector<ArticleClaims> more = {MakeArticle("b.txt", {"the talks collapsed"})};
  REQUIRE(writer->AddArticles(more, &results).ok());
  REQUIRE(writer->SetAutoCheckpoint(true).ok());
  checkpointer.reset();
  writer.reset();
  CHECK_FALSE(fs::exists(path.str() + "-wal"));  // the last close checkpointed the rest
  CHECK(Count(path.str(), "SELECT count(*) FROM documents") == 101);
  CHECK(Count(path.str(), "SELECT count(*) FROM claims") == 101);
  CheckSearchIndex(path.str());
}

}  // namespace
}  // namespace claimtrack
