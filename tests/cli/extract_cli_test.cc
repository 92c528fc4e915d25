// `claimtrack extract` and `claimtrack ingest --claims`, run as a user runs
// them: extraction split from storing must store exactly what `ingest`
// stores, whether the articles go through one process, through standard
// input, or one line per process as map tasks would see them; bad input on
// either side is named with its file and line and the rest goes on.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/claims_jsonl.h"
#include "run_binary.h"
#include "store/claim_store.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(CLAIMTRACK_TEST_DATA_DIR) / "seeds";

std::string Describe(const ProcessResult& run) {
  return "exit " + std::to_string(run.exit_code) + (run.timed_out ? " (timed out)" : "") +
         "\n--- stdout:\n" + run.out.substr(0, 4000) + "\n--- stderr:\n" + run.err;
}

ProcessResult Run(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  ProcessOptions options;
  options.stdin_text = stdin_text;
  options.timeout_seconds = 120;
  return RunClaimtrack(args, options);
}

ProcessResult RunOk(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  ProcessResult run = Run(args, stdin_text);
  INFO("claimtrack " << args[0] << ": " << Describe(run));
  REQUIRE(run.exit_code == 0);
  return run;
}

// Everything the store holds about documents and claims, one line per
// document in store order: its id, then its claims line (every metadata
// field, the text, and every field of every claim, claim ids included).
// With `with_origin` false the documents' origins are left out, for stores
// fed the same articles from differently named inputs.
std::vector<std::string> DumpStore(const std::string& db, bool with_origin) {
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(db, /*read_only=*/true, &store);
  INFO(status.message());
  REQUIRE(status.ok());
  std::map<std::string, StoredDocument> documents;
  REQUIRE(store->LoadDocuments(&documents).ok());
  std::vector<StoredDocument> by_id;
  for (const auto& [doc, document] : documents) {
    StoredDocument full;
    REQUIRE(store->LoadDocument(doc, &full).ok());
    if (!with_origin) full.article.origin = "";
    by_id.push_back(std::move(full));
  }
  std::sort(by_id.begin(), by_id.end(),
            [](const StoredDocument& a, const StoredDocument& b) { return a.id < b.id; });
  std::vector<Claim> claims;
  REQUIRE(store->LoadClaims(&claims).ok());
  std::map<std::string, std::vector<Claim>> claims_of;
  for (Claim& claim : claims) claims_of[claim.doc].push_back(std::move(claim));
  std::vector<std::string> lines;
  for (const StoredDocument& document : by_id) {
    lines.push_back(std::to_string(document.id) + " " +
                    ClaimsLine(document.article, claims_of[document.article.doc]));
  }
  return lines;
}

void CheckSameLines(const std::vector<std::string>& got, const std::vector<std::string>& want) {
  CHECK(got.size() == want.size());
  for (std::size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
    INFO("line " << i + 1);
    CHECK(got[i] == want[i]);
  }
}

// What `match` then `claims`, `report` and `sources` print for a store.
std::vector<std::string> MatchedOutputs(const std::string& db) {
  RunOk({"match", "--db", db});
  return {RunOk({"claims", "--db", db, "--format", "jsonl"}).out,
          RunOk({"report", "--db", db, "--format", "json"}).out,
          RunOk({"sources", "--db", db}).out};
}

// Checks that store `got` holds what store `want` holds, before and after
// `match`.
void CheckSameStore(const std::string& got, const std::string& want, bool with_origin) {
  std::vector<std::string> got_lines = DumpStore(got, with_origin);
  REQUIRE_FALSE(got_lines.empty());
  CheckSameLines(got_lines, DumpStore(want, with_origin));
  std::vector<std::string> got_outputs = MatchedOutputs(got);
  std::vector<std::string> want_outputs = MatchedOutputs(want);
  CHECK(Lines(got_outputs[0]).size() > 5);  // claims
  CHECK(Contains(got_outputs[1], "\"disputes\": ["));
  for (std::size_t i = 0; i < got_outputs.size(); ++i) {
    INFO("output " << i << " (claims, report, sources)");
    CheckSameLines(Lines(got_outputs[i]), Lines(want_outputs[i]));
  }
}

