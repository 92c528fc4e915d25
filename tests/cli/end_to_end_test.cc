// End-to-end tests: the real claimtrack program run on the sample articles in
// tests/data/seeds (and on small inputs written here), checked the way a
// reader checks its output: the JSON contract, the two disputes a reader of
// the articles expects to find, the text and Markdown reports, exit statuses
// and messages, standard input and jsonl input, and bad rule files.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/json.h"
#include "ingest/post_splitter.h"
#include "run_binary.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds";
const fs::path kRepoRules = fs::path(CLAIMTRACK_TEST_DATA_DIR) / ".." / ".." / "rules";
constexpr char kLiveBlog[] = "000_70c8b4e9404839c6.txt";        // AP live blog, Jan 23
constexpr char kAinAlFijeh[] = "001_4fcf9552b6ef5c08.txt";      // AP live blog, Jan 24
constexpr char kHarshExchanges[] = "002_238b3804741a1fcd.txt";  // first day of the talks

// What a failed run printed, for INFO.
std::string Describe(const ProcessResult& run) {
  return "exit " + std::to_string(run.exit_code) + (run.timed_out ? " (timed out)" : "") +
         "\n--- stdout:\n" + run.out + "\n--- stderr:\n" + run.err;
}

JsonValue ParseOrFail(const std::string& text) {
  JsonValue value;
  Status status = ParseJson(text, &value);
  INFO("JSON: " << text.substr(0, 2000));
  INFO("parse error: " << status.message());
  REQUIRE(status.ok());
  return value;
}

bool IsInteger(const JsonValue* value) {
  return value && value->is_number() &&
         value->as_number() == static_cast<std::int64_t>(value->as_number());
}

std::int64_t Integer(const JsonValue& object, std::string_view key) {
  return static_cast<std::int64_t>(object.Find(key)->as_number());
}

// The text of a sample article, by doc ("" when there is no such file). A
// page of several posts is stored as one article per post, "FILE#N", whose
// text is that post's slice of the file.
const std::string& SeedText(const std::string& doc) {
  static std::map<std::string, std::string> cache;
  auto [it, added] = cache.try_emplace(doc);
  if (!added) return it->second;
  std::size_t hash = doc.find('#');
  Article page;
  page.doc = doc.substr(0, hash);
  page.text = ReadFile(kSeeds / page.doc);
  if (hash == std::string::npos) {
    it->second = page.text;
  } else {
    for (const Article& post : SplitPosts(page)) {
      if (post.doc == doc) it->second = post.text;
    }
  }
  return it->second;
}

using ArticleTexts = std::function<const std::string&(const std::string& doc)>;

// Checks one claim object against the contract (report/reporter.h): the keys
// and their types, and that `content` is exactly the bytes [start, end) of
// the article it names.
void CheckClaimContract(const JsonValue& claim, const ArticleTexts& text_of) {
  INFO("claim: " << claim.GetString("id") << " " << claim.GetString("doc") << " ["
                 << claim.GetString("source") << "] " << claim.GetString("content"));
  REQUIRE(claim.is_object());
  CHECK(IsInteger(claim.Find("id")));
  for (const char* key : {"doc", "source", "mention", "cue", "content", "stance"}) {
    INFO("key " << key);
    CHECK((claim.Find(key) && claim.Find(key)->is_string()));
  }
  std::string stance = claim.GetString("stance");
  CHECK((stance == "assert" || stance == "deny"));
  REQUIRE(IsInteger(claim.Find("start")));
  REQUIRE(IsInteger(claim.Find("end")));
  std::int64_t start = Integer(claim, "start"), end = Integer(claim, "end");
  const std::string& text = text_of(claim.GetString("doc"));
  REQUIRE_FALSE(text.empty());
  REQUIRE(0 <= start);
  REQUIRE(start <= end);
  REQUIRE(end <= static_cast<std::int64_t>(text.size()));
  CHECK(claim.GetString("content") == text.substr(start, end - start));
}

// A store holding the sample articles, ingested and matched once for all the
// tests that only read it.
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

// Every line of `claims --format jsonl`, parsed.
std::vector<JsonValue> StoredClaims(const std::string& db) {
  ProcessResult run = RunClaimtrack({"claims", "--db", db, "--format", "jsonl"});
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  std::vector<JsonValue> claims;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) claims.push_back(ParseOrFail(line));
  return claims;
}

