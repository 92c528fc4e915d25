// Shared by the tests of src/extract: one ClaimExtractor built from the
// repository's rules/, made on first use and kept for the whole test run,
// and the row checks of the pattern tests.
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "extract/claim_extractor.h"

namespace claimtrack::test {

inline const ClaimExtractor& RepositoryExtractor() {
  static const std::unique_ptr<ClaimExtractor> extractor = [] {
    std::unique_ptr<ClaimExtractor> created;
    Status status = ClaimExtractor::Create(CLAIMTRACK_SOURCE_RULES_DIR, &created);
    INFO(status.message());
    REQUIRE(status.ok());
    return created;
  }();
  return *extractor;
}

inline std::vector<Claim> ExtractFrom(const std::string& text) {
  Article article;
  article.doc = "test";
  article.text = text;
  std::vector<Claim> claims = RepositoryExtractor().Extract(article);
  for (const Claim& claim : claims) {
    // Every claim points back into the article byte for byte.
    INFO("content: " << claim.content);
    CHECK(claim.content_span.end <= text.size());
    CHECK(claim.content == text.substr(claim.content_span.begin, claim.content_span.size()));
  }
  return claims;
}

// One line per claim, for failure messages.
inline std::string Describe(const std::vector<Claim>& claims) {
  std::string out;
  for (const Claim& c : claims) {
    out += "\n  [" + c.source + "] mention=[" + c.mention + "] role=[" + c.role + "] cue=[" +
           c.cue + "] " + std::string(StanceName(c.stance)) + " " + c.rule + " target=[" +
           c.target + "] evidence=[" + c.evidence + "] content=[" + c.content + "]";
  }
  return out;
}

// The last claim with this cue (a row's sentence comes after its context);
// null when none.
inline const Claim* ClaimWithCue(const std::vector<Claim>& claims, const std::string& cue) {
  const Claim* found = nullptr;
  for (const Claim& claim : claims) {
    if (claim.cue == cue) found = &claim;
  }
  return found;
}

// The claim whose content starts with `start`; null when none.
inline const Claim* ClaimWithContent(const std::vector<Claim>& claims, const std::string& start) {
  for (const Claim& claim : claims) {
    if (claim.content.rfind(start, 0) == 0) return &claim;
  }
  return nullptr;
}

inline void CheckNoClaims(const std::string& text) {
  std::vector<Claim> claims = ExtractFrom(text);
  INFO("claims:" << Describe(claims));
  CHECK(claims.empty());
}

struct Row {
  const char* name;
  std::string text;  // the article: the sentence, with earlier ones it needs
  std::string cue;   // picks the claim: the last one with this cue
  std::string source;
  std::string mention;
  std::string role;
  std::string content;
  Stance stance;
  std::string rule;
  std::string target = "";
  std::string evidence = "";
};

inline void CheckRow(const Row& row) {
  std::vector<Claim> claims = ExtractFrom(row.text);
  INFO(row.name << "\nclaims:" << Describe(claims));
  const Claim* claim = ClaimWithCue(claims, row.cue);
  REQUIRE(claim != nullptr);
  CHECK(claim->source == row.source);
  CHECK(claim->mention == row.mention);
  CHECK(claim->role == row.role);
  CHECK(claim->content == row.content);
  CHECK(claim->stance == row.stance);
  CHECK(claim->rule == row.rule);
  CHECK(claim->target == row.target);
  CHECK(claim->evidence == row.evidence);
}

}  // namespace claimtrack::test
