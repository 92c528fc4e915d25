// Incremental matching: the steps that need no store.
#include "match/incremental_match.h"

#include <unordered_map>
#include <utility>

#include "match/claim_features.h"

namespace claimtrack {

std::vector<std::vector<std::string>> SalientWords(const std::vector<Claim>& claims,
                                                   const MatchingRules& rules,
                                                   const Antonyms& antonyms) {
  // The features of these claims alone: their weights are wrong for the
  // store, but their words are exactly those a full match would see.
  const MatchClaims matched(claims);
  ClaimFeatures features(matched, rules, antonyms, /*block_limit=*/1);
  std::vector<std::vector<std::string>> words(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    for (int w : features.vector_words(i)) words[i].push_back(features.word(w));
  }
  return words;
}

std::set<std::int64_t> ComparableClaims(const std::vector<Claim>& stored,
                                        const std::vector<Claim>& fresh,
                                        const MatchingRules& rules, const Antonyms& antonyms,
                                        std::size_t block_limit, StoreWeights store) {
  MatchClaims claims(stored);
  for (const Claim& claim : fresh) claims.Add(claim);
  ClaimFeatures features(claims, rules, antonyms, block_limit, 1, store);
  CandidateScratch scratch;
  std::vector<std::uint32_t> candidates;
  std::set<std::int64_t> ids;
  for (std::size_t i = stored.size(); i < claims.size(); ++i) {
    features.Candidates(i, kMinPairSimilarity, &scratch, &candidates);
    // The bound Candidates keeps them by is loose for claims whose weight
    // lies on common words; their vectors here are exact, so is this.
    for (std::uint32_t j : candidates) {
      if (j < stored.size() && features.Similarity(i, j) >= kMinPairSimilarity) ids.insert(stored[j].id);
    }
  }
  return ids;
}

IncrementalMerge MergeIncremental(std::vector<Dispute> found,
                                  const std::map<std::int64_t, std::vector<std::int64_t>>& stored,
                                  const std::set<std::int64_t>& new_claims) {
  // Found and stored disputes are linked by the claims they share. Starting
  // from the found disputes that hold a new claim, everything linked to them
  // is replaced by what was found: a stored dispute a new claim joins is
  // superseded by the found one (built from all its members, which are in the
  // part matched), and a claim that left it for the new dispute may leave
  // behind a smaller dispute that was found too.
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> stored_of_claim;
  for (const auto& [dispute, members] : stored) {
    for (std::int64_t claim : members) stored_of_claim[claim].push_back(dispute);
  }
  std::unordered_map<std::int64_t, std::vector<std::size_t>> found_of_claim;
  std::vector<std::size_t> queue;
  std::vector<bool> taken(found.size(), false);
  for (std::size_t f = 0; f < found.size(); ++f) {
    for (const DisputeMember& member : found[f].members) {
      found_of_claim[member.claim_id].push_back(f);
      if (!taken[f] && new_claims.count(member.claim_id)) {
        taken[f] = true;
        queue.push_back(f);
      }
    }
  }
  std::set<std::int64_t> removed;
  for (std::size_t next = 0; next < queue.size(); ++next) {
    for (const DisputeMember& member : found[queue[next]].members) {
      auto it = stored_of_claim.find(member.claim_id);
      if (it == stored_of_claim.end()) continue;
      for (std::int64_t dispute : it->second) {
        if (!removed.insert(dispute).second) continue;
        for (std::int64_t claim : stored.at(dispute)) {
          auto linked = found_of_claim.find(claim);
          if (linked == found_of_claim.end()) continue;
          for (std::size_t f : linked->second) {
            if (!taken[f]) {
              taken[f] = true;
              queue.push_back(f);
            }
          }
        }
      }
    }
  }
  IncrementalMerge merge;
  for (std::size_t f = 0; f < found.size(); ++f) {  // in the finder's order
    if (taken[f]) merge.added.push_back(std::move(found[f]));
  }
  merge.removed.assign(removed.begin(), removed.end());
  return merge;
}

}  // namespace claimtrack
