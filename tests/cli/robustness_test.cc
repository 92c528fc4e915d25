// Bad input, end to end: the real claimtrack program run on files made in
// each test, the way scraped folders arrive (invalid UTF-8, byte order marks,
// UTF-16, CR line ends, binary and empty files, huge one-line files, quotes
// that never close, missing and unreadable paths, broken jsonl, duplicate
// ids). Every problem must name its file (and line or byte), the rest must
// still be stored, and the exit status must say whether anything was
// skipped.
//
// The 200 MB case is tagged [.][slow] and runs only when asked for:
//   claimtrack_tests "[slow]"
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "run_binary.h"
#include "store/claim_store.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const std::string kFffd = "\xEF\xBF\xBD";

std::string Describe(const ProcessResult& run) {
  return "exit " + std::to_string(run.exit_code) + (run.timed_out ? " (timed out)" : "") +
         "\n--- stdout:\n" + run.out + "\n--- stderr:\n" + run.err.substr(0, 4000);
}

double Seconds(Clock::duration elapsed) { return std::chrono::duration<double>(elapsed).count(); }

// `claimtrack ingest --db DIR/s.sqlite PATHS...` and how long it took.
struct TimedIngest {
  ProcessResult run;
  double seconds = 0;
  std::string Describe() const {
    return test::Describe(run) + "\ningest took " + std::to_string(seconds) + " s";
  }
};

TimedIngest IngestTimed(const TempDir& dir, const std::vector<std::string>& paths) {
  std::vector<std::string> args = {"ingest", "--db", dir.File("s.sqlite")};
  args.insert(args.end(), paths.begin(), paths.end());
  TimedIngest timed;
  auto start = Clock::now();
  timed.run = RunClaimtrack(args);
  timed.seconds = Seconds(Clock::now() - start);
  return timed;
}

// `text` as UTF-16LE with its byte order mark.
std::string Utf16Le(const std::u16string& text) {
  std::string bytes = "\xFF\xFE";
  for (char16_t unit : text) {
    bytes += static_cast<char>(unit & 0xFF);
    bytes += static_cast<char>(unit >> 8);
  }
  return bytes;
}

// Writes `bytes` bytes made of `pattern` repeated, on one line, without
// holding them all in memory.
void WriteRepeated(const std::string& path, const std::string& pattern, std::size_t bytes) {
  std::string block;
  while (block.size() < (1 << 20)) block += pattern;
  std::ofstream out(path, std::ios::binary);
  for (std::size_t written = 0; written < bytes; written += block.size()) {
    out.write(block.data(), static_cast<std::streamsize>(std::min(block.size(), bytes - written)));
  }
}

struct StoredClaims {
  std::map<std::string, std::string> texts;  // doc -> stored text
  std::vector<Claim> claims;
};

StoredClaims LoadStore(const std::string& db) {
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(db, /*read_only=*/true, &store);
  INFO(status.message());
  REQUIRE(status.ok());
  StoredClaims result;
  std::map<std::string, StoredDocument> documents;
  REQUIRE(store->LoadDocuments(&documents).ok());
  for (const auto& [doc, ignored] : documents) {
    StoredDocument document;
    REQUIRE(store->LoadDocument(doc, &document).ok());
    result.texts[doc] = document.article.text;
  }
  REQUIRE(store->LoadClaims(&result.claims).ok());
  return result;
}

// The prefix for a command whose file permissions must bind it. Empty when
// they already do (not root); for root, setpriv drops the capabilities that
// let root read and write any file. nullopt when neither works.
const std::optional<std::vector<std::string>>& PermissionsBindingPrefix() {
  static const std::optional<std::vector<std::string>> prefix =
      []() -> std::optional<std::vector<std::string>> {
    TempDir dir;
    std::string probe = dir.Write("probe", "x");
    fs::permissions(probe, fs::perms::none);
    if (!std::ifstream(probe).is_open()) return std::vector<std::string>{};
    std::vector<std::string> setpriv = {
        "/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"};
    if (!fs::exists(setpriv[0])) return std::nullopt;
    std::vector<std::string> argv = setpriv;
    argv.insert(argv.end(), {"/bin/cat", probe});
    ProcessResult run = RunProcess(argv);
    if (run.exit_code == 0 || !Contains(run.err, "ermission denied")) return std::nullopt;
    return setpriv;
  }();
  return prefix;
}