// A jsonl corpus with what extraction must carry across: metadata, CRLF,
// curly quotes, a date from the dateline, a page of two posts, invalid UTF-8
// (repaired, with a warning), a blank line. Every line has an id.
const std::string kWire =
    "{\"id\": \"wire-001\", \"title\": \"Bridge closed\", \"date\": \"2017-01-25\", "
    "\"publisher\": \"AP\", \"url\": \"https://example.com/1\", \"text\": \"City officials said "
    "the Hadley bridge was closed on Monday.\\r\\nThe mayor denied that the Hadley bridge was "
    "closed.\\r\\n\"}\n"
    "{\"doc\": \"wire-002\", \"text\": \"BEIRUT (AP) \\u2014 January 24, 2017\\n\\nU.S. Navy "
    "Capt. Jeff Davis, a Pentagon spokesman, said \\u201cthere was no joint mission.\\u201d "
    "He said the Russian claim was propaganda.\\n\"}\n"
    "\n"
    "{\"id\": \"page\", \"text\": \"The minister said prices would fall.\\nThe post Prices to "
    "fall appeared first on Daily.\\nThe union said prices would rise.\\nThe post Prices to "
    "rise appeared first on Daily.\\n\"}\n"
    "{\"id\": \"latin1\", \"text\": \"The mayor said the caf\xE9 would reopen.\"}\n";
// A line without id or doc: its name comes from its place in the input.
const std::string kNoId =
    "{\"text\": \"Rebels said the water supply was cut by government bombing.\"}\n";

}  // namespace

TEST_CASE("extract then ingest --claims stores what ingest stores: the sample articles",
          "[cli][extract-cli]") {
  TempDir dir;
  std::string direct = dir.File("direct.sqlite");
  CHECK(Contains(RunOk({"ingest", "--db", direct, kSeeds.string()}).out, "ingested 10 articles"));

  ProcessResult extract = RunOk({"extract", kSeeds.string()});
  std::vector<std::string> lines = Lines(extract.out);
  CHECK(lines.size() == 10);  // five files, one of them six posts
  CHECK(Contains(extract.err, "extracted 10 articles, "));
  std::string claims_file = dir.Write("claims.jsonl", extract.out);
  std::string loaded = dir.File("loaded.sqlite");
  ProcessResult load = RunOk({"ingest", "--db", loaded, "--claims", claims_file});
  CHECK(Contains(load.out, "ingested 10 articles, "));
  CheckSameStore(loaded, direct, /*with_origin=*/true);

  // The same claims through standard input, into a store that has them:
  // nothing new, as for a second `ingest`.
  load = RunOk({"ingest", "--db", loaded, "--claims", "-"}, extract.out);
  CHECK(Contains(load.out, "ingested 0 articles, 0 claims; 10 already stored"));
}

