// ClaimStore on SQLiteCpp: opening, checking and upgrading a store file, and
// the statements that write and read documents, sources, claims and disputes,
// and search claims. Every SQLiteCpp exception ends here, turned into a Status
// naming the store.
#include "store/claim_store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "store/claim_rows.h"
#include "store/schema_upgrade.h"

namespace claimtrack {
namespace {

// How long a writer waits for another process's lock before failing: long
// enough for a concurrent `ingest` to commit an article.
constexpr int kBusyTimeoutMs = 5000;

// The tables every version of the store has; checked on open so that some
// other program's database with a matching user_version is refused (and
// before an upgrade, which would otherwise fail half-way for such a file).
constexpr const char* kTables[] = {"documents", "sources", "claims", "disputes", "dispute_claims"};

// How many WAL pages a writer's commit leaves before it checkpoints (see
// Prepare, where it is set).
constexpr const char* kAutoCheckpoint = "PRAGMA wal_autocheckpoint = 10000";

// The version that added the claim_search full-text index.
constexpr int kSearchVersion = 2;

// Process-wide SQLite settings, applied before SQLite first initializes
// (later calls of sqlite3_config fail harmlessly: a program that opened a
// database some other way just keeps SQLite's defaults). Memory statistics
// off: with them on, every allocation SQLite makes takes a global mutex to
// count itself, and claimtrack never reads the counts. That mutex and the
// connection's (see Open) were a fifth of the instructions of a batch.
void ConfigureSqliteOnce() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

// Runs `body`, turning any exception (SQLiteCpp's, or bad_alloc) into an
// error that names the store. `body` returns a Status of its own.
template <typename Body>
Status Guarded(const std::string& path, Body&& body) {
  try {
    return body();
  } catch (const std::exception& e) {
    return Status::Error(path + ": " + e.what());
  }
}

// A cached prepared statement, borrowed for one execution. It is prepared on
// first use and reset when the borrow ends, even on error: a statement left
// mid-result would keep a read transaction (and a stale WAL snapshot) open.
class CachedStatement {
 public:
  CachedStatement(SQLite::Database& db, std::unique_ptr<SQLite::Statement>& slot, const char* sql) {
    if (!slot) slot = std::make_unique<SQLite::Statement>(db, sql);
    statement_ = slot.get();
  }
  ~CachedStatement() { statement_->tryReset(); }
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;

  SQLite::Statement& operator*() { return *statement_; }
  SQLite::Statement* operator->() { return statement_; }

 private:
  SQLite::Statement* statement_;
};

// Optional text is stored as NULL, never '', so that `IS NULL` finds it.
// Bound without a copy: every caller executes the statement while `value`
// lives, and binds every parameter again before the next execution.
void BindOptional(SQLite::Statement& statement, int index, const std::string& value) {
  if (value.empty()) {
    statement.bind(index);
  } else {
    statement.bindNoCopy(index, value);
  }
}

void BindOffset(SQLite::Statement& statement, int index, std::size_t offset) {
  statement.bind(index, static_cast<std::int64_t>(offset));
}

// NULL reads back as the empty string.
std::string Text(const SQLite::Column& column) {
  return column.isNull() ? std::string() : column.getString();
}

// A byte offset read back; rows edited by hand could hold anything.
std::size_t Offset(const SQLite::Column& column, std::int64_t claim_id) {
  if (column.isNull()) return 0;
  std::int64_t value = column.getInt64();
  if (value < 0) {
    throw std::runtime_error("claim " + std::to_string(claim_id) + " has a negative byte offset");
  }
  return static_cast<std::size_t>(value);
}

std::string_view DisputeRoleName(DisputeRole role) {
  return role == DisputeRole::kCounter ? "counter" : "claim";
}

// Where an article came from, for messages: "path:line" when known.
const std::string& ArticleName(const Article& article) {
  return article.origin.empty() ? article.doc : article.origin;
}

Status CheckClaimSpans(const Article& article, const Claim& claim, std::size_t index) {
  std::size_t size = article.text.size();
  auto out_of_text = [&](const char* what, const Span& span) {
    return Status::Error(ArticleName(article) + ": claim " + std::to_string(index + 1) + ": " +
                         what + " bytes [" + std::to_string(span.begin) + ", " +
                         std::to_string(span.end) + ") are not within the text's " +
                         std::to_string(size) + " bytes; nothing was stored");
  };
  const Span& content = claim.content_span;
  if (content.begin > content.end || content.end > size) return out_of_text("content", content);
  const Span& sentence = claim.sentence_span;
  bool unknown_sentence = sentence.begin == 0 && sentence.end == 0;
  if (!unknown_sentence && (sentence.begin > sentence.end || sentence.end > size)) {
    return out_of_text("sentence", sentence);
  }
  return Status::Ok();
}

// Errors that concern the row being written, not the store (a constraint,
// a value too big): the article is refused and its batch written again
// without it. Any other error (I/O, full disk, busy, out of memory, corrupt
// file) is the store's.
bool IsArticleError(const SQLite::Exception& e) {
  int code = e.getErrorCode() & 0xff;
  return code == SQLITE_CONSTRAINT || code == SQLITE_TOOBIG || code == SQLITE_MISMATCH;
}

std::string ArticleRefusal(const Article& article, const std::string& reason) {
  return ArticleName(article) + ": " + reason + "; nothing was stored";
}

Status CheckDispute(const Dispute& dispute, std::size_t index) {
  std::string name = "dispute " + std::to_string(index + 1) + " (\"" + dispute.topic + "\")";
  if (!(dispute.score >= 0.0 && dispute.score <= 1.0)) {
    return Status::Error(name + ": score " + std::to_string(dispute.score) +
                         " is outside [0, 1]; nothing was stored");
  }
  std::set<std::int64_t> seen;
  for (const DisputeMember& member : dispute.members) {
    if (!seen.insert(member.claim_id).second) {
      return Status::Error(name + ": claim " + std::to_string(member.claim_id) +
                           " is listed twice; nothing was stored");
    }
  }
  return Status::Ok();
}

}  // namespace

// Turns off the schema's CHECK constraints and foreign-key checks on `db`
// for the life of the object; create it outside any transaction (SQLite
// ignores PRAGMA foreign_keys inside one). Both cost a good share of each
// insert (docs/performance.md): SQLite evaluates `quote IN ('direct',
// 'indirect', 'none')` by building a temporary b-tree for every row, and
// checks a claim's document and source by looking both up. The constraints
// stay in the schema, for every other writer; the values claimtrack writes
// satisfy them by construction: stance and quote come from enums
// (StanceName, QuoteKindName), CheckClaimSpans refuses start > end first,
// and a claim's document_id and source_id are the rows written or read just
// before it in the same transaction. Changing the flags makes SQLite prepare
// the cached statements again, once per batch.
class UncheckedWrites {
 public:
  explicit UncheckedWrites(SQLite::Database& db) : db_(db) {
    db_.exec("PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF");
  }
  ~UncheckedWrites() {
    try {
      db_.exec("PRAGMA ignore_check_constraints = OFF; PRAGMA foreign_keys = ON");
    } catch (const std::exception&) {
      // Cannot fail on an open connection outside a transaction; nothing
      // more to do if it did.
    }
  }
  UncheckedWrites(const UncheckedWrites&) = delete;
  UncheckedWrites& operator=(const UncheckedWrites&) = delete;

