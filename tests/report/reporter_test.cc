// Tests of the report formats and the claims listings, on a hand-built
// ReportInput from the AP live blog of 2017-01-23 (seed 000): the Russian
// Defense Ministry's joint-mission claim, denied by the Pentagon and called
// propaganda by Col. John Dorrian.
#include "report/reporter.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/json.h"
#include "report/report_format.h"
#include "report_fixture.h"

namespace claimtrack {
namespace {

using report_test::kArticleText;
using report_test::kDoc;
using report_test::SyriaInput;

std::string Render(std::string_view format, const ReportInput& input, int width = 0) {
  ReportOptions options;
  options.width = width;
  return report_test::Render(format, input, options);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// UTF-8 code points, as the wrapping counts columns.
std::size_t Columns(std::string_view s) {
  std::size_t columns = 0;
  for (unsigned char c : s) columns += (c & 0xC0) != 0x80;
  return columns;
}

// The lines of wrapped content that follow the text report's line for `cue`
// ("    announced [assert, indirect]:"), up to the next blank line.
std::vector<std::string> ContentLinesAfter(const std::string& report, std::string_view cue_line) {
  std::vector<std::string> lines = Lines(report);
  std::vector<std::string> content;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != cue_line) continue;
    for (std::size_t j = i + 1; j < lines.size() && !lines[j].empty(); ++j) {
      content.push_back(lines[j]);
    }
    break;
  }
  return content;
}

// `|` not preceded by a backslash: table cell separators.
int CountCellSeparators(std::string_view row) {
  int count = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\') {
      ++i;
    } else if (row[i] == '|') {
      ++count;
    }
  }
  return count;
}

JsonValue ParseOrFail(const std::string& text) {
  JsonValue value;
  Status status = ParseJson(text, &value);
  INFO(text);
  REQUIRE(status.ok());
  return value;
}

TEST_CASE("ReportFormats lists every format and each makes a reporter", "[report]") {
  REQUIRE(ReportFormats() ==
          std::vector<std::string_view>{"text", "markdown", "json", "csv", "html"});
  for (std::string_view format : ReportFormats()) CHECK(MakeReporter(format) != nullptr);
  CHECK(MakeReporter("xml") == nullptr);
  CHECK(MakeReporter("Text") == nullptr);
  CHECK(MakeReporter("") == nullptr);
}

TEST_CASE("SyriaInput's spans point at the content in the article", "[report]") {
  ReportInput input = SyriaInput();
  for (const auto& [id, claim] : input.claims) {
    CHECK(claim.content_span.in(input.articles.at(claim.doc).text) == claim.content);
  }
}

TEST_CASE("text report lists counter-claims under the claim they dispute", "[report]") {
  const std::string report = Render("text", SyriaInput());
  INFO(report);
  CHECK(report.rfind("2 disputes\n\n", 0) == 0);

  const std::size_t first = report.find("Dispute #1  [denial, score 0.85]  topic: joint mission\n");
  const std::size_t second =
      report.find("Dispute #2  [stance, score 0.60]  topic: coordinates targets\n");
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  REQUIRE(first < second);
  CHECK(report.find("  rule: target-denial  evidence: denied; propaganda\n") < second);

  const std::string dispute = report.substr(first, second - first);
  const std::size_t claim_heading = dispute.find("\n  CLAIM\n");
  const std::size_t russia = dispute.find("  - Russian Defense Ministry (side: Russia)\n");
  const std::size_t counter_heading = dispute.find("\n  DISPUTED BY\n");
  const std::size_t pentagon = dispute.find("  - Pentagon (side: United States)\n");
  const std::size_t dorrian = dispute.find(
      "  - John Dorrian (coalition spokesman; as \"U.S. Air Force Col. John Dorrian\"; side: "
      "United States)\n");
  REQUIRE(claim_heading != std::string::npos);
  REQUIRE(russia != std::string::npos);
  REQUIRE(counter_heading != std::string::npos);
  REQUIRE(pentagon != std::string::npos);
  REQUIRE(dorrian != std::string::npos);
  CHECK(claim_heading < russia);
  CHECK(russia < counter_heading);
  CHECK(counter_heading < pentagon);
  CHECK(pentagon < dorrian);

  // Where and when, with the article's title; the cue and stance.
  CHECK(dispute.find("    claim #1 in 000_70c8b4e9404839c6.txt \"The Latest: Trump "
                     "administration willing to work with Russia\", 2017-01-23 9:30 p.m.\n") !=
        std::string::npos);
  CHECK(dispute.find("    denied [deny, none]:\n    \"That claim\"\n") != std::string::npos);
  CHECK(dispute.find("    labeled [deny, none]:\n    \"the Russian claim as propaganda\"\n") !=
        std::string::npos);
}

