// Tests for RuleFile, the reader every file under rules/ goes through: how a
// line splits into fields, and every error message word for word (as ninja's
// manifest_parser_test.cc does), since users read them to fix their rules.
#include "base/rule_file.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace claimtrack {
namespace {

namespace fs = std::filesystem;

// What a parsed line is expected to hold.
struct ExpectedLine {
  int number;
  std::vector<std::string> positional;
  std::vector<std::pair<std::string, std::string>> keyed;
};

std::vector<std::pair<std::string, std::string>> KeyedOf(const RuleLine& line) {
  std::vector<std::pair<std::string, std::string>> keyed;
  for (const RuleField& field : line.keyed) keyed.emplace_back(field.key, field.value);
  return keyed;
}

TEST_CASE("RuleFile::Parse splits lines into fields", "[base]") {
  struct Case {
    const char* name;
    std::string content;
    std::vector<ExpectedLine> lines;
  };
  const Case cases[] = {
      {"empty file", "", {}},
      {"bare word", "said\n", {{1, {"said"}, {}}}},
      {"no final newline", "said", {{1, {"said"}, {}}}},
      {"quoted phrase", "\"according to\"\n", {{1, {"according to"}, {}}}},
      {"escaped quote and backslash",
       R"("the \"Pentagon\"" "a\\b")"
       "\n",
       {{1, {"the \"Pentagon\"", "a\\b"}, {}}}},
      {"key=value",
       "say forms=says,said stance=assert\n",
       {{1, {"say"}, {{"forms", "says,said"}, {"stance", "assert"}}}}},
      {"key=\"quoted value\"",
       "Pentagon name=\"U.S. Department of Defense\"\n",
       {{1, {"Pentagon"}, {{"name", "U.S. Department of Defense"}}}}},
      {"quoted value with an escaped quote",
       R"(x name="say \"no\"")",
       {{1, {"x"}, {{"name", "say \"no\""}}}}},
      {"'=' and '#' inside quotes are text",
       "\"a=b # c\" key=\"#1\"\n",
       {{1, {"a=b # c"}, {{"key", "#1"}}}}},
      {"tabs and runs of spaces separate fields",
       "say\t\tforms=says   frame=speech\n",
       {{1, {"say"}, {{"forms", "says"}, {"frame", "speech"}}}}},
      {"whole-line comments and blank lines are skipped, numbers kept",
       "# cue words\n\n   \n\t\nsaid\n# more\nadded\n",
       {{5, {"said"}, {}}, {7, {"added"}, {}}}},
      {"comment after the fields", "said   # the past tense\n", {{1, {"said"}, {}}}},
      {"comment right after a quote", "\"according to\"# phrase\n", {{1, {"according to"}, {}}}},
      {"CRLF line ends",
       "# comment\r\nsaid\r\n\r\nsay forms=says\r\n",
       {{2, {"said"}, {}}, {4, {"say"}, {{"forms", "says"}}}}},
      {"UTF-8 kept byte for byte",
       "\"Bashar al-Ja’afari\" side=Syria\n",
       {{1, {"Bashar al-Ja’afari"}, {{"side", "Syria"}}}}},
      {"several positional fields", "a b \"c d\"\n", {{1, {"a", "b", "c d"}, {}}}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    RuleFile file;
    Status status = RuleFile::Parse(c.content, "rules/test.txt", &file);
    INFO(status.message());
    REQUIRE(status.ok());
    CHECK(file.name() == "rules/test.txt");
    REQUIRE(file.lines().size() == c.lines.size());
    for (std::size_t i = 0; i < c.lines.size(); ++i) {
      const RuleLine& line = file.lines()[i];
      CHECK(line.number == c.lines[i].number);
      CHECK(line.positional == c.lines[i].positional);
      CHECK(KeyedOf(line) == c.lines[i].keyed);
    }
  }
}

TEST_CASE("RuleFile::Parse keeps each line's text as written, without its line end", "[base]") {
  RuleFile file;
  REQUIRE(RuleFile::Parse("  said  # past\r\nsay forms=says\n", "rules/cues.txt", &file).ok());
  REQUIRE(file.lines().size() == 2);
  CHECK(file.lines()[0].text == "  said  # past");
  CHECK(file.lines()[1].text == "say forms=says");
}

TEST_CASE("RuleLine looks up keyed fields", "[base]") {
  RuleFile file;
  REQUIRE(RuleFile::Parse("x k=1 other=o k=2\n", "rules/test.txt", &file).ok());
  const RuleLine& line = file.lines().at(0);
  CHECK(line.Values("k") == std::vector<std::string>{"1", "2"});
  CHECK(line.Value("k") == "2");  // the last one wins
  CHECK(line.Value("other") == "o");
  CHECK(line.Value("missing") == "");
  CHECK(line.Value("missing", "fallback") == "fallback");
  CHECK(line.Has("k"));
  CHECK_FALSE(line.Has("missing"));
  CHECK(line.Values("missing").empty());
}

