// What the store keeps for incremental matching (schema version 5, tables
// match_state, match_words and match_postings; docs/schema.md): plain structs
// that ClaimStore's match-state functions read and write.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace claimtrack {

// The row of match_state, and the store as it is now.
struct MatchState {
  bool recorded = false;          // a row exists: a match ran and recorded what it covered
  std::int64_t last_claim_id = 0;  // the highest claim id that match saw
  std::int64_t claims = 0;        // how many claims the store held then
  std::string rules;              // fingerprint of its rule files and matcher
  std::int64_t block_limit = 0;   // its --block-limit
  bool stale = false;             // a claim was deleted or changed since
  // Not stored: read from the claims table when loaded.
  std::int64_t claims_now = 0;    // how many claims the store holds now
};

// Word counts and postings to write into match_words and match_postings.
struct MatchWordIndex {
  // Word -> claims holding it: the counts (a full match), or what to add to
  // them (an incremental one).
  std::vector<std::pair<std::string, int>> df;
  // {index into df, claim id}: a claim holding a blocking word.
  std::vector<std::pair<std::uint32_t, std::int64_t>> postings;
  // Words whose postings are dropped: no longer blocking words (incremental).
  std::vector<std::string> dropped;
};

}  // namespace claimtrack
