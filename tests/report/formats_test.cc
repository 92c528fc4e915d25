// Tests of the text report's topics and colours, and of the csv and html
// reports, on the hand-built Syria input (report_fixture.h): what each shows,
// and that article text can never escape its place (terminal escapes, CSV
// fields, HTML elements and attributes).
#include <catch2/catch.hpp>
#include <cstddef>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "report/report_format.h"
#include "report/reporter.h"
#include "report_fixture.h"

namespace claimtrack {
namespace {

using report_test::kArticleText;
using report_test::Render;
using report_test::SyriaInput;

std::size_t Count(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(part); pos != std::string_view::npos;
       pos = text.find(part, pos + part.size())) {
    ++count;
  }
  return count;
}

// An RFC 4180 reader: rows of fields; quoted fields may hold , " CR LF.
// Fails the test on a malformed quote.
std::vector<std::vector<std::string>> ParseCsv(std::string_view csv) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  std::size_t i = 0;
  bool at_field_start = true;
  while (i < csv.size()) {
    char c = csv[i];
    if (at_field_start && c == '"') {
      ++i;
      while (true) {
        REQUIRE(i < csv.size());  // unterminated quoted field
        if (csv[i] == '"') {
          if (i + 1 < csv.size() && csv[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += csv[i++];
      }
      at_field_start = false;
      REQUIRE((i == csv.size() || csv[i] == ',' || csv[i] == '\r'));
      continue;
    }
    if (c == ',') {
      row.push_back(field);
      field.clear();
      at_field_start = true;
      ++i;
    } else if (c == '\r') {
      REQUIRE((i + 1 < csv.size() && csv[i + 1] == '\n'));
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      at_field_start = true;
      i += 2;
    } else {
      REQUIRE(c != '"');   // a quote inside an unquoted field
      REQUIRE(c != '\n');  // a bare line feed outside quotes
      field += c;
      at_field_start = false;
      ++i;
    }
  }
  REQUIRE(row.empty());  // the last row ends in CRLF
  return rows;
}

TEST_CASE("text report groups disputes under a heading per topic", "[report]") {
  ReportInput input = SyriaInput();
  Dispute again = input.disputes[0];
  again.id = 3;
  again.members = {{1, DisputeRole::kClaim}, {3, DisputeRole::kCounter}};
  input.disputes.push_back(again);  // a second "joint mission" dispute, listed last
  const std::string report = Render("text", input, {100, false});
  INFO(report);
  CHECK(report.rfind("3 disputes\n\n== joint mission (2 disputes) ==\n\nDispute #1  [", 0) == 0);
  const std::size_t joint = report.find("== joint mission (2 disputes) ==");
  const std::size_t third = report.find("Dispute #3  [denial");
  const std::size_t coordinates = report.find("== coordinates targets (1 dispute) ==");
  const std::size_t second = report.find("Dispute #2  [stance");
  REQUIRE(third != std::string::npos);
  REQUIRE(coordinates != std::string::npos);
  CHECK(joint < third);
  CHECK(third < coordinates);
  CHECK(coordinates < second);
  CHECK(Count(report, "== joint mission") == 1);

  input.disputes[1].topic = "";
  CHECK(Render("text", input).find("== (no topic) (1 dispute) ==") != std::string::npos);
}

TEST_CASE("text report is coloured only when asked, and articles add no escapes", "[report]") {
  ReportInput input = SyriaInput();
  input.claims.at(2).content =
      "That claim\x1B[31m\xC2\x9B"
      "2J";
  input.claims.at(3).source = "John\x1B]0;title\x07 Dorrian";

  const std::string plain = Render("text", input, {80, false});
  CHECK(plain.find('\x1B') == std::string::npos);

  const std::string colored = Render("text", input, {80, true});
  INFO(colored);
  CHECK(colored.find("\x1B[1;32mCLAIM\x1B[0m") != std::string::npos);
  CHECK(colored.find("\x1B[1;31mDISPUTED BY\x1B[0m") != std::string::npos);
  CHECK(colored.find("\x1B[1;36m== joint mission (1 dispute) ==\x1B[0m") != std::string::npos);
  // Every escape is one of the report's own SGR sequences.
  const std::regex ours("\x1B\\[[0-9;]*m");
  const std::string without_ours = std::regex_replace(colored, ours, "");
  CHECK(without_ours.find('\x1B') == std::string::npos);
  // Same words, same line breaks: colour never changes the wrapping.
  CHECK(without_ours == plain);
}

TEST_CASE("csv report has one row per claim in a dispute, parsing back to 14 columns", "[report]") {
  ReportInput input = SyriaInput();
  input.claims.at(3).content = "the \"Russian\" claim,\r\nas propaganda";
  input.disputes[1].topic = "coordinates, targets";
  const std::string csv = Render("csv", input);
  const std::vector<std::vector<std::string>> rows = ParseCsv(csv);
  REQUIRE(rows.size() == 1 + 5);
  CHECK(rows[0] == std::vector<std::string>{"dispute_id", "topic", "kind", "score",
                                            "role_in_dispute", "source", "side", "cue", "stance",
                                            "content", "doc", "date", "time", "hedge"});
  for (const auto& row : rows) CHECK(row.size() == 14);
  CHECK(rows[1] == std::vector<std::string>{
                       "1", "joint mission", "denial", "0.85", "claim", "Russian Defense Ministry",
                       "Russia", "announced", "assert", input.claims.at(1).content,
                       std::string(report_test::kDoc), "2017-01-23", "9:30 p.m.", ""});
  CHECK(rows[2][4] == "counter");
  CHECK(rows[2][5] == "Pentagon");
  CHECK(rows[3][9] == "the \"Russian\" claim,\r\nas propaganda");  // exactly, line break kept
  CHECK(rows[4][1] == "coordinates, targets");
  CHECK(rows[5][6] == "United States");

  // The date falls back to the article's.
  input.claims.at(5).date.clear();
  CHECK(ParseCsv(Render("csv", input))[5][11] == "2017-01-23");
  CHECK(Render("csv", ReportInput{}) ==
        "dispute_id,topic,kind,score,role_in_dispute,source,side,cue,stance,content,doc,date,"
        "time,hedge\r\n");
}

TEST_CASE("CsvField quotes only when needed and doubles quotes", "[report]") {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"", ""},
      {"plain text", "plain text"},
      {"a,b", "\"a,b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\r", "\"cr\r\""},
      {"=1+1", "=1+1"},
      {"“curly”", "“curly”"},
  };
  for (const auto& [text, field] : cases) {
    INFO(text);
    CHECK(CsvField(text) == field);
  }
}

TEST_CASE("EscapeHtml escapes markup and quotes and drops control characters", "[report]") {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"", ""},
      {"plain “text” 3.5%", "plain “text” 3.5%"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
      {"it's & co", "it&#39;s &amp; co"},
      {"&lt;", "&amp;lt;"},
      {"a\tb\nc\r", "a\tb\nc\r"},
      {std::string_view("n\0ul\x1B[2J\x7F", 9), "n ul [2J "},
  };
  for (const auto& [text, escaped] : cases) {
    INFO(text);
    CHECK(EscapeHtml(text) == escaped);
  }
}