 private:
  SQLite::Database& db_;
};

struct ClaimStore::Impl {
  Impl(const std::string& path, int flags) : db(path, flags, kBusyTimeoutMs) {}

  // Declared first so that it is destroyed after the statements below.
  SQLite::Database db;

  // Prepared on first use and kept: `ingest` stores tens of thousands of
  // articles, and preparing each statement per article would dominate.
  std::unique_ptr<SQLite::Statement> insert_document;
  std::unique_ptr<SQLite::Statement> upsert_source;
  std::unique_ptr<SQLite::Statement> find_source;
  std::unique_ptr<SQLite::Statement> insert_claim;
  std::unique_ptr<SQLite::Statement> insert_dispute;
  std::unique_ptr<SQLite::Statement> find_claim;
  std::unique_ptr<SQLite::Statement> insert_dispute_claim;
  std::unique_ptr<SQLite::Statement> set_side;
  std::unique_ptr<SQLite::Statement> find_search_trigger;
  std::unique_ptr<SQLite::Statement> index_claim;

  // The sources written or read in the current write transaction, by name:
  // a source named by many claims of a batch is looked up once. Cleared at
  // the start of each transaction: another process may have written since,
  // or a rolled-back try may have created some.
  struct KnownSource {
    std::int64_t id = 0;
    bool kind_known = false;  // kind is set and not "unknown": no claim can change it
  };
  std::unordered_map<std::string, KnownSource> sources;

