// Shared by the tests of src/extract: one ClaimExtractor built from the
// repository's rules/, made on first use and kept for the whole test run.
#pragma once

#include <catch2/catch.hpp>
#include <memory>

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

}  // namespace claimtrack::test