ProcessResult RunWithPermissions(const std::vector<std::string>& prefix,
                                 const std::vector<std::string>& args) {
  std::vector<std::string> argv = prefix;
  argv.push_back(CLAIMTRACK_BINARY);
  argv.insert(argv.end(), args.begin(), args.end());
  return RunProcess(argv);
}

TEST_CASE("ingest stores the good files of an odd folder and names every bad one",
          "[cli][bad-input]") {
  TempDir dir;
  std::string in = (dir.path() / "in").string();
  dir.Write("in/good.txt", "Officials said the bridge was closed on Monday.\n");
  dir.Write("in/latin1.txt", "The mayor said the caf\xE9 would reopen.\n");
  dir.Write("in/bom.txt", "\xEF\xBB\xBFPolice said the road was open again.\n");
  dir.Write("in/utf16.txt", Utf16Le(u"The minister said the talks on Caf\u00E9 had failed.\r\n"));
  dir.Write("in/nul.txt", std::string("Some text\0 and a NUL.", 21));
  dir.Write("in/empty.txt", "");
  dir.Write("in/notes.md", "not read: neither .txt nor .jsonl");
  dir.Write("in/feed.jsonl",
            "{\"id\": \"j1\", \"text\": \"The army said it had withdrawn.\"}\n"
            "{\"id\": \"j2\", \"text\": \"broken\"\n"
            "{\"id\": \"j3\", \"title\": \"no text\"}\n"
            "{\"id\": \"j4\", \"text\": \"The rebels denied that they had attacked.\"}\n");
  std::string missing = dir.File("missing.txt");
  std::string db = dir.File("store.sqlite");

  ProcessResult run = RunClaimtrack({"ingest", "--db", db, in, missing});
  INFO(Describe(run));
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.out, "ingested 6 articles, "));
  CHECK(Contains(run.out, "; 5 skipped (" + db + ")"));
  CHECK(
      Lines(run.err) ==
      std::vector<std::string>{
          "claimtrack: warning: " + in + "/latin1.txt: invalid UTF-8 replaced by U+FFFD at byte 22",
          "claimtrack: skipped " + in + "/empty.txt: empty file",
          "claimtrack: skipped " + in +
              "/feed.jsonl:2: malformed JSON: column 30: expected ',' or '}'",
          "claimtrack: skipped " + in + "/feed.jsonl:3: no \"text\" field",
          "claimtrack: skipped " + in + "/nul.txt: NUL byte at byte 9; not a text file",
          "claimtrack: skipped " + missing + ": no such file or directory",
      });

  // Stored texts are the decoded, repaired ones, and claim offsets point
  // into them.
  StoredClaims stored = LoadStore(db);
  CHECK(stored.texts["latin1.txt"] == "The mayor said the caf" + kFffd + " would reopen.\n");
  CHECK(stored.texts["bom.txt"] == "Police said the road was open again.\n");
  CHECK(stored.texts["utf16.txt"] == "The minister said the talks on Caf\xC3\xA9 had failed.\r\n");
  CHECK(stored.claims.size() >= 6);
  for (const Claim& claim : stored.claims) {
    INFO(claim.doc << ": " << claim.content);
    const std::string& text = stored.texts[claim.doc];
    REQUIRE(claim.content_span.end <= text.size());
    CHECK(text.substr(claim.content_span.begin, claim.content_span.size()) == claim.content);
  }
}

TEST_CASE("ingest exits 0 when inputs were only repaired, with a warning", "[cli][bad-input]") {
  TempDir dir;
  std::string path = dir.Write("latin1.txt", "Caf\xE9 owners said prices would rise.\n");
  ProcessResult run = RunClaimtrack({"ingest", "--db", dir.File("s.sqlite"), path});
  INFO(Describe(run));
  CHECK(run.exit_code == 0);
  CHECK(Contains(run.out, "ingested 1 article, 1 claim ("));
  CHECK(run.err ==
        "claimtrack: warning: " + path + ": invalid UTF-8 replaced by U+FFFD at byte 3\n");
}