  // The schema version and the number of tables (not counting SQLite's own).
  // The first read of a file that is not a database throws SQLITE_NOTADB.
  // Both are read by one statement, so they come from one snapshot: read
  // apart, another process creating the store could commit in between and
  // its tables would seem to have no version.
  std::pair<int, int> ReadState() {
    SQLite::Statement state(
        db,
        "SELECT (SELECT user_version FROM pragma_user_version), "
        "(SELECT count(*) FROM sqlite_schema "
        "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    state.executeStep();
    return {state.getColumn(0).getInt(), state.getColumn(1).getInt()};
  }

  // Refuses what no program of this version may open: a newer store, some
  // other program's database, and (read-only) an empty file.
  Status CheckVersion(const std::string& path, int version, int tables, bool read_only) {
    int known = ClaimStore::SchemaVersion();
    if (version > known) {
      return Status::Error(path + ": was written by a newer claimtrack (schema version " +
                           std::to_string(version) + "; this program knows " +
                           std::to_string(known) + ")");
    }
    if (version == 0 && tables > 0) {
      return Status::Error(path + ": not a claimtrack store (it has tables but no schema version)");
    }
    if (version == 0 && read_only) {
      return Status::Error(path + ": empty store; run `claimtrack ingest` first");
    }
    return Status::Ok();
  }

  Status CheckTables(const std::string& path) {
    for (const char* table : kTables) {
      if (!db.tableExists(table)) {
        return Status::Error(path + ": not a claimtrack store (no table '" + table + "')");
      }
    }
    return Status::Ok();
  }

  // Switches the file to WAL. Two processes that have just created a store
  // may both ask at once; each then needs the other's shared lock gone, and
  // SQLite answers one of them SQLITE_BUSY at once, without waiting (the
  // busy timeout cannot resolve a deadlock). The other switches the file;
  // asking again after a moment finds it in WAL already.
  void SetWalMode() {
    for (int attempt = 0;; ++attempt) {
      try {
        db.exec("PRAGMA journal_mode = WAL");
        return;
      } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xFF) != SQLITE_BUSY || attempt >= 50) throw;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  // Checks the file and, unless read-only, creates or upgrades its schema.
  // Nothing is written before the version has been checked, and nothing of
  // the schema when the upgrade fails (a new file may be left an empty
  // database in WAL mode). On success `*version` is the store's schema version.
  Status Prepare(const std::string& path, bool read_only, int* version_out) {
    auto [version, tables] = ReadState();
    Status status = CheckVersion(path, version, tables, read_only);
    if (!status.ok()) return status;
    if (!read_only && version == 0 && tables == 0) {
      // A new store is switched to WAL before its schema is created, so
      // that the schema is written to the WAL like any commit. Created in
      // the rollback journal and then switched, the two transactions synced
      // the journal, the folder and the file 8 times and deleted the journal
      // twice: 5-40 ms before the first article could be stored, with both
      // cores idle. Now one transaction (the switch writes the file's first
      // page) syncs 3 times. NORMAL first, as below: the journal's header is
      // then not synced on its own.
      db.exec("PRAGMA synchronous = NORMAL");
      SetWalMode();
    }
    if (!read_only && version < ClaimStore::SchemaVersion()) {
      // Under the write lock, look again: another process may have created
      // or upgraded the schema since.
      SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
      std::tie(version, tables) = ReadState();
      status = CheckVersion(path, version, tables, read_only);
      if (!status.ok()) return status;
      if (version > 0) {
        status = CheckTables(path);
        if (!status.ok()) return status;
      }
      try {
        UpgradeSchema(db, version);
      } catch (const std::exception& e) {
        // Returning rolls the transaction back: every step or none.
        if (version == 0) return Status::Error(path + ": cannot create the store: " + e.what());
        return Status::Error(path + ": cannot upgrade schema version " + std::to_string(version) +
                             " to " + std::to_string(ClaimStore::SchemaVersion()) + ": " +
                             e.what() + "; the store was left unchanged");
      }
      transaction.commit();
      std::tie(version, tables) = ReadState();
    }
    status = CheckTables(path);
    if (!status.ok()) return status;
    db.exec("PRAGMA foreign_keys = ON");
    // WAL lets `report` read while `ingest` writes. It is a property of the
    // file, so a read-only open leaves it as it is.
    if (!read_only) {
      SetWalMode();
      // With WAL, NORMAL cannot corrupt the file; a power cut may lose the
      // last commits, which re-running `ingest` restores (stored texts are
      // skipped). FULL syncs every article: ingest ran 9x slower with it.
      db.exec("PRAGMA synchronous = NORMAL");
      // A batch of articles changes more pages than SQLite's default 2 MiB
      // cache holds (text, claims, five indexes, the search index): it then
      // wrote pages to the WAL before the commit and read them back.
      db.exec("PRAGMA cache_size = -16384");  // KiB: 16 MiB
      // SQLite copies the WAL back into the file once it holds 1,000 pages
      // (4 MiB), which a batch of articles often writes by itself: nearly
      // every commit was followed by a checkpoint, and pages that every
      // batch changes (index pages, the search index's segments) were copied
      // once per batch. At 10,000 pages (about 40 MiB of WAL beside the
      // store while `ingest` runs; a clean close removes it) AddArticles
      // took 7-18% less CPU on a 100 MB corpus (docs/performance.md).
      db.exec(kAutoCheckpoint);
    }
    *version_out = version;
    return Status::Ok();
  }

  std::int64_t SourceId(const Claim& claim) {
    bool kind_given = !claim.source_kind.empty() && claim.source_kind != "unknown";
    auto known = sources.find(claim.source);
    // Only a kind given for a source whose kind is not known yet changes the
    // row; otherwise the upsert below would do nothing.
    if (known != sources.end() && (known->second.kind_known || !kind_given)) {
      return known->second.id;
    }
    {
      // The first claim naming a source sets its kind; a later one only
      // replaces a kind that was unknown.
      CachedStatement upsert(db, upsert_source,
                             "INSERT INTO sources (name, kind) VALUES (?1, ?2) "
                             "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind "
                             "WHERE excluded.kind IS NOT NULL AND excluded.kind <> 'unknown' "
                             "AND (sources.kind IS NULL OR sources.kind = 'unknown')");
      upsert->bindNoCopy(1, claim.source);
      BindOptional(*upsert, 2, claim.source_kind);
      // Most sources a batch names are new: inserted, the row's id is the
      // last rowid inserted, and its kind the one bound, so the SELECT below
      // is needed only when the name was stored before (the upsert then
      // updated the row or did nothing, and inserted no rowid).
      sqlite3_set_last_insert_rowid(db.getHandle(), 0);
      upsert->exec();
      std::int64_t inserted = db.getLastInsertRowid();
      if (inserted != 0) {
        sources[claim.source] = KnownSource{inserted, kind_given};
        return inserted;
      }
    }
    CachedStatement find(db, find_source,
                         "SELECT id, kind IS NOT NULL AND kind <> 'unknown' "
                         "FROM sources WHERE name = ?1");
    find->bindNoCopy(1, claim.source);
    if (!find->executeStep()) throw std::runtime_error("source '" + claim.source + "' vanished");
    KnownSource source{find->getColumn(0).getInt64(), find->getColumn(1).getInt() != 0};
    sources[claim.source] = source;
    return source.id;
  }

  // Drops the trigger claims_search_insert inside the current transaction
  // and returns the SQL that creates it again, as stored ("" when there is
  // no such trigger: nothing was dropped). The caller runs that SQL before
  // it commits, so no other connection ever sees the store without the
  // trigger: SQLite shows a transaction's changes only once committed, and
  // a rollback (a refused article, a killed process) brings it back too.
  //
  // Why: any trigger on `claims` makes SQLite give every INSERT INTO claims
  // a statement journal, into which it copies each page the insert changes
  // (about 6 per claim), even when the trigger does nothing. Dropped, the
  // batch's inserts need none; claimtrack indexes the batch's claims itself.
  // Re-created from its stored text, the trigger stays whatever it is in
  // the file. The schema change makes SQLite prepare the cached statements
  // again, once per batch.
  std::string DropSearchTrigger() {
    std::string sql;
    {
      CachedStatement find(db, find_search_trigger,
                           "SELECT sql FROM sqlite_schema "
                           "WHERE type = 'trigger' AND name = 'claims_search_insert'");
      if (!find->executeStep()) return sql;
      sql = find->getColumn(0).getString();
    }
    db.exec("DROP TRIGGER claims_search_insert");
    return sql;
  }

  // Writes one article and its claims inside the current transaction, or
  // nothing when its text is stored already (returns false). The new claims'
  // ids are appended to `ids`.
  bool InsertArticle(const Article& article, const std::string& hash,
                     const std::vector<Claim>& claims, std::vector<std::int64_t>* ids) {
    std::int64_t document_id = 0;
    {
      // A text stored before (content_hash is UNIQUE) inserts nothing. The
      // insert's own check of that index finds it; a SELECT before each
      // insert looked it up a second time.
      CachedStatement insert(db, insert_document,
                             "INSERT INTO documents "
                             "(doc, content_hash, title, date, publisher, url, origin, text) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                             "ON CONFLICT (content_hash) DO NOTHING");
      insert->bindNoCopy(1, article.doc);
      insert->bindNoCopy(2, hash);
      BindOptional(*insert, 3, article.title);
      BindOptional(*insert, 4, article.date);
      BindOptional(*insert, 5, article.publisher);
      BindOptional(*insert, 6, article.url);
      BindOptional(*insert, 7, article.origin);
      // No copy: the text outlives the statement's execution.
      insert->bindNoCopy(8, article.text);
      sqlite3_set_last_insert_rowid(db.getHandle(), 0);
      insert->exec();
      document_id = db.getLastInsertRowid();
      if (document_id == 0 && sqlite3_changes(db.getHandle()) == 0) return false;  // stored before
    }
    for (const Claim& claim : claims) {
      std::int64_t source_id = SourceId(claim);
      CachedStatement insert(
          db, insert_claim,
          "INSERT INTO claims (document_id, source_id, mention, role, cue, cue_lemma, content, "
          "stance, quote, start, \"end\", sentence_start, sentence_end, rule, target, evidence, "
          "date, time, hedge) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
          "?17, ?18, ?19)");
      SQLite::Statement& s = *insert;
      s.bind(1, document_id);
      s.bind(2, source_id);
      s.bindNoCopy(3, claim.mention);
      BindOptional(s, 4, claim.role);
      s.bindNoCopy(5, claim.cue);
      BindOptional(s, 6, claim.cue_lemma);
      s.bindNoCopy(7, claim.content);
      // The names are string literals, so their data() ends with a NUL.
      s.bindNoCopy(8, StanceName(claim.stance).data());
      s.bindNoCopy(9, QuoteKindName(claim.quote).data());
      BindOffset(s, 10, claim.content_span.begin);
      BindOffset(s, 11, claim.content_span.end);
      if (claim.sentence_span.begin == 0 && claim.sentence_span.end == 0) {
        s.bind(12);  // not known
        s.bind(13);
      } else {
        BindOffset(s, 12, claim.sentence_span.begin);
        BindOffset(s, 13, claim.sentence_span.end);
      }
      s.bindNoCopy(14, claim.rule);
      BindOptional(s, 15, claim.target);
      BindOptional(s, 16, claim.evidence);
      BindOptional(s, 17, claim.date);
      BindOptional(s, 18, claim.time);
      BindOptional(s, 19, claim.hedge);
      s.exec();
      ids->push_back(db.getLastInsertRowid());
    }
    return true;
  }

  // One article of a batch, as WriteBatch takes it.
  struct Item {
    const Article* article;
    std::vector<Claim>* claims;  // never null
    const std::string* content_hash;  // ContentHash(article->text); never null
  };

  // Indexes the claims a batch stored (`ids`; item i's are [first_id[i],
  // first_id[i + 1])) in claim_search, inside the batch's transaction, one
  // statement per claim. Outside any trigger, FTS5 keeps the terms in memory
  // and writes them as one index segment at the commit. One INSERT ...
  // SELECT of the batch's id range from `claims` instead (the ids are
  // consecutive when nothing else writes claims) saved only about 1% of a
  // batch's instructions (docs/performance.md): the cost is FTS5's
  // tokenizer and segments, not the statements.
  void IndexForSearch(std::span<const Item> items, const std::vector<AddResult>& results,
                      const std::vector<std::int64_t>& ids,
                      const std::vector<std::size_t>& first_id) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (results[i].outcome != AddOutcome::kStored) continue;
      const std::vector<Claim>& claims = *items[i].claims;
      for (std::size_t k = 0; k < claims.size(); ++k) {
        CachedStatement index(db, index_claim,
                              "INSERT INTO claim_search (rowid, content) VALUES (?1, ?2)");
        index->bind(1, ids[first_id[i] + k]);
        index->bindNoCopy(2, claims[k].content);
        index->exec();
      }
    }
  }

