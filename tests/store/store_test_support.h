// Helpers shared by the store tests and the store's command-line tests: a
// store path that cleans up after itself, files read and written byte for
// byte, a store of schema version 1 as an older claimtrack left it, the SQL
// blocks of a Markdown document, a store opened or the test stopped, and a
// field-by-field check that a claim came back as it went in (from the store,
// or from a claims file).
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/claim.h"
#include "store/claim_store.h"
#include "store/schema_sql.h"

namespace claimtrack::test {

// A store path under the temporary directory, unique to this process and
// object, removed (with SQLite's side files) when the object is destroyed.
class TempStorePath {
 public:
  TempStorePath() {
    static std::atomic<int> counter{0};
    namespace fs = std::filesystem;
    path_ = (fs::temp_directory_path() / ("claimtrack_store_test_" + std::to_string(::getpid()) +
                                          "_" + std::to_string(counter++) + ".sqlite"))
                .string();
    Remove();
  }
  ~TempStorePath() { Remove(); }
  TempStorePath(const TempStorePath&) = delete;
  TempStorePath& operator=(const TempStorePath&) = delete;

  const std::string& str() const { return path_; }

 private:
  void Remove() {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(path_ + suffix, ignored);
    }
  }
  std::string path_;
};

inline std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// The text of the version-1 store that CreateVersion1Store writes: one
// article with a claim, its denial and a dispute between them.
inline constexpr char kVersion1Text[] =
    "Moscow’s ministry said its jets flew a joint mission near al-Bab. "
    "The Pentagon denied that any joint mission took place.";

// Writes a store of schema version 1 at `path` (which must not exist) the
// way claimtrack 0.1 did: db/schema.sql (unchanged since, and embedded as
// kSchemaSql), then rows, in rollback-journal mode. `extra_sql` runs last,
// in the same transaction (to plant a conflicting object, say).
inline void CreateVersion1Store(const std::string& path, const std::string& extra_sql = "") {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  SQLite::Transaction transaction(db);
  db.exec(kSchemaSql);
  if (db.execAndGet("PRAGMA user_version").getInt() != 1) {
    throw std::logic_error("db/schema.sql no longer creates version 1");
  }
  const std::string text = kVersion1Text;
  auto offset = [&](const std::string& part) {
    std::size_t at = text.find(part);
    if (at == std::string::npos) throw std::logic_error("not in the text: " + part);
    return static_cast<std::int64_t>(at);
  };
  SQLite::Statement document(db,
                             "INSERT INTO documents (id, doc, content_hash, title, date, text) "
                             "VALUES (1, 'old.txt', '0123456789abcdef', 'Jets', '2017-01-23', ?1)");
  document.bind(1, text);
  document.exec();
  db.exec(
      "INSERT INTO sources (id, name, kind, side) VALUES "
      "(1, 'Russian Defence Ministry', 'organization', 'Russia'), "
      "(2, 'the Pentagon', 'organization', 'United States')");
  SQLite::Statement claim(db,
                          "INSERT INTO claims (id, document_id, source_id, mention, cue, "
                          "cue_lemma, content, stance, quote, start, \"end\", sentence_start, "
                          "sentence_end, rule, evidence, date) "
                          "VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, 'indirect', ?8, ?9, ?10, ?11, "
                          "?12, ?13, '2017-01-23')");
  struct Row {
    int id, source;
    std::string mention, cue, lemma, content, stance, sentence, rule, evidence;
  };
  for (const Row& row :
       {Row{1, 1, "Moscow’s ministry", "said", "say", "its jets flew a joint mission near al-Bab",
            "assert", "Moscow’s ministry said its jets flew a joint mission near al-Bab.",
            "subject-cue-content", ""},
        Row{2, 2, "The Pentagon", "denied", "deny", "any joint mission took place", "deny",
            "The Pentagon denied that any joint mission took place.", "subject-deny-that",
            "denied"}}) {
    claim.bind(1, row.id);
    claim.bind(2, row.source);
    claim.bind(3, row.mention);
    claim.bind(4, row.cue);
    claim.bind(5, row.lemma);
    claim.bind(6, row.content);
    claim.bind(7, row.stance);
    claim.bind(8, offset(row.content));
    claim.bind(9, offset(row.content) + static_cast<std::int64_t>(row.content.size()));
    claim.bind(10, offset(row.sentence));
    claim.bind(11, offset(row.sentence) + static_cast<std::int64_t>(row.sentence.size()));
    claim.bind(12, row.rule);
    if (row.evidence.empty()) {
      claim.bind(13);
    } else {
      claim.bind(13, row.evidence);
    }
    claim.exec();
    claim.reset();
  }
  db.exec(
      "INSERT INTO disputes (id, topic, kind, rule, score, evidence) "
      "VALUES (1, 'joint mission', 'denial', 'deny-that', 0.9, 'denied'); "
      "INSERT INTO dispute_claims (dispute_id, claim_id, role, position) "
      "VALUES (1, 1, 'claim', 0), (1, 2, 'counter', 1);");
  if (!extra_sql.empty()) db.exec(extra_sql);
  transaction.commit();
}

