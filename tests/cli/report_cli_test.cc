// End-to-end tests of `report` in every format, its filters, colour on a
// terminal, article text that tries to become markup, and the `sources` and
// `timeline` subcommands: the real program on the sample articles.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/json.h"
#include "report/timeline.h"
#include "run_binary.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds";
constexpr char kAinAlFijeh[] = "001_4fcf9552b6ef5c08.txt";  // AP live blog, Jan 24

std::string Describe(const ProcessResult& run) {
  return "exit " + std::to_string(run.exit_code) + (run.timed_out ? " (timed out)" : "") +
         "\n--- stdout:\n" + run.out.substr(0, 4000) + "\n--- stderr:\n" + run.err;
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(part); pos != std::string::npos;
       pos = text.find(part, pos + part.size())) {
    ++count;
  }
  return count;
}

// The sample articles ingested and matched once for every test here.
struct SeedStore {
  TempDir dir;
  std::string db = dir.File("seeds.sqlite");
  ProcessResult ingest = RunClaimtrack({"ingest", "--db", db, kSeeds.string()});
  ProcessResult match = RunClaimtrack({"match", "--db", db});
};

const std::string& SeedDb() {
  static SeedStore store;
  INFO("ingest: " << Describe(store.ingest));
  REQUIRE(store.ingest.exit_code == 0);
  INFO("match: " << Describe(store.match));
  REQUIRE(store.match.exit_code == 0);
  return store.db;
}

ProcessResult Report(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"report", "--db", SeedDb()};
  args.insert(args.end(), extra.begin(), extra.end());
  return RunClaimtrack(args);
}

JsonValue ParseOrFail(const std::string& text) {
  JsonValue value;
  Status status = ParseJson(text, &value);
  INFO("JSON: " << text.substr(0, 2000) << "\nerror: " << status.message());
  REQUIRE(status.ok());
  return value;
}

// The disputes of `report --format json` with `filters`.
std::vector<JsonValue> JsonDisputes(const std::vector<std::string>& filters = {}) {
  std::vector<std::string> args = {"--format", "json"};
  args.insert(args.end(), filters.begin(), filters.end());
  ProcessResult run = Report(args);
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  JsonValue root = ParseOrFail(run.out);
  REQUIRE(root.Find("disputes") != nullptr);
  return root.Find("disputes")->as_array();
}

std::set<std::string> Ids(const std::vector<JsonValue>& disputes) {
  std::set<std::string> ids;
  for (const JsonValue& dispute : disputes) ids.insert(dispute.GetString("id"));
  return ids;
}

// Whether one of the dispute's claims passes `test`.
template <typename Test>
bool AnyClaim(const JsonValue& dispute, Test test) {
  const std::vector<JsonValue>& claims = dispute.Find("claims")->as_array();
  return std::any_of(claims.begin(), claims.end(), test);
}

// The joint airstrike dispute: the Russian claim of a joint mission, called
// propaganda by Col. John Dorrian. Found by its claims, not its topic, which
// the matching rules name.
bool IsJointMission(const JsonValue& dispute) {
  return AnyClaim(dispute,
                  [](const JsonValue& c) { return Contains(c.GetString("content"), "joint"); }) &&
         AnyClaim(dispute,
                  [](const JsonValue& c) { return Contains(c.GetString("source"), "Dorrian"); });
}

std::string Upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

// RFC 4180 rows (the csv report's own quoting: "" inside quoted fields).
std::vector<std::vector<std::string>> ParseCsv(const std::string& csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(field.empty());
  REQUIRE(rows.back().empty());  // the last row ended in CRLF
  rows.pop_back();
  return rows;
}

