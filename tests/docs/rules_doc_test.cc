// Tests that docs/rules.md tells the truth about rules/:
//   - every example entry it shows (a ```text block after a line
//     `<!-- rules: FILE -->`) loads when added to a copy of rules/FILE;
//   - every file in rules/ has a section (a `## ` heading naming it) and an
//     example;
//   - every mistake it shows (a ```text block after
//     `<!-- rules-mistake: FILE:LINE COMMAND -->`, put on line LINE of FILE,
//     then a ```text block with what the program prints) makes that command
//     print exactly that, exit with status 1 and leave no store behind.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "../cli/run_binary.h"
#include "base/rule_file.h"
#include "extract/extraction_rules.h"
#include "match/matching_rules.h"

namespace claimtrack {
namespace {

namespace fs = std::filesystem;

const fs::path kRulesDoc = fs::path(CLAIMTRACK_DOCS_DIR) / "rules.md";
const fs::path kRulesDir = CLAIMTRACK_SOURCE_RULES_DIR;

// One ```text block of docs/rules.md and the marker before it.
struct DocBlock {
  int line = 0;         // line of the marker in rules.md, for messages
  std::string file;     // "cues.txt"
  int target_line = 0;  // rules-mistake only: the line of FILE it replaces
  std::string command;  // rules-mistake only: "ingest" or "match"
  std::string text;     // the block's lines, each ending in '\n'
  std::string output;   // rules-mistake only: the block after it
};

struct ParsedDoc {
  std::vector<std::string> lines;
  std::vector<DocBlock> examples;
  std::vector<DocBlock> mistakes;
  std::vector<std::string> problems;  // malformed markers, as "rules.md:LINE: ..."
};

// Reads the ```text block that starts at or after lines[*i]; leaves *i after
// its closing fence. Before the block, blank lines are skipped, and with
// `prose_before` also text, but never a heading or another marker.
bool ReadTextBlock(const std::vector<std::string>& lines, std::size_t* i, std::string* text,
                   bool prose_before = false) {
  while (*i < lines.size() && lines[*i] != "```text") {
    const std::string& line = lines[*i];
    bool blank = line.find_first_not_of(" \t") == std::string::npos;
    if (!blank && (!prose_before || line.rfind("#", 0) == 0 || line.rfind("<!--", 0) == 0 ||
                   line.rfind("```", 0) == 0)) {
      return false;
    }
    ++*i;
  }
  if (*i >= lines.size() || lines[*i] != "```text") return false;
  text->clear();
  for (++*i; *i < lines.size(); ++*i) {
    if (lines[*i] == "```") {
      ++*i;
      return true;
    }
    *text += lines[*i] + "\n";
  }
  return false;
}

ParsedDoc ParseRulesDoc() {
  ParsedDoc doc;
  std::ifstream in(kRulesDoc, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    doc.lines.push_back(line);
  }
  static const std::regex kExample(R"(^<!-- rules: ([A-Za-z0-9_.-]+) -->$)");
  static const std::regex kMistake(
      R"(^<!-- rules-mistake: ([A-Za-z0-9_.-]+):([0-9]+) (ingest|match) -->$)");
  for (std::size_t i = 0; i < doc.lines.size();) {
    std::smatch match;
    const std::string& current = doc.lines[i];
    std::string where = "rules.md:" + std::to_string(i + 1) + ": ";
    if (std::regex_match(current, match, kExample)) {
      DocBlock block;
      block.line = static_cast<int>(i + 1);
      block.file = match[1];
      ++i;
      if (!ReadTextBlock(doc.lines, &i, &block.text)) {
        doc.problems.push_back(where + "expected a ```text block after the marker");
        continue;
      }
      doc.examples.push_back(block);
    } else if (std::regex_match(current, match, kMistake)) {
      DocBlock block;
      block.line = static_cast<int>(i + 1);
      block.file = match[1];
      block.target_line = std::stoi(match[2]);
      block.command = match[3];
      ++i;
      if (!ReadTextBlock(doc.lines, &i, &block.text) ||
          !ReadTextBlock(doc.lines, &i, &block.output, /*prose_before=*/true)) {
        doc.problems.push_back(where +
                               "expected a ```text block with the line, then one with the output");
        continue;
      }
      doc.mistakes.push_back(block);
    } else {
      if (current.find("<!-- rules") != std::string::npos) {
        doc.problems.push_back(where + "malformed marker: " + current);
      }
      ++i;
    }
  }
  return doc;
}

// The .txt files of rules/, sorted.
std::vector<std::string> RuleFileNames() {
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(kRulesDir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void WriteAll(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

// A copy of rules/ named "rules" inside `dir` (so messages read
// "rules/cues.txt:12: ..."); returns its path.
fs::path CopyRules(const fs::path& dir) {
  fs::path copy = dir / "rules";
  fs::copy(kRulesDir, copy, fs::copy_options::recursive);
  return copy;
}

TEST_CASE("docs/rules.md examples are well formed and name files in rules/", "[docs]") {
  ParsedDoc doc = ParseRulesDoc();
  REQUIRE_FALSE(doc.lines.empty());
  for (const std::string& problem : doc.problems) FAIL_CHECK(problem);
  CHECK_FALSE(doc.examples.empty());
  CHECK_FALSE(doc.mistakes.empty());
  for (const DocBlock& example : doc.examples) {
    INFO("rules.md:" << example.line << ": example for " << example.file);
    CHECK(fs::is_regular_file(kRulesDir / example.file));
    // An example shows at least one entry, not only comments.
    RuleFile parsed;
    REQUIRE(RuleFile::Parse(example.text, "example", &parsed).ok());
    CHECK_FALSE(parsed.lines().empty());
  }
}

TEST_CASE("every file in rules/ has a section and an example in docs/rules.md", "[docs]") {
  ParsedDoc doc = ParseRulesDoc();
  std::vector<std::string> names = RuleFileNames();
  REQUIRE_FALSE(names.empty());
  for (const std::string& name : names) {
    INFO(name);
    bool heading = false;
    for (const std::string& line : doc.lines) {
      heading = heading ||
                (line.rfind("## ", 0) == 0 && line.find("`" + name + "`") != std::string::npos);
    }
    CHECK(heading);
    bool example = false;
    for (const DocBlock& block : doc.examples) example = example || block.file == name;
    CHECK(example);
  }
}

TEST_CASE("every example in docs/rules.md loads when added to rules/", "[docs]") {
  ParsedDoc doc = ParseRulesDoc();
  for (const DocBlock& example : doc.examples) {
    INFO("rules.md:" << example.line << ": example for " << example.file << ":\n" << example.text);
    test::TempDir dir;
    fs::path rules = CopyRules(dir.path());
    fs::path file = rules / example.file;
    std::string content = ReadAll(file);
    if (!content.empty() && content.back() != '\n') content += '\n';
    WriteAll(file, content + example.text);

    ExtractionRules extraction;
    Status status = ExtractionRules::Load(rules.string(), &extraction);
    INFO(status.message());
    CHECK(status.ok());
    MatchingRules matching;
    status = MatchingRules::Load(rules.string(), &matching);
    INFO(status.message());
    CHECK(status.ok());
  }
}

TEST_CASE("every mistake in docs/rules.md is reported as shown and changes nothing", "[docs]") {
  ParsedDoc doc = ParseRulesDoc();
  for (const DocBlock& mistake : doc.mistakes) {
    INFO("rules.md:" << mistake.line << ": mistake on " << mistake.file << ":"
                     << mistake.target_line);
    test::TempDir dir;
    fs::path rules = CopyRules(dir.path());
    fs::path file = rules / mistake.file;
    // Replace line `target_line` of the file by the documented line.
    std::istringstream in(ReadAll(file));
    std::string content;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      content += number == mistake.target_line ? mistake.text : line + "\n";
    }
    REQUIRE(number >= mistake.target_line);
    WriteAll(file, content);

    std::string db = dir.File("claims.sqlite");
    std::vector<std::string> args = {mistake.command, "--rules", rules.string(), "--db", db};
    if (mistake.command == "ingest") {
      args.push_back(
          dir.Write("article.txt", "The ministry said on Monday that talks would go on.\n"));
    }
    test::ProcessResult result = test::RunClaimtrack(args);
    CHECK(result.exit_code == 1);
    CHECK(result.err == mistake.output);
    CHECK(result.out.empty());
    CHECK_FALSE(fs::exists(db));
  }
}

}  // namespace
}  // namespace claimtrack