TEST_CASE("text report wraps claim content at the width, and not at 0", "[report]") {
  const ReportInput input = SyriaInput();
  const std::string quoted = "\"" + input.claims.at(1).content + "\"";
  const std::string cue_line = "    announced [assert, indirect]:";

  const std::string unwrapped = Render("text", input, 0);
  CHECK(ContentLinesAfter(unwrapped, cue_line) == std::vector<std::string>{"    " + quoted});

  for (int width : {40, 60, 80}) {
    const std::string report = Render("text", input, width);
    std::vector<std::string> lines = ContentLinesAfter(report, cue_line);
    INFO("width " << width << "\n" << report);
    REQUIRE(lines.size() > 1);
    std::string joined;
    for (const std::string& line : lines) {
      CHECK(Columns(line) <= static_cast<std::size_t>(width));
      REQUIRE(line.rfind("    ", 0) == 0);
      if (!joined.empty()) joined += ' ';
      joined += line.substr(4);
    }
    CHECK(joined == quoted);
    // Every indented line is wrapped: the content and the article line.
    for (const std::string& line : Lines(report)) {
      if (line.rfind("    ", 0) == 0) CHECK(Columns(line) <= static_cast<std::size_t>(width));
    }
  }

  // Curly quotes are three UTF-8 bytes but one column each.
  const std::string report = Render("text", input, 60);
  for (const std::string& line : ContentLinesAfter(report, "    said [assert, indirect]:")) {
    CHECK(Columns(line) <= 60);
  }
}

TEST_CASE("text report keeps line breaks and escape codes of articles off the terminal",
          "[report]") {
  ReportInput input = SyriaInput();
  input.claims.at(2).content = "That\nclaim\x1B[2J";
  input.claims.at(2).mention = "the\r\nDefense\x1B[0m Department";
  const std::string report = Render("text", input);
  CHECK(report.find('\x1B') == std::string::npos);
  CHECK(report.find('\r') == std::string::npos);
  CHECK(report.find("    \"That claim [2J\"\n") != std::string::npos);
  CHECK(report.find("  - Pentagon (as \"the Defense [0m Department\"; side: United States)\n") !=
        std::string::npos);
}

TEST_CASE("markdown report has a section and a table per dispute", "[report]") {
  const std::string report = Render("markdown", SyriaInput());
  INFO(report);
  CHECK(report.rfind("# Disputed claims\n\n2 disputes among 5 claims from 1 article.\n", 0) == 0);
  const std::size_t first = report.find("\n## Dispute 1: joint mission\n");
  const std::size_t second = report.find("\n## Dispute 2: coordinates targets\n");
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  CHECK(report.find("Kind: denial; score: 0.85; rule: target-denial; evidence: denied; "
                    "propaganda\n") != std::string::npos);
  CHECK(report.find("| | Source | Side | Said | Claim | Article |\n|---|---|---|---|---|---|\n",
                    first) < second);

  const std::size_t claim_row =
      report.find("| claim | Russian Defense Ministry | Russia | announced (assert) |");
  const std::size_t pentagon_row = report.find(
      "| counter | Pentagon | United States | denied (deny) | That claim | "
      "000\\_70c8b4e9404839c6.txt \"The Latest: Trump administration willing to work with "
      "Russia\", 2017-01-23 9:30 p.m. |\n");
  const std::size_t dorrian_row = report.find("| counter | John Dorrian (coalition spokesman;");
  REQUIRE(claim_row != std::string::npos);
  REQUIRE(pentagon_row != std::string::npos);
  REQUIRE(dorrian_row != std::string::npos);
  CHECK(first < claim_row);
  CHECK(claim_row < pentagon_row);
  CHECK(pentagon_row < dorrian_row);
  CHECK(dorrian_row < second);

  for (const std::string& line : Lines(report)) {
    if (line.rfind("|", 0) == 0) CHECK(CountCellSeparators(line) == 7);
  }
}