  // The body of AddArticle and AddArticles: writes `items` in one IMMEDIATE
  // transaction and indexes their claims. `results` has one entry per item
  // on entry; items already refused (a message set) are skipped.
  //
  // An article the store refuses (IsArticleError) rolls the transaction
  // back; it is marked refused and the batch is written again without it.
  // Refusals are rare (a constraint added by hand), and the alternative, a
  // savepoint per article, cost every batch: SQLite then copies every page
  // an article changes into a sub-journal, which outgrew memory and went to
  // a temporary file page by page. Throws on a failure of the store.
  void WriteBatch(std::span<const Item> items, std::vector<AddResult>* results) {
    for (;;) {
      bool any = std::any_of(results->begin(), results->end(),
                             [](const AddResult& result) { return result.message.empty(); });
      if (!any) return;  // every article refused: nothing to write
      std::size_t refused = items.size();
      std::string reason;
      if (TryWriteBatch(items, results, &refused, &reason)) return;
      (*results)[refused].outcome = AddOutcome::kRefused;
      (*results)[refused].message = ArticleRefusal(*items[refused].article, reason);
    }
  }

  // One try of WriteBatch: true when committed; false when article
  // `*refused` was refused for `*reason` and nothing was written.
  bool TryWriteBatch(std::span<const Item> items, std::vector<AddResult>* results,
                     std::size_t* refused, std::string* reason) {
    // Declared before the transaction, so that it is restored after the
    // transaction has ended (committed or rolled back).
    UncheckedWrites unchecked(db);
    // IMMEDIATE takes the write lock up front; a deferred transaction that
    // reads first could fail to upgrade while another process writes.
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    sources.clear();
    // The claims of the batch are indexed by the loop below, not by the
    // insert trigger (db/migrations/006_ingest_without_statement_journals.sql).
    std::string search_trigger = DropSearchTrigger();
    std::vector<std::int64_t> ids;
    std::vector<std::size_t> first_id(items.size() + 1, 0);  // item i's ids: [first_id[i], first_id[i+1])
    for (std::size_t i = 0; i < items.size(); ++i) {
      first_id[i] = ids.size();
      AddResult& result = (*results)[i];
      if (!result.message.empty()) {  // refused before
        first_id[i + 1] = ids.size();
        continue;
      }
      const Item& item = items[i];
      try {
        result.outcome = InsertArticle(*item.article, *item.content_hash, *item.claims, &ids)
                             ? AddOutcome::kStored
                             : AddOutcome::kDuplicate;
      } catch (const SQLite::Exception& e) {
        // SQLite rolls back the whole transaction after some errors (a full
        // disk, out of memory, RAISE(ROLLBACK)): those are the store's.
        if (!IsArticleError(e) || sqlite3_get_autocommit(db.getHandle())) throw;
        *refused = i;
        *reason = e.what();
        return false;  // the transaction rolls back
      }
      first_id[i + 1] = ids.size();
    }
    if (!search_trigger.empty()) db.exec(search_trigger);
    IndexForSearch(items, *results, ids, first_id);
    transaction.commit();
    // Only now that the rows exist do the claims learn their ids.
    for (std::size_t i = 0; i < items.size(); ++i) {
      if ((*results)[i].outcome != AddOutcome::kStored) continue;
      std::vector<Claim>& claims = *items[i].claims;
      for (std::size_t k = 0; k < claims.size(); ++k) {
        claims[k].id = ids[first_id[i] + k];
        claims[k].doc = items[i].article->doc;
      }
    }
    return true;
  }
};

ClaimStore::ClaimStore(std::string path, int schema_version, std::unique_ptr<Impl> impl)
    : path_(std::move(path)), schema_version_(schema_version), impl_(std::move(impl)) {}

ClaimStore::~ClaimStore() = default;

int ClaimStore::SchemaVersion() { return LatestSchemaVersion(); }

Status ClaimStore::Open(const std::string& path, bool read_only, std::unique_ptr<ClaimStore>* out) {
  out->reset();
  std::error_code error;
  if (read_only && !std::filesystem::exists(path, error)) {
    return Status::Error(path + ": no such store; run `claimtrack ingest` first");
  }
  try {
    ConfigureSqliteOnce();
    int flags = read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    // No connection mutex: a ClaimStore is used by one thread at a time
    // (claim_store.h), and SQLite took it on every call (ConfigureSqliteOnce).
    flags |= SQLite::OPEN_NOMUTEX;
    auto impl = std::make_unique<Impl>(path, flags);
    int version = 0;
    Status status = impl->Prepare(path, read_only, &version);
    if (!status.ok()) return status;
    out->reset(new ClaimStore(path, version, std::move(impl)));
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) {
      return Status::Error(path + ": not a claimtrack store (file is not a database)");
    }
    return Status::Error(path + ": " + e.what());
  } catch (const std::exception& e) {
    return Status::Error(path + ": " + e.what());
  }
}