TEST_CASE("extract then ingest --claims stores what ingest stores: a jsonl corpus",
          "[cli][extract-cli]") {
  TempDir dir;
  std::string wire = dir.Write("wire.jsonl", kWire + kNoId);
  std::string direct = dir.File("direct.sqlite");
  ProcessResult ingest = RunOk({"ingest", "--db", direct, wire});
  CHECK(Contains(ingest.out, "ingested 6 articles"));

  ProcessResult extract = RunOk({"extract", wire});
  CHECK(Lines(extract.out).size() == 6);
  CHECK_THAT(extract.err, Catch::Matchers::StartsWith("claimtrack: warning: " + wire +
                                                      ":5: invalid UTF-8 replaced by U+FFFD"));
  CHECK(Contains(extract.err, "\nextracted 6 articles, "));
  std::string loaded = dir.File("loaded.sqlite");
  RunOk({"ingest", "--db", loaded, "--claims", dir.Write("claims.jsonl", extract.out)});
  CheckSameStore(loaded, direct, /*with_origin=*/true);

  // Standard input is read as jsonl; a line without an id is named by its
  // line, as in a file called "stdin".
  ProcessResult piped = RunOk({"extract"}, kWire + kNoId);
  std::string from_stdin = dir.File("stdin.sqlite");
  RunOk({"ingest", "--db", from_stdin, "--claims", "-"}, piped.out);
  std::vector<std::string> got = DumpStore(from_stdin, /*with_origin=*/false);
  std::vector<std::string> want = DumpStore(direct, /*with_origin=*/false);
  REQUIRE(got.size() == 6);
  REQUIRE(want.size() == 6);
  CheckSameLines(std::vector<std::string>(got.begin(), got.end() - 1),
                 std::vector<std::string>(want.begin(), want.end() - 1));
  CHECK(Contains(got.back(), "\"doc\":\"stdin:6\""));
  CHECK(Contains(want.back(), "\"doc\":\"wire.jsonl:6\""));
  Article article;
  std::vector<Claim> claims;
  REQUIRE(ParseClaimsLine(Lines(piped.out)[0], &article, &claims).ok());
  CHECK(article.origin == "stdin:1");
}

TEST_CASE("each jsonl line is extracted on its own: one process per line gives the same store",
          "[cli][extract-cli]") {
  TempDir dir;
  std::string direct = dir.File("direct.sqlite");
  RunOk({"ingest", "--db", direct, dir.Write("wire.jsonl", kWire)});
  std::string claims;
  for (const std::string& line : Lines(kWire)) {
    ProcessResult task = RunOk({"extract"}, line + "\n");  // a map task given one line
    claims += task.out;
  }
  std::string loaded = dir.File("loaded.sqlite");
  RunOk({"ingest", "--db", loaded, "--claims", "-"}, claims);
  CheckSameStore(loaded, direct, /*with_origin=*/false);
}

TEST_CASE("extract names bad input like ingest, writes the rest and exits 1",
          "[cli][extract-cli]") {
  TempDir dir;
  std::string input =
      "{\"id\": \"a\", \"text\": \"Police said the road was open.\"}\n"
      "{\"id\": \"b\", \"text\": \"The mayor said\n"
      "{\"id\": \"c\", \"text\": \"The mayor denied that the road was open.\"}\n"
      "{\"id\": \"d\"}\n";
  ProcessResult run = Run({"extract"}, input);
  INFO(Describe(run));
  CHECK(run.exit_code == 1);
  std::vector<std::string> lines = Lines(run.out);
  REQUIRE(lines.size() == 2);
  CHECK(Contains(lines[0], "\"doc\":\"a\""));
  CHECK(Contains(lines[1], "\"doc\":\"c\""));
  CHECK(Contains(run.err, "claimtrack: skipped stdin:2: malformed JSON: "));
  CHECK(Contains(run.err, "claimtrack: skipped stdin:4: no \"text\" field\n"));
  CHECK(Contains(run.err, "extracted 2 articles, 2 claims; 2 skipped\n"));
  // Standard error is not a terminal here: no progress line.
  CHECK_FALSE(Contains(run.err, "\r"));
  CHECK_FALSE(Contains(run.err, "\033"));

  // A map task given no lines has nothing to do, and that is no failure.
  for (const char* nothing : {"", "\n", " \r\n\n"}) {
    run = Run({"extract"}, nothing);
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(run.err == "extracted 0 articles, 0 claims\n");
  }

  // Paths as for ingest: a missing one is named, the others read.
  std::string text = dir.Write("a.txt", "Police said the road was open.\n");
  run = Run({"extract", text, dir.File("missing.txt")});
  CHECK(run.exit_code == 1);
  CHECK(Lines(run.out).size() == 1);
  CHECK(Contains(
      run.err, "claimtrack: skipped " + dir.File("missing.txt") + ": no such file or directory\n"));

  // --stdin text reads standard input as one article, as `ingest -` does.
  run = RunOk({"extract", "--stdin", "text", "-"}, "Police said the road was open.\n");
  REQUIRE(Lines(run.out).size() == 1);
  CHECK(Contains(run.out, "\"doc\":\"stdin\""));
  CHECK(Contains(run.out, "\"origin\":\"-\""));

  run = Run({"extract", "--stdin", "xml"});
  CHECK(run.exit_code == 2);
  CHECK(Contains(run.err, "--stdin is 'xml'; expected jsonl or text"));

  fs::create_directory(dir.path() / "rules");
  dir.Write("rules/cues.txt", "blurt  stnce=deny\n");
  run = Run({"extract", "--rules", dir.File("rules")}, input);
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, "invalid rules, nothing extracted"));
  CHECK(Contains(run.err, "cues.txt:1: unknown field 'stnce'"));
  CHECK(run.out.empty());
}

