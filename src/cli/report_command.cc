// `claimtrack report`: the disputed claims, side by side, in a chosen format.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "report/reporter.h"
#include "store/claim_store.h"

namespace claimtrack {

namespace {

struct ReportFlags {
  std::string db = kDefaultStore;
  std::string format = "text";
  std::string output;
  double min_score = 0;
};

std::string FormatList() {
  std::string list;
  for (std::string_view format : ReportFormats()) {
    if (!list.empty()) list += "|";
    list += format;
  }
  return list;
}

}  // namespace

int RunReport(const std::vector<std::string>& args) {
  ReportFlags flags;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&flags.db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "format", po::value(&flags.format)->default_value("text"), FormatList().c_str())(
      "output,o", po::value(&flags.output), "write to FILE instead of standard output")(
      "min-score", po::value(&flags.min_score)->default_value(0.0),
      "only disputes scoring at least this (0 to 1)");
  po::variables_map values;
  int parsed = ParseCommandLine("report", "[--db FILE] [--format " + FormatList() + "] [--output FILE]",
                                description, {}, args, &values);
  if (parsed >= 0) return parsed;
  int width = flags.output.empty() ? TerminalWidth() : 0;
  std::unique_ptr<Reporter> reporter = MakeReporter(flags.format, width > 0 ? width : 100);
  if (!reporter) {
    std::cerr << "claimtrack report: unknown format '" << flags.format << "' (expected "
              << FormatList() << ")\n";
    return 2;
  }

  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(flags.db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status.message());
  ReportInput input;
  std::vector<Dispute> disputes;
  std::vector<Claim> claims;
  std::map<std::string, StoredDocument> documents;
  for (Status s : {store->LoadDisputes(&disputes), store->LoadClaims(&claims),
                   store->LoadDocuments(&documents), store->LoadSourceSides(&input.sides)}) {
    if (!s.ok()) return Fail(s.message());
  }
  for (Dispute& dispute : disputes) {
    if (dispute.score >= flags.min_score) input.disputes.push_back(std::move(dispute));
  }
  for (Claim& claim : claims) input.claims.emplace(claim.id, std::move(claim));
  for (auto& [doc, document] : documents) input.articles.emplace(doc, std::move(document.article));

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