Status ClaimStore::AddArticle(const Article& article, std::vector<Claim>* claims, bool* stored) {
  if (stored != nullptr) *stored = false;
  std::vector<Claim> no_claims;
  std::vector<Claim>& list = claims != nullptr ? *claims : no_claims;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Status status = CheckClaimSpans(article, list[i], i);
    if (!status.ok()) return status;
  }
  const std::string hash = ContentHash(article.text);
  const Impl::Item item{&article, &list, &hash};
  std::vector<AddResult> results(1);
  Status status = Guarded(path_, [&]() -> Status {
    impl_->WriteBatch(std::span<const Impl::Item>(&item, 1), &results);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  if (results[0].outcome == AddOutcome::kRefused) return Status::Error(results[0].message);
  if (stored != nullptr) *stored = results[0].outcome == AddOutcome::kStored;
  return Status::Ok();
}

Status ClaimStore::AddArticles(std::span<ArticleClaims> batch, std::vector<AddResult>* results) {
  results->assign(batch.size(), AddResult{});
  std::vector<Impl::Item> items;
  items.reserve(batch.size());
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (batch[i].content_hash.empty()) batch[i].content_hash = ContentHash(batch[i].article.text);
    items.push_back({&batch[i].article, &batch[i].claims, &batch[i].content_hash});
    for (std::size_t k = 0; k < batch[i].claims.size(); ++k) {
      Status status = CheckClaimSpans(batch[i].article, batch[i].claims[k], k);
      if (!status.ok()) {
        (*results)[i].message = status.message();  // kRefused
        break;
      }
    }
  }
  return Guarded(path_, [&]() -> Status {
    try {
      impl_->WriteBatch(items, results);
    } catch (...) {
      results->clear();  // nothing of the batch is stored
      throw;
    }
    return Status::Ok();
  });
}