// One SQL block of a Markdown document.
struct DocumentedQuery {
  std::string name;  // from the `<!-- query: NAME -->` line before the block
  std::string sql;   // the lines between ```sql and ```, each ending in '\n'
  int line = 0;      // of the ```sql fence, 1-based
};

// The ```sql blocks of the Markdown file at `path` that follow a line
// `<!-- query: NAME -->` (blank lines may come between), in document order.
// Empty when the file cannot be read.
inline std::vector<DocumentedQuery> DocumentedQueries(const std::string& path) {
  std::ifstream in(path);
  std::vector<DocumentedQuery> queries;
  std::string line;
  DocumentedQuery query;
  enum { kText, kAwaitFence, kInBlock } state = kText;
  const std::string kMarker = "<!-- query: ";
  for (int number = 1; std::getline(in, line); ++number) {
    if (state != kInBlock && line.rfind(kMarker, 0) == 0) {
      query = DocumentedQuery();
      query.name = line.substr(kMarker.size(), line.find(" -->") - kMarker.size());
      state = kAwaitFence;
    } else if (state == kAwaitFence && line == "```sql") {
      query.line = number;
      state = kInBlock;
    } else if (state == kAwaitFence && !line.empty()) {
      state = kText;  // a marker without its block; the caller sees it missing
    } else if (state == kInBlock && line == "```") {
      queries.push_back(query);
      state = kText;
    } else if (state == kInBlock) {
      query.sql += line + "\n";
    }
  }
  return queries;
}

// The store at `path`, opened (and created when missing, unless read-only);
// the test stops when it cannot be.
inline std::unique_ptr<ClaimStore> OpenOrFail(const std::string& path, bool read_only = false) {
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(path, read_only, &store);
  INFO(status.message());
  REQUIRE(status.ok());
  REQUIRE(store != nullptr);
  return store;
}

// Every field of `got` equals `want`'s, but the row id (which only the
// store gives).
inline void CheckSameClaim(const Claim& got, const Claim& want) {
  CHECK(got.doc == want.doc);
  CHECK(got.source == want.source);
  CHECK(got.mention == want.mention);
  CHECK(got.role == want.role);
  CHECK(got.source_kind == want.source_kind);
  CHECK(got.cue == want.cue);
  CHECK(got.cue_lemma == want.cue_lemma);
  CHECK(got.content == want.content);
  CHECK(got.stance == want.stance);
  CHECK(got.quote == want.quote);
  CHECK(got.content_span.begin == want.content_span.begin);
  CHECK(got.content_span.end == want.content_span.end);
  CHECK(got.sentence_span.begin == want.sentence_span.begin);
  CHECK(got.sentence_span.end == want.sentence_span.end);
  CHECK(got.rule == want.rule);
  CHECK(got.target == want.target);
  CHECK(got.evidence == want.evidence);
  CHECK(got.hedge == want.hedge);
  CHECK(got.date == want.date);
  CHECK(got.time == want.time);
}

}  // namespace claimtrack::test
