// Tests for claims lines (ingest/claims_jsonl.h): every field of an article
// and its claims survives writing and reading, and each kind of damaged line
// is refused with a message that says what is wrong.
#include "ingest/claims_jsonl.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../store/store_test_support.h"
#include "base/json.h"

namespace claimtrack {
namespace {

namespace fs = std::filesystem;
using test::CheckSameClaim;

// An article whose text holds what JSON must escape or keep byte for byte:
// CRLF, a tab, curly quotes, a control character, non-Latin letters.
Article SampleArticle() {
  Article article;
  article.doc = "wire-7#2";
  article.text =
      "GENEVA (AP) \xE2\x80\x94 The envoy said \xE2\x80\x9Cthe talks will resume\xE2\x80\x9D.\r\n"
      "\tOfficials denied it\x01 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0.\n";
  article.title = "Talks \"resume\"";
  article.date = "2017-01-24";
  article.publisher = "AP";
  article.url = "https://example.com/a?b=1&c=2";
  article.origin = "wire.jsonl:7 bytes 10-200";
  return article;
}

// A claim with every field set, and set differently from the others, so
// that a field read into the wrong member is caught.
Claim FullClaim(const Article& article) {
  Claim claim;
  claim.doc = article.doc;
  claim.source = "the envoy";
  claim.mention = "The envoy";
  claim.role = "UN envoy";
  claim.source_kind = "person";
  claim.cue = "said";
  claim.cue_lemma = "say";
  std::string_view content = "\xE2\x80\x9Cthe talks will resume\xE2\x80\x9D";
  claim.content_span.begin = article.text.find(content);
  claim.content_span.end = claim.content_span.begin + content.size();
  claim.content = std::string(content);
  claim.stance = Stance::kDeny;
  claim.quote = QuoteKind::kDirect;
  claim.sentence_span = {19, 70};
  claim.rule = "source-cue-content";
  claim.target = "That claim";
  claim.evidence = "denied";
  claim.hedge = "reportedly";
  claim.date = "2017-01-23";
  claim.time = "9:30 p.m.";
  return claim;
}

void CheckSameArticle(const Article& got, const Article& want) {
  CHECK(got.doc == want.doc);
  CHECK(got.text == want.text);
  CHECK(got.title == want.title);
  CHECK(got.date == want.date);
  CHECK(got.publisher == want.publisher);
  CHECK(got.url == want.url);
  CHECK(got.origin == want.origin);
}

// The claims line of SampleArticle with one claim, with `from` replaced by
// `to` once (it must occur).
std::string DamagedLine(const std::string& from, const std::string& to) {
  Article article = SampleArticle();
  std::string line = ClaimsLine(article, {FullClaim(article)});
  std::size_t at = line.find(from);
  REQUIRE(at != std::string::npos);
  return line.replace(at, from.size(), to);
}

struct ReadResult {
  std::vector<Article> articles;
  std::vector<std::vector<Claim>> claims;
  ReadReport report;
};

ReadResult ReadFiles(const std::vector<std::string>& paths, const std::string& stdin_text = "") {
  ReadResult result;
  std::istringstream in(stdin_text);
  ReadClaimsFiles(
      paths, in,
      [&](Article&& article, std::vector<Claim>&& claims) {
        result.articles.push_back(std::move(article));
        result.claims.push_back(std::move(claims));
        return true;
      },
      &result.report);
  return result;
}

}  // namespace

TEST_CASE("a claims line keeps every field of the article and its claims", "[claims-jsonl]") {
  Article article = SampleArticle();
  Claim full = FullClaim(article);
  Claim plain;  // the optional fields empty, the sentence unknown
  plain.source = "Officials";
  plain.mention = "Officials";
  plain.cue = "denied";
  plain.content_span.begin = article.text.find("it");
  plain.content_span.end = plain.content_span.begin + 2;
  plain.content = "it";
  plain.quote = QuoteKind::kNone;
  plain.rule = "source-cue-content";
  std::vector<Claim> claims = {full, plain};

  std::string line = ClaimsLine(article, claims);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.starts_with("{\"format\":\"claimtrack-claims/1\",\"doc\":\"wire-7#2\""));