// The claims of one article written with each kind of line end.
std::vector<std::string> ClaimsWithLineEnds(const TempDir& dir, const std::string& lf_text,
                                            const std::string& line_end) {
  std::string text;
  for (char c : lf_text) text += c == '\n' ? line_end : std::string(1, c);
  std::string name = line_end == "\n" ? "lf" : line_end == "\r\n" ? "crlf" : "cr";
  std::string path = dir.Write(name + ".txt", text);
  std::string db = dir.File(name + ".sqlite");
  ProcessResult run = RunClaimtrack({"ingest", "--db", db, path});
  INFO(Describe(run));
  REQUIRE(run.exit_code == 0);
  StoredClaims stored = LoadStore(db);
  CHECK(stored.texts[name + ".txt"] == text);  // line ends kept as they are
  std::vector<std::string> claims;
  for (const Claim& claim : stored.claims) {
    claims.push_back(claim.source + " | " + claim.cue + " | " + claim.content);
  }
  return claims;
}

TEST_CASE("CRLF and CR line ends are kept and end sentences as LF does", "[cli][bad-input]") {
  TempDir dir;
  // Lines without a final period: only the line end separates them.
  const std::string text =
      "Bridge closed on Monday\n"
      "The mayor said the bridge would reopen in May\n"
      "Police said the road was open\n"
      "Officials denied that the tunnel was flooded.\n";
  std::vector<std::string> lf = ClaimsWithLineEnds(dir, text, "\n");
  CHECK(lf == std::vector<std::string>{
                  "the mayor | said | the bridge would reopen in May",
                  "Police | said | the road was open",
                  "officials | denied | the tunnel was flooded",
              });
  CHECK(ClaimsWithLineEnds(dir, text, "\r\n") == lf);
  CHECK(ClaimsWithLineEnds(dir, text, "\r") == lf);
}

// FindQuotations (src/text/tokenizer.cc), the paragraph test in
// ClaimExtractor, page furniture and post splitting treat a lone CR as a
// line end, so a quotation left open in a CR-only file closes there.
TEST_CASE("CR-only text: a quotation left open closes at the end of its line",
          "[cli][bad-input]") {
  TempDir dir;
  const std::string text =
      "The minister said \xE2\x80\x9Cthe talks will go on\n"
      "Police said the road was open.\n"
      "Officials denied that the tunnel was flooded.\n";
  std::vector<std::string> lf = ClaimsWithLineEnds(dir, text, "\n");
  REQUIRE(lf.size() == 3);
  CHECK(ClaimsWithLineEnds(dir, text, "\r") == lf);
}

// A file of `megabytes` MB on one line: skipped as too large, at once,
// while the file beside it is stored.
void CheckHugeOneLineFileIsSkipped(std::size_t megabytes) {
  TempDir dir;
  std::string huge = dir.File("huge.txt");
  auto start = Clock::now();
  WriteRepeated(huge, "Officials said the talks would resume on Monday. ", megabytes << 20);
  double write_seconds = Seconds(Clock::now() - start);
  std::string good = dir.Write("good.txt", "Police said the road was open.\n");
  start = Clock::now();
  ProcessResult run = RunClaimtrack({"ingest", "--db", dir.File("s.sqlite"), huge, good});
  double run_seconds = Seconds(Clock::now() - start);
  INFO(Describe(run));
  INFO("writing took " << write_seconds << " s, ingest " << run_seconds << " s");
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.out, "ingested 1 article, 1 claim; 1 skipped"));
  CHECK(run.err == "claimtrack: skipped " + huge + ": too large for one article (" +
                       std::to_string(megabytes) + " MiB; the limit is 16 MiB)\n");
  CHECK(run_seconds < 5);
}

TEST_CASE("a 20 MB file of one line is skipped at once", "[cli][bad-input]") {
  CheckHugeOneLineFileIsSkipped(20);
}

TEST_CASE("a 200 MB file of one line is skipped at once", "[cli][bad-input][.][slow]") {
  CheckHugeOneLineFileIsSkipped(200);
}

TEST_CASE("a 12 MB article of one line is analysed in seconds", "[cli][bad-input]") {
  TempDir dir;
  std::string path = dir.File("long.txt");
  // One attributed sentence in a hundred, as in a long report.
  std::string pattern;
  for (int i = 0; i < 99; ++i) pattern += "The weather was fine and the markets rose slowly. ";
  pattern += "Officials said the talks would resume on Monday. ";
  WriteRepeated(path, pattern, 12 << 20);
  TimedIngest timed = IngestTimed(dir, {path});
  const ProcessResult& run = timed.run;
  INFO(timed.Describe());
  CHECK(run.exit_code == 0);
  CHECK(Contains(run.out, "ingested 1 article, "));
  CHECK(timed.seconds < 20);
}