// The files the claims come from ("004_x.txt" for its post "004_x.txt#2").
std::set<std::string> Docs(const std::vector<JsonValue>& claims) {
  std::set<std::string> docs;
  for (const JsonValue& claim : claims) {
    std::string doc = claim.GetString("doc");
    docs.insert(doc.substr(0, doc.find('#')));
  }
  return docs;
}

const std::vector<JsonValue>& Disputes(const JsonValue& report) {
  const JsonValue* disputes = report.Find("disputes");
  REQUIRE(disputes);
  REQUIRE(disputes->type() == JsonValue::Type::kArray);
  return disputes->as_array();
}

const std::vector<JsonValue>& ClaimsOf(const JsonValue& dispute) {
  static const std::vector<JsonValue> kNone;
  const JsonValue* claims = dispute.Find("claims");
  return claims && claims->type() == JsonValue::Type::kArray ? claims->as_array() : kNone;
}

// The JSON report of the sample store.
const JsonValue& SeedReport() {
  static const JsonValue report = [] {
    ProcessResult run = RunClaimtrack({"report", "--db", SeedDb(), "--format", "json"});
    INFO(Describe(run));
    REQUIRE(run.exit_code == 0);
    return ParseOrFail(run.out);
  }();
  return report;
}

// The disputes, one line per claim, for INFO when a dispute is not found.
std::string Summary(const JsonValue& report) {
  std::string summary;
  for (const JsonValue& dispute : Disputes(report)) {
    summary += "dispute " + dispute.GetString("id") + " [" + dispute.GetString("topic") + "]\n";
    for (const JsonValue& claim : ClaimsOf(dispute)) {
      summary += "  " + claim.GetString("role_in_dispute") + " " + claim.GetString("doc") + " " +
                 claim.GetString("source") + " (" + claim.GetString("stance") +
                 "): " + claim.GetString("content") + "\n";
    }
  }
  return summary;
}

using ClaimTest = std::function<bool(const JsonValue& claim)>;

// Whether `dispute` has a member with role_in_dispute `role`, from article
// `doc` (any article when empty), that passes `test`.
bool HasMember(const JsonValue& dispute, const std::string& role, const std::string& doc,
               const ClaimTest& test) {
  const std::vector<JsonValue>& claims = ClaimsOf(dispute);
  return std::any_of(claims.begin(), claims.end(), [&](const JsonValue& claim) {
    return claim.GetString("role_in_dispute") == role &&
           (doc.empty() || claim.GetString("doc") == doc) && test(claim);
  });
}

bool SourceHas(const JsonValue& claim, const std::string& part) {
  return Contains(claim.GetString("source"), part);
}

}  // namespace

TEST_CASE("report --format json on the sample articles keeps the JSON contract", "[e2e]") {
  const JsonValue& report = SeedReport();
  REQUIRE(report.is_object());
  const std::vector<JsonValue>& disputes = Disputes(report);
  REQUIRE_FALSE(disputes.empty());
  for (const JsonValue& dispute : disputes) {
    INFO("dispute " << dispute.GetString("id") << " [" << dispute.GetString("topic") << "]");
    REQUIRE(dispute.is_object());
    CHECK(IsInteger(dispute.Find("id")));
    CHECK((dispute.Find("topic") && dispute.Find("topic")->is_string()));
    CHECK((dispute.Find("kind") && dispute.Find("kind")->is_string()));
    const std::vector<JsonValue>& claims = ClaimsOf(dispute);
    CHECK(claims.size() >= 2);
    for (const JsonValue& claim : claims) {
      CheckClaimContract(claim, SeedText);
      std::string role = claim.GetString("role_in_dispute");
      CHECK((role == "claim" || role == "counter"));
    }
    // A dispute is a claim and something that disputes it.
    CHECK(HasMember(dispute, "claim", "", [](const JsonValue&) { return true; }));
    CHECK(HasMember(dispute, "counter", "", [](const JsonValue&) { return true; }));
  }
}

