// IngestPipeline's batches: where they are cut, with one thread and with
// several, seen from a second connection as each batch is reported. The
// search index writes one segment per batch, so the same store (byte for
// byte in `sqlite3 .dump`) needs the same cuts.
#include "cli/ingest_pipeline.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "../store/store_test_support.h"
#include "extract/claim_extractor.h"
#include "store/claim_store.h"

namespace claimtrack::test {
namespace {

std::unique_ptr<ClaimExtractor> MakeExtractor() {
  std::unique_ptr<ClaimExtractor> extractor;
  Status status = ClaimExtractor::Create(CLAIMTRACK_SOURCE_RULES_DIR, &extractor);
  INFO(status.message());
  REQUIRE(status.ok());
  return extractor;
}

// Ingests `articles` short articles with `threads` extractors and returns
// the number of documents the store held each time it had just committed a
// batch: the ends of the batches.
std::vector<long> BatchEnds(int threads, int articles, IngestOptions options) {
  // Cut by size only, however slow the machine (a sanitizer, a busy host).
  options.batch_age = std::chrono::hours(1);
  TempStorePath path;
  std::unique_ptr<ClaimStore> store;
  REQUIRE(ClaimStore::Open(path.str(), /*read_only=*/false, &store).ok());
  std::vector<std::unique_ptr<ClaimExtractor>> owned;
  std::vector<const ClaimExtractor*> extractors;
  for (int i = 0; i < threads; ++i) {
    owned.push_back(MakeExtractor());
    extractors.push_back(owned.back().get());
  }
  SQLite::Database reader(path.str(), SQLite::OPEN_READONLY);
  std::vector<long> ends;
  long reported = 0;
  {
    IngestPipeline pipeline(extractors, store.get(), options, [&](const IngestEvent& event) {
      CHECK(event.outcome == AddOutcome::kStored);
      long stored = reader.execAndGet("SELECT count(*) FROM documents").getInt();
      // The listener runs after its batch's commit: the store holds at
      // least the articles reported so far, and the whole of their batch.
      CHECK(stored > reported);
      if (ends.empty() || ends.back() != stored) ends.push_back(stored);
      ++reported;
    });
    for (int i = 0; i < articles; ++i) {
      Article article;
      const std::string number = std::to_string(i);
      article.doc = number + ".txt";
      article.text = "The minister said convoy ";
      article.text += number;
      article.text += " reached the border.";
      REQUIRE(pipeline.Add(std::move(article)));
    }
    REQUIRE(pipeline.Finish().ok());
    CHECK(pipeline.times().batches == static_cast<long>(ends.size()));
  }
  CHECK(reported == articles);
  return ends;
}

TEST_CASE("Batches are cut at the same articles whatever the threads", "[cli][ingest]") {
  IngestOptions options;
  options.batch_articles = 256;
  for (int threads : {1, 2, 5}) {
    INFO(threads << " threads");
    CHECK(BatchEnds(threads, 800, options) == std::vector<long>{256, 512, 768, 800});
  }
  // By bytes: the test's texts are 46 or 47 bytes, so 160 bytes are
  // reached at the fourth article.
  options.batch_articles = 8;
  options.batch_bytes = 160;
  for (int threads : {1, 2}) {
    INFO(threads << " threads");
    CHECK(BatchEnds(threads, 20, options) == std::vector<long>{4, 8, 12, 16, 20});
  }
}

}  // namespace
}  // namespace claimtrack::test
