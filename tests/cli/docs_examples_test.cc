// Tests that docs/cli.md and docs/scaling.md tell the truth: every example
// block runs, and every flag each subcommand's --help lists is documented in
// docs/cli.md with the same default.
//
// An example block is a ```sh fence right after a line `<!-- example -->`.
// The blocks run in document order with /bin/sh from the repository root,
// sharing one temporary store in $STORE, with `claimtrack` on PATH meaning
// the built program; each must exit 0 (the script runs under `set -e`), and
// its standard output must contain the TEXT of every `# expect: TEXT` line
// inside it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "run_binary.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

const fs::path kCliDoc = fs::path(CLAIMTRACK_DOCS_DIR) / "cli.md";
const fs::path kRepoRoot = fs::path(CLAIMTRACK_TEST_DATA_DIR) / ".." / "..";
constexpr char kExampleMarker[] = "<!-- example -->";
constexpr char kExpectPrefix[] = "# expect: ";

struct Example {
  int line = 0;  // of the opening fence, 1-based
  std::string script;
  std::vector<std::string> expected;  // texts of the `# expect:` lines
};

std::string Trim(const std::string& text) {
  std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

// The example blocks of `markdown`. A marker not followed by a ```sh fence,
// or a fence that is never closed, is an error in `problems`.
std::vector<Example> FindExamples(const std::string& markdown, std::vector<std::string>* problems) {
  std::vector<std::string> lines;
  std::istringstream in(markdown);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<Example> examples;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (Trim(lines[i]) != kExampleMarker) continue;
    std::size_t fence = i + 1;
    while (fence < lines.size() && Trim(lines[fence]).empty()) ++fence;
    if (fence == lines.size() || Trim(lines[fence]) != "```sh") {
      problems->push_back("line " + std::to_string(i + 1) + ": " + kExampleMarker +
                          " is not followed by a ```sh block");
      continue;
    }
    Example example;
    example.line = static_cast<int>(fence + 1);
    std::size_t end = fence + 1;
    for (; end < lines.size() && !Trim(lines[end]).starts_with("```"); ++end) {
      example.script += lines[end] + "\n";
      std::string trimmed = Trim(lines[end]);
      if (trimmed.starts_with(kExpectPrefix)) {
        example.expected.push_back(trimmed.substr(std::string(kExpectPrefix).size()));
      }
    }
    if (end == lines.size()) {
      problems->push_back("line " + std::to_string(example.line) + ": unclosed ```sh block");
      break;
    }
    examples.push_back(std::move(example));
    i = end;
  }
  return examples;
}

// `text` quoted for the shell.
std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The part of `markdown` from the heading "## `claimtrack NAME`" up to the
// next "## " heading; "" when there is no such heading.
std::string SubcommandSection(const std::string& markdown, const std::string& name) {
  std::string heading = "## `claimtrack " + name + "`";
  std::size_t begin = markdown.find("\n" + heading + "\n");
  if (begin == std::string::npos) return "";
  std::size_t end = markdown.find("\n## ", begin + 1);
  return markdown.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

// The table row of `section` whose first cell names `flag` ("| `-o`,
// `--output FILE` | ..."), or "" when there is none.
std::string FlagRow(const std::string& section, const std::string& flag) {
  std::istringstream lines(section);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("|")) continue;
    std::string first_cell = line.substr(0, line.find('|', 1));
    if (first_cell.find("`" + flag + "`") != std::string::npos ||
        first_cell.find("`" + flag + " ") != std::string::npos) {
      return line;
    }
  }
  return "";
}