TEST_CASE("report renders the sample store in every format", "[e2e][report]") {
  const std::vector<JsonValue> disputes = JsonDisputes();
  REQUIRE(disputes.size() >= 2);
  std::size_t members = 0;
  for (const JsonValue& dispute : disputes) {
    for (const char* key : {"id", "topic", "kind", "claims"}) CHECK(dispute.Find(key) != nullptr);
    members += dispute.Find("claims")->as_array().size();
  }
  CHECK(std::count_if(disputes.begin(), disputes.end(), IsJointMission) == 1);

  SECTION("text") {
    ProcessResult run = Report({"--format", "text"});
    INFO(Describe(run));
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.rfind(std::to_string(disputes.size()) + " disputes\n", 0) == 0);
    CHECK(Count(run.out, "\nDispute #") == disputes.size());
    for (const JsonValue& dispute : disputes) {
      CHECK(Contains(run.out, "== " + dispute.GetString("topic") + " ("));
    }
    CHECK(Contains(run.out, "Dorrian"));
  }
  SECTION("markdown") {
    ProcessResult run = Report({"--format", "markdown"});
    INFO(Describe(run));
    REQUIRE(run.exit_code == 0);
    CHECK(Count(run.out, "\n## Dispute ") == disputes.size());
    CHECK(Contains(run.out, "Dorrian"));
  }
  SECTION("csv: a row per claim in a dispute, 14 columns each") {
    ProcessResult run = Report({"--format", "csv"});
    INFO(Describe(run));
    REQUIRE(run.exit_code == 0);
    const std::vector<std::vector<std::string>> rows = ParseCsv(run.out);
    REQUIRE(rows.size() == 1 + members);
    CHECK(rows[0].front() == "dispute_id");
    CHECK(rows[0].back() == "hedge");
    std::set<std::string> ids;
    for (const auto& row : rows) {
      CHECK(row.size() == 14);
      if (&row != &rows[0]) ids.insert(row[0]);
    }
    CHECK(ids == Ids(disputes));
  }
  SECTION("html: a card per dispute and per claim") {
    ProcessResult run = Report({"--format", "html"});
    INFO(Describe(run));
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(Count(run.out, "data-testid=\"dispute\"") == disputes.size());
    CHECK(Count(run.out, "data-testid=\"claim-card\"") == members);
    CHECK(Contains(run.out, "<mark>the Russian claim as propaganda</mark>"));
    CHECK(Count(run.out, "<script") == 1);
    CHECK_FALSE(Contains(run.out, "<link"));
    CHECK_FALSE(Contains(run.out, " src="));
  }
}

TEST_CASE("report text through a pipe or a file, or with NO_COLOR, has no escape codes",
          "[e2e][report]") {
  ProcessResult piped = Report({});
  REQUIRE(piped.exit_code == 0);
  CHECK(piped.out.find('\x1B') == std::string::npos);

  TempDir dir;
  ProcessResult to_file = Report({"--output", dir.File("report.txt")});
  REQUIRE(to_file.exit_code == 0);
  CHECK(ReadFile(dir.File("report.txt")).find('\x1B') == std::string::npos);

  // On a terminal: script(1) runs the program on a pseudo-terminal.
  if (!fs::exists("/usr/bin/script") || !fs::exists("/usr/bin/env")) {
    WARN("SKIPPED the terminal half: /usr/bin/script (util-linux) is not installed");
    return;
  }
  const std::string command = std::string(CLAIMTRACK_BINARY) + " report --db '" + SeedDb() + "'";
  ProcessResult tty = RunProcess({"/usr/bin/env", "-u", "NO_COLOR", "TERM=xterm", "/usr/bin/script",
                                  "-qec", command, "/dev/null"});
  INFO("tty: " << Describe(tty));
  REQUIRE(tty.exit_code == 0);
  CHECK(Contains(tty.out, "\x1B[1;32mCLAIM\x1B[0m"));

  ProcessResult no_color = RunProcess({"/usr/bin/env", "NO_COLOR=1", "TERM=xterm",
                                       "/usr/bin/script", "-qec", command, "/dev/null"});
  INFO("NO_COLOR: " << Describe(no_color));
  REQUIRE(no_color.exit_code == 0);
  CHECK(Contains(no_color.out, "CLAIM"));
  CHECK(no_color.out.find('\x1B') == std::string::npos);
}