TEST_CASE("ingest --claims names bad lines, stores each article whole or not at all",
          "[cli][extract-cli]") {
  TempDir dir;
  ProcessResult extract =
      RunOk({"extract"},
            "{\"id\": \"a\", \"text\": \"Police said the road was open.\"}\n"
            "{\"id\": \"b\", \"text\": \"The mayor said the bridge was closed.\"}\n"
            "{\"id\": \"c\", \"text\": \"The mayor denied that the road was open. Police said the "
            "road was closed.\"}\n");
  std::vector<std::string> lines = Lines(extract.out);
  REQUIRE(lines.size() == 3);
  std::string cut = lines[1].substr(0, lines[1].size() / 2);
  std::string bad_claim = lines[2];
  std::size_t stance = bad_claim.rfind("\"stance\":\"assert\"");
  REQUIRE(stance != std::string::npos);
  bad_claim.replace(stance, 17, "\"stance\":\"maybe\"");
  std::string file = dir.Write("claims.jsonl", lines[0] + "\n" + cut + "\n" + bad_claim + "\n");
  std::string db = dir.File("s.sqlite");

  ProcessResult run = Run({"ingest", "--db", db, "--claims", file});
  INFO(Describe(run));
  CHECK(run.exit_code == 1);
  CHECK(run.out == "ingested 1 article, 1 claim; 2 skipped (" + db + ")\n");
  CHECK(Contains(run.err, "claimtrack: skipped " + file + ":2: malformed JSON: "));
  CHECK(Contains(run.err, "claimtrack: skipped " + file +
                              ":3: claim 2: \"stance\" is 'maybe', not assert or deny\n"));
  // Article c, whose second claim was bad, is not stored with its first.
  std::vector<std::string> stored = DumpStore(db, true);
  REQUIRE(stored.size() == 1);
  CHECK(Contains(stored[0], "\"doc\":\"a\""));

  // Running again skips what is stored; the good lines complete the store.
  run = Run({"ingest", "--db", db, "--claims", file});
  CHECK(run.exit_code == 1);
  CHECK(run.out == "ingested 0 articles, 0 claims; 1 already stored; 2 skipped (" + db + ")\n");
  std::string good = dir.Write("good.jsonl", lines[1] + "\n" + lines[2] + "\n");
  std::string empty = dir.Write("part-00009", "");  // an empty part from a task with no lines
  run = RunOk({"ingest", "--db", db, "--claims", good, empty});
  CHECK(run.out == "ingested 2 articles, 3 claims (" + db + ")\n");
  CHECK(DumpStore(db, true).size() == 3);

  // Articles are not claims lines, and PATHs do not mix with --claims.
  std::string articles = dir.Write("articles.jsonl", "{\"id\": \"x\", \"text\": \"Hi.\"}\n");
  run = Run({"ingest", "--db", db, "--claims", articles});
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.err, articles + ":1: no \"format\"; not a claims line"));
  run = Run({"ingest", "--db", db, articles, "--claims", file});
  CHECK(run.exit_code == 2);
  CHECK(Contains(run.err, "give PATHs or --claims, not both"));
}

}  // namespace claimtrack::test
