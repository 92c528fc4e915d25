// `ingest --threads N`, end to end: any number of extraction threads gives
// the store a single-threaded ingest gives, row for row and id for id, and a
// bad --threads is a usage error.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "run_binary.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds";
const fs::path kSharedCorpus = fs::path(CLAIMTRACK_SHARED_CORPUS_DIR) / "bbc_news_2225.jsonl";

// Every row the store holds that an ingest writes, ids included, as text:
// documents, sources and claims, each ordered by id, and the search index.
std::string Dump(const std::string& db_path) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  std::string dump;
  for (const char* sql :
       {"SELECT id, doc, content_hash, title, date, publisher, url, origin, length(text) "
        "FROM documents ORDER BY id",
        "SELECT id, name, kind, side FROM sources ORDER BY id",
        "SELECT id, document_id, source_id, mention, role, cue, cue_lemma, content, stance, quote, "
        "start, \"end\", sentence_start, sentence_end, rule, target, evidence, date, time, hedge "
        "FROM claims ORDER BY id",
        "SELECT rowid FROM claim_search WHERE claim_search MATCH 'said OR says OR told' "
        "ORDER BY rowid",
        // The search index's sizes of every claim. (Not its segments: each
        // batch writes one, and a batch that waited longer than its age
        // limit, as under a sanitizer on a loaded machine, is committed
        // smaller; the integrity check below covers the segments.)
        "SELECT id, hex(sz) FROM claim_search_docsize ORDER BY id"}) {
    SQLite::Statement query(db, sql);
    int columns = query.getColumnCount();
    while (query.executeStep()) {
      for (int i = 0; i < columns; ++i) {
        SQLite::Column column = query.getColumn(i);
        dump += column.isNull() ? std::string("NULL") : column.getString();
        dump += '\t';
      }
      dump += '\n';
    }
    dump += "--\n";
  }
  return dump;
}

// The first `count` lines of the shared BBC corpus when it is there (more
// articles than one batch holds), else the sample articles.
std::string Corpus(const TempDir& dir, std::size_t count) {
  if (!fs::exists(kSharedCorpus)) return kSeeds.string();
  std::string path = dir.File("corpus.jsonl");
  std::ifstream in(kSharedCorpus, std::ios::binary);
  std::ofstream out(path, std::ios::binary);
  std::string line;
  for (std::size_t i = 0; i < count && std::getline(in, line); ++i) out << line << "\n";
  return path;
}

TEST_CASE("ingest with several threads stores what one thread stores, with the same ids",
          "[cli][ingest]") {
  TempDir dir;
  // Six batches of 256: with threads, the WAL is checkpointed on a thread
  // of its own every four commits, so once during the ingest and again at
  // the close.
  std::string corpus = Corpus(dir, 1300);
  std::string one = dir.File("one.sqlite");
  ProcessResult single = RunClaimtrack({"ingest", "--threads", "1", "--db", one, corpus});
  INFO(single.out << single.err);
  REQUIRE(single.exit_code == 0);
  const std::string expected = Dump(one);
  REQUIRE(expected.size() > 1000);

  // More threads than cores too: workers then finish out of order, and the
  // order of the store must not follow them.
  for (const char* threads : {"2", "5"}) {
    INFO("--threads " << threads);
    std::string db = dir.File(std::string("threads") + threads + ".sqlite");
    ProcessResult run = RunClaimtrack({"ingest", "--threads", threads, "--db", db, corpus});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.substr(0, run.out.find(" (")) == single.out.substr(0, single.out.find(" (")));
    CHECK(Dump(db) == expected);
    {
      SQLite::Database check(db, SQLite::OPEN_READWRITE);
      CHECK_NOTHROW(
          check.exec("INSERT INTO claim_search (claim_search) VALUES ('integrity-check')"));
      CHECK(check.execAndGet("PRAGMA integrity_check").getString() == "ok");
    }
    // A second run finds every text stored.
    ProcessResult again = RunClaimtrack({"ingest", "--threads", threads, "--db", db, corpus});
    CHECK(again.exit_code == 0);
    CHECK(again.out.starts_with("ingested 0 articles, 0 claims; "));
    CHECK(Dump(db) == expected);
  }
}

TEST_CASE("ingest --threads must be a positive number", "[cli][ingest]") {
  TempDir dir;
  for (const char* bad : {"--threads=0", "--threads=-2"}) {
    INFO(bad);
    ProcessResult run =
        RunClaimtrack({"ingest", bad, "--db", dir.File("x.sqlite"), kSeeds.string()});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--threads must be at least 1") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.File("x.sqlite")));
  }
}

}  // namespace
}  // namespace claimtrack::test
