// match shows a progress line only on a terminal: piped, standard error
// holds nothing but real messages, so scripts can read it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "run_binary.h"

namespace claimtrack::test {
namespace {

TEST_CASE("match writes no progress line when standard error is not a terminal", "[cli]") {
  TempDir dir;
  const std::string db = dir.File("claims.sqlite");
  const std::string seeds =
      (std::filesystem::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds").string();
  REQUIRE(RunClaimtrack({"ingest", "--db", db, seeds}).exit_code == 0);
  ProcessResult run = RunClaimtrack({"match", "--db", db});
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.find("matched ") == 0);
}

}  // namespace
}  // namespace claimtrack::test
