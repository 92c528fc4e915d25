// MatchClaims, the matcher's compact columns: every field the rules read
// comes back as it went in, strings repeated across claims are held once,
// and matching them finds what matching the whole Claims finds.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "match/dispute_finder.h"
#include "match/match_claims.h"
#include "match_test_support.h"

namespace claimtrack {
namespace {

using test::MakeClaim;

void CheckSameFields(const MatchClaim& got, const Claim& want) {
  CHECK(got.id == want.id);
  CHECK(got.doc == want.doc);
  CHECK(got.source == want.source);
  CHECK(got.role == want.role);
  CHECK(got.mention == want.mention);
  CHECK(got.cue == want.cue);
  CHECK(got.content == want.content);
  CHECK(got.target == want.target);
  CHECK(got.evidence == want.evidence);
  CHECK(got.hedge == want.hedge);
  CHECK(got.stance == want.stance);
  CHECK(got.content_span.begin == want.content_span.begin);
  CHECK(got.content_span.end == want.content_span.end);
  CHECK(got.sentence_span.begin == want.sentence_span.begin);
  CHECK(got.sentence_span.end == want.sentence_span.end);
}

TEST_CASE("MatchClaims gives back every field the matcher reads", "[match]") {
  Claim denial = MakeClaim(7, "pentagon.txt", "the Pentagon", "That claim", Stance::kDeny);
  denial.mention = "He";
  denial.role = "Pentagon spokesman";
  denial.target = "That claim";
  denial.hedge = "reportedly";
  denial.content_span = Span{1200, 1210};
  denial.sentence_span = Span{1100, 1300};
  std::vector<Claim> claims = {
      MakeClaim(5, "pentagon.txt", "Russian Defence Ministry", "it carried out a joint mission"),
      denial,
      MakeClaim(9, "other.txt", "Lina Sayed", ""),  // empty content and role
  };
  MatchClaims matched(claims);
  REQUIRE(matched.size() == 3);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    CheckSameFields(matched[i], claims[i]);
    CHECK(matched.id(i) == claims[i].id);
    CHECK(matched.stance(i) == claims[i].stance);
    CHECK(matched.content(i) == claims[i].content);
  }
  // Articles are numbered in the order first seen, one id per `doc`.
  CHECK(matched.doc_id(0) == 0);
  CHECK(matched.doc_id(1) == 0);
  CHECK(matched.doc_id(2) == 1);
  // Fields stay readable after Freeze.
  matched.Freeze();
  CheckSameFields(matched[1], claims[1]);
  // The views of a single Claim.
  CheckSameFields(MatchClaimOf(denial), denial);
}

// Ids are kept as runs of consecutive ids, and the target, evidence and
// hedge only for the claims that have one: ids in and out of order, gaps,
// repeats, negative ids, and labels on some claims only all come back.
TEST_CASE("Ids in runs and labels kept sparsely come back for every claim", "[match]") {
  struct Case {
    const char* name;
    std::vector<std::int64_t> ids;
  };
  const std::vector<Case> cases = {
      {"one run", {1, 2, 3, 4, 5, 6}},
      {"gaps", {3, 4, 10, 11, 12, 40}},
      {"descending", {9, 8, 7, 6, 5, 4}},
      {"repeats and negatives", {5, 5, -2, -1, 0, 100}},
      {"one claim", {42}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      std::vector<Claim> claims;
      for (std::size_t k = 0; k < c.ids.size(); ++k) {
        Claim claim = MakeClaim(c.ids[k], k < 3 ? "a.txt" : "b.txt", "source " + std::to_string(k),
                                "content " + std::to_string(k),
                                k % 3 == 1 ? Stance::kDeny : Stance::kAssert);
        if (k % 4 == 2) claim.hedge = "reportedly";
        if (k == 4) claim.target = "That claim";
        claims.push_back(claim);
      }
      MatchClaims matched(claims);
      REQUIRE(matched.size() == claims.size());
      for (std::size_t k = 0; k < claims.size(); ++k) {
        CheckSameFields(matched[k], claims[k]);
        CHECK(matched.id(k) == claims[k].id);
      }
    }
  }
}

TEST_CASE("Released contents are gone, every other field stays", "[match]") {
  std::vector<Claim> claims = {
      MakeClaim(1, "a.txt", "the Pentagon", "first content"),
      MakeClaim(2, "a.txt", "Lina Sayed", "second content"),
      MakeClaim(3, "b.txt", "Ahmed Hamid", "third content"),
  };
  MatchClaims matched;
  matched.Add(claims[0]);
  matched.Add(claims[1]);
  CHECK(matched.first_content() == 0);
  matched.ReleaseContents();
  CHECK(matched.first_content() == 2);
  matched.Add(claims[2]);
  CHECK(matched.content(2) == "third content");  // added after: held
  for (std::size_t i = 0; i < 2; ++i) {
    Claim without = claims[i];
    without.content.clear();
    CheckSameFields(matched[i], without);
  }
  CheckSameFields(matched[2], claims[2]);
  matched.ReleaseContents();
  matched.Freeze();
  CHECK(matched.first_content() == 3);
  CHECK(matched[2].content.empty());
  CHECK(matched[2].source == "Ahmed Hamid");
}

TEST_CASE("A name repeated across claims is one string of the pool", "[match]") {
  MatchClaims matched;
  for (int k = 0; k < 3; ++k) {
    Claim claim = MakeClaim(k + 1, "a.txt", "Sean Spicer", "words " + std::to_string(k));
    claim.mention = k == 2 ? "He" : "Sean Spicer";
    matched.Add(claim);
  }
  CHECK(matched.source_id(0) == matched.source_id(1));
  CHECK(matched.mention_id(0) == matched.source_id(0));  // one pool for names
  CHECK(matched.mention_id(2) != matched.mention_id(1));
  CHECK(matched.names()[matched.mention_id(2)] == "He");
}

TEST_CASE("StringPool keeps every string through its table's growth", "[match]") {
  StringPool pool;
  std::vector<std::uint32_t> ids;
  for (int k = 0; k < 5000; ++k) ids.push_back(pool.Intern("name " + std::to_string(k)));
  REQUIRE(pool.size() == 5000);
  for (int k = 0; k < 5000; ++k) {
    CHECK(ids[static_cast<std::size_t>(k)] == static_cast<std::uint32_t>(k));  // in order first seen
    CHECK(pool.Intern("name " + std::to_string(k)) == ids[static_cast<std::size_t>(k)]);
    CHECK(pool[ids[static_cast<std::size_t>(k)]] == "name " + std::to_string(k));
  }
  CHECK(pool.Intern("") == 5000);
  CHECK(pool[5000].empty());
  CHECK(pool.size() == 5001);
}

TEST_CASE("Matching MatchClaims finds what matching the Claims finds", "[match]") {
  test::MatchRules rules;
  std::vector<Claim> claims = {
      MakeClaim(1, "a.txt", "Russian Defence Ministry",
                "Russian and coalition jets carried out a joint mission over al-Bab"),
      MakeClaim(2, "a.txt", "the Pentagon", "any joint mission over al-Bab with Russian jets",
                Stance::kDeny),
      MakeClaim(3, "b.txt", "John Dorrian", "coalition jets flew a joint mission over al-Bab"),
  };
  DisputeFinder finder(rules.matching, rules.antonyms);
  MatchResult from_claims = finder.Find(claims);
  MatchClaims matched;
  for (const Claim& claim : claims) matched.Add(claim);
  matched.Freeze();
  MatchResult from_columns = finder.Find(matched);
  REQUIRE(from_columns.disputes.size() == from_claims.disputes.size());
  for (std::size_t d = 0; d < from_claims.disputes.size(); ++d) {
    const Dispute& x = from_claims.disputes[d];
    const Dispute& y = from_columns.disputes[d];
    CHECK(x.topic == y.topic);
    CHECK(x.rule == y.rule);
    CHECK(x.evidence == y.evidence);
    REQUIRE(x.members.size() == y.members.size());
    for (std::size_t m = 0; m < x.members.size(); ++m) CHECK(x.members[m].claim_id == y.members[m].claim_id);
  }
  CHECK(from_claims.source_sides == from_columns.source_sides);
}

}  // namespace
}  // namespace claimtrack