namespace {

// The version that added claims.hedge.
constexpr int kHedgeVersion = 3;

}  // namespace

// ClaimColumns, ReadClaim, ReadClaims and ClaimsFrom are declared in
// store/claim_rows.h: the incremental match's queries (store/match_state.cc)
// read claims too.

// The columns ReadClaim reads, for a query that joins claims AS c, sources AS
// s and documents AS d. A store older than kHedgeVersion, opened read-only
// as it is, has no hedge column: its claims read as unhedged.
std::string ClaimColumns(int schema_version) {
  return std::string(
             "c.id, d.doc, s.name, c.mention, c.role, s.kind, c.cue, c.cue_lemma, c.content, "
             "c.stance, c.quote, c.start, c.\"end\", c.sentence_start, c.sentence_end, c.rule, "
             "c.target, c.evidence, c.date, c.time, ") +
         (schema_version >= kHedgeVersion ? "c.hedge" : "NULL");
}

// The claim in the current row of a query selecting ClaimColumns() first.
Status ReadClaim(const std::string& path, SQLite::Statement& query, Claim* claim) {
  claim->id = query.getColumn(0).getInt64();
  claim->doc = Text(query.getColumn(1));
  claim->source = Text(query.getColumn(2));
  claim->mention = Text(query.getColumn(3));
  claim->role = Text(query.getColumn(4));
  claim->source_kind = Text(query.getColumn(5));
  claim->cue = Text(query.getColumn(6));
  claim->cue_lemma = Text(query.getColumn(7));
  claim->content = Text(query.getColumn(8));
  std::string stance = Text(query.getColumn(9));
  std::string quote = Text(query.getColumn(10));
  if (!ParseStance(stance, &claim->stance) || !ParseQuoteKind(quote, &claim->quote)) {
    return Status::Error(path + ": claim " + std::to_string(claim->id) +
                         " has an unknown stance '" + stance + "' or quote '" + quote + "'");
  }
  claim->content_span.begin = Offset(query.getColumn(11), claim->id);
  claim->content_span.end = Offset(query.getColumn(12), claim->id);
  claim->sentence_span.begin = Offset(query.getColumn(13), claim->id);
  claim->sentence_span.end = Offset(query.getColumn(14), claim->id);
  claim->rule = Text(query.getColumn(15));
  claim->target = Text(query.getColumn(16));
  claim->evidence = Text(query.getColumn(17));
  claim->date = Text(query.getColumn(18));
  claim->time = Text(query.getColumn(19));
  claim->hedge = Text(query.getColumn(20));
  return Status::Ok();
}

Status ReadClaims(const std::string& path, SQLite::Statement& query, std::vector<Claim>* claims) {
  while (query.executeStep()) {
    Claim claim;
    Status status = ReadClaim(path, query, &claim);
    if (!status.ok()) return status;
    claims->push_back(std::move(claim));
  }
  return Status::Ok();
}

std::string ClaimsFrom() {
  return " FROM claims c JOIN sources s ON s.id = c.source_id "
         "JOIN documents d ON d.id = c.document_id ";
}

Status ClaimStore::LoadClaims(std::vector<Claim>* claims) {
  claims->clear();
  return Guarded(path_, [&]() -> Status {
    SQLite::Statement query(impl_->db, "SELECT " + ClaimColumns(schema_version_) + ClaimsFrom() +
                                           "ORDER BY d.id, c.start, c.\"end\", c.id");
    return ReadClaims(path_, query, claims);
  });
}