TEST_CASE(
    "the joint-mission dispute: Russia's claim against the Pentagon and Dorrian in both "
    "articles",
    "[e2e]") {
  const JsonValue& report = SeedReport();
  INFO("disputes:\n" << Summary(report));
  ClaimTest russian_joint_mission_claim = [](const JsonValue& claim) {
    std::string content = claim.GetString("content");
    return (SourceHas(claim, "Defense Ministry") || SourceHas(claim, "Russian military")) &&
           Contains(content, "joint") &&
           (Contains(content, "mission") || Contains(content, "airstrike"));
  };
  ClaimTest pentagon_or_us_military = [](const JsonValue& claim) {
    return SourceHas(claim, "Pentagon") || SourceHas(claim, "U.S. military");
  };
  ClaimTest john_dorrian = [](const JsonValue& claim) { return SourceHas(claim, "Dorrian"); };

  // Of the disputes over the Russian claim, the one with most of the expected
  // counter-claims, so that a failure names the ones missing.
  std::vector<std::pair<std::string, ClaimTest>> counters = {
      {kLiveBlog, pentagon_or_us_military},
      {kHarshExchanges, pentagon_or_us_military},
      {kLiveBlog, john_dorrian},
      {kHarshExchanges, john_dorrian}};
  const JsonValue* dispute = nullptr;
  int most_found = -1;
  for (const JsonValue& candidate : Disputes(report)) {
    if (!HasMember(candidate, "claim", "", russian_joint_mission_claim)) continue;
    int found = 0;
    for (const auto& [doc, test] : counters) found += HasMember(candidate, "counter", doc, test);
    if (found > most_found) {
      dispute = &candidate;
      most_found = found;
    }
  }
  REQUIRE(dispute != nullptr);  // no dispute holds the Russian joint-mission claim
  INFO("dispute " << dispute->GetString("id"));
  CHECK(HasMember(*dispute, "counter", kLiveBlog, pentagon_or_us_military));
  CHECK(HasMember(*dispute, "counter", kHarshExchanges, pentagon_or_us_military));
  CHECK(HasMember(*dispute, "counter", kLiveBlog, john_dorrian));
  CHECK(HasMember(*dispute, "counter", kHarshExchanges, john_dorrian));
}

TEST_CASE("the Ain al-Fijeh dispute: Ja’afari against the rebels' denial", "[e2e]") {
  const JsonValue& report = SeedReport();
  INFO("disputes:\n" << Summary(report));
  ClaimTest jaafari = [](const JsonValue& claim) { return SourceHas(claim, "Ja’afari"); };
  ClaimTest rebels_deny_al_qaida_group = [](const JsonValue& claim) {
    return (SourceHas(claim, "rebels") || SourceHas(claim, "Rebels")) &&
           claim.GetString("stance") == "deny" &&
           Contains(claim.GetString("content"), "al-Qaida-linked group");
  };
  const std::vector<JsonValue>& disputes = Disputes(report);
  CHECK(std::any_of(disputes.begin(), disputes.end(), [&](const JsonValue& dispute) {
    return HasMember(dispute, "claim", kAinAlFijeh, jaafari) &&
           HasMember(dispute, "counter", kAinAlFijeh, rebels_deny_al_qaida_group);
  }));
}

TEST_CASE("claims --format jsonl: every claim keeps the contract; no source is a pronoun",
          "[e2e]") {
  std::vector<JsonValue> claims = StoredClaims(SeedDb());
  REQUIRE_FALSE(claims.empty());
  // Lowercased; "us" is left out because "US" is a country.
  const std::set<std::string> kPronouns = {"he",    "she",  "it",   "they",  "we",    "i",
                                           "you",   "him",  "her",  "them",  "his",   "its",
                                           "their", "this", "that", "these", "those", "who"};
  std::vector<std::string> pronoun_sources;
  for (const JsonValue& claim : claims) {
    CheckClaimContract(claim, SeedText);
    std::string source = claim.GetString("source");
    std::string lower;
    for (char c : source) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (source.empty() || kPronouns.count(lower)) {
      pronoun_sources.push_back(claim.GetString("doc") + " claim " + claim.GetString("id") +
                                ": source '" + source + "' (mention '" +
                                claim.GetString("mention") + "')");
    }
  }
  CHECK(pronoun_sources == std::vector<std::string>{});
  // Every sample article has attributed claims.
  std::set<std::string> seeds;
  for (const auto& entry : fs::directory_iterator(kSeeds)) {
    if (entry.path().extension() == ".txt") seeds.insert(entry.path().filename().string());
  }
  CHECK(Docs(claims) == seeds);
}

