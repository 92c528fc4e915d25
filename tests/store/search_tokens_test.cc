// Tests for PrepareForStore's search tokens: computed on another thread and
// replayed by the store's connection (store/search_tokens.h), they give the
// search index exactly what the store's own tokenizing gives, shadow tables
// included; and the store does use them.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "store/claim_store.h"
#include "store_test_support.h"

namespace claimtrack {
namespace {

using test::OpenOrFail;
using test::TempStorePath;

// Article `name` with one claim per entry of `contents`.
ArticleClaims MakeArticle(const std::string& name, const std::vector<std::string>& contents) {
  ArticleClaims item;
  item.article.doc = name;
  for (const std::string& content : contents) {
    std::size_t sentence = item.article.text.size();
    item.article.text += "Jane Roe said " + content + ". ";
    Claim claim;
    claim.source = "Jane Roe";
    claim.mention = "Jane Roe";
    claim.cue = "said";
    claim.content = content;
    std::size_t at = item.article.text.find(content, sentence);
    claim.content_span = Span{at, at + content.size()};
    claim.sentence_span = Span{sentence, item.article.text.size() - 1};
    claim.rule = "test";
    item.claims.push_back(claim);
  }
  return item;
}

// Contents the unicode61 tokenizer (remove_diacritics 2) treats in every
// way: case, diacritics folded, separators, digits, non-Latin scripts,
// an empty content and one without a token.
std::vector<ArticleClaims> MakeBatch() {
  std::vector<ArticleClaims> batch;
  batch.push_back(MakeArticle("a.txt", {"the Café in Zürich was CLOSED on 12 March",
                                        "prices rose 3.5% after the U.S. vote"}));
  batch.push_back(MakeArticle("b.txt", {"", "-- ... --", "naïve Ångström façade crème brûlée"}));
  batch.push_back(MakeArticle("c.txt", {"東京 の 会議 was held", "Москва said нет",
                                        "it's a don't-stop \"quoted\" thing_with_underscores"}));
  return batch;
}

// The search index's own tables, every row, as text.
std::string SearchTables(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  std::string dump;
  for (const char* sql : {"SELECT id, hex(block) FROM claim_search_data ORDER BY id",
                          "SELECT segid, hex(term), pgno FROM claim_search_idx ORDER BY 1, 2",
                          "SELECT id, hex(sz) FROM claim_search_docsize ORDER BY id",
                          "SELECT k, v FROM claim_search_config ORDER BY k"}) {
    SQLite::Statement query(db, sql);
    while (query.executeStep()) {
      for (int i = 0; i < query.getColumnCount(); ++i) {
        dump += query.getColumn(i).getString();
        dump += '\t';
      }
      dump += '\n';
    }
    dump += "--\n";
  }
  return dump;
}

void Store(const std::string& path, std::vector<ArticleClaims>* batch) {
  std::unique_ptr<ClaimStore> store = OpenOrFail(path);
  std::vector<AddResult> results;
  Status status = store->AddArticles(*batch, &results);
  INFO(status.message());
  REQUIRE(status.ok());
  for (const AddResult& result : results) REQUIRE(result.outcome == AddOutcome::kStored);
}

TEST_CASE("Search tokens prepared on another thread give the same search index",
          "[store][batch][search]") {
  TempStorePath plain_path, prepared_path;
  std::vector<ArticleClaims> plain = MakeBatch();
  std::vector<ArticleClaims> prepared = MakeBatch();
  std::thread worker([&] {
    for (ArticleClaims& item : prepared) PrepareForStore(&item);
  });
  worker.join();
  for (std::size_t i = 0; i < prepared.size(); ++i) {
    REQUIRE(prepared[i].search_tokens.size() == prepared[i].claims.size());
    CHECK(prepared[i].content_hash == ContentHash(prepared[i].article.text));
  }
  Store(plain_path.str(), &plain);
  Store(prepared_path.str(), &prepared);
  std::string expected = SearchTables(plain_path.str());
  CHECK(expected.size() > 100);
  CHECK(SearchTables(prepared_path.str()) == expected);

  std::unique_ptr<ClaimStore> store = OpenOrFail(prepared_path.str());
  std::vector<ClaimMatch> matches;
  std::size_t total = 0;
  for (const char* query : {"cafe", "zurich", "angstrom", "東京", "москва", "dont"}) {
    INFO(query);
    REQUIRE(store->SearchClaims(query, 10, &matches, &total).ok());
  }
  REQUIRE(store->SearchClaims("angstrom", 10, &matches, &total).ok());
  REQUIRE(total == 1);
  CHECK(matches[0].claim.content == "naïve Ångström façade crème brûlée");
}

TEST_CASE("The store indexes the search tokens it is given", "[store][batch][search]") {
  // Tokens for other contents than the claims' are a caller's mistake; here
  // they show that the store replays what it is given rather than tokenizing
  // again.
  TempStorePath path;
  std::vector<ArticleClaims> batch{MakeArticle("a.txt", {"apples fell", "pears rose"})};
  PrepareForStore(&batch[0]);
  std::swap(batch[0].search_tokens[0], batch[0].search_tokens[1]);
  Store(path.str(), &batch);
  std::unique_ptr<ClaimStore> store = OpenOrFail(path.str());
  std::vector<ClaimMatch> matches;
  std::size_t total = 0;
  REQUIRE(store->SearchClaims("apples", 10, &matches, &total).ok());
  REQUIRE(total == 1);
  CHECK(matches[0].claim.content == "pears rose");
}

TEST_CASE("Search tokens that do not match the claims are not used", "[store][batch][search]") {
  TempStorePath plain_path, odd_path;
  std::vector<ArticleClaims> plain = MakeBatch();
  std::vector<ArticleClaims> odd = MakeBatch();
  PrepareForStore(&odd[0]);
  odd[0].search_tokens.pop_back();  // one entry fewer than claims: ignored
  Store(plain_path.str(), &plain);
  Store(odd_path.str(), &odd);
  CHECK(SearchTables(odd_path.str()) == SearchTables(plain_path.str()));
}

}  // namespace
}  // namespace claimtrack