TEST_CASE("report filters narrow the disputes in every format", "[e2e][report]") {
  const std::vector<JsonValue> all = JsonDisputes();

  SECTION("--side Russia keeps the joint mission dispute") {
    const std::vector<JsonValue> kept = JsonDisputes({"--side", "Russia"});
    CHECK(std::count_if(kept.begin(), kept.end(), IsJointMission) == 1);
    CHECK(kept.size() < all.size());
    for (const JsonValue& dispute : kept) {
      CHECK(AnyClaim(dispute, [](const JsonValue& c) { return c.GetString("side") == "Russia"; }));
    }
    // Every format applies the same filter.
    ProcessResult html = Report({"--format", "html", "--side", "russia"});
    CHECK(Count(html.out, "data-testid=\"dispute\"") == kept.size());
    ProcessResult text = Report({"--side", "Russia"});
    CHECK(Count(text.out, "\nDispute #") == kept.size());
  }
  SECTION("--doc keeps the disputes with a claim from that article: Ain al-Fijeh") {
    const std::vector<JsonValue> kept = JsonDisputes({"--doc", kAinAlFijeh});
    std::set<std::string> expected;
    for (const JsonValue& dispute : all) {
      if (AnyClaim(dispute, [](const JsonValue& c) { return c.GetString("doc") == kAinAlFijeh; })) {
        expected.insert(dispute.GetString("id"));
      }
    }
    CHECK(Ids(kept) == expected);
    CHECK(std::none_of(kept.begin(), kept.end(), IsJointMission));
    CHECK(std::any_of(kept.begin(), kept.end(), [](const JsonValue& dispute) {
      return AnyClaim(dispute, [](const JsonValue& c) {
        return Contains(c.GetString("content"), "Ain al-Fijeh");
      });
    }));
    ProcessResult csv = Report({"--format", "csv", "--doc", kAinAlFijeh});
    std::set<std::string> csv_ids;
    for (const auto& row : ParseCsv(csv.out)) csv_ids.insert(row[0]);
    csv_ids.erase("dispute_id");
    CHECK(csv_ids == expected);
  }
  SECTION("--source, --topic, --min-score, dates") {
    const std::vector<JsonValue> dorrian = JsonDisputes({"--source", "dorrian"});
    REQUIRE(dorrian.size() >= 1);
    CHECK(std::all_of(dorrian.begin(), dorrian.end(), IsJointMission));
    const auto joint = std::find_if(all.begin(), all.end(), IsJointMission);
    REQUIRE(joint != all.end());
    const std::vector<JsonValue> topic =
        JsonDisputes({"--topic", Upper(joint->GetString("topic"))});
    CHECK(std::count_if(topic.begin(), topic.end(), IsJointMission) == 1);
    for (const JsonValue& dispute : topic) {
      CHECK(Contains(dispute.GetString("topic"), joint->GetString("topic")));
    }
    const std::vector<JsonValue> high = JsonDisputes({"--min-score", "0.88"});
    for (const JsonValue& dispute : high) CHECK(dispute.Find("score")->as_number() >= 0.88);
    CHECK(high.size() < all.size());
    CHECK(JsonDisputes({"--since", "2017-01-24"}).size() < all.size());
    CHECK(JsonDisputes({"--until", "2017-01-23", "--since", "2017-01-23"}).size() >= 1);
    CHECK(JsonDisputes({"--since", "2030-01-01"}).empty());
  }
  SECTION("quotes and SQL in a filter value are only text") {
    for (const char* value : {"x' OR '1'='1", "\"; DROP TABLE claims; --", "%", "_"}) {
      INFO(value);
      CHECK(JsonDisputes({"--source", value}).empty());
      CHECK(JsonDisputes({"--topic", value}).empty());
    }
    CHECK(JsonDisputes().size() == all.size());  // the store is unchanged
  }
  SECTION("a bad date or score is a usage error") {
    for (std::vector<std::string> flags : {std::vector<std::string>{"--since", "2017-1-5"},
                                           {"--until", "yesterday"},
                                           {"--since", "2017-02-01", "--until", "2017-01-01"},
                                           {"--min-score", "2"}}) {
      ProcessResult run = Report(flags);
      INFO(flags[0] << ": " << Describe(run));
      CHECK(run.exit_code == 2);
      CHECK(Contains(run.err, flags[0]));
      CHECK(run.out.empty());
    }
  }
  SECTION("--help documents the filters") {
    ProcessResult help = RunClaimtrack({"report", "--help"});
    REQUIRE(help.exit_code == 0);
    for (const char* flag : {"--source", "--side", "--topic", "--doc", "--since", "--until",
                             "--min-score", "csv", "html"}) {
      CHECK(Contains(help.out, flag));
    }
  }
}

