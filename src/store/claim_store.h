// ClaimStore: the SQLite file that holds documents, sources, claims and
// disputes. The schema is db/schema.sql (version 1) plus the migrations in
// db/migrations/, all embedded into the program at build time (see
// store/schema_upgrade.h); it is documented in docs/schema.md and is a public
// interface: people query the file with sqlite3 (docs/querying.md).
//
// This folder is the only user of SQLiteCpp: its exceptions are caught here
// and returned as Status values naming the store's path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "model/article.h"
#include "model/claim.h"
#include "model/dispute.h"
#include "store/match_state.h"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace claimtrack {

// A stored document, without its text unless asked for.
struct StoredDocument {
  std::int64_t id = 0;
  Article article;  // `text` filled only by LoadDocument
};

struct StoreCounts {
  std::int64_t documents = 0;
  std::int64_t sources = 0;
  std::int64_t claims = 0;
  std::int64_t disputes = 0;
  // Claims per stance ("assert", "deny"); a stance no claim has is absent.
  std::map<std::string, std::int64_t> claims_by_stance;
};

// One article and the claims found in it, as ClaimStore::AddArticles takes
// them. A claim's own `doc` is not read.
struct ArticleClaims {
  Article article;
  std::vector<Claim> claims;
  // ContentHash(article.text), or empty for AddArticles to compute. A caller
  // with threads of its own (IngestPipeline's extraction threads) fills it
  // in, so that the one thread that writes to the store does not hash every
  // byte of every article. It must be the hash of the text as it is stored.
  std::string content_hash;
};

// What ClaimStore::AddArticles did with one article of a batch.
enum class AddOutcome {
  kStored,     // written with its claims, whose ids (and `doc`) are now filled in
  kDuplicate,  // its text was stored before, or earlier in the batch: nothing written
  kRefused,    // refused on its own (see `message`): nothing of it written
};

struct AddResult {
  AddOutcome outcome = AddOutcome::kRefused;
  // When refused: why, naming the article (its origin, else its doc) and
  // ending "; nothing was stored".
  std::string message;
};

// A claim found by ClaimStore::SearchClaims, with the disputes it is in.
struct ClaimMatch {
  Claim claim;
  std::vector<std::int64_t> dispute_ids;  // ascending; empty when in none
};

// Not thread-safe: one thread at a time may call a ClaimStore (any thread,
// one after another, as IngestPipeline's storing thread does). The
// connection is opened without SQLite's own mutex for speed.
class ClaimStore {
 public:
  ~ClaimStore();
  ClaimStore(const ClaimStore&) = delete;
  ClaimStore& operator=(const ClaimStore&) = delete;

  // Opens the store at `path`. The schema version is PRAGMA user_version. A
  // file that is not a SQLite database, that has tables but no version, or
  // whose version is newer than this program's, is refused and left
  // untouched. Foreign keys are on.
  //
  // Without `read_only`: a missing or empty file becomes a new store, and a
  // store of an older version is upgraded to SchemaVersion(), in both cases
  // by running the schema's steps in one transaction: all of them or, when
  // one fails, none (the message then says the store was left unchanged).
  // The journal is switched to WAL, so that readers can run while `ingest`
  // writes; a new store is switched before its schema is created, which is
  // then written to the WAL like any later commit. Writers wait up to 5 s
  // for another process's lock.
  //
  // With `read_only`: nothing is written, ever. A missing or empty file is an
  // error. A store of an older version opens as it is (every version has the
  // tables the Load functions read); schema_version() tells which it is, and
  // what needs a newer one (SearchClaims) says so.
  //
  // On success `*out` holds the store; on failure it is null and the message
  // names `path` ("store.sqlite: not a claimtrack store (...)").
  static Status Open(const std::string& path, bool read_only, std::unique_ptr<ClaimStore>* out);

  // The schema version this program creates and upgrades to: the number of
  // the last migration in db/migrations/ (1, db/schema.sql's, if none).
  static int SchemaVersion();

  // The version of this store's schema: SchemaVersion() unless it was opened
  // read-only, when it may be older.
  int schema_version() const { return schema_version_; }

