// `claimtrack report`: the disputed claims, side by side, in a chosen format,
// narrowed by the filter flags.
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "cli/report_filter.h"
#include "report/dispute_filter.h"
#include "report/reporter.h"
#include "store/claim_store.h"

namespace claimtrack {

namespace {

struct ReportFlags {
  std::string db = kDefaultStore;
  std::string format = "text";
  std::string output;  // "" for standard output
  DisputeFilter filter;
};

std::string FormatList() {
  std::string list;
  for (std::string_view format : ReportFormats()) {
    if (!list.empty()) list += "|";
    list += format;
  }
  return list;
}

// Colour only for a person at a terminal: standard output is one, and
// neither NO_COLOR (https://no-color.org: set and not empty) nor TERM=dumb
// asks for none.
bool WantColor(const ReportFlags& flags) {
  if (!flags.output.empty() || !IsTerminal(STDOUT_FILENO)) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  return !(term != nullptr && std::string_view(term) == "dumb");
}

}  // namespace

int RunReport(const std::vector<std::string>& args) {
  ReportFlags flags;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&flags.db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "format", po::value(&flags.format)->default_value("text"),
      (FormatList() +
       ": text is for the terminal (grouped by topic, wrapped to its width, coloured "
       "unless NO_COLOR is set or the output is not a terminal); html is one "
       "self-contained page with filters, search and a timeline; csv has one row per "
       "claim in a dispute")
          .c_str())("output,o", po::value(&flags.output),
                    "write to FILE instead of standard output");
  description.add(FilterOptions(&flags.filter));
  po::variables_map values;
  int parsed = ParseCommandLine(
      "report", "[--db FILE] [--format " + FormatList() + "] [--output FILE] [FILTERS]",
      description, {}, args, &values);
  if (parsed >= 0) return parsed;
  if (Status checked = flags.filter.Check(); !checked.ok()) {
    std::cerr << "claimtrack report: " << checked.message() << "\n";
    return 2;
  }
  ReportOptions options;
  options.width = flags.output.empty() ? TerminalWidth() : 0;
  if (options.width <= 0) options.width = 100;
  options.color = WantColor(flags);
  std::unique_ptr<Reporter> reporter = MakeReporter(flags.format, options);
  if (!reporter) {
    std::cerr << "claimtrack report: unknown format '" << flags.format << "' (expected "
              << FormatList() << ")\n";
    return 2;
  }

  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(flags.db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status.message());
  ReportInput input;
  std::vector<Claim> claims;
  std::map<std::string, StoredDocument> documents;
  for (Status s : {store->LoadDisputes(&input.disputes), store->LoadClaims(&claims),
                   store->LoadDocuments(&documents), store->LoadSourceSides(&input.sides)}) {
    if (!s.ok()) return Fail(s.message());
  }
  for (Claim& claim : claims) input.claims.emplace(claim.id, std::move(claim));
  for (auto& [doc, document] : documents) input.articles.emplace(doc, std::move(document.article));
  flags.filter.Apply(&input);

  // The text of the articles the remaining disputes quote, for the html
  // report's sentences; the other formats only need the metadata.
  if (flags.format == "html") {
    std::set<std::string> docs;
    for (const Dispute& dispute : input.disputes) {
      for (const DisputeMember& member : dispute.members) {
        if (auto it = input.claims.find(member.claim_id); it != input.claims.end()) {
          docs.insert(it->second.doc);
        }
      }
    }
    for (const std::string& doc : docs) {
      StoredDocument document;
      if (Status s = store->LoadDocument(doc, &document); !s.ok()) return Fail(s.message());
      input.articles[doc].text = std::move(document.article.text);
    }
  }

  if (flags.output.empty()) {
    reporter->Write(input, std::cout);
    return std::cout.good() ? 0 : Fail("cannot write the report to standard output");
  }
  std::ostringstream buffer;
  reporter->Write(input, buffer);
  std::ofstream out(flags.output, std::ios::binary | std::ios::trunc);
  out << buffer.str();
  out.close();
  if (!out) return Fail(flags.output + ": cannot write the report");
  return 0;
}

}  // namespace claimtrack
