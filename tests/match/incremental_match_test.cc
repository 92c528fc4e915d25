// Incremental matching without a store: features of part of a store computed
// with the whole store's word counts, the words new claims are blocked on,
// and how found disputes replace stored ones (MergeIncremental).
#include "match/incremental_match.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/claim_features.h"
#include "match/dispute_finder.h"
#include "match_test_support.h"

namespace claimtrack {
namespace {

using Rules = test::MatchRules;
using test::MakeClaim;

Dispute MakeDispute(std::vector<std::int64_t> claims, std::vector<std::int64_t> counters) {
  Dispute dispute;
  dispute.kind = "stance";
  dispute.rule = "opposite-stance";
  dispute.topic = "topic";
  dispute.score = 0.5;
  for (std::int64_t id : claims) dispute.members.push_back({id, DisputeRole::kClaim});
  for (std::int64_t id : counters) dispute.members.push_back({id, DisputeRole::kCounter});
  return dispute;
}

std::vector<std::int64_t> Members(const Dispute& dispute) {
  std::vector<std::int64_t> ids;
  for (const DisputeMember& member : dispute.members) ids.push_back(member.claim_id);
  return ids;
}

TEST_CASE("SalientWords are the stemmed words a match weighs, without stop words", "[match]") {
  Rules rules;
  std::vector<Claim> claims = {MakeClaim(1, "a", "Pentagon", "the warplanes struck the militias")};
  std::vector<std::vector<std::string>> words = SalientWords(claims, rules.matching, rules.antonyms);
  REQUIRE(words.size() == 1);
  std::sort(words[0].begin(), words[0].end());
  CHECK(words[0] == std::vector<std::string>{"militia", "struck", "warplane"});
}

TEST_CASE("Store word counts give part of a store the weights of the whole store", "[match]") {
  Rules rules;
  // The whole store: "ceasefire" in 200 claims, "aleppo" in 3.
  std::vector<Claim> all;
  for (int k = 0; k < 200; ++k) {
    std::string content = "the ceasefire held in town" + std::to_string(k);
    if (k < 3) content += " near aleppo";
    all.push_back(MakeClaim(k + 1, "doc" + std::to_string(k), "Speaker" + std::to_string(k), content));
  }
  const MatchClaims matched(all);
  ClaimFeatures whole(matched, rules.matching, rules.antonyms, 100);
  // The part: claims 1 and 2 only, with the store's counts.
  std::vector<Claim> part(all.begin(), all.begin() + 2);
  std::unordered_map<std::string, int> df;
  for (std::size_t id = 0; id < whole.word_count(); ++id) {
    if (whole.df(static_cast<int>(id)) > 0) df[whole.word(static_cast<int>(id))] = whole.df(static_cast<int>(id));
  }
  const MatchClaims matched_part(part);
  ClaimFeatures alone(matched_part, rules.matching, rules.antonyms, 100);
  ClaimFeatures in_store(matched_part, rules.matching, rules.antonyms, 100, 1, StoreWeights{&df, all.size()});
  CHECK(in_store.weight_base() == whole.weight_base());
  CHECK(in_store.Similarity(0, 1) == Approx(whole.Similarity(0, 1)));
  CHECK(alone.Similarity(0, 1) != Approx(whole.Similarity(0, 1)));
  // "ceasefire" is common in the store, so no blocking word in the part either.
  auto id_of = [](const ClaimFeatures& f, const std::string& word) {
    for (std::size_t id = 0; id < f.word_count(); ++id) {
      if (f.word(static_cast<int>(id)) == word) return static_cast<int>(id);
    }
    return -1;
  };
  CHECK(alone.IsBlockingWord(id_of(alone, "ceasefire")));
  CHECK_FALSE(in_store.IsBlockingWord(id_of(in_store, "ceasefire")));
  CHECK(in_store.IsBlockingWord(id_of(in_store, "aleppo")));
}

TEST_CASE("A full match exports every salient word's count and the blocking words' claims", "[match]") {
  Rules rules;
  std::vector<Claim> claims = {MakeClaim(10, "a", "Pentagon", "the airstrike hit Raqqa hospital"),
                               MakeClaim(20, "b", "Kremlin", "the airstrike missed Raqqa")};
  MatchOptions options;
  options.block_limit = 1;
  options.export_words = true;
  MatchResult result = DisputeFinder(rules.matching, rules.antonyms, options).Find(claims);
  std::map<std::string, int> df(result.word_df.begin(), result.word_df.end());
  CHECK(df["airstrike"] == 2);
  CHECK(df["raqqa"] == 2);
  CHECK(df["hospital"] == 1);
  CHECK(df.count("the") == 0);
  // Only words held by at most block_limit claims have postings.
  std::set<std::pair<std::string, std::int64_t>> postings;
  for (const auto& [index, claim] : result.postings) postings.insert({result.word_df[index].first, claim});
  CHECK(postings.count({"hospital", 10}) == 1);
  CHECK(postings.count({"missed", 20}) == 1);
  CHECK(postings.count({"raqqa", 10}) == 0);
}

TEST_CASE("ComparableClaims keeps the stored claims similar enough to a new one", "[match]") {
  Rules rules;
  // All share the rare word "zarqawi" with the new claim; only claim 1 says
  // much the same thing.
  std::vector<Claim> stored = {
      MakeClaim(1, "a", "Pentagon", "zarqawi militants shelled the northern checkpoint overnight"),
      MakeClaim(2, "b", "Kremlin", "zarqawi was mentioned in a parliamentary budget debate"),
      MakeClaim(3, "c", "Ankara", "unrelated harvest festival drew zarqawi admirers downtown")};
  std::vector<Claim> fresh = {
      MakeClaim(4, "d", "Rebels", "zarqawi militants shelled the northern checkpoint", Stance::kDeny)};
  std::set<std::int64_t> ids =
      ComparableClaims(stored, fresh, rules.matching, rules.antonyms, 100, StoreWeights{});
  CHECK(ids == std::set<std::int64_t>{1});
}

TEST_CASE("MergeIncremental: found disputes replace the stored ones they share claims with", "[match]") {
  // Stored: dispute 7 {1 vs 2}, dispute 8 {3 vs 4}, dispute 9 {5 vs 6}.
  const std::map<std::int64_t, std::vector<std::int64_t>> stored = {
      {7, {1, 2}}, {8, {3, 4}}, {9, {5, 6}}};
  struct Case {
    const char* what;
    std::vector<Dispute> found;
    std::vector<std::vector<std::int64_t>> added;  // members of the added disputes
    std::vector<std::int64_t> removed;
  };
  const std::vector<Case> cases = {
      {"a new claim (100) corroborates a stored dispute: one dispute, not a copy",
       {MakeDispute({1, 100}, {2}), MakeDispute({3}, {4})},
       {{1, 100, 2}},
       {7}},
      {"a new claim disputes nothing stored: added alone, nothing removed",
       {MakeDispute({100}, {101}), MakeDispute({1}, {2})},
       {{100, 101}},
       {}},
      {"found disputes without a new claim are dropped",
       {MakeDispute({1}, {2}), MakeDispute({5}, {6})},
       {},
       {}},
      {"a claim leaving a stored dispute for a new one: what it left is found again",
       // 4 now counters new claim 100; 3 keeps a dispute with 1 found anew.
       {MakeDispute({100}, {4}), MakeDispute({3}, {1})},
       {{100, 4}, {3, 1}},
       {7, 8}},
      {"disputes linking two stored ones merge them",
       {MakeDispute({1, 3, 100}, {2, 4})},
       {{1, 3, 100, 2, 4}},
       {7, 8}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    IncrementalMerge merge = MergeIncremental(c.found, stored, {100, 101});
    std::vector<std::vector<std::int64_t>> added;
    for (const Dispute& dispute : merge.added) added.push_back(Members(dispute));
    CHECK(added == c.added);
    CHECK(merge.removed == c.removed);
  }
}

}  // namespace
}  // namespace claimtrack