namespace {

// Columns 0..6 of a documents query: id, doc, title, date, publisher, url, origin.
StoredDocument ReadDocument(SQLite::Statement& query) {
  StoredDocument document;
  document.id = query.getColumn(0).getInt64();
  document.article.doc = Text(query.getColumn(1));
  document.article.title = Text(query.getColumn(2));
  document.article.date = Text(query.getColumn(3));
  document.article.publisher = Text(query.getColumn(4));
  document.article.url = Text(query.getColumn(5));
  document.article.origin = Text(query.getColumn(6));
  return document;
}

}  // namespace

Status ClaimStore::LoadDocuments(std::map<std::string, StoredDocument>* documents) {
  documents->clear();
  return Guarded(path_, [&]() -> Status {
    SQLite::Statement query(impl_->db,
                            "SELECT id, doc, title, date, publisher, url, origin "
                            "FROM documents ORDER BY id");
    while (query.executeStep()) {
      StoredDocument document = ReadDocument(query);
      std::string key = document.article.doc;
      documents->emplace(std::move(key), std::move(document));  // the first stored wins
    }
    return Status::Ok();
  });
}

Status ClaimStore::LoadDocument(const std::string& doc, StoredDocument* document) {
  return Guarded(path_, [&]() -> Status {
    SQLite::Statement query(impl_->db,
                            "SELECT id, doc, title, date, publisher, url, origin, text "
                            "FROM documents WHERE doc = ?1 ORDER BY id LIMIT 1");
    query.bind(1, doc);
    if (!query.executeStep()) {
      return Status::Error(path_ + ": no document '" + doc + "' is stored");
    }
    *document = ReadDocument(query);
    document->article.text = Text(query.getColumn(7));
    return Status::Ok();
  });
}

Status ClaimStore::ReplaceDisputes(std::vector<Dispute>* disputes,
                                   const std::map<std::string, std::string>& source_sides) {
  for (std::size_t i = 0; i < disputes->size(); ++i) {
    Status status = CheckDispute((*disputes)[i], i);
    if (!status.ok()) return status;
  }
  return Guarded(path_, [&]() -> Status {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    db.exec("DELETE FROM disputes");  // ON DELETE CASCADE empties dispute_claims
    std::vector<std::int64_t> ids;
    ids.reserve(disputes->size());
    for (std::size_t i = 0; i < disputes->size(); ++i) {
      const Dispute& dispute = (*disputes)[i];
      {
        CachedStatement insert(db, impl_->insert_dispute,
                               "INSERT INTO disputes (topic, kind, rule, score, evidence) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)");
        insert->bind(1, dispute.topic);
        insert->bind(2, dispute.kind);
        insert->bind(3, dispute.rule);
        insert->bind(4, dispute.score);
        BindOptional(*insert, 5, dispute.evidence);
        insert->exec();
        ids.push_back(db.getLastInsertRowid());
      }
      for (std::size_t position = 0; position < dispute.members.size(); ++position) {
        const DisputeMember& member = dispute.members[position];
        {
          // Checked here for a clearer message than "FOREIGN KEY constraint failed".
          CachedStatement find(db, impl_->find_claim, "SELECT 1 FROM claims WHERE id = ?1");
          find->bind(1, member.claim_id);
          if (!find->executeStep()) {
            return Status::Error(path_ + ": dispute " + std::to_string(i + 1) + " (\"" +
                                 dispute.topic + "\"): claim " + std::to_string(member.claim_id) +
                                 " is not in the store; nothing was stored");
          }
        }
        CachedStatement insert(db, impl_->insert_dispute_claim,
                               "INSERT INTO dispute_claims (dispute_id, claim_id, role, position) "
                               "VALUES (?1, ?2, ?3, ?4)");
        insert->bind(1, ids.back());
        insert->bind(2, member.claim_id);
        insert->bind(3, std::string(DisputeRoleName(member.role)));
        insert->bind(4, static_cast<std::int64_t>(position));
        insert->exec();
      }
    }
    db.exec("UPDATE sources SET side = NULL WHERE side IS NOT NULL");
    for (const auto& [name, side] : source_sides) {
      CachedStatement update(db, impl_->set_side, "UPDATE sources SET side = ?1 WHERE name = ?2");
      BindOptional(*update, 1, side);
      update->bind(2, name);
      update->exec();  // a name no claim uses matches no row: nothing to record
    }
    transaction.commit();
    for (std::size_t i = 0; i < disputes->size(); ++i) (*disputes)[i].id = ids[i];
    return Status::Ok();
  });
}

Status ClaimStore::LoadDisputes(std::vector<Dispute>* disputes) {
  disputes->clear();
  return Guarded(path_, [&]() -> Status {
    std::unordered_map<std::int64_t, std::size_t> index_of;
    SQLite::Statement query(impl_->db,
                            "SELECT id, topic, kind, rule, score, evidence FROM disputes "
                            "ORDER BY score DESC, id");
    while (query.executeStep()) {
      Dispute dispute;
      dispute.id = query.getColumn(0).getInt64();
      dispute.topic = Text(query.getColumn(1));
      dispute.kind = Text(query.getColumn(2));
      dispute.rule = Text(query.getColumn(3));
      dispute.score = query.getColumn(4).getDouble();
      dispute.evidence = Text(query.getColumn(5));
      index_of[dispute.id] = disputes->size();
      disputes->push_back(std::move(dispute));
    }
    SQLite::Statement members(impl_->db,
                              "SELECT dispute_id, claim_id, role FROM dispute_claims "
                              "ORDER BY dispute_id, position");
    while (members.executeStep()) {
      auto found = index_of.find(members.getColumn(0).getInt64());
      if (found == index_of.end()) continue;  // cannot happen with foreign keys on
      DisputeMember member;
      member.claim_id = members.getColumn(1).getInt64();
      member.role =
          Text(members.getColumn(2)) == "counter" ? DisputeRole::kCounter : DisputeRole::kClaim;
      (*disputes)[found->second].members.push_back(member);
    }
    return Status::Ok();
  });
}