// Runs every example of the document `doc` in order, sharing one $STORE,
// and checks each; `minimum` is how many examples it has at least.
void CheckExamples(const fs::path& doc, std::size_t minimum) {
  std::string markdown = ReadFile(doc);
  REQUIRE_FALSE(markdown.empty());
  std::vector<std::string> problems;
  std::vector<Example> examples = FindExamples(markdown, &problems);
  CHECK(problems == std::vector<std::string>{});
  REQUIRE(examples.size() >= minimum);

  TempDir dir;
  fs::create_directory(dir.path() / "bin");
  fs::create_symlink(CLAIMTRACK_BINARY, dir.path() / "bin" / "claimtrack");
  const std::string prelude = "set -e\nPATH=" + ShellQuote((dir.path() / "bin").string()) +
                              ":\"$PATH\"\nSTORE=" + ShellQuote(dir.File("store.sqlite")) +
                              "\nexport PATH STORE\n";
  ProcessOptions options;
  options.working_dir = kRepoRoot.string();
  for (const Example& example : examples) {
    ProcessResult run = RunProcess({"/bin/sh", "-c", prelude + example.script}, options);
    INFO("docs/" << doc.filename().string() << ":" << example.line << ":\n"
                 << example.script << "--- exit " << run.exit_code
                 << (run.timed_out ? " (timed out)" : "") << "\n--- stdout:\n"
                 << run.out << "\n--- stderr:\n"
                 << run.err);
    CHECK(run.exit_code == 0);
    for (const std::string& text : example.expected) {
      INFO("expected: " << text);
      CHECK_THAT(run.out, Catch::Matchers::Contains(text));
    }
  }
}

}  // namespace

TEST_CASE("FindExamples reads marked sh blocks and their expectations", "[docs]") {
  std::vector<std::string> problems;
  std::vector<Example> examples = FindExamples(
      "text\n<!-- example -->\n```sh\necho hi\n# expect: hi\n```\n"
      "```sh\nnot an example\n```\n<!-- example -->\n\n```text\nno\n```\n",
      &problems);
  REQUIRE(examples.size() == 1);
  CHECK(examples[0].line == 3);
  CHECK(examples[0].script == "echo hi\n# expect: hi\n");
  CHECK(examples[0].expected == std::vector<std::string>{"hi"});
  CHECK(problems == std::vector<std::string>{"line 10: <!-- example --> is not followed by a "
                                             "```sh block"});
}

TEST_CASE("every example in docs/cli.md runs and prints what it expects", "[docs]") {
  CheckExamples(kCliDoc, 5);
}

TEST_CASE("every example in docs/scaling.md runs and prints what it expects", "[docs]") {
  CheckExamples(fs::path(CLAIMTRACK_DOCS_DIR) / "scaling.md", 2);
}

TEST_CASE("docs/cli.md documents every flag of every subcommand with its default", "[docs]") {
  std::string markdown = ReadFile(kCliDoc);
  REQUIRE_FALSE(markdown.empty());
  std::vector<std::string> subcommands = ListedSubcommands();
  REQUIRE_FALSE(subcommands.empty());
  // "--db arg (=claims.sqlite)" in Boost.Program_options' --help.
  const std::regex flag_pattern(R"((--[a-z][a-z-]*)( arg)?( \(=([^)]*)\))?)");
  for (const std::string& name : subcommands) {
    INFO("claimtrack " << name);
    std::string section = SubcommandSection(markdown, name);
    REQUIRE_FALSE(section.empty());  // no heading "## `claimtrack NAME`"
    ProcessResult help = RunClaimtrack({name, "--help"});
    REQUIRE(help.exit_code == 0);
    for (std::sregex_iterator it(help.out.begin(), help.out.end(), flag_pattern), end; it != end;
         ++it) {
      const std::string flag = (*it)[1];
      INFO("flag " << flag);
      std::string row = FlagRow(section, flag);
      INFO("row: " << row);
      CHECK_FALSE(row.empty());
      // --rules' default is a path that depends on where claimtrack was built.
      if (row.empty() || !(*it)[3].matched || flag == "--rules") continue;
      const std::string default_value = (*it)[4];
      CHECK(row.find("`" + default_value + "`") != std::string::npos);
    }
  }
}

}  // namespace claimtrack::test
