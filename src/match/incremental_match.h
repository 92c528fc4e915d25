// Incremental matching: after `ingest` adds articles to a matched store, only
// the new claims and the stored claims they may dispute are matched again;
// the disputes that do not touch a new claim are kept as they are.
//
// The steps, with the store between them (cli/match_command.cc):
//   1. SalientWords of the new claims: the words they could be blocked on.
//   2. The store's counts of those words (plus the new claims' own) say which
//      are blocking words; of the stored claims holding one, those whose
//      similarity with a new claim may reach kMinPairSimilarity
//      (ComparableClaims) are the candidates.
//   3. The part to match: the new claims, the candidates, the members of the
//      disputes the candidates are in, and every claim of their articles (the
//      rules within an article see the whole article).
//   4. DisputeFinder on that part, with the store's word counts
//      (MatchOptions::store), so each claim has the weights of a full match.
//   5. MergeIncremental: keep the disputes with a new claim; they replace the
//      stored disputes they share a claim with (a new corroborating claim
//      joins the dispute it corroborates rather than making a copy).
// This module holds the steps without the store: plain claims and ids.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "match/claim_features.h"
#include "match/contradiction.h"
#include "match/dispute_finder.h"
#include "match/matching_rules.h"
#include "model/claim.h"
#include "model/dispute.h"

namespace claimtrack {

// The ids of the `stored` claims that a new claim (of `fresh`) may be paired
// with: those whose Similarity with it, with the store's word counts
// `store`, is at least kMinPairSimilarity (dispute_finder.h): no rule pairs
// claims less similar. `stored` are the claims sharing a
// blocking word with a new claim; most of them share only that word.
std::set<std::int64_t> ComparableClaims(const std::vector<Claim>& stored,
                                        const std::vector<Claim>& fresh,
                                        const MatchingRules& rules, const Antonyms& antonyms,
                                        std::size_t block_limit, StoreWeights store);

// Each claim's salient words (lowercase, lightly stemmed, no stop words), as
// the matcher weighs and blocks them: distinct, in no particular order.
std::vector<std::vector<std::string>> SalientWords(const std::vector<Claim>& claims,
                                                   const MatchingRules& rules,
                                                   const Antonyms& antonyms);

// How the stored disputes change.
struct IncrementalMerge {
  std::vector<Dispute> added;         // in the order found
  std::vector<std::int64_t> removed;  // stored dispute ids, ascending
};

// `found`: the disputes DisputeFinder found in the part matched again.
// `stored`: the stored disputes with any member in that part, as dispute id
// -> member claim ids. `new_claims`: ids of the claims stored since the last
// match. Added are the found disputes holding a new claim, and those sharing
// a claim with a stored dispute they replace (transitively); removed are the
// stored disputes sharing a claim with an added one. Other found disputes are
// dropped: the store holds them already (or, seen from a part of the store
// only, they may not be disputes at all).
IncrementalMerge MergeIncremental(std::vector<Dispute> found,
                                  const std::map<std::int64_t, std::vector<std::int64_t>>& stored,
                                  const std::set<std::int64_t>& new_claims);

}  // namespace claimtrack