TEST_CASE("RuleFile::Parse errors name the file and line, then show the line", "[base]") {
  struct Case {
    std::string content;
    std::string message;
  };
  const Case cases[] = {
      {"\"according to\n",
       "rules/cues.txt:1: unterminated quote\n"
       "    \"according to"},
      {"say forms=\"says,said\n",
       "rules/cues.txt:1: unterminated quote\n"
       "    say forms=\"says,said"},
      {"\"ends in a backslash\\\n",
       "rules/cues.txt:1: unterminated quote\n"
       "    \"ends in a backslash\\"},
      {"say =says\n",
       "rules/cues.txt:1: '=' without a field name\n"
       "    say =says"},
      {"say forms=\n",
       "rules/cues.txt:1: empty value for 'forms'\n"
       "    say forms="},
      {"say forms= stance=deny\n",
       "rules/cues.txt:1: empty value for 'forms'\n"
       "    say forms= stance=deny"},
      {"say forms=\"\"\n",
       "rules/cues.txt:1: empty value for 'forms'\n"
       "    say forms=\"\""},
      {"sa\"id\"\n",
       "rules/cues.txt:1: quote inside a word\n"
       "    sa\"id\""},
      {"\"according to\"frame=according\n",
       "rules/cues.txt:1: missing space after a field\n"
       "    \"according to\"frame=according"},
      {"x name=\"the Pentagon\"s\n",
       "rules/cues.txt:1: missing space after a field\n"
       "    x name=\"the Pentagon\"s"},
      {"# cues\n\nsaid\n\"open\n",
       "rules/cues.txt:4: unterminated quote\n"
       "    \"open"},
      {"said\r\n\"open\r\n",
       "rules/cues.txt:2: unterminated quote\n"
       "    \"open"},
  };
  for (const Case& c : cases) {
    INFO(c.content);
    RuleFile file;
    Status status = RuleFile::Parse(c.content, "rules/cues.txt", &file);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message() == c.message);
  }
}

TEST_CASE("RuleFile::Parse reports every mistake in a file, one per line", "[base]") {
  RuleFile file;
  Status status = RuleFile::Parse(
      "say forms=\n"   // 1: empty value
      "said\n"         // 2: fine
      "\"open\n"       // 3: unterminated quote
      "# a comment\n"  // 4
      "=deny\n",       // 5: '=' without a name
      "rules/cues.txt", &file);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() ==
        "rules/cues.txt:1: empty value for 'forms'\n"
        "    say forms=\n"
        "rules/cues.txt:3: unterminated quote\n"
        "    \"open\n"
        "rules/cues.txt:5: '=' without a field name\n"
        "    =deny");
}

TEST_CASE("RuleFile::CheckKeys names each unknown field", "[base]") {
  RuleFile file;
  REQUIRE(RuleFile::Parse("# cues\n"
                          "deny forms=denies stance=deny\n"
                          "deny forms=denies stnce=deny\n"
                          "deny form=denies stnce=deny\n",
                          "rules/cues.txt", &file)
              .ok());
  REQUIRE(file.lines().size() == 3);
  const std::vector<std::string_view> allowed = {"forms", "stance", "frame"};
  CHECK(file.CheckKeys(file.lines()[0], allowed).ok());
  Status one = file.CheckKeys(file.lines()[1], allowed);
  REQUIRE_FALSE(one.ok());
  CHECK(one.message() ==
        "rules/cues.txt:3: unknown field 'stnce'\n"
        "    deny forms=denies stnce=deny");
  Status two = file.CheckKeys(file.lines()[2], allowed);
  REQUIRE_FALSE(two.ok());
  CHECK(two.message() ==
        "rules/cues.txt:4: unknown field 'form'\n"
        "    deny form=denies stnce=deny\n"
        "rules/cues.txt:4: unknown field 'stnce'\n"
        "    deny form=denies stnce=deny");
  // Positional fields are not keys: a line of them passes with none allowed.
  RuleFile words;
  REQUIRE(RuleFile::Parse("\"according to\" said\n", "rules/cues.txt", &words).ok());
  CHECK(words.CheckKeys(words.lines().at(0), {}).ok());
}

TEST_CASE("RuleFile::ErrorAt formats a loader's own problem", "[base]") {
  RuleFile file;
  REQUIRE(RuleFile::Parse("\n\nsay frame=speach\n", "rules/cues.txt", &file).ok());
  CHECK(file.ErrorAt(file.lines().at(0), "unknown frame 'speach'") ==
        "rules/cues.txt:3: unknown frame 'speach'\n"
        "    say frame=speach");
}

TEST_CASE("JoinErrors keeps failures only, one per line", "[base]") {
  CHECK(JoinErrors({}).ok());
  CHECK(JoinErrors({Status::Ok(), Status::Ok()}).ok());
  Status joined = JoinErrors({Status::Error("a:1: x"), Status::Ok(), Status::Error("a:2: y")});
  REQUIRE_FALSE(joined.ok());
  CHECK(joined.message() == "a:1: x\na:2: y");
}

TEST_CASE("RuleFile::Read reads a file, or says which one it cannot", "[base]") {
  std::random_device random;
  fs::path dir = fs::temp_directory_path() / ("claimtrack_rule_file_test_" +
                                              std::to_string(random()) + std::to_string(random()));
  fs::create_directories(dir);
  std::string path = (dir / "cues.txt").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "# cues\nsay forms=says\n";
  }
  RuleFile file;
  Status status = RuleFile::Read(path, "rules/cues.txt", &file);
  CHECK(status.ok());
  REQUIRE(file.lines().size() == 1);
  CHECK(file.lines()[0].number == 2);

  std::string missing = (dir / "missing.txt").string();
  status = RuleFile::Read(missing, "rules/missing.txt", &file);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == "rules/missing.txt: cannot read rule file '" + missing + "'");

  status = RuleFile::Read(missing, "rules/missing.txt", &file, /*optional=*/true);
  CHECK(status.ok());
  CHECK(file.lines().empty());
  CHECK(file.name() == "rules/missing.txt");

  std::error_code ignored;
  fs::remove_all(dir, ignored);
}

}  // namespace
}  // namespace claimtrack