  // Stores `article` and its `claims` in one transaction: the document row,
  // the sources the claims name (created on first use), and the claims, and
  // indexes the claims for SearchClaims. When a document with the same text
  // (same content hash) is already stored, nothing is written and `*stored`
  // is false. Claim ids (and `doc`, from `article`) are filled in only when
  // stored; a claim's own `doc` is not read. Empty optional strings are stored
  // as NULL. `claims` may be null.
  //
  // Errors: an article the store refuses on its own account (a claim whose
  // content or sentence span, when not {0, 0} meaning unknown, lies outside
  // `article.text`; a constraint of the schema, such as a trigger added by
  // hand) gives the message of AddResult, naming the article. A failure of
  // the store itself (disk full, I/O error, a lock held too long) gives a
  // message that starts with path() + ": ". Either way nothing was written.
  Status AddArticle(const Article& article, std::vector<Claim>* claims, bool* stored);

  // Stores the articles of `batch`, in order, as AddArticle would, but all in
  // one transaction: a batch costs about what one article did alone, because
  // a commit writes every page it touched once (and syncs), however many
  // articles touched it. `*results` gets one entry per article.
  //
  // All or nothing, per article and per batch:
  //   - an article refused on its own account (as for AddArticle) is left
  //     out: the transaction is rolled back and the batch written again
  //     without it, so the others are stored, with the ids they would have
  //     had had it never been there;
  //   - when the store itself fails, or the commit does, the error (starting
  //     with path() + ": ") is returned and nothing of the batch is written.
  //     `*results` is then empty. A killed process leaves no part of a
  //     batch either: SQLite discards an uncommitted transaction.
  // Claim ids are filled in only once the batch is committed.
  Status AddArticles(std::span<ArticleClaims> batch, std::vector<AddResult>* results);

  // Every stored claim, in document order then position in the text.
  Status LoadClaims(std::vector<Claim>* claims);

  // The stored claims in LoadClaims order, one at a time, for matching
  // (store/match_claims.cc): a query of only the columns the matcher reads
  // (id, doc, source, mention, role, cue, content, stance, the spans,
  // target, evidence, hedge), so that `match` never holds every Claim. Each
  // call of `each` sees one Claim, reused for the next row; its other fields
  // are empty. An unknown stance is an error naming the claim.
  Status ForEachMatchClaim(const std::function<void(const Claim&)>& each);
  // How many claims are stored (one count(*), for allocating once).
  Status CountClaims(std::size_t* count);
  // The content of the claim with id ids[k] as each(k, content), for every
  // stored one, in the order of `ids` (store/match_claims.cc): `match` reads
  // again the contents of the claims in disputes, having kept none. The view
  // is valid during the call only.
  Status ForEachClaimContent(std::span<const std::int64_t> ids,
                             const std::function<void(std::size_t, std::string_view)>& each);

  // Every stored document's metadata (text left empty), keyed by `doc`. When
  // two documents share a `doc`, the first stored one is returned (also below).
  Status LoadDocuments(std::map<std::string, StoredDocument>* documents);
  // One document with its text; error when `doc` is unknown.
  Status LoadDocument(const std::string& doc, StoredDocument* document);

  // Replaces all disputes by `disputes` in one transaction (a re-run of
  // `match` after the rules change replaces the previous result) and records
  // each source's side (sources not in `source_sides` get none; names no
  // claim uses are ignored). Refused before writing when a score is outside
  // [0, 1], a claim is listed twice in one dispute or is not stored. Dispute
  // ids are filled in; they are renumbered by every call.
  Status ReplaceDisputes(std::vector<Dispute>* disputes,
                         const std::map<std::string, std::string>& source_sides);

  // Every dispute with its members, ordered by score (highest first) then id.
  Status LoadDisputes(std::vector<Dispute>* disputes);

  // Side of every source that has one (source name -> side).
  Status LoadSourceSides(std::map<std::string, std::string>* sides);

  Status Counts(StoreCounts* counts);

  // Claims whose content matches `query`, in FTS5 query syntax (words, "a
  // phrase", OR, NOT, prefix*; see docs/querying.md), best match first (by
  // bm25), at most `limit` (> 0) of them; `*total` gets how many match in
  // all. Needs schema version 2 (the claim_search index): an older store
  // opened read-only is an error that says how to upgrade it. A query FTS5
  // cannot parse is an error starting "search query '...': " followed by
  // SQLite's reason.
  Status SearchClaims(const std::string& query, std::size_t limit, std::vector<ClaimMatch>* matches,
                      std::size_t* total);

  const std::string& path() const { return path_; }