TEST_CASE("ingesting the same folder again stores nothing new", "[e2e]") {
  TempDir dir;
  std::string db = dir.File("again.sqlite");
  ProcessResult first = RunClaimtrack({"ingest", "--db", db, kSeeds.string()});
  INFO("first: " << Describe(first));
  REQUIRE(first.exit_code == 0);
  // Five files; the fifth strings six posts together, stored as six articles.
  CHECK(Contains(first.out, "ingested 10 articles"));
  std::size_t claims = StoredClaims(db).size();

  ProcessResult again = RunClaimtrack({"ingest", "--db", db, kSeeds.string()});
  INFO("again: " << Describe(again));
  CHECK(again.exit_code == 0);
  CHECK(Contains(again.out, "ingested 0 articles, 0 claims"));
  CHECK(StoredClaims(db).size() == claims);
}

TEST_CASE("text and markdown reports name Dorrian and the Pentagon; --output writes a file",
          "[e2e]") {
  const std::string& db = SeedDb();
  ProcessResult text = RunClaimtrack({"report", "--db", db});
  INFO("text: " << Describe(text));
  REQUIRE(text.exit_code == 0);
  CHECK(Contains(text.out, "Dorrian"));
  CHECK(Contains(text.out, "Pentagon"));

  ProcessResult markdown = RunClaimtrack({"report", "--db", db, "--format", "markdown"});
  INFO("markdown: " << Describe(markdown));
  REQUIRE(markdown.exit_code == 0);
  CHECK(Contains(markdown.out, "Dorrian"));
  CHECK(Contains(markdown.out, "Pentagon"));

  TempDir dir;
  std::string file = dir.File("report.md");
  ProcessResult to_file =
      RunClaimtrack({"report", "--db", db, "--format", "markdown", "--output", file});
  INFO("--output: " << Describe(to_file));
  CHECK(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  REQUIRE(fs::exists(file));
  CHECK(ReadFile(file) == markdown.out);
}

TEST_CASE("every subcommand's --help exits 0 and shows its usage", "[e2e]") {
  std::vector<std::string> listed = ListedSubcommands();
  std::set<std::string> commands(listed.begin(), listed.end());
  for (const char* expected : {"ingest", "match", "report", "claims"}) {
    CHECK(commands.count(expected) == 1);
  }
  for (const std::string& name : commands) {
    ProcessResult run = RunClaimtrack({name, "--help"});
    INFO(name << " --help: " << Describe(run));
    CHECK(run.exit_code == 0);
    CHECK(Contains(run.out, "Usage: claimtrack " + name));
  }
}

TEST_CASE("usage errors exit 2 and failures exit 1, with a message", "[e2e]") {
  TempDir dir;
  SECTION("an unknown subcommand suggests the closest one") {
    ProcessResult run = RunClaimtrack({"ingset"});
    INFO(Describe(run));
    CHECK(run.exit_code == 2);
    CHECK(Contains(run.err, "did you mean"));
    CHECK(Contains(run.err, "ingest"));
  }
  SECTION("ingest without a path") {
    std::string db = dir.File("none.sqlite");
    ProcessResult run = RunClaimtrack({"ingest", "--db", db});
    INFO(Describe(run));
    CHECK(run.exit_code == 2);
    CHECK_FALSE(run.err.empty());
    CHECK_FALSE(fs::exists(db));
  }
  SECTION("report on a missing store names the file and creates nothing") {
    std::string db = dir.File("missing.sqlite");
    ProcessResult run = RunClaimtrack({"report", "--db", db});
    INFO(Describe(run));
    CHECK(run.exit_code == 1);
    CHECK(Contains(run.err, db));
    CHECK_FALSE(fs::exists(db));
  }
  SECTION("an unknown --format") {
    for (const char* command : {"report", "claims"}) {
      ProcessResult run = RunClaimtrack({command, "--db", SeedDb(), "--format", "xml"});
      INFO(command << ": " << Describe(run));
      CHECK(run.exit_code == 2);
      CHECK(Contains(run.err, "xml"));
      CHECK(run.out.empty());
    }
  }
}

TEST_CASE("ingest - reads one article from standard input", "[e2e]") {
  TempDir dir;
  std::string db = dir.File("stdin.sqlite");
  const std::string& article = SeedText("003_e232acd3b10471d7.txt");
  REQUIRE_FALSE(article.empty());
  ProcessOptions options;
  options.stdin_text = article;
  ProcessResult run = RunClaimtrack({"ingest", "--db", db, "-"}, options);
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "ingested 1 article"));
  std::vector<JsonValue> claims = StoredClaims(db);
  CHECK_FALSE(claims.empty());
  CHECK(Docs(claims) == std::set<std::string>{"stdin"});
  for (const JsonValue& claim : claims) {
    CheckClaimContract(claim, [&](const std::string&) -> const std::string& { return article; });
  }
}