TEST_CASE("markdown report escapes markup in article text", "[report]") {
  ReportInput input = SyriaInput();
  input.claims.at(2).content =
      "a | b <script>alert(1)</script> *all* [x](y) _it_ `code` #1 ~~s~~\\\nnext line";
  input.claims.at(2).role = "<b>spokesman</b>";
  input.disputes[0].topic = "joint | mission";
  const std::string report = Render("markdown", input);
  INFO(report);

  CHECK(report.find("<script>") == std::string::npos);
  CHECK(report.find("<b>") == std::string::npos);
  CHECK(report.find("## Dispute 1: joint \\| mission\n") != std::string::npos);
  CHECK(report.find("| a \\| b \\<script\\>alert(1)\\</script\\> \\*all\\* \\[x\\](y) \\_it\\_ "
                    "\\`code\\` \\#1 \\~\\~s\\~\\~\\\\ next line |") != std::string::npos);
  CHECK(report.find("| Pentagon (\\<b\\>spokesman\\</b\\>) |") != std::string::npos);
  for (const std::string& line : Lines(report)) {
    if (line.rfind("|", 0) == 0) CHECK(CountCellSeparators(line) == 7);
  }
}

TEST_CASE("EscapeMarkdown escapes each significant character once", "[report]") {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"", ""},
      {"plain words, 3.5% (ok)!", "plain words, 3.5% (ok)!"},
      {"|", "\\|"},
      {"\\", "\\\\"},
      {"<script>", "\\<script\\>"},
      {"*_`[]#~", "\\*\\_\\`\\[\\]\\#\\~"},
      {"two\nlines\r\nthree", "two lines three"},
      {"“rubbish”", "“rubbish”"},
  };
  for (const auto& [text, escaped] : cases) {
    INFO(text);
    CHECK(EscapeMarkdown(text) == escaped);
  }
}

TEST_CASE("json report is one valid document with the contract keys", "[report]") {
  ReportInput input = SyriaInput();
  input.claims.at(3).content = "the \"Russian\" claim\n\tas propaganda \\ </script>";
  const std::string report = Render("json", input);
  REQUIRE(!report.empty());
  CHECK(report.back() == '\n');

  const JsonValue root = ParseOrFail(report);
  REQUIRE(root.is_object());
  const JsonValue* disputes = root.Find("disputes");
  REQUIRE(disputes != nullptr);
  REQUIRE(disputes->type() == JsonValue::Type::kArray);
  REQUIRE(disputes->as_array().size() == 2);

  const JsonValue& joint = disputes->as_array()[0];
  CHECK(joint.GetString("id") == "1");
  CHECK(joint.GetString("topic") == "joint mission");
  CHECK(joint.GetString("kind") == "denial");
  CHECK(joint.GetString("rule") == "target-denial");
  CHECK(joint.GetString("evidence") == "denied; propaganda");
  REQUIRE(joint.Find("score") != nullptr);
  CHECK(joint.Find("score")->as_number() == Approx(0.85));

  const JsonValue* claims = joint.Find("claims");
  REQUIRE(claims != nullptr);
  REQUIRE(claims->as_array().size() == 3);
  const JsonValue& russia = claims->as_array()[0];
  CHECK(russia.GetString("role_in_dispute") == "claim");
  CHECK(russia.GetString("source") == "Russian Defense Ministry");
  CHECK(russia.GetString("side") == "Russia");
  CHECK(russia.GetString("stance") == "assert");
  const JsonValue& pentagon = claims->as_array()[1];
  CHECK(pentagon.GetString("role_in_dispute") == "counter");
  CHECK(pentagon.GetString("source") == "Pentagon");
  CHECK(pentagon.GetString("side") == "United States");
  CHECK(pentagon.GetString("stance") == "deny");
  CHECK(pentagon.GetString("target") == "That claim");
  const JsonValue& dorrian = claims->as_array()[2];
  CHECK(dorrian.GetString("role_in_dispute") == "counter");
  CHECK(dorrian.GetString("source") == "John Dorrian");
  CHECK(dorrian.GetString("content") == input.claims.at(3).content);

  const JsonValue& coordinates = disputes->as_array()[1];
  CHECK(coordinates.GetString("id") == "2");
  CHECK(coordinates.GetString("kind") == "stance");
  REQUIRE(coordinates.Find("claims") != nullptr);
  REQUIRE(coordinates.Find("claims")->as_array().size() == 2);
  CHECK(coordinates.Find("claims")->as_array()[0].GetString("content") ==
        input.claims.at(4).content);
}

