// ClaimsByArticle: each article's claims come back ascending, whether the
// articles' claims are consecutive or interleaved.
#include <catch2/catch.hpp>

#include <cstddef>
#include <vector>

#include "match/claims_by_article.h"

namespace claimtrack {
namespace {

std::vector<std::size_t> ClaimsOf(const ClaimsByArticle& articles, std::size_t doc) {
  std::vector<std::size_t> out;
  for (std::size_t claim : articles[doc]) out.push_back(claim);
  return out;
}

TEST_CASE("ClaimsByArticle gives each article's claims ascending", "[match]") {
  struct Case {
    const char* name;
    std::vector<std::size_t> doc_of;  // by claim
    std::size_t articles;
  };
  const std::vector<Case> cases = {
      {"consecutive", {0, 0, 0, 1, 2, 2, 3}, 4},
      {"interleaved", {0, 1, 0, 2, 1, 0, 2}, 3},
      {"an article seen again after another", {0, 0, 1, 1, 0}, 2},
      {"one claim an article", {0, 1, 2, 3}, 4},
      {"one article", {0, 0, 0}, 1},
      {"no claims", {}, 0},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      const ClaimsByArticle articles(c.doc_of.size(), c.articles,
                                   [&](std::size_t i) { return c.doc_of[i]; });
      for (std::size_t doc = 0; doc < c.articles; ++doc) {
        std::vector<std::size_t> want;
        for (std::size_t i = 0; i < c.doc_of.size(); ++i) {
          if (c.doc_of[i] == doc) want.push_back(i);
        }
        INFO("article " << doc);
        CHECK(ClaimsOf(articles, doc) == want);
      }
    }
  }
}

}  // namespace
}  // namespace claimtrack
