// Scoring extraction against gold attributions: offsets in code points, the
// lenient 30%/30% overlap, source agreement, and the sample gold's targets.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/json.h"
#include "eval/attribution_eval.h"

namespace claimtrack {
namespace {

Claim MakeClaim(std::size_t begin, std::size_t end, std::string source, std::string mention = "") {
  Claim claim;
  claim.content_span = Span{begin, end};
  claim.source = std::move(source);
  claim.mention = mention.empty() ? claim.source : std::move(mention);
  claim.rule = "source-cue-content";
  claim.cue_lemma = "say";
  return claim;
}

TEST_CASE("Gold code-point offsets become byte offsets", "[eval]") {
  // "’" is 3 bytes but one code point: the content starts 2 bytes later in bytes.
  std::string text = "Russia’s ministry said the jets flew.";
  std::string line = std::string("{\"doc\":\"a\",\"text\":") + JsonQuote(text) +
                     ",\"attributions\":[{\"source\":\"Russia’s ministry\",\"cue\":\"said\","
                     "\"content_start\":23,\"content_end\":36}]}\n";
  std::filesystem::path path = std::filesystem::temp_directory_path() / "claimtrack_gold_test.jsonl";
  std::ofstream(path) << line;
  std::vector<GoldArticle> gold;
  REQUIRE(ReadGoldFile(path.string(), &gold).ok());
  std::filesystem::remove(path);
  REQUIRE(gold.size() == 1);
  REQUIRE(gold[0].attributions.size() == 1);
  CHECK(gold[0].attributions[0].content.in(text) == "the jets flew");
}

TEST_CASE("Recall over gold whose cue is in the lexicon counts only those", "[eval]") {
  GoldArticle article;
  article.article.text = std::string(400, 'x');
  article.attributions.push_back(GoldAttribution{"Jeff Davis", "said", "assert", Span{0, 100}});
  article.attributions.push_back(GoldAttribution{"Jeff Davis", "wants", "assert", Span{200, 300}});
  article.attributions.push_back(
      GoldAttribution{"Tom Clarke", "has said", "assert", Span{300, 400}});
  auto lexicon = [](const std::string& cue) { return cue.find("said") != std::string::npos; };
  EvalReport report =
      Evaluate({article}, {{MakeClaim(0, 100, "Davis"), MakeClaim(200, 300, "Davis")}}, lexicon);
  CHECK(report.gold == 3);
  CHECK(report.gold_source_right == 2);
  CHECK(report.gold_lexicon == 2);
  CHECK(report.gold_lexicon_source_right == 1);
  CHECK(report.recall_lexicon_source() == Approx(0.5));
}

TEST_CASE("A claim matches gold when 30% overlap holds both ways", "[eval]") {
  GoldArticle article;
  article.article.text = std::string(400, 'x');
  article.attributions.push_back(GoldAttribution{"Jeff Davis", "said", "assert", Span{100, 200}});
  struct Row {
    Span claim;
    bool found;
  };
  // Gold is [100, 200): a claim must cover 30 of its bytes and lie 30% inside it.
  for (Row row : {Row{{100, 200}, true}, Row{{100, 130}, true}, Row{{100, 129}, false},
                  Row{{0, 200}, true}, Row{{0, 400}, false}, Row{{50, 150}, true},
                  Row{{0, 100}, false}}) {
    EvalReport report = Evaluate({article}, {{MakeClaim(row.claim.begin, row.claim.end, "Davis")}},
                                 [](const std::string&) { return true; });
    INFO("claim [" << row.claim.begin << ", " << row.claim.end << ")");
    CHECK(report.gold_found == (row.found ? 1 : 0));
    CHECK(report.claims_matched == (row.found ? 1 : 0));
  }
}

TEST_CASE("Source agreement: a shared word, or a gold pronoun", "[eval]") {
  CHECK(SourceAgrees(MakeClaim(0, 1, "Jeff Davis", "Davis"), "U.S. Navy Capt. Jeff Davis"));
  CHECK(SourceAgrees(MakeClaim(0, 1, "Sean Spicer", "He"), "he"));
  // A relative pronoun stands for its antecedent, as "he" does.
  CHECK(SourceAgrees(MakeClaim(0, 1, "Bernie Sanders", "Sanders"), "who"));
  CHECK(SourceAgrees(MakeClaim(0, 1, "World Trade Organization"), "which"));
  CHECK(SourceAgrees(MakeClaim(0, 1, "Russian Defense Ministry"), "Russia’s Defense Ministry"));
  CHECK_FALSE(SourceAgrees(MakeClaim(0, 1, "John Dorrian"), "the Pentagon"));
  CHECK_FALSE(SourceAgrees(MakeClaim(0, 1, "the rebels"), "the government"));
}

// The end-to-end target for the samples: the hand-made gold in
// tests/data/seeds_gold.jsonl (see seeds_gold.md), scored by the real binary.
TEST_CASE("On the sample gold, precision and recall with the source right are 0.95 or more",
          "[eval][e2e]") {
  std::string gold = std::string(CLAIMTRACK_TEST_DATA_DIR) + "/seeds_gold.jsonl";
  std::string command = std::string(CLAIMTRACK_BINARY) + " eval attributions --format json --gold '" +
                        gold + "'";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  REQUIRE(pclose(pipe) == 0);
  JsonValue report;
  REQUIRE(ParseJson(out, &report).ok());
  INFO(out);
  CHECK(report.Find("gold")->as_number() >= 140);
  CHECK(report.Find("precision_source")->as_number() >= 0.95);
  CHECK(report.Find("recall_source")->as_number() >= 0.95);
  // Every denial in the gold is found, and found as a denial.
  CHECK(report.Find("gold_deny_found")->as_number() == report.Find("gold_deny")->as_number());
}

}  // namespace
}  // namespace claimtrack