TEST_CASE("ClaimInSentence finds the claim in its sentence", "[report]") {
  ReportInput input = SyriaInput();
  Claim& claim = input.claims.at(1);
  SentenceParts parts;
  // No sentence span: the claim alone.
  REQUIRE(ClaimInSentence(claim, input, &parts));
  CHECK(parts.before.empty());
  CHECK(parts.claim == claim.content);
  CHECK(parts.after.empty());

  const std::string sentence =
      "On Monday the Russian Defense Ministry announced that it had carried out a joint airstrike "
      "mission with U.S.-led coalition warplanes against IS in Syria.";
  const std::size_t begin = kArticleText.find(sentence);
  claim.sentence_span = Span{begin, begin + sentence.size()};
  REQUIRE(ClaimInSentence(claim, input, &parts));
  CHECK(parts.before == "On Monday the Russian Defense Ministry announced that ");
  CHECK(parts.claim == claim.content);
  CHECK(parts.after == ".");

  // A sentence that does not touch the claim is not shown.
  claim.sentence_span = Span{0, 9};
  REQUIRE(ClaimInSentence(claim, input, &parts));
  CHECK(parts.before.empty());
  CHECK(parts.after.empty());

  // Spans outside the text, or no text: nothing.
  claim.content_span = Span{kArticleText.size(), kArticleText.size() + 3};
  CHECK_FALSE(ClaimInSentence(claim, input, &parts));
  input.articles.begin()->second.text.clear();
  CHECK_FALSE(ClaimInSentence(input.claims.at(2), input, &parts));
}

