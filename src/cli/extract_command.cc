// `claimtrack extract`: articles in, claims lines out (ingest/claims_jsonl.h),
// with no store. It is the map step for splitting a corpus across machines
// (docs/scaling.md): every input line is read on its own, so any subset of a
// jsonl corpus's lines can go to any task, and `ingest --claims` loads what
// the tasks wrote.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "extract/claim_extractor.h"
#include "ingest/article_reader.h"
#include "ingest/claims_jsonl.h"
#include "ingest/post_splitter.h"

namespace claimtrack {

namespace {

struct ExtractFlags {
  std::vector<std::string> rules;
  // Inputs as for `ingest`; none means standard input.
  std::vector<std::string> paths;
  // How standard input ("-") is read: "jsonl", one article per line (what a
  // map task is given), or "text", one article (as `ingest -` reads it).
  std::string stdin_format = "jsonl";
};

// Prints on standard error, as they come, the reader's messages not printed
// yet, so that a long run names a bad line while it runs.
class ReportPrinter {
 public:
  explicit ReportPrinter(const ReadReport& report) : report_(report) {}

  void PrintNew() {
    for (; warnings_ < report_.warnings.size(); ++warnings_) {
      std::cerr << "claimtrack: warning: " << report_.warnings[warnings_] << "\n";
    }
    for (; problems_ < report_.problems.size(); ++problems_) {
      std::cerr << "claimtrack: skipped " << report_.problems[problems_] << "\n";
    }
  }

 private:
  const ReadReport& report_;
  std::size_t warnings_ = 0;
  std::size_t problems_ = 0;
};

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  ExtractFlags flags;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "path", po::value(&flags.paths)->multitoken(),
      ".txt files, folders of them, .jsonl files (one article per line), or - for stdin "
      "(default: -)")("stdin", po::value(&flags.stdin_format)->default_value("jsonl"),
                      "how standard input is read: jsonl (one article per line) or text (one "
                      "article)");
  AddRulesOption(&description, &flags.rules);
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map values;
  int parsed = ParseCommandLine("extract", "[--rules DIR]... [--stdin jsonl|text] [PATH...]",
                                description, positional, args, &values);
  if (parsed >= 0) return parsed;
  if (flags.stdin_format != "jsonl" && flags.stdin_format != "text") {
    std::cerr << "claimtrack extract: --stdin is '" << flags.stdin_format
              << "'; expected jsonl or text\nTry 'claimtrack extract --help'.\n";
    return 2;
  }
  if (flags.paths.empty()) flags.paths.push_back("-");

  FinishRulesDirs(&flags.rules);
  ExtractionRules rules;
  Status status = ExtractionRules::Load(flags.rules, &rules);
  if (!status.ok()) return Fail("invalid rules, nothing extracted:\n" + status.message());
  std::unique_ptr<ClaimExtractor> extractor;
  status = ClaimExtractor::Create(std::move(rules), &extractor);
  if (!status.ok()) return Fail(status.message());

  long articles = 0, claims_found = 0;
  long long bytes = 0;
  bool write_failed = false;
  ReadReport report;
  ReportPrinter printer(report);
  {
    Progress progress("extract");
    ArticleSink sink = [&](Article&& page) {
      bytes += static_cast<long long>(page.text.size());
      for (const Article& article : SplitPosts(page)) {
        std::vector<Claim> claims = extractor->Extract(article);
        // Flushed per article: a consumer (a streaming job, `ingest --claims
        // -`) gets each article whole as soon as it is done.
        std::cout << ClaimsLine(article, claims) << '\n' << std::flush;
        if (!std::cout) {
          write_failed = true;
          return false;
        }
        ++articles;
        claims_found += static_cast<long>(claims.size());
      }
      printer.PrintNew();
      progress.Update(articles, bytes, claims_found, "claims");
      return true;
    };
    for (const std::string& path : flags.paths) {
      if (report.stopped) break;
      if (path != "-" || flags.stdin_format == "text") {
        ReadArticles({path}, std::cin, sink, &report);
      } else {
        std::size_t problems = report.problems.size();
        ReadJsonlArticles(std::cin, "stdin", sink, &report);
        // Standard input without a line that is not blank is no problem
        // here: a task given no lines (Spark pipes every partition, empty
        // ones too) has nothing to extract.
        if (report.problems.size() == problems + 1 &&
            report.problems.back() == "stdin: empty file") {
          report.problems.pop_back();
        }
      }
    }
  }
  printer.PrintNew();
  if (write_failed) {
    std::cerr << "claimtrack: standard output: write error; stopped after " << articles
              << (articles == 1 ? " article" : " articles") << "\n";
  }
  long skipped = static_cast<long>(report.problems.size());
  std::cerr << "extracted " << articles << (articles == 1 ? " article, " : " articles, ")
            << claims_found << (claims_found == 1 ? " claim" : " claims");
  if (skipped > 0) std::cerr << "; " << skipped << " skipped";
  std::cerr << "\n";
  return skipped > 0 || write_failed ? 1 : 0;
}

}  // namespace claimtrack
