// ClaimStore: the SQLite file that holds documents, sources, claims and
// disputes. The schema is db/schema.sql (embedded into the program at build
// time) and is documented in docs/schema.md; it is a public interface.
//
// This folder is the only user of SQLiteCpp: its exceptions are caught here
// and returned as Status values naming the store's path.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/article.h"
#include "model/claim.h"
#include "model/dispute.h"

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
};

class ClaimStore {
 public:
  ~ClaimStore();
  ClaimStore(const ClaimStore&) = delete;
  ClaimStore& operator=(const ClaimStore&) = delete;

  // Opens the store at `path`, creating it and applying the schema when the
  // file does not exist or is empty. Foreign keys are on; the schema version
  // is PRAGMA user_version. A file that is not a SQLite database, or whose
  // version is newer than this program's, is refused and left untouched.
  // With `read_only`, a missing or empty file is an error and nothing is
  // written. Otherwise the journal is switched to WAL, so that readers can run
  // while `ingest` writes. Writers wait up to 5 s for another process's lock.
  // On success `*out` holds the store; on failure it is null and the message
  // names `path` ("store.sqlite: not a claimtrack store (...)").
  static Status Open(const std::string& path, bool read_only, std::unique_ptr<ClaimStore>* out);

  // The schema version this program writes (db/schema.sql's user_version).
  static int SchemaVersion();

  // Stores `article` and its `claims` in one transaction: the document row,
  // the sources the claims name (created on first use), and the claims.
  // When a document with the same text (same content hash) is already stored,
  // nothing is written and `*stored` is false. Claim ids (and `doc`, from
  // `article`) are filled in only when stored; a claim's own `doc` is not read.
  // Claims whose content or sentence span (when not {0, 0}, meaning unknown)
  // lies outside `article.text` are refused before anything is written.
  // Empty optional strings are stored as NULL. `claims` may be null.
  Status AddArticle(const Article& article, std::vector<Claim>* claims, bool* stored);

  // Every stored claim, in document order then position in the text.
  Status LoadClaims(std::vector<Claim>* claims);

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

  const std::string& path() const { return path_; }

 private:
  struct Impl;
  ClaimStore(std::string path, std::unique_ptr<Impl> impl);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

// A stable 64-bit content hash (FNV-1a) of `text`, as 16 hex digits; the
// store uses it to recognise an article ingested twice.
std::string ContentHash(std::string_view text);

}  // namespace claimtrack