TEST_CASE("ingest reads a jsonl file, taking each article's doc from id or doc", "[e2e]") {
  TempDir dir;
  std::string db = dir.File("jsonl.sqlite");
  // The decoded texts: the offsets count bytes of these, not of the JSON.
  const std::map<std::string, std::string> texts = {
      {"bridge-monday",
       "City officials said the Hadley bridge was closed on Monday for repairs.\n"
       "“Traffic will be diverted for a week,” the transport department said."},
      {"bridge-mayor", "The mayor denied that the Hadley bridge was closed for repairs."}};
  std::string jsonl = R"({"id": "bridge-monday", "title": "Bridge closed", "text": )" +
                      JsonQuote(texts.at("bridge-monday")) + "}\n" +
                      R"({"doc": "bridge-mayor", "text": )" + JsonQuote(texts.at("bridge-mayor")) +
                      "}\n";
  ProcessResult run = RunClaimtrack({"ingest", "--db", db, dir.Write("articles.jsonl", jsonl)});
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  CHECK(Contains(run.out, "ingested 2 articles"));
  std::vector<JsonValue> claims = StoredClaims(db);
  CHECK(Docs(claims) == std::set<std::string>{"bridge-monday", "bridge-mayor"});
  static const std::string kNone;
  for (const JsonValue& claim : claims) {
    CheckClaimContract(claim, [&](const std::string& doc) -> const std::string& {
      return texts.count(doc) ? texts.at(doc) : kNone;
    });
  }
}

TEST_CASE("a malformed jsonl line is reported with its line number; the others are stored",
          "[e2e]") {
  TempDir dir;
  std::string db = dir.File("malformed.sqlite");
  std::string file =
      dir.Write("bad.jsonl",
                "{\"id\": \"police\", \"text\": \"Police said the road reopened.\"}\n"
                "{\"id\": \"broken\", \"text\": \n"
                "{\"id\": \"taxes\", \"text\": \"The minister said taxes would "
                "rise next year.\"}\n");
  ProcessResult run = RunClaimtrack({"ingest", "--db", db, file});
  INFO(Describe(run));
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "bad.jsonl:2"));
  CHECK(Contains(run.out, "ingested 2 articles"));
  CHECK(Docs(StoredClaims(db)) == std::set<std::string>{"police", "taxes"});
}

TEST_CASE("ingest --rules with a bad cues.txt names file and line and changes nothing", "[e2e]") {
  TempDir dir;
  std::string db = dir.File("rules.sqlite");
  ProcessResult first = RunClaimtrack({"ingest", "--db", db, (kSeeds / kAinAlFijeh).string()});
  INFO("first ingest: " << Describe(first));
  REQUIRE(first.exit_code == 0);
  std::vector<JsonValue> before = StoredClaims(db);
  REQUIRE_FALSE(before.empty());

  fs::path rules = dir.path() / "rules";
  fs::copy(kRepoRules, rules, fs::copy_options::recursive);
  std::string cues = ReadFile(rules / "cues.txt");
  REQUIRE_FALSE(cues.empty());
  if (cues.back() != '\n') cues += '\n';
  const long bad_line = std::count(cues.begin(), cues.end(), '\n') + 1;
  dir.Write("rules/cues.txt", cues + "blurt  forms=blurts,blurted  stnce=deny\n");

  // The whole folder: with working rules it would add four articles.
  ProcessResult run =
      RunClaimtrack({"ingest", "--db", db, "--rules", rules.string(), kSeeds.string()});
  INFO("ingest with bad rules: " << Describe(run));
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "cues.txt:" + std::to_string(bad_line)));
  std::vector<JsonValue> after = StoredClaims(db);
  CHECK(after.size() == before.size());
  CHECK(Docs(after) == Docs(before));
}

}  // namespace claimtrack::test
