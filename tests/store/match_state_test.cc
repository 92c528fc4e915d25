// The store's side of incremental matching (schema version 5): the
// match_state row, word counts and postings, the claims and disputes an
// incremental match reads, and its one transaction, which refuses to write
// over a store that changed under it.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/claim_store.h"
#include "store_test_support.h"

namespace claimtrack {
namespace {

using test::OpenOrFail;
using test::TempStorePath;

// An article of `count` claims "claim K of DOC", K from 0; returns their ids.
std::vector<std::int64_t> AddArticleOf(ClaimStore& store, const std::string& doc, int count) {
  Article article;
  article.doc = doc;
  std::vector<Claim> claims;
  for (int k = 0; k < count; ++k) {
    std::string content = "claim " + std::to_string(k) + " of " + doc;
    Claim claim;
    claim.source = "Speaker " + std::to_string(k);
    claim.mention = claim.source;
    claim.cue = "said";
    claim.content = content;
    claim.content_span = Span{article.text.size(), article.text.size() + content.size()};
    article.text += content + ". ";
    claims.push_back(claim);
  }
  bool stored = false;
  REQUIRE(store.AddArticle(article, &claims, &stored).ok());
  REQUIRE(stored);
  std::vector<std::int64_t> ids;
  for (const Claim& claim : claims) ids.push_back(claim.id);
  return ids;
}

MatchState StateAt(std::int64_t last_claim_id, std::int64_t claims) {
  MatchState state;
  state.last_claim_id = last_claim_id;
  state.claims = claims;
  state.rules = "fingerprint";
  state.block_limit = 100;
  return state;
}

Dispute DisputeOf(std::int64_t claim, std::int64_t counter) {
  Dispute dispute;
  dispute.topic = "topic";
  dispute.kind = "stance";
  dispute.rule = "opposite-stance";
  dispute.score = 0.5;
  dispute.members = {{claim, DisputeRole::kClaim}, {counter, DisputeRole::kCounter}};
  return dispute;
}

TEST_CASE("A store without a match records no match state", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  AddArticleOf(*store, "a.txt", 2);
  MatchState state;
  REQUIRE(store->LoadMatchState(&state).ok());
  CHECK_FALSE(state.recorded);
  CHECK(state.claims_now == 2);
}

TEST_CASE("WriteMatchIndex records the state, the word counts and the postings", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<std::int64_t> ids = AddArticleOf(*store, "a.txt", 3);
  MatchWordIndex words;
  words.df = {{"zeta", 1}, {"alpha", 2}, {"common", 300}};
  words.postings = {{1, ids[2]}, {0, ids[0]}, {1, ids[1]}};
  REQUIRE(store->WriteMatchIndex(words, StateAt(ids[2], 3)).ok());

  MatchState state;
  REQUIRE(store->LoadMatchState(&state).ok());
  CHECK(state.recorded);
  CHECK(state.last_claim_id == ids[2]);
  CHECK(state.claims == 3);
  CHECK(state.rules == "fingerprint");
  CHECK(state.block_limit == 100);
  CHECK_FALSE(state.stale);

  std::unordered_map<std::string, int> df;
  REQUIRE(store->LoadWordCounts({"alpha", "common", "missing"}, &df).ok());
  CHECK(df == std::unordered_map<std::string, int>{{"alpha", 2}, {"common", 300}});
  std::set<std::int64_t> holders;
  REQUIRE(store->LoadPostings({"alpha"}, &holders).ok());
  CHECK(holders == std::set<std::int64_t>{ids[1], ids[2]});

  // Written again (a full match), the index is replaced, not added to.
  REQUIRE(store->WriteMatchIndex(MatchWordIndex{{{"alpha", 1}}, {{0, ids[0]}}, {}}, StateAt(ids[2], 3)).ok());
  holders.clear();
  REQUIRE(store->LoadPostings({"alpha", "zeta"}, &holders).ok());
  CHECK(holders == std::set<std::int64_t>{ids[0]});
  REQUIRE(store->ClearMatchState().ok());
  REQUIRE(store->LoadMatchState(&state).ok());
  CHECK_FALSE(state.recorded);
}

TEST_CASE("Deleting or editing a claim marks the match state stale", "[store]") {
  for (const char* edit : {"DELETE FROM documents WHERE doc = 'a.txt'",
                           "UPDATE claims SET content = 'changed' WHERE id = 1"}) {
    INFO(edit);
    TempStorePath path;
    {
      auto store = OpenOrFail(path.str());
      std::vector<std::int64_t> ids = AddArticleOf(*store, "a.txt", 2);
      REQUIRE(store->WriteMatchIndex(MatchWordIndex{}, StateAt(ids[1], 2)).ok());
    }
    {
      SQLite::Database db(path.str(), SQLite::OPEN_READWRITE);
      db.exec("PRAGMA foreign_keys = ON");
      db.exec(edit);
    }
    auto store = OpenOrFail(path.str());
    MatchState state;
    REQUIRE(store->LoadMatchState(&state).ok());
    CHECK(state.recorded);
    CHECK(state.stale);
  }
}

TEST_CASE("The claims and disputes an incremental match reads", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<std::int64_t> a = AddArticleOf(*store, "a.txt", 3);
  std::vector<std::int64_t> b = AddArticleOf(*store, "b.txt", 2);
  std::vector<std::int64_t> c = AddArticleOf(*store, "c.txt", 2);
  std::vector<Dispute> disputes = {DisputeOf(a[0], b[1])};
  REQUIRE(store->ReplaceDisputes(&disputes, {}).ok());

  std::vector<Claim> after;
  REQUIRE(store->LoadClaimsAfter(b[1], &after).ok());
  REQUIRE(after.size() == 2);
  CHECK(after[0].id == c[0]);
  CHECK(after[1].doc == "c.txt");

  std::map<std::int64_t, std::vector<std::int64_t>> members;
  REQUIRE(store->LoadDisputeMembers({b[1], c[0]}, &members).ok());
  CHECK(members == std::map<std::int64_t, std::vector<std::int64_t>>{{disputes[0].id, {a[0], b[1]}}});

  std::vector<Claim> articles;
  REQUIRE(store->LoadArticleClaims({c[1], a[2]}, &articles).ok());
  std::vector<std::int64_t> ids;
  for (const Claim& claim : articles) ids.push_back(claim.id);
  CHECK(ids == std::vector<std::int64_t>{a[0], a[1], a[2], c[0], c[1]});
}

TEST_CASE("ForEachMatchClaim reads the matching fields of LoadClaims, in its order", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  Article article;
  article.doc = "a.txt";
  article.text = "Moscow said jets flew a joint mission. The Pentagon reportedly denied that claim.";
  Claim assertion;
  assertion.source = "Russian Defence Ministry";
  assertion.mention = "Moscow";
  assertion.role = "ministry";
  assertion.cue = "said";
  assertion.content = "jets flew a joint mission";
  assertion.content_span = Span{12, 37};
  assertion.sentence_span = Span{0, 38};
  Claim denial;
  denial.source = denial.mention = "the Pentagon";
  denial.cue = "denied";
  denial.evidence = "denied";
  denial.stance = Stance::kDeny;
  denial.target = "that claim";
  denial.hedge = "reportedly";
  denial.content = "that claim";
  denial.content_span = Span{70, 80};
  denial.sentence_span = Span{39, 81};
  std::vector<Claim> claims = {assertion, denial};
  bool stored = false;
  REQUIRE(store->AddArticle(article, &claims, &stored).ok());
  AddArticleOf(*store, "b.txt", 2);

  std::vector<Claim> loaded;
  REQUIRE(store->LoadClaims(&loaded).ok());
  std::vector<Claim> streamed;
  REQUIRE(store->ForEachMatchClaim([&](const Claim& claim) { streamed.push_back(claim); }).ok());
  REQUIRE(streamed.size() == loaded.size());
  REQUIRE(streamed.size() == 4);
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    const Claim& want = loaded[i];
    const Claim& got = streamed[i];
    CHECK(got.id == want.id);
    CHECK(got.doc == want.doc);
    CHECK(got.source == want.source);
    CHECK(got.mention == want.mention);
    CHECK(got.role == want.role);
    CHECK(got.cue == want.cue);
    CHECK(got.content == want.content);
    CHECK(got.stance == want.stance);
    CHECK(got.content_span.begin == want.content_span.begin);
    CHECK(got.content_span.end == want.content_span.end);
    CHECK(got.sentence_span.begin == want.sentence_span.begin);
    CHECK(got.sentence_span.end == want.sentence_span.end);
    CHECK(got.target == want.target);
    CHECK(got.evidence == want.evidence);
    CHECK(got.hedge == want.hedge);
    // What matching does not read is left out.
    CHECK(got.cue_lemma.empty());
    CHECK(got.rule.empty());
  }
  // One Claim is reused row after row: a field empty in this row is empty,
  // not left over from the row before.
  CHECK(streamed[1].hedge == "reportedly");
  CHECK(streamed[2].hedge.empty());
  CHECK(streamed[2].target.empty());
  CHECK(streamed[2].stance == Stance::kAssert);
}

TEST_CASE("ForEachClaimContent reads contents again by id; CountClaims counts them", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  AddArticleOf(*store, "a.txt", 2);
  AddArticleOf(*store, "b.txt", 2);
  std::vector<Claim> loaded;
  REQUIRE(store->LoadClaims(&loaded).ok());
  REQUIRE(loaded.size() == 4);
  std::size_t count = 0;
  REQUIRE(store->CountClaims(&count).ok());
  CHECK(count == 4);

  // Any order; an id no claim has gives nothing.
  std::vector<std::int64_t> ids = {loaded[3].id, 999999, loaded[0].id};
  std::map<std::size_t, std::string> got;
  REQUIRE(
      store
          ->ForEachClaimContent(
              ids, [&](std::size_t k, std::string_view content) { got[k] = std::string(content); })
          .ok());
  CHECK(got == std::map<std::size_t, std::string>{{0, loaded[3].content}, {2, loaded[0].content}});
}

TEST_CASE("ApplyIncrementalMatch replaces disputes and adds word counts in one go", "[store]") {
  TempStorePath path;
  auto store = OpenOrFail(path.str());
  std::vector<std::int64_t> a = AddArticleOf(*store, "a.txt", 2);
  std::vector<Dispute> disputes = {DisputeOf(a[0], a[1])};
  REQUIRE(store->ReplaceDisputes(&disputes, {}).ok());
  REQUIRE(store->WriteMatchIndex(MatchWordIndex{{{"alpha", 1}, {"beta", 1}}, {{0, a[0]}, {1, a[0]}}, {}},
                                 StateAt(a[1], 2))
              .ok());
  std::vector<std::int64_t> b = AddArticleOf(*store, "b.txt", 1);

  MatchWordIndex added{{{"alpha", 1}, {"gamma", 1}}, {{0, b[0]}, {1, b[0]}}, {"beta"}};
  std::vector<Dispute> found = {DisputeOf(a[0], b[0])};
  found[0].members.push_back({a[1], DisputeRole::kCounter});

  SECTION("refused when another match ran meanwhile") {
    Status status = store->ApplyIncrementalMatch({disputes[0].id}, &found, {}, added,
                                                 StateAt(b[0], 3), /*matched_after=*/a[0]);
    CHECK_FALSE(status.ok());
    CHECK(status.message() == path.str() + ": the store changed during the match; nothing was stored");
    std::vector<Dispute> now;
    REQUIRE(store->LoadDisputes(&now).ok());
    REQUIRE(now.size() == 1);
    CHECK(now[0].id == disputes[0].id);
  }
  SECTION("written") {
    REQUIRE(store->ApplyIncrementalMatch({disputes[0].id}, &found, {{"Speaker 0", "Russia"}}, added,
                                         StateAt(b[0], 3), /*matched_after=*/a[1])
                .ok());
    std::vector<Dispute> now;
    REQUIRE(store->LoadDisputes(&now).ok());
    REQUIRE(now.size() == 1);
    CHECK(now[0].id == found[0].id);
    CHECK(now[0].members.size() == 3);
    std::unordered_map<std::string, int> df;
    REQUIRE(store->LoadWordCounts({"alpha", "beta", "gamma"}, &df).ok());
    CHECK(df == std::unordered_map<std::string, int>{{"alpha", 2}, {"beta", 1}, {"gamma", 1}});
    std::set<std::int64_t> holders;
    REQUIRE(store->LoadPostings({"beta"}, &holders).ok());
    CHECK(holders.empty());  // dropped: no longer a blocking word
    REQUIRE(store->LoadPostings({"alpha"}, &holders).ok());
    CHECK(holders == std::set<std::int64_t>{a[0], b[0]});
    std::map<std::string, std::string> sides;
    REQUIRE(store->LoadSourceSides(&sides).ok());
    CHECK(sides["Speaker 0"] == "Russia");
    MatchState state;
    REQUIRE(store->LoadMatchState(&state).ok());
    CHECK(state.last_claim_id == b[0]);
    CHECK(state.claims == 3);
  }
}

}  // namespace
}  // namespace claimtrack