TEST_CASE("a 5 MB quotation that never closes is ingested in seconds", "[cli][bad-input]") {
  TempDir dir;
  std::string body;
  while (body.size() < (5 << 20)) body += "the talks will go on and on, ";
  // Open to the end of its paragraph, then one more line; open to the end.
  std::string curly = dir.Write(
      "curly.txt", "The envoy said \xE2\x80\x9C" + body + "\nPolice said the road was open.\n");
  std::string straight = dir.Write("straight.txt", "The minister said \"" + body);
  TimedIngest timed = IngestTimed(dir, {curly, straight});
  const ProcessResult& run = timed.run;
  INFO(timed.Describe());
  CHECK(run.exit_code == 0);
  CHECK(Contains(run.out, "ingested 2 articles, "));
  CHECK(timed.seconds < 20);
  // The open quotation ends with its paragraph: the next line's claim stands.
  StoredClaims stored = LoadStore(dir.File("s.sqlite"));
  bool police = false;
  for (const Claim& claim : stored.claims) police = police || claim.content == "the road was open";
  CHECK(police);
}

TEST_CASE("a sentence of thousands of attributions gives contents of bounded length",
          "[cli][bad-input]") {
  TempDir dir;
  std::string text = "Officials met. ";
  for (int i = 0; i < 5000; ++i) text += "Smith, who said, ";
  std::string path = dir.Write("relatives.txt", text + "end.\n");
  TimedIngest timed = IngestTimed(dir, {path});
  const ProcessResult& run = timed.run;
  INFO(timed.Describe());
  CHECK(run.exit_code == 0);
  CHECK(timed.seconds < 20);
  // Each claim would otherwise hold the rest of the 85 KB sentence.
  StoredClaims stored = LoadStore(dir.File("s.sqlite"));
  std::size_t longest = 0;
  for (const Claim& claim : stored.claims) longest = std::max(longest, claim.content.size());
  CHECK(longest < 10000);
}

TEST_CASE("deeply nested quotations are ingested in seconds", "[cli][bad-input]") {
  TempDir dir;
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  const int depth = 20000;
  std::string curly =
      dir.Write("curly.txt", "The minister said " + repeat("\xE2\x80\x9C\xE2\x80\x98", depth) +
                                 "yes" + repeat("\xE2\x80\x99\xE2\x80\x9D", depth) + ".\n");
  std::string straight = dir.Write("straight.txt", "The minister said " + repeat("\"'", depth) +
                                                       "yes" + repeat("'\"", depth) + ".\n");
  std::string speech =
      dir.Write("speech.txt",
                repeat("He said \xE2\x80\x9Cshe said \xE2\x80\x98they said \xE2\x80\x9C", 3000) +
                    "no" + repeat("\xE2\x80\x9D\xE2\x80\x99\xE2\x80\x9D", 3000) + "\n");
  std::string unbalanced =
      dir.Write("unbalanced.txt", repeat("\xE2\x80\x9D He said \xE2\x80\x9C", depth) + "\n");
  // Deep JSON nesting in a jsonl line is refused with the line number.
  std::string jsonl =
      dir.Write("deep.jsonl",
                "{\"id\": \"deep\", \"text\": \"x\", \"meta\": " + repeat("[", 100000) +
                    repeat("]", 100000) + "}\n{\"id\": \"ok\", \"text\": \"Police said so.\"}\n");
  TimedIngest timed = IngestTimed(dir, {curly, straight, speech, unbalanced, jsonl});
  const ProcessResult& run = timed.run;
  INFO(timed.Describe());
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.out, "ingested 5 articles, "));
  CHECK(Contains(run.err, "claimtrack: skipped " + jsonl + ":1: malformed JSON: column "));
  CHECK(Contains(run.err, "nesting deeper than"));
  CHECK(timed.seconds < 20);
}

