// `claimtrack ingest --claims FILE...`: the load step after `claimtrack
// extract` (docs/scaling.md). It stores the articles and claims of claims
// lines (ingest/claims_jsonl.h) exactly as `ingest` stores what it extracts:
// in batches through ClaimStore::AddArticles, each article whole or not at
// all, an article whose text is already stored skipped, a bad line named and
// the others stored.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "model/article.h"
#include "store/claim_store.h"

namespace claimtrack {

// What `ingest` lends `ingest --claims`: its open store and its checks.
struct ClaimsIngestTarget {
  ClaimStore* store = nullptr;  // open for writing; not owned
  // Called for each article newly stored; returns a warning to print
  // ("duplicate id 'x' with different text ...") or "".
  std::function<std::string(const Article&)> stored_warning;
  // Why writing failed when the system can tell (" (the disk holding . is
  // full: 12 KB free)"), or "", added to a failure that names the store.
  std::function<std::string()> failure_hint;
};

// Loads the claims lines of `files` ("-" is `stdin_stream`) into
// target.store, prints what was skipped on standard error and the summary
// line on standard output (as `ingest` does), and returns the exit status:
// 0, or 1 when a line or file was skipped or the store refused to write.
int IngestClaims(const std::vector<std::string>& files, std::istream& stdin_stream,
                 const ClaimsIngestTarget& target);

}  // namespace claimtrack