TEST_CASE("every format handles no disputes", "[report]") {
  const ReportInput empty;
  CHECK(Render("text", empty) == "0 disputes\n");
  CHECK(Render("markdown", empty) == "# Disputed claims\n\nNo disputes found.\n");
  const std::string json = Render("json", empty);
  CHECK(json == "{\"disputes\": []}\n");
  const JsonValue root = ParseOrFail(json);
  REQUIRE(root.Find("disputes") != nullptr);
  CHECK(root.Find("disputes")->as_array().empty());
}

TEST_CASE("a dispute naming a claim missing from the input still renders", "[report]") {
  ReportInput input = SyriaInput();
  input.disputes[0].members.push_back({99, DisputeRole::kCounter});
  input.disputes[1].id = 0;  // not stored yet: numbered by position
  const std::string text = Render("text", input);
  CHECK(text.find("  (claim #99 is not in the report input)\n") != std::string::npos);
  CHECK(text.find("Dispute #2  [stance") != std::string::npos);
  CHECK(Render("markdown", input).find("Claim #99 is not in the report input.") !=
        std::string::npos);
  const JsonValue root = ParseOrFail(Render("json", input));
  CHECK(root.Find("disputes")->as_array()[0].Find("claims")->as_array().size() == 3);
}

TEST_CASE("WrapText breaks between words within the width", "[report]") {
  struct Case {
    std::string_view text;
    int width;
    std::string_view indent;
    std::string_view wrapped;
  };
  const Case cases[] = {
      {"", 10, "  ", ""},
      {"  \n ", 10, "  ", ""},
      {"one two three", 0, "", "one two three\n"},
      {"one two three", 7, "", "one two\nthree\n"},
      {"one two three", 9, "  ", "  one two\n  three\n"},
      {"one\n\ntwo   three", 100, "> ", "> one two three\n"},
      {"a unbreakable-long-word b", 8, "", "a\nunbreakable-long-word\nb\n"},
      {"x y", 1, "    ", "    x\n    y\n"},
      {"été été", 9, "", "été été\n"},
  };
  for (const Case& c : cases) {
    INFO("text '" << c.text << "' width " << c.width);
    CHECK(WrapText(c.text, c.width, c.indent) == c.wrapped);
  }
}

TEST_CASE("WhoLabel names role, mention and side when known", "[report]") {
  Claim claim;
  claim.source = "Jeff Davis";
  claim.mention = "Jeff Davis";
  claim.role = "Pentagon spokesman";
  CHECK(WhoLabel(claim, "United States") == "Jeff Davis (Pentagon spokesman; side: United States)");
  claim.mention = "Davis";
  CHECK(WhoLabel(claim, "") == "Jeff Davis (Pentagon spokesman; as \"Davis\")");
  claim.mention = "U.S. Navy Capt. Jeff Davis";
  CHECK(WhoLabel(claim, "") ==
        "Jeff Davis (Pentagon spokesman; as \"U.S. Navy Capt. Jeff Davis\")");
  // A leading "the" or other case adds nothing for the reader.
  claim.source = "Pentagon";
  for (const char* mention : {"the Pentagon", "The Pentagon", "PENTAGON"}) {
    claim.mention = mention;
    CHECK(WhoLabel(claim, "") == "Pentagon (Pentagon spokesman)");
  }
  claim.mention = "the U.S. military";
  CHECK(WhoLabel(claim, "") == "Pentagon (Pentagon spokesman; as \"the U.S. military\")");
  claim.source = "Jeff Davis";
  claim.role.clear();
  claim.mention.clear();
  CHECK(WhoLabel(claim, "") == "Jeff Davis");
  claim.source.clear();
  claim.mention = "He";
  CHECK(WhoLabel(claim, "") == "He");
  claim.mention.clear();
  CHECK(WhoLabel(claim, "") == "unknown source");
}