TEST_CASE("html report is one self-contained page with a card per dispute and claim", "[report]") {
  ReportInput input = SyriaInput();
  const std::string sentence =
      "U.S. Air Force Col. John Dorrian, a coalition spokesman, almost immediately labeled the "
      "Russian claim as propaganda.";
  const std::size_t begin = kArticleText.find(sentence);
  input.claims.at(3).sentence_span = Span{begin, begin + sentence.size()};
  const std::string html = Render("html", input);
  INFO(html.substr(0, 3000));

  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(html.find("</html>\n") == html.size() - 8);
  CHECK(Count(html, "data-testid=\"dispute\"") == 2);
  CHECK(Count(html, "data-testid=\"claim-card\"") == 5);
  CHECK(Count(html, "data-testid=\"timeline-entry\"") == 5);
  for (std::string_view testid : {"summary", "search", "filter-source", "filter-side",
                                  "filter-topic", "timeline", "shown-count"}) {
    CHECK(Count(html, "data-testid=\"" + std::string(testid) + "\"") == 1);
  }
  CHECK(html.find("<dd data-testid=\"count-articles\">1</dd>") != std::string::npos);
  CHECK(html.find("<dd data-testid=\"count-claims\">5</dd>") != std::string::npos);
  CHECK(html.find("<dd data-testid=\"count-disputes\">2</dd>") != std::string::npos);
  CHECK(html.find("<dd data-testid=\"count-sources\">4</dd>") != std::string::npos);

  // The claim highlighted in its sentence; the article's title; the side.
  CHECK(html.find("U.S. Air Force Col. John Dorrian, a coalition spokesman, almost immediately "
                  "labeled <mark>the Russian claim as propaganda</mark>.") != std::string::npos);
  CHECK(html.find("The Latest: Trump administration willing to work with Russia") !=
        std::string::npos);
  CHECK(html.find("data-source=\"John Dorrian\" data-side=\"United States\"") != std::string::npos);
  CHECK(html.find("<option value=\"Russia\">Russia</option>") != std::string::npos);
  CHECK(html.find("<option value=\"joint mission\">joint mission</option>") != std::string::npos);

  // Nothing outside the file: no external script, style, image or font.
  CHECK(Count(html, "<script") == 1);
  CHECK(html.find("<script src") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
}

TEST_CASE("html report escapes article text in content and attributes", "[report]") {
  ReportInput input = SyriaInput();
  const std::string payload = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> '";
  input.claims.at(1).content = "it had " + payload;
  input.claims.at(2).source = "Pentagon" + payload;
  input.claims.at(2).mention = payload;
  input.claims.at(2).role = payload;
  input.claims.at(2).cue = payload;
  input.claims.at(2).time = payload;
  input.disputes[0].topic = payload;
  input.disputes[0].evidence = payload;
  input.sides["Russian Defense Ministry"] = payload;
  Article& article = input.articles.begin()->second;
  article.title = payload;
  article.url = "javascript:alert(1)";
  article.text = "Sentence before " + payload + ". " + article.text;
  for (auto& [id, claim] : input.claims) {
    claim.content_span.begin += 18 + payload.size();
    claim.content_span.end += 18 + payload.size();
    claim.sentence_span = Span{0, claim.content_span.end};
  }
  const std::string html = Render("html", input);
  INFO(html);

  CHECK(Count(html, "<script") == 1);  // the page's own
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("\"><img") == std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x "
                  "onerror=alert(1)&gt; &#39;") != std::string::npos);
  // Inside attributes too: the data-* values the filters read.
  CHECK(html.find("data-source=\"Pentagon&lt;script&gt;") != std::string::npos);
  CHECK(html.find("data-topic=\"&lt;script&gt;") != std::string::npos);

  // An article's own web address is linked, and nothing else.
  article.url = "https://apnews.com/x?a=1&b=\"2\"";
  const std::string linked = Render("html", input);
  CHECK(linked.find("<a href=\"https://apnews.com/x?a=1&amp;b=&quot;2&quot;\" rel=\"noopener "
                    "noreferrer\">") != std::string::npos);
}

TEST_CASE("html report of no disputes says so and still has its controls", "[report]") {
  const std::string html = Render("html", ReportInput{});
  CHECK(html.find("No disputes found.") != std::string::npos);
  CHECK(html.find("data-testid=\"dispute\"") == std::string::npos);
  CHECK(html.find("data-testid=\"filter-side\"") != std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
}

TEST_CASE("markdown report escapes link and image tricks and entities", "[report]") {
  ReportInput input = SyriaInput();
  input.claims.at(2).content =
      "[click](javascript:alert(1)) ![x](https://evil.example/x.png) <https://evil.example> "
      "&lt;script&gt; [ref]: https://evil.example";
  const std::string report = Render("markdown", input);
  INFO(report);
  CHECK(report.find("\\[click\\](javascript:alert(1)) !\\[x\\](https://evil.example/x.png) "
                    "\\<https://evil.example\\> \\&lt;script\\&gt; \\[ref\\]: "
                    "https://evil.example") != std::string::npos);
  CHECK(report.find("](") == report.find("\\](javascript") + 1);
}

}  // namespace
}  // namespace claimtrack
