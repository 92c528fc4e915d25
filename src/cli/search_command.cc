// `claimtrack search QUERY`: the stored claims whose content matches a
// full-text query (the store's claim_search index, FTS5 syntax), best match
// first, each with the disputes it is in.
#include <iostream>
#include <memory>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "report/reporter.h"
#include "store/claim_store.h"

namespace claimtrack {

namespace {

struct SearchFlags {
  std::string db = kDefaultStore;
  int limit = 20;                  // at most this many claims are printed
  std::vector<std::string> words;  // the query, one or more arguments
};

// The query's words joined by spaces, so that `search joint mission` and
// `search "joint mission"` are the same query: both words, anywhere.
std::string JoinWords(const std::vector<std::string>& words) {
  std::string query;
  for (const std::string& word : words) {
    if (!query.empty()) query += ' ';
    query += word;
  }
  return query;
}

}  // namespace

int RunSearch(const std::vector<std::string>& args) {
  SearchFlags flags;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&flags.db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "limit", po::value(&flags.limit)->default_value(20), "print at most N claims, best first")(
      "query", po::value(&flags.words), "the full-text query (FTS5 syntax)");
  po::positional_options_description positional;
  positional.add("query", -1);
  po::variables_map values;
  int parsed = ParseCommandLine("search", "[--db FILE] [--limit N] QUERY", description, positional,
                                args, &values);
  if (parsed >= 0) return parsed;
  std::string query = JoinWords(flags.words);
  if (query.find_first_not_of(" \t") == std::string::npos || flags.limit <= 0) {
    std::cerr << "claimtrack search: expected a QUERY and a --limit of at least 1\n"
              << "Try 'claimtrack search --help'.\n";
    return 2;
  }

  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(flags.db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status.message());
  std::vector<ClaimMatch> matches;
  std::size_t total = 0;
  status = store->SearchClaims(query, static_cast<std::size_t>(flags.limit), &matches, &total);
  if (!status.ok()) return Fail(status.message());

  for (const ClaimMatch& match : matches) {
    WriteClaimsText({match.claim}, std::cout);
    if (!match.dispute_ids.empty()) {
      std::cout << "    in " << (match.dispute_ids.size() == 1 ? "dispute" : "disputes");
      for (std::size_t i = 0; i < match.dispute_ids.size(); ++i) {
        std::cout << (i == 0 ? " #" : ", #") << match.dispute_ids[i];
      }
      std::cout << '\n';
    }
    std::cout << '\n';
  }
  if (total == 0) {
    std::cout << "no claim matches '" << query << "'\n";
  } else if (matches.size() < total) {
    std::cout << "the best " << matches.size() << " of " << total << " claims matching '" << query
              << "'; --limit " << total << " shows them all\n";
  } else {
    std::cout << total << (total == 1 ? " claim matches '" : " claims match '") << query << "'\n";
  }
  return std::cout.good() ? 0 : Fail("cannot write to standard output");
}

}  // namespace claimtrack