TEST_CASE("WriteClaimsJsonl writes one parseable claim per line", "[report]") {
  const ReportInput input = SyriaInput();
  std::vector<Claim> claims;
  for (const auto& [id, claim] : input.claims) claims.push_back(claim);
  std::ostringstream out;
  WriteClaimsJsonl(claims, out);
  const std::string jsonl = out.str();
  REQUIRE(!jsonl.empty());
  CHECK(jsonl.back() == '\n');

  const std::vector<std::string> lines = Lines(jsonl);
  REQUIRE(lines.size() == claims.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Claim& claim = claims[i];
    INFO(lines[i]);
    CHECK(lines[i].rfind("{\"id\":" + std::to_string(claim.id) + ",\"doc\":", 0) == 0);
    const JsonValue value = ParseOrFail(lines[i]);
    for (std::string_view key :
         {"id", "doc", "source", "mention", "role", "source_kind", "cue", "content", "stance",
          "quote", "start", "end", "rule", "target", "evidence", "hedge", "date", "time"}) {
      CHECK(value.Find(key) != nullptr);
    }
    CHECK(value.as_object().size() == 18);
    CHECK(value.GetString("id") == std::to_string(claim.id));
    CHECK(value.GetString("doc") == claim.doc);
    CHECK(value.GetString("source") == claim.source);
    CHECK(value.GetString("mention") == claim.mention);
    CHECK(value.GetString("cue") == claim.cue);
    CHECK(value.GetString("content") == claim.content);
    CHECK(value.GetString("stance") == StanceName(claim.stance));
    REQUIRE(value.Find("start")->is_number());
    CHECK(value.Find("start")->as_number() == static_cast<double>(claim.content_span.begin));
    CHECK(value.Find("end")->as_number() == static_cast<double>(claim.content_span.end));
    // The offsets lead back to the content in the article.
    const std::size_t start = static_cast<std::size_t>(value.Find("start")->as_number());
    const std::size_t end = static_cast<std::size_t>(value.Find("end")->as_number());
    CHECK(kArticleText.substr(start, end - start) == value.GetString("content"));
  }
}

TEST_CASE("ClaimJson keeps empty optional fields as empty strings", "[report]") {
  Claim claim;
  claim.id = 7;
  claim.doc = "d.txt";
  const std::string json = ClaimJson(claim);
  CHECK(json ==
        "{\"id\":7,\"doc\":\"d.txt\",\"source\":\"\",\"mention\":\"\",\"role\":\"\","
        "\"source_kind\":\"\",\"cue\":\"\",\"content\":\"\",\"stance\":\"assert\","
        "\"quote\":\"indirect\",\"start\":0,\"end\":0,\"rule\":\"\",\"target\":\"\","
        "\"evidence\":\"\",\"hedge\":\"\",\"date\":\"\",\"time\":\"\"}");
}

TEST_CASE("WriteClaimsText writes a header and the wrapped content per claim", "[report]") {
  Claim spicer;
  spicer.id = 12;
  spicer.doc = "000_x.txt";
  spicer.source = "Sean Spicer";
  spicer.mention = "Sean Spicer";
  spicer.role = "press secretary";
  spicer.cue = "said";
  spicer.content_span = Span{100, 180};
  spicer.content =
      "President Donald Trump has been “very clear” that he will "
      "“work with any country committed to defeating ISIS.”";
  Claim he = spicer;
  he.id = 13;
  he.mention = "He";
  he.content_span = Span{190, 280};
  he.content =
      "the administration will work “with Russia or anyone else” to "
      "defeat the militant group, either militarily or economically";

  std::ostringstream out;
  WriteClaimsText({spicer, he}, out);
  CHECK(out.str() ==
        "#12 [doc 000_x.txt bytes 100-180] Sean Spicer (press secretary) said [assert, "
        "indirect]:\n"
        "    President Donald Trump has been “very clear” that he will "
        "“work with any country committed to\n"
        "    defeating ISIS.”\n"
        "\n"
        "#13 [doc 000_x.txt bytes 190-280] Sean Spicer (press secretary; as \"He\") said "
        "[assert, indirect]:\n"
        "    the administration will work “with Russia or anyone else” to "
        "defeat the militant group, either\n"
        "    militarily or economically\n");
  for (const std::string& line : Lines(out.str())) {
    if (line.rfind("    ", 0) == 0) CHECK(Columns(line) <= 100);
  }
}

}  // namespace
}  // namespace claimtrack
