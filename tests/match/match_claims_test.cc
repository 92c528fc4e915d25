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
  // The cue is kept with the rare labels only.
  const bool labelled = !want.target.empty() || !want.evidence.empty() || !want.hedge.empty();
  CHECK(got.cue == (labelled ? want.cue : ""));
  CHECK(got.content == want.content);
  CHECK(got.target == want.target);
  CHECK(got.evidence == want.evidence);
  CHECK(got.hedge == want.hedge);
  CHECK(got.stance == want.stance);
  CHECK(got.content_span.begin == want.content_span.begin);
  CHECK(got.content_span.end == want.content_span.end);
  CHECK(got.sentence_begin == want.sentence_span.begin);
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

// A content's span is kept from its sentence's start, in 4 bytes, when it
// fits, and apart when not: contents long, far before or after their
// sentence, at the limits of what fits, and ending before they begin, all
// come back.
TEST_CASE("Content spans near and far from their sentence come back", "[match]") {
  struct Case {
    std::size_t sentence_begin, content_begin, content_end;
  };
  const std::vector<Case> cases = {
      {100, 140, 180},          {100, 100, 100},          {0, 0, 65535},
      {0, 0, 65536},            {50000, 17233, 17300},    {50000, 17232, 17300},
      {1000, 33767, 33800},     {1000, 33768, 33800},     {5000, 4000, 3000},
      {4294967295, 4294967295, 4294967295}, {10, 200000, 300000},
  };
  MatchClaims matched;
  std::vector<Claim> claims;
  for (std::size_t k = 0; k < cases.size(); ++k) {
    Claim claim = MakeClaim(static_cast<std::int64_t>(k + 1), "a.txt", "Lina Sayed", "words");
    claim.sentence_span = Span{cases[k].sentence_begin, cases[k].sentence_begin + 10};
    claim.content_span = Span{cases[k].content_begin, cases[k].content_end};
    claims.push_back(claim);
    matched.Add(claim);
  }
  matched.Freeze();
  for (std::size_t k = 0; k < claims.size(); ++k) {
    INFO("case " << k);
    CheckSameFields(matched[k], claims[k]);
  }
}

// Articles are kept as runs of claims: articles of one claim and of many,
// an article seen again after another, and runs across the index's blocks
// of claims, all come back.
TEST_CASE("Each claim's article comes back, in runs of any length", "[match]") {
  std::vector<std::string> docs;
  for (int k = 0; k < 40; ++k) docs.push_back("long.txt");
  for (int k = 0; k < 7; ++k) docs.push_back("short" + std::to_string(k) + ".txt");
  docs.push_back("long.txt");  // seen again
  for (int k = 0; k < 33; ++k) docs.push_back("b.txt");
  docs.push_back("c.txt");
  std::vector<Claim> claims;
  for (std::size_t k = 0; k < docs.size(); ++k) {
    claims.push_back(MakeClaim(static_cast<std::int64_t>(k + 1), docs[k], "Lina Sayed", "words"));
  }
  const MatchClaims matched(claims);
  for (std::size_t k = 0; k < claims.size(); ++k) {
    INFO("claim " << k);
    CHECK(matched[k].doc == docs[k]);
    CHECK(matched.doc_names()[matched.doc_id(k)] == docs[k]);
  }
  CHECK(matched.doc_id(47) == matched.doc_id(0));
  CHECK(matched.doc_names().size() == 10);
}

// Posts of one page ("page.txt#2", "page.txt#5") share a page id, and the
// ids stay once the articles' names are let go.
TEST_CASE("Pages by id, kept once the articles' names are let go", "[match]") {
  const std::vector<std::string> docs = {"page.txt#2", "page.txt#2", "page.txt#5", "other.txt",
                                         "page.txt",   "other.txt#1", "third.txt#a#b", "page.txt#5"};
  std::vector<Claim> claims;
  for (std::size_t k = 0; k < docs.size(); ++k) {
    claims.push_back(MakeClaim(static_cast<std::int64_t>(k + 1), docs[k], "Lina Sayed", "words"));
  }
  MatchClaims matched(claims);
  matched.Freeze();
  auto page = [](const std::string& doc) { return doc.substr(0, doc.find('#')); };
  std::vector<std::uint32_t> doc_ids, page_ids;
  for (std::size_t k = 0; k < docs.size(); ++k) {
    doc_ids.push_back(matched.doc_id(k));
    page_ids.push_back(matched.page_id(k));
  }
  CHECK(matched.articles() == 6);
  CHECK(page_ids[0] == 0);  // in the order first seen
  CHECK(page_ids[3] == 1);
  CHECK(page_ids[6] == 2);
  matched.ReleaseDocNames();
  CHECK(matched.doc_names().size() == 0);
  CHECK(matched.articles() == 6);
  for (std::size_t k = 0; k < docs.size(); ++k) {
    INFO("claim " << k);
    CHECK(matched.doc_id(k) == doc_ids[k]);
    CHECK(matched.page_id(k) == page_ids[k]);
    CHECK(matched[k].doc.empty());
    CHECK(matched[k].source == "Lina Sayed");
    for (std::size_t j = 0; j < docs.size(); ++j) {
      CHECK((matched.page_id(k) == matched.page_id(j)) == (page(docs[k]) == page(docs[j])));
      CHECK((matched.doc_id(k) == matched.doc_id(j)) == (docs[k] == docs[j]));
    }
  }
}

TEST_CASE("Released contents, roles and mentions are gone, every other field stays",
          "[match]") {
  std::vector<Claim> claims = {
      MakeClaim(1, "a.txt", "the Pentagon", "first content"),
      MakeClaim(2, "a.txt", "Lina Sayed", "second content"),
      MakeClaim(3, "b.txt", "Ahmed Hamid", "third content"),
  };
  claims[1].role = "spokeswoman";
  claims[1].mention = "She";
  claims[2].role = "minister";
  MatchClaims matched;
  matched.Add(claims[0]);
  matched.Add(claims[1]);
  CHECK(matched.first_content() == 0);
  matched.ReleaseContents();
  CHECK(matched.first_content() == 2);
  matched.Add(claims[2]);
  CHECK(matched.content(2) == "third content");  // added after: held
  CHECK(matched.names()[matched.role_id(2)] == "minister");
  CHECK(matched.names()[matched.mention_id(2)] == "Ahmed Hamid");
  for (std::size_t i = 0; i < 2; ++i) {
    Claim without = claims[i];
    without.content.clear();
    without.role.clear();
    without.mention.clear();
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