  Article read;
  std::vector<Claim> read_claims;
  Status status = ParseClaimsLine(line, &read, &read_claims);
  INFO(status.message());
  REQUIRE(status.ok());
  CheckSameArticle(read, article);
  REQUIRE(read_claims.size() == 2);
  CheckSameClaim(read_claims[0], full);
  plain.doc = article.doc;  // claims take the article's doc
  CheckSameClaim(read_claims[1], plain);
  CHECK(read_claims[0].id == 0);
  // Whatever the writer writes is read back: a key added to ClaimJson but not
  // to the reader shows up here.
  CHECK(ClaimsLine(read, read_claims) == ClaimsLine(article, {full, plain}));
}

TEST_CASE("a claims line without claims, or with a tab after it, is read", "[claims-jsonl]") {
  Article article = SampleArticle();
  // Hadoop Streaming writes a tab after a line that has none.
  std::string line = ClaimsLine(article, {}) + "\t";
  Article read;
  std::vector<Claim> claims = {Claim()};
  REQUIRE(ParseClaimsLine(line, &read, &claims).ok());
  CheckSameArticle(read, article);
  CHECK(claims.empty());
}

TEST_CASE("a damaged claims line is refused with what is wrong", "[claims-jsonl]") {
  struct Case {
    std::string line;
    std::string message;
  };
  Article article = SampleArticle();
  std::string good = ClaimsLine(article, {FullClaim(article)});
  const std::vector<Case> cases = {
      {good.substr(0, good.size() / 2), "malformed JSON: "},
      {"[1, 2]", "not a JSON object"},
      {R"({"doc": "a", "text": "b"})",
       "no \"format\"; not a claims line (claims lines are written by `claimtrack extract`)"},
      {DamagedLine("claimtrack-claims/1", "claimtrack-claims/2"),
       "format 'claimtrack-claims/2' is not claimtrack-claims/1, the one this claimtrack reads"},
      {DamagedLine("\"doc\":\"wire-7#2\",\"title\"", "\"title\""), "no \"doc\""},
      {DamagedLine("\"doc\":\"wire-7#2\",\"title\"", "\"doc\":\"\",\"title\""), "empty \"doc\""},
      {DamagedLine("\"date\":\"2017-01-24\"", "\"date\":7"), "\"date\" is not a string"},
      {DamagedLine("\"date\":\"2017-01-24\"", "\"date\":\"Jan 24\""),
       "\"date\" is 'Jan 24', not YYYY-MM-DD"},
      {R"({"format":"claimtrack-claims/1","doc":"a","text":"b","claims":{}})",
       "\"claims\" is not an array"},
      {DamagedLine(",\"text\":\"GENEVA", ",\"txt\":\"GENEVA"), "no \"text\""},
      {DamagedLine("\"text\":\"GENEVA", "\"text\":\"\\u0000GENEVA"),
       "\"text\" holds a NUL character"},
      {DamagedLine("\"stance\":\"deny\"", "\"stance\":\"maybe\""),
       "claim 1: \"stance\" is 'maybe', not assert or deny"},
      {DamagedLine("\"stance\":\"deny\",", ""), "claim 1: no \"stance\""},
      {DamagedLine("\"quote\":\"direct\"", "\"quote\":\"loud\""),
       "claim 1: \"quote\" is 'loud', not direct, indirect or none"},
      {DamagedLine("\"start\":", "\"start\":-"),
       "claim 1: \"start\" is not a byte offset (a whole number from 0)"},
      {DamagedLine("\"sentence_end\":70", "\"sentence_end\":70.5"),
       "claim 1: \"sentence_end\" is not a byte offset (a whole number from 0)"},
      {DamagedLine("\"source\":\"the envoy\"", "\"source\":null"),
       "claim 1: \"source\" is not a string"},
      {DamagedLine("\"content\":\"\xE2\x80\x9Cthe", "\"content\":\"\xE2\x80\x9Dthe"),
       "claim 1: \"content\" is not the bytes 31-58 of the text"},
      {DamagedLine("\"end\":58", "\"end\":6700"),
       "claim 1: \"content\" is not the bytes 31-6700 of the text"},
      {DamagedLine("\"date\":\"2017-01-23\"", "\"date\":\"yesterday\""),
       "claim 1: \"date\" is 'yesterday', not YYYY-MM-DD"},
  };
  for (const Case& c : cases) {
    INFO("line: " << c.line);
    Article read;
    std::vector<Claim> claims;
    Status status = ParseClaimsLine(c.line, &read, &claims);
    REQUIRE_FALSE(status.ok());
    CHECK_THAT(status.message(), Catch::Matchers::StartsWith(c.message));
    CHECK(claims.empty());
  }
}