TEST_CASE("ingest names a --db that is a directory or has no folder", "[cli][bad-input]") {
  TempDir dir;
  std::string good = dir.Write("good.txt", "Police said the road was open.\n");
  fs::create_directory(dir.path() / "store_dir");
  ProcessResult run = RunClaimtrack({"ingest", "--db", dir.File("store_dir"), good});
  CHECK(run.exit_code == 1);
  CHECK(run.err ==
        "claimtrack: " + dir.File("store_dir") + ": is a directory; --db names the store file\n");
  CHECK(fs::is_empty(dir.path() / "store_dir"));

  std::string nowhere = dir.File("no_folder/s.sqlite");
  run = RunClaimtrack({"ingest", "--db", nowhere, good});
  CHECK(run.exit_code == 1);
  CHECK(run.err == "claimtrack: " + nowhere + ": no folder " + dir.File("no_folder") +
                       " to keep the store in\n");
}

TEST_CASE("ingest names unreadable files and folders and stores the rest", "[cli][bad-input]") {
  const auto& prefix = PermissionsBindingPrefix();
  if (!prefix) {
    WARN("SKIPPED: file permissions cannot be made to bind (root without setpriv?)");
    return;
  }
  TempDir dir;
  std::string in = dir.File("in");
  std::string locked = dir.Write("in/locked.txt", "Secret officials said so.\n");
  dir.Write("in/closed/inside.txt", "Inside officials said so.\n");
  dir.Write("in/open.txt", "Police said the road was open.\n");
  fs::permissions(locked, fs::perms::none);
  fs::permissions(dir.path() / "in" / "closed", fs::perms::none);
  ProcessResult run =
      RunWithPermissions(*prefix, {"ingest", "--db", dir.File("s.sqlite"), in, locked});
  fs::permissions(dir.path() / "in" / "closed", fs::perms::owner_all);
  INFO(Describe(run));
  CHECK(run.exit_code == 1);
  CHECK(Contains(run.out, "ingested 1 article, 1 claim; 3 skipped"));
  // The folder walk reports the closed folder; the locked file is named twice
  // on the command line and in the folder, and reported each time.
  CHECK(Lines(run.err) == std::vector<std::string>{
                              "claimtrack: skipped " + in + "/closed: permission denied",
                              "claimtrack: skipped " + locked + ": permission denied",
                              "claimtrack: skipped " + locked + ": permission denied",
                          });
}

TEST_CASE("ingest warns about duplicate ids with different text and stores both",
          "[cli][bad-input]") {
  TempDir dir;
  std::string first =
      dir.Write("first.jsonl",
                "{\"id\": \"a\", \"text\": \"Police said the road was open.\"}\n"
                "{\"id\": \"b\", \"text\": \"The mayor said the bridge was closed.\"}\n"
                "{\"id\": \"a\", \"text\": \"Police said the road was closed.\"}\n"
                "{\"id\": \"a\", \"text\": \"Police said the road was open.\"}\n");
  std::string db = dir.File("s.sqlite");
  ProcessResult run = RunClaimtrack({"ingest", "--db", db, first});
  INFO(Describe(run));
  CHECK(run.exit_code == 0);
  CHECK(Contains(run.out, "ingested 3 articles, 3 claims; 1 already stored"));
  CHECK(run.err == "claimtrack: warning: duplicate id 'a' with different text at " + first +
                       ":3 (first at " + first + ":1); both are stored\n");

  // An id stored by an earlier ingest counts too.
  std::string second =
      dir.Write("second.jsonl", "{\"id\": \"b\", \"text\": \"The mayor denied it.\"}\n");
  run = RunClaimtrack({"ingest", "--db", db, second});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "claimtrack: warning: duplicate id 'b' with different text at " + second +
                       ":1 (first at " + first + ":2); both are stored\n");
  CHECK(LoadStore(db).claims.size() == 4);
}

TEST_CASE("ingest reads standard input with the same checks", "[cli][bad-input]") {
  TempDir dir;
  ProcessOptions binary;
  binary.stdin_text = std::string(
      "\x7F"
      "ELF\x02\x01\x01\0\0\0\0",
      12);
  ProcessResult run = RunClaimtrack({"ingest", "--db", dir.File("s.sqlite"), "-"}, binary);
  CHECK(run.exit_code == 1);
  CHECK(run.err == "claimtrack: skipped -: NUL byte at byte 7; not a text file\n");

  ProcessOptions utf16;
  utf16.stdin_text = Utf16Le(u"Police said the road was open.\n");
  run = RunClaimtrack({"ingest", "--db", dir.File("s.sqlite"), "-"}, utf16);
  CHECK(run.exit_code == 0);
  CHECK(Contains(run.out, "ingested 1 article, 1 claim"));
}

}  // namespace
}  // namespace claimtrack::test
