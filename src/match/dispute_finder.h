// DisputeFinder: pairs stored claims and groups them into disputes. Each
// dispute records the rule that produced it and the words that fired it.
//
// Rules, strongest first:
//   reference-denial       a denial that names the claim it denies: "That
//                          claim was denied by the Pentagon", "Russia’s claim
//                          ... is rubbish", "labeled the Russian claim as
//                          propaganda" -> linked to the claim referred to (same
//                          article; "Russian" must match the claim's side).
//   nearby-denial          a denial right after a claim on the same topic by
//                          another side: "The rebels deny an al-Qaida-linked
//                          group is in the area".
//   opposite-stance        a denial and an assertion sharing salient words,
//                          from different sides, in any articles.
//   negation-flip,         two assertions from different sources that say the
//   antonym-pair           same thing but for a negation ("will not accept" /
//                          "accepts") or one word of an antonym pair
//                          ("succeeded" / "failed"), see contradiction.h.
//   number-mismatch        figures for the same counted thing that cannot both
//                          be right ("has killed 320,000 people" / "close to
//                          half a million people"), see quantity.h; only
//                          words listed as counted in quantities.txt, less
//                          than 3 times apart, between articles of one story
//                          (and, under 10,000, about one incident).
// A dispute with a hedged member ("reportedly") scores 0.8 times as much, and
// its evidence names the hedge.
// Disputes over the same claim (its restatements, or the same claim
// reported by several articles) are merged into one, so a report shows one
// dispute with all its sources. A source never disputes itself, and claims of
// one side never dispute each other.
//
// Across articles (opposite-stance, negation-flip, antonym-pair, merging and
// restatements) only candidate pairs are compared: claims sharing a blocking
// word, a word held by at most MatchOptions::block_limit claims (see
// claim_features.h). The pair rules run on MatchOptions::threads threads over
// the range of claims; their results are merged in claim order, so the
// result does not depend on the number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "match/claim_features.h"
#include "match/contradiction.h"
#include "match/match_claims.h"
#include "match/matching_rules.h"
#include "model/claim.h"
#include "model/dispute.h"

namespace claimtrack {

// The matcher's revision, part of the fingerprint an incremental match
// compares (cli/match_command.cc): raise it with any change to src/match/
// that changes which disputes are found, so that stores matched before get a
// full match once instead of mixing old and new results.
inline constexpr int kMatcherRevision = 2;

// The least similarity any rule across articles asks of two claims (opposite
// stances, negations and antonyms, merging disputes; restatements ask 0.45).
// An incremental match compares a new claim only with stored claims at least
// this similar (match/incremental_match.h), so no rule may ask less.
inline constexpr double kMinPairSimilarity = 0.3;

struct MatchOptions {
  // A word held by at most this many claims is a blocking word: two claims are
  // compared across articles only when they share one. Larger finds pairs
  // that share only more common words, at a cost that grows with it.
  std::size_t block_limit = 100;
  // Threads for the features and the pair rules; 0: one per core (at most 8).
  unsigned threads = 0;
  // Called on the calling thread as each stage starts, with the stage's name
  // and a rough share of the work done before it, in [0, 1]; may be empty.
  std::function<void(const char* stage, double done)> progress;
  // For an incremental match (match/incremental_match.h): the whole store's
  // word counts, when `claims` are only part of it. Default: the claims given
  // are the whole store.
  StoreWeights store;
  // Fill MatchResult::word_df and ::postings, for the store to keep.
  bool export_words = false;
  // How many claims' contents are held at once. Find(ClaimSource&) reads the
  // claims' contents in parts of this many and lets each part go once its
  // features are made; every Find makes its disputes a part at a time, from
  // the drafts whose members number about this many (their contents read
  // again from the source), each draft freed once made. Any size gives the
  // same disputes (tests set it tiny to cross many parts); smaller holds
  // less and asks the source more often.
  std::size_t part_size = 8192;
};

struct MatchResult {
  std::vector<Dispute> disputes;                     // by score, highest first
  std::map<std::string, std::string> source_sides;  // source name -> side, where known
  // With MatchOptions::export_words: every salient word with the number of
  // claims holding it (its document frequency), and for each blocking word
  // the ids of the claims holding it, as {index into word_df, claim id}.
  std::vector<std::pair<std::string, int>> word_df;
  std::vector<std::pair<std::uint32_t, std::int64_t>> postings;
};

// Where a full match reads its claims: a store, or `bench`'s generated
// claims. Find reads them once, a part at a time, and keeps no content once
// it has made the claim's features; the contents of the few claims that end
// up in disputes (their topic, a negation's evidence) are read again.
class ClaimSource {
 public:
  virtual ~ClaimSource() = default;
  // How many claims ForEach will give, when known cheaply (0: unknown), so
  // that their columns are allocated once.
  virtual std::size_t size_hint() { return 0; }
  // Calls each(claim) for every claim, in document order then by position
  // in the text (as ClaimStore::LoadClaims returns them), with ids set. The
  // claim is valid during the call only.
  virtual Status ForEach(const std::function<void(const Claim&)>& each) = 0;
  // Calls each(k, content) with the content of the claim with id ids[k],
  // for every k, in any order; `ids` ascend and were given by ForEach. The
  // view is valid during the call only.
  virtual Status Contents(std::span<const std::int64_t> ids,
                          const std::function<void(std::size_t, std::string_view)>& each) = 0;
};

class DisputeFinder {
 public:
  // `rules` and `antonyms` must outlive the finder.
  DisputeFinder(const MatchingRules& rules, const Antonyms& antonyms, MatchOptions options = {})
      : rules_(rules), antonyms_(antonyms), options_(options) {}

  // `claims` in document order, then by position in the text (as
  // ClaimStore::LoadClaims returns them), with ids set. Disputes come by
  // score (highest first), then by size, then by their members' ids, so the
  // same claims always give the same list in the same order.
  // Every content must be held (MatchClaims::first_content() 0).
  MatchResult Find(const MatchClaims& claims) const;
  // The same for whole claims (tests, a part of the store); the matching
  // fields are copied first.
  MatchResult Find(const std::vector<Claim>& claims) const;
  // The same for the claims of `source`, read once and held without their
  // contents: the same disputes as Find over them all, in less memory. An
  // error of the source is returned, and `*result` is then unspecified.
  Status Find(ClaimSource& source, MatchResult* result) const;

 private:
  // What the rules read of the contents, computed as the claims are read
  // (dispute_finder.cc).
  struct ContentFacts;
  // Gives the contents of the claims at `indexes` (ascending) as each(k, content).
  using ContentLookup =
      std::function<Status(const std::vector<std::size_t>& indexes,
                           const std::function<void(std::size_t, std::string_view)>& each)>;
  void ReadContentFacts(const MatchClaims& claims, std::size_t first, std::size_t count,
                        unsigned threads, ContentFacts* facts) const;
  Status Match(const MatchClaims& claims, const ClaimFeatures& features, ContentFacts facts,
               const ContentLookup& contents, unsigned threads, MatchResult* result) const;
  // Fills MatchResult::word_df and ::postings (MatchOptions::export_words).
  // Reads only the words, their counts and postings, and the claims' ids.
  void ExportWords(const MatchClaims& claims, const ClaimFeatures& features,
                   MatchResult* result) const;
  unsigned Threads() const;

  const MatchingRules& rules_;
  const Antonyms& antonyms_;
  MatchOptions options_;
};

}  // namespace claimtrack