Status ClaimStore::LoadSourceSides(std::map<std::string, std::string>* sides) {
  sides->clear();
  return Guarded(path_, [&]() -> Status {
    SQLite::Statement query(impl_->db,
                            "SELECT name, side FROM sources WHERE side IS NOT NULL ORDER BY name");
    while (query.executeStep()) {
      (*sides)[Text(query.getColumn(0))] = Text(query.getColumn(1));
    }
    return Status::Ok();
  });
}

Status ClaimStore::Counts(StoreCounts* counts) {
  return Guarded(path_, [&]() -> Status {
    SQLite::Statement query(impl_->db,
                            "SELECT (SELECT count(*) FROM documents), "
                            "(SELECT count(*) FROM sources), "
                            "(SELECT count(*) FROM claims), "
                            "(SELECT count(*) FROM disputes)");
    query.executeStep();
    counts->documents = query.getColumn(0).getInt64();
    counts->sources = query.getColumn(1).getInt64();
    counts->claims = query.getColumn(2).getInt64();
    counts->disputes = query.getColumn(3).getInt64();
    counts->claims_by_stance.clear();
    SQLite::Statement stances(
        impl_->db, "SELECT stance, count(*) FROM claims GROUP BY stance ORDER BY stance");
    while (stances.executeStep()) {
      counts->claims_by_stance[Text(stances.getColumn(0))] = stances.getColumn(1).getInt64();
    }
    return Status::Ok();
  });
}

Status ClaimStore::SearchClaims(const std::string& query, std::size_t limit,
                                std::vector<ClaimMatch>* matches, std::size_t* total) {
  matches->clear();
  *total = 0;
  if (schema_version_ < kSearchVersion) {
    return Status::Error(path_ + ": schema version " + std::to_string(schema_version_) +
                         " has no search index; run `claimtrack db upgrade --db " + path_ +
                         "` to add it");
  }
  return Guarded(path_, [&]() -> Status {
    SQLite::Database& db = impl_->db;
    // The SQL is fixed and prepared first, so an error while stepping comes
    // from the MATCH expression: FTS5 parses it only then.
    SQLite::Statement count(db, "SELECT count(*) FROM claim_search WHERE claim_search MATCH ?1");
    SQLite::Statement rows(db, "SELECT " + ClaimColumns(schema_version_) +
                                   " FROM claim_search "
                                   "JOIN claims c ON c.id = claim_search.rowid "
                                   "JOIN sources s ON s.id = c.source_id "
                                   "JOIN documents d ON d.id = c.document_id "
                                   "WHERE claim_search MATCH ?1 "
                                   "ORDER BY claim_search.rank, c.id LIMIT ?2");
    SQLite::Statement disputes(db,
                               "SELECT dispute_id FROM dispute_claims WHERE claim_id = ?1 "
                               "ORDER BY dispute_id");
    count.bind(1, query);
    try {
      count.executeStep();
    } catch (const SQLite::Exception& e) {
      if (e.getErrorCode() != SQLITE_ERROR) throw;
      return Status::Error("search query '" + query + "': " + e.what() +
                           " (put words with punctuation in double quotes, as in '\"U.S.\"'; "
                           "docs/querying.md describes the query syntax)");
    }
    *total = static_cast<std::size_t>(count.getColumn(0).getInt64());
    rows.bind(1, query);
    rows.bind(2, static_cast<std::int64_t>(limit));
    while (rows.executeStep()) {
      ClaimMatch match;
      Status status = ReadClaim(path_, rows, &match.claim);
      if (!status.ok()) return status;
      disputes.bind(1, match.claim.id);
      while (disputes.executeStep()) match.dispute_ids.push_back(disputes.getColumn(0).getInt64());
      disputes.reset();
      matches->push_back(std::move(match));
    }
    return Status::Ok();
  });
}

std::string ContentHash(std::string_view text) {
  // FNV-1a, 64 bits: offset basis and prime from the FNV specification. Not
  // cryptographic; it only has to tell article texts apart.
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char byte : text) {
    hash ^= byte;
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(hex, 16);
}

Status ClaimStore::SetAutoCheckpoint(bool on) {
  return Guarded(path_, [&]() -> Status {
    // 0 turns automatic checkpoints off.
    impl_->db.exec(on ? kAutoCheckpoint : "PRAGMA wal_autocheckpoint = 0");
    return Status::Ok();
  });
}

Status ClaimStore::Checkpoint(std::int64_t* wal_pages) {
  return Guarded(path_, [&]() -> Status {
    // PASSIVE: copies what it can now, without taking the write lock; a
    // writer committing meanwhile simply appends after what is copied. The
    // row is (busy, pages in the WAL, pages copied).
    SQLite::Statement checkpoint(impl_->db, "PRAGMA wal_checkpoint(PASSIVE)");
    checkpoint.executeStep();
    if (wal_pages != nullptr) *wal_pages = checkpoint.getColumn(1).getInt64();
    return Status::Ok();
  });
}

SQLite::Database& ClaimStore::database() { return impl_->db; }

}  // namespace claimtrack