  // --- Checkpoints on another thread (IngestPipeline with threads).
  //
  // With WAL, SQLite copies the WAL's pages back into the store file on the
  // thread that commits, once the WAL holds wal_autocheckpoint pages, and
  // waits for two fsyncs: on a 20 MB ingest that held the one writing thread
  // (the critical path with threads) for about 0.2 s. A second ClaimStore on
  // the same file, on another thread, can do that work instead, while the
  // writer goes on (docs/performance.md).

  // Whether this connection checkpoints after its own commits (on, as
  // opened) or leaves it to another connection's Checkpoint() (off). Closing
  // the last connection checkpoints what is left either way. Needs a store
  // opened for writing.
  Status SetAutoCheckpoint(bool on);

  // Copies into the store file every page of the WAL that no reader still
  // needs, and syncs it: a passive checkpoint, which neither waits for nor
  // blocks the writer or readers. Needs a store opened for writing; any
  // thread, but not at the same time as another call on this ClaimStore.
  // `*wal_pages` (may be null) gets the number of pages in the WAL, copied
  // or not.
  //
  // SQLite starts the WAL again from its beginning only when a write
  // transaction begins while every page of it has been copied. A checkpoint
  // on another connection rarely finishes before the writer begins its next
  // batch, so the writer must now and then checkpoint itself, right after a
  // commit; what other checkpoints copied before is not copied again.
  Status Checkpoint(std::int64_t* wal_pages = nullptr);

  // --- Incremental matching (store/match_state.cc, docs/schema.md version 5).
  // All need a store opened for writing (schema version 5 or later).

  // The match_state row (state->recorded false when there is none) and the
  // number of claims now.
  Status LoadMatchState(MatchState* state);
  // Deletes the match_state row, so that the next match is a full one: done
  // before a full match replaces the disputes, so that a match killed between
  // its two transactions leaves no state that would be wrong.
  Status ClearMatchState();
  // Claims with an id above `claim_id`, in LoadClaims order.
  Status LoadClaimsAfter(std::int64_t claim_id, std::vector<Claim>* claims);
  // match_words.df of each of `words` that has a row (others are absent).
  Status LoadWordCounts(const std::vector<std::string>& words,
                        std::unordered_map<std::string, int>* df);
  // The ids of the claims holding any of `words` in match_postings.
  Status LoadPostings(const std::vector<std::string>& words, std::set<std::int64_t>* claim_ids);
  // The disputes with a member among `claim_ids`: dispute id -> all its member ids.
  Status LoadDisputeMembers(const std::set<std::int64_t>& claim_ids,
                            std::map<std::int64_t, std::vector<std::int64_t>>* disputes);
  // The claims with the given ids (unknown ids are skipped), by id.
  Status LoadClaimsWithIds(const std::set<std::int64_t>& claim_ids, std::vector<Claim>* claims);
  // Every claim of the articles holding any of `claim_ids`, in LoadClaims order.
  Status LoadArticleClaims(const std::set<std::int64_t>& claim_ids, std::vector<Claim>* claims);
  // After a full match (ReplaceDisputes): replaces match_words and
  // match_postings by `words` (counts) and writes `state`, in one transaction.
  Status WriteMatchIndex(const MatchWordIndex& words, const MatchState& state);
  // An incremental match, in one transaction: deletes the disputes `removed`,
  // adds `added` (ids filled in), records the sides of `source_sides` (other
  // sources keep theirs), adds `words` (increments) and writes `state`.
  // `matched_after` is the last_claim_id the match started from: when the
  // stored state no longer has it, or is stale (another match ran, a claim
  // was deleted meanwhile), nothing is written and an error is returned.
  Status ApplyIncrementalMatch(const std::vector<std::int64_t>& removed,
                               std::vector<Dispute>* added,
                               const std::map<std::string, std::string>& source_sides,
                               const MatchWordIndex& words, const MatchState& state,
                               std::int64_t matched_after);

 private:
  struct Impl;
  // The connection, for the functions of match_state.cc.
  SQLite::Database& database();
  ClaimStore(std::string path, int schema_version, std::unique_ptr<Impl> impl);
  std::string path_;
  int schema_version_ = 0;
  std::unique_ptr<Impl> impl_;
};

// A stable 64-bit content hash (FNV-1a) of `text`, as 16 hex digits; the
// store uses it to recognise an article ingested twice.
std::string ContentHash(std::string_view text);

}  // namespace claimtrack
