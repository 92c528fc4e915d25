// `claimtrack claims`: every stored claim, as text or jsonl.
#include <iostream>
#include <memory>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "report/reporter.h"
#include "store/claim_store.h"

namespace claimtrack {

int RunClaims(const std::vector<std::string>& args) {
  std::string db = kDefaultStore;
  std::string format = "text";
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "format", po::value(&format)->default_value("text"), "text|jsonl");
  po::variables_map values;
  int parsed = ParseCommandLine("claims", "[--db FILE] [--format text|jsonl]", description, {}, args,
                                &values);
  if (parsed >= 0) return parsed;
  if (format != "text" && format != "jsonl") {
    std::cerr << "claimtrack claims: unknown format '" << format << "' (expected text|jsonl)\n";
    return 2;
  }
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status.message());
  std::vector<Claim> claims;
  status = store->LoadClaims(&claims);
  if (!status.ok()) return Fail(status.message());
  if (format == "jsonl") {
    WriteClaimsJsonl(claims, std::cout);
  } else {
    WriteClaimsText(claims, std::cout);
  }
  return 0;
}

}  // namespace claimtrack