TEST_CASE("article text that looks like markup stays text in html and markdown", "[e2e][report]") {
  TempDir dir;
  const std::string db = dir.File("xss.sqlite");
  const std::string script = "<script>alert(1)</script>";
  const std::string img = "\"><img src=x onerror=alert(1)>";
  const std::string text =
      "On Monday the Russian Defense Ministry announced that it had carried out a joint airstrike "
      "mission with coalition warplanes against IS in Syria " +
      script +
      " [click](javascript:alert(1)). That claim was immediately denied by the Pentagon\n\n"
      "The U.S. says Russia’s claim that its warplanes flew a joint mission " +
      img + " is “rubbish.”\n";
  const std::string jsonl = "{\"id\": " + JsonQuote("xss" + script + img) +
                            ", \"title\": " + JsonQuote("Title " + script + img) +
                            ", \"date\": \"2017-02-01\", \"text\": " + JsonQuote(text) + "}\n";
  ProcessResult ingest = RunClaimtrack({"ingest", "--db", db, dir.Write("xss.jsonl", jsonl)});
  INFO("ingest: " << Describe(ingest));
  REQUIRE(ingest.exit_code == 0);
  ProcessResult match = RunClaimtrack({"match", "--db", db});
  INFO("match: " << Describe(match));
  REQUIRE(match.exit_code == 0);

  ProcessResult html = RunClaimtrack({"report", "--db", db, "--format", "html"});
  INFO("html: " << Describe(html));
  REQUIRE(html.exit_code == 0);
  REQUIRE(Count(html.out, "data-testid=\"dispute\"") >= 1);  // the payload is on the page...
  CHECK(Contains(html.out, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(Contains(html.out, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  CHECK(Count(html.out, "<script") == 1);  // ...as text: the page's own script only
  CHECK_FALSE(Contains(html.out, "<img"));
  CHECK_FALSE(Contains(html.out, "\"><img"));

  ProcessResult markdown = RunClaimtrack({"report", "--db", db, "--format", "markdown"});
  INFO("markdown: " << Describe(markdown));
  REQUIRE(markdown.exit_code == 0);
  // Every < is escaped, so no tag starts; no link starts either.
  for (std::size_t pos = markdown.out.find('<'); pos != std::string::npos;
       pos = markdown.out.find('<', pos + 1)) {
    INFO("at byte " << pos);
    CHECK((pos > 0 && markdown.out[pos - 1] == '\\'));
  }
  CHECK_FALSE(Contains(markdown.out, "[click]("));
  CHECK(Contains(markdown.out, "\\[click\\](javascript:alert(1))"));
  CHECK(Contains(markdown.out, "\\<script\\>alert(1)\\</script\\>"));
}

TEST_CASE("sources lists every source with side, kind and counts", "[e2e][report]") {
  ProcessResult jsonl = RunClaimtrack({"sources", "--db", SeedDb(), "--format", "jsonl"});
  INFO(Describe(jsonl));
  REQUIRE(jsonl.exit_code == 0);
  ProcessResult claims = RunClaimtrack({"claims", "--db", SeedDb(), "--format", "jsonl"});
  REQUIRE(claims.exit_code == 0);

  std::istringstream lines(jsonl.out);
  std::size_t total_claims = 0, sources = 0;
  bool pentagon = false;
  for (std::string line; std::getline(lines, line);) {
    JsonValue source = ParseOrFail(line);
    for (const char* key : {"source", "side", "kind", "claims", "disputes"}) {
      CHECK(source.Find(key) != nullptr);
    }
    total_claims += static_cast<std::size_t>(source.Find("claims")->as_number());
    ++sources;
    if (source.GetString("source") == "Pentagon") {
      pentagon = true;
      CHECK(source.GetString("side") == "United States");
      CHECK(source.Find("disputes")->as_number() >= 1);
    }
  }
  CHECK(pentagon);
  CHECK(total_claims == static_cast<std::size_t>(Count(claims.out, "\n")));

  ProcessResult text = RunClaimtrack({"sources", "--db", SeedDb()});
  INFO(Describe(text));
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.rfind("CLAIMS  DISPUTES  SIDE", 0) == 0);
  CHECK(Count(text.out, "\n") == sources + 1);
  CHECK(Contains(RunClaimtrack({"sources", "--help"}).out, "aliases"));
  CHECK(RunClaimtrack({"sources", "--db", SeedDb(), "--format", "xml"}).exit_code == 2);
}

TEST_CASE("timeline prints a topic's claims in time order, one line each", "[e2e][report]") {
  const std::vector<JsonValue> all = JsonDisputes();
  const auto joint = std::find_if(all.begin(), all.end(), IsJointMission);
  REQUIRE(joint != all.end());
  const std::string topic = joint->GetString("topic");
  ProcessResult run = RunClaimtrack({"timeline", "--db", SeedDb(), "--topic", topic});
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  std::istringstream lines(run.out);
  std::vector<std::pair<std::string, int>> whens;
  std::size_t count = 0;
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    ++count;
    CHECK(Count(line, " | ") >= 3);
    const std::string when = line.substr(0, line.find(" | "));
    if (when.rfind("no date", 0) == 0) {
      whens.push_back({"~", 0});
      continue;
    }
    // "2017-01-23 9:30 p.m." (time optional)
    const std::string date = when.substr(0, 10);
    const std::size_t end = when.find_last_not_of(' ');
    const int minutes = when.size() > 11 ? MinutesOfDay(when.substr(11, end - 10)) : -1;
    whens.push_back({date, minutes < 0 ? 24 * 60 : minutes});
  }
  std::set<std::string> claims;  // a claim in two disputes is one line
  for (const JsonValue& dispute : JsonDisputes({"--topic", topic})) {
    for (const JsonValue& claim : dispute.Find("claims")->as_array()) {
      claims.insert(claim.GetString("id"));
    }
  }
  CHECK(count == claims.size());
  CHECK(std::is_sorted(whens.begin(), whens.end()));
  CHECK(Contains(run.out,
                 "John Dorrian (United States) | labeled | the Russian claim as propaganda"));

  ProcessResult none = RunClaimtrack({"timeline", "--db", SeedDb(), "--topic", "no such topic"});
  CHECK(none.exit_code == 0);
  CHECK(none.out.empty());
  CHECK(RunClaimtrack({"timeline", "--db", SeedDb(), "--since", "x"}).exit_code == 2);
}

}  // namespace
}  // namespace claimtrack::test