TEST_CASE("ReadClaimsFiles names the file and line of each bad line and reads the rest",
          "[claims-jsonl]") {
  Article article = SampleArticle();
  Article second = article;
  second.doc = "second";
  second.text = "The mayor said the bridge was closed.";
  std::string input = ClaimsLine(article, {FullClaim(article)}) + "\n" +  // line 1
                      "\n" +                                              // 2: blank
                      "{\"format\": \"claimtrack-claims/1\"\n" +          // 3: cut short
                      ClaimsLine(second, {}) + "\r\n" +                   // 4: CRLF
                      DamagedLine("\"text\":\"GENEVA", "\"text\":\"\xFFGENEVA") + "\n";  // 5

  ReadResult result = ReadFiles({"-"}, input);
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0].doc == "wire-7#2");
  REQUIRE(result.claims[0].size() == 1);
  CHECK(result.claims[0][0].content == FullClaim(article).content);
  CHECK(result.articles[1].doc == "second");
  CHECK(result.articles[1].text == second.text);
  REQUIRE(result.report.problems.size() == 2);
  CHECK_THAT(result.report.problems[0], Catch::Matchers::StartsWith("-:3: malformed JSON: "));
  CHECK_THAT(result.report.problems[1],
             Catch::Matchers::StartsWith("-:5: invalid UTF-8 replaced by U+FFFD at byte "));
  CHECK_THAT(
      result.report.problems[1],
      Catch::Matchers::EndsWith("; the line was damaged after `claimtrack extract` wrote it"));
  CHECK(result.report.articles == 2);
}

TEST_CASE("ReadClaimsFiles accepts empty files and names missing ones and folders",
          "[claims-jsonl]") {
  std::random_device random;
  fs::path dir =
      fs::temp_directory_path() / ("claimtrack_claims_jsonl_test_" + std::to_string(random()));
  fs::create_directories(dir);
  std::string empty = (dir / "part-00000").string();
  std::ofstream(empty).close();
  std::string good = (dir / "part-00001").string();
  Article article = SampleArticle();
  std::ofstream(good) << ClaimsLine(article, {}) << "\n";
  std::string missing = (dir / "nope.jsonl").string();

  ReadResult result = ReadFiles({empty, good, missing, dir.string()});
  CHECK(result.articles.size() == 1);
  CHECK(result.report.problems ==
        std::vector<std::string>{
            missing + ": no such file or directory",
            dir.string() + ": is a folder; --claims takes files written by `claimtrack extract`"});
  fs::remove_all(dir);
}

TEST_CASE("ReadClaimsFiles stops when the sink says so", "[claims-jsonl]") {
  Article article = SampleArticle();
  std::string input = ClaimsLine(article, {}) + "\n" + ClaimsLine(article, {}) + "\n";
  std::istringstream in(input);
  ReadReport report;
  int seen = 0;
  ReadClaimsFiles(
      {"-", "-"}, in,
      [&](Article&&, std::vector<Claim>&&) {
        ++seen;
        return false;
      },
      &report);
  CHECK(seen == 1);
  CHECK(report.stopped);
}

}  // namespace claimtrack
