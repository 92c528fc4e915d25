// `claimtrack match`: find disputes among the stored claims, all of them (a
// full match) or only the claims stored since the last match (incremental).
#include <malloc.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>

#include "base/rule_file.h"
#include "cli/cli_options.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "cli/store_claim_source.h"
#include "match/dispute_finder.h"
#include "match/incremental_match.h"
#include "match/match_claims.h"
#include "match/matching_rules.h"
#include "store/claim_store.h"

namespace claimtrack {
namespace {

struct MatchFlags {
  std::string db = kDefaultStore;
  std::vector<std::string> rules_dirs;
  MatchOptions options;
  bool full = false;  // --full: match every claim even when an incremental match would do
};

// What the results depend on besides the claims: every file of the rules
// folders (names and contents, in order) and the program's matcher. Two
// matches with the same fingerprint and block limit find the same disputes
// in the same claims.
std::string RulesFingerprint(const std::vector<std::string>& dirs) {
  std::string all = "claimtrack " CLAIMTRACK_VERSION " matcher " + std::to_string(kMatcherRevision) + '\n';
  for (const std::string& dir : dirs) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    all += dir + '\n';
    for (const std::filesystem::path& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      all += file.filename().string() + '\n' + ContentHash(text.str()) + '\n';
    }
  }
  return ContentHash(all);
}

// The store size rounded up as ClaimFeatures rounds it for the word weights.
std::int64_t WeightBase(std::int64_t claims) {
  std::int64_t base = 64;
  while (base < claims) base *= 2;
  return base;
}

// Why this match must look at every claim; empty when an incremental match
// gives what a full one would (up to the differences in docs/cli.md).
std::string FullMatchReason(const MatchFlags& flags, const MatchState& state,
                            const std::string& fingerprint) {
  if (flags.full) return "--full";
  if (!state.recorded) return "no earlier match recorded";
  if (state.stale) return "claims were deleted or changed since the last match";
  if (state.rules != fingerprint) return "the rules changed since the last match";
  if (state.block_limit != static_cast<std::int64_t>(flags.options.block_limit)) {
    return "--block-limit changed since the last match";
  }
  // Every weight depends on the store size rounded to a power of two.
  if (WeightBase(state.claims) != WeightBase(state.claims_now)) {
    return "the store grew past " + std::to_string(WeightBase(state.claims)) + " claims";
  }
  return "";
}

// `reason`: why a full match, printed when an incremental one was possible
// in principle (an earlier match was recorded, or --full).
int RunFullMatch(const MatchFlags& flags, const MatchingRules& rules, const Antonyms& antonyms,
                 const std::string& fingerprint, const std::string& reason, ClaimStore* store) {
  // A progress line on a terminal: the stage, the share done, the time left.
  std::optional<Progress> progress(std::in_place, "match");
  progress->Step("loading claims", 0.0);
  // Only the fields matching reads, one claim at a time, and no content
  // once read: a store's claims as Claims would be several times the size.
  StoreClaimSource claims(store);
  // Large buffers from mmap, at a fixed threshold: each one freed (a part's
  // contents, the SQLite sort, the articles' names, the features once the
  // rules are done) goes back to the system at once. glibc's default
  // threshold rises after the first such free, so later ones came from the
  // heap, where what is freed stays resident unless reused (the peak on the
  // 1 GB store fell from 287-292 to 280 MiB).
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  std::string count;
  MatchOptions options = flags.options;
  options.progress = [&](const char* stage, double done) {
    if (claims.claims() > 0) count = std::to_string(claims.claims()) + " claims: ";
    progress->Step(count + stage, done);
  };
  options.export_words = true;

  MatchResult result;
  Status status = DisputeFinder(rules, antonyms, options).Find(claims, &result);
  if (!status.ok()) return Fail(status.message());
  progress->Step(count + "storing disputes", 0.95);
  // Forget the old state first: a match killed between the two transactions
  // then leaves none, and the next match is a full one.
  status = store->ClearMatchState();
  if (status.ok()) status = store->ReplaceDisputes(&result.disputes, result.source_sides);
  if (status.ok()) {
    MatchState state;
    state.claims = static_cast<std::int64_t>(claims.claims());
    state.last_claim_id = claims.last_claim_id();
    state.rules = fingerprint;
    state.block_limit = static_cast<std::int64_t>(flags.options.block_limit);
    MatchWordIndex words{std::move(result.word_df), std::move(result.postings), {}};
    progress->Step(count + "storing the word index", 0.98);
    status = store->WriteMatchIndex(words, state);
  }
  progress.reset();  // clears the line before the summary
  if (!status.ok()) return Fail(status.message());
  std::cout << "matched " << claims.claims() << " claims: " << result.disputes.size()
            << " disputes (" << flags.db << ")\n";
  if (!reason.empty()) std::cout << "full match: " << reason << "\n";
  return 0;
}

int RunIncrementalMatch(const MatchFlags& flags, const MatchingRules& rules,
                        const Antonyms& antonyms, const std::string& fingerprint,
                        const MatchState& old_state, ClaimStore* store) {
  std::vector<Claim> fresh;
  Status status = store->LoadClaimsAfter(old_state.last_claim_id, &fresh);
  if (!status.ok()) return Fail(status.message());
  // The claims this match covers: those of the last one and the new ones
  // (none was deleted, or the state would be stale). An ingest that stored
  // more since the state was read may have crossed a power of two.
  const std::int64_t covered = old_state.claims + static_cast<std::int64_t>(fresh.size());
  if (WeightBase(covered) != WeightBase(old_state.claims)) {
    return RunFullMatch(flags, rules, antonyms, fingerprint,
                        "the store grew past " + std::to_string(WeightBase(old_state.claims)) + " claims",
                        store);
  }
  StoreCounts counts;
  if (fresh.empty()) {
    status = store->Counts(&counts);
    if (!status.ok()) return Fail(status.message());
    std::cout << "matched 0 new claims: " << counts.disputes << " disputes (" << flags.db << ")\n";
    return 0;
  }
  std::set<std::int64_t> fresh_ids;
  for (const Claim& claim : fresh) fresh_ids.insert(claim.id);

  // The new claims' words, and how many claims hold each with them.
  std::vector<std::vector<std::string>> fresh_words = SalientWords(fresh, rules, antonyms);
  std::unordered_map<std::string, int> added;  // word -> new claims holding it
  for (const auto& words : fresh_words) {
    for (const std::string& word : words) ++added[word];
  }
  std::vector<std::string> vocabulary;
  for (const auto& [word, n] : added) vocabulary.push_back(word);
  std::sort(vocabulary.begin(), vocabulary.end());
  std::unordered_map<std::string, int> stored_df;
  status = store->LoadWordCounts(vocabulary, &stored_df);
  if (!status.ok()) return Fail(status.message());
  const std::size_t limit = flags.options.block_limit;
  std::vector<std::string> blocking, dropped;
  for (const std::string& word : vocabulary) {
    const int before = stored_df.count(word) ? stored_df[word] : 0;
    const std::size_t now = static_cast<std::size_t>(before + added[word]);
    if (now <= limit) {
      blocking.push_back(word);
    } else if (before > 0 && static_cast<std::size_t>(before) <= limit) {
      dropped.push_back(word);  // was a blocking word: its postings go
    }
  }

  // The stored claims sharing a blocking word with a new claim, with the
  // store's counts of their words: those a new claim may be paired with.
  std::set<std::int64_t> holders;
  status = store->LoadPostings(blocking, &holders);
  std::vector<Claim> near;
  if (status.ok()) status = store->LoadClaimsWithIds(holders, &near);
  std::unordered_map<std::string, int> df;
  auto count_words = [&](const std::vector<Claim>& claims) {
    std::set<std::string> words;
    for (const auto& list : SalientWords(claims, rules, antonyms)) {
      for (const std::string& word : list) {
        if (!df.count(word)) words.insert(word);
      }
    }
    std::unordered_map<std::string, int> counts;
    Status loaded = store->LoadWordCounts(std::vector<std::string>(words.begin(), words.end()), &counts);
    for (const std::string& word : words) {
      auto it = added.find(word);
      df[word] = (counts.count(word) ? counts[word] : 0) + (it == added.end() ? 0 : it->second);
    }
    return loaded;
  };
  if (status.ok()) status = count_words(fresh);
  if (status.ok()) status = count_words(near);
  if (!status.ok()) return Fail(status.message());
  const StoreWeights weights{&df, static_cast<std::size_t>(covered)};
  std::set<std::int64_t> seeds =
      ComparableClaims(near, fresh, rules, antonyms, flags.options.block_limit, weights);

  // The part of the store to match again: those candidates, then, twice,
  // the members of the disputes the part's claims are in and every claim of
  // their articles (the rules within an article read the whole article; a
  // stored dispute a found one replaces must be found whole).
  std::map<std::int64_t, std::vector<std::int64_t>> stored_disputes;
  std::vector<Claim> part;
  for (int round = 0; round < 2 && status.ok(); ++round) {
    status = store->LoadDisputeMembers(seeds, &stored_disputes);
    for (const auto& [id, members] : stored_disputes) seeds.insert(members.begin(), members.end());
    if (status.ok()) status = store->LoadArticleClaims(seeds, &part);
    for (const Claim& claim : part) seeds.insert(claim.id);
  }
  // Every stored dispute with a member in the part: what found ones may replace.
  if (status.ok()) status = store->LoadDisputeMembers(seeds, &stored_disputes);
  if (!status.ok()) return Fail(status.message());
  const std::size_t stored_in_part = part.size();
  part.insert(part.end(), fresh.begin(), fresh.end());  // new articles come last, as in LoadClaims

  // The whole store's counts of every word in the part.
  status = count_words(part);
  if (!status.ok()) return Fail(status.message());
  MatchOptions options = flags.options;
  options.store = weights;
  MatchResult result = DisputeFinder(rules, antonyms, options).Find(part);
  IncrementalMerge merge = MergeIncremental(std::move(result.disputes), stored_disputes, fresh_ids);

  MatchWordIndex words;
  for (const auto& [word, n] : added) words.df.emplace_back(word, n);
  std::sort(words.df.begin(), words.df.end());
  std::unordered_map<std::string, std::uint32_t> index;
  for (std::uint32_t i = 0; i < words.df.size(); ++i) index[words.df[i].first] = i;
  const std::set<std::string> blocking_set(blocking.begin(), blocking.end());
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    for (const std::string& word : fresh_words[i]) {
      if (blocking_set.count(word)) words.postings.emplace_back(index[word], fresh[i].id);
    }
  }
  words.dropped = std::move(dropped);
  MatchState state = old_state;
  state.claims = covered;
  for (const Claim& claim : fresh) state.last_claim_id = std::max(state.last_claim_id, claim.id);
  status = store->ApplyIncrementalMatch(merge.removed, &merge.added, result.source_sides, words, state,
                                        old_state.last_claim_id);
  if (status.ok()) status = store->Counts(&counts);
  if (!status.ok()) return Fail(status.message());
  std::cout << "matched " << fresh.size() << " new claims against " << stored_in_part
            << " stored: " << merge.added.size() << " disputes added, " << merge.removed.size()
            << " replaced, " << counts.disputes << " disputes (" << flags.db << ")\n";
  return 0;
}

}  // namespace

int RunMatch(const std::vector<std::string>& args) {
  MatchFlags flags;
  long block_limit = static_cast<long>(flags.options.block_limit);
  long threads = 0;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&flags.db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "block-limit", po::value(&block_limit)->default_value(block_limit),
      "compare claims across articles only when they share a word held by at most this many "
      "claims")(
      "threads", po::value(&threads)->default_value(0), "threads to match with (0: one per core)")(
      "full", po::bool_switch(&flags.full),
      "match every claim again, even when only new claims need matching");
  AddRulesOption(&description, &flags.rules_dirs);
  po::variables_map values;
  int parsed = ParseCommandLine("match",
                                "[--db FILE] [--rules DIR]... [--block-limit N] [--threads N] [--full]",
                                description, {}, args, &values);
  if (parsed >= 0) return parsed;
  if (block_limit < 1 || threads < 0 || threads > 64) {
    std::cerr << "claimtrack match: --block-limit must be at least 1 and --threads from 0 to 64\n"
              << "Try 'claimtrack match --help'.\n";
    return 2;
  }
  flags.options.block_limit = static_cast<std::size_t>(block_limit);
  flags.options.threads = static_cast<unsigned>(threads);
  FinishRulesDirs(&flags.rules_dirs);

  MatchingRules rules;
  Antonyms antonyms;
  Status status = JoinErrors({MatchingRules::Load(flags.rules_dirs, &rules),
                              Antonyms::Load(flags.rules_dirs, &antonyms)});
  if (!status.ok()) return Fail("invalid rules, nothing matched:\n" + status.message());
  // Matching needs stored claims: a missing store is a mistake (a typo in
  // --db), not a new empty store.
  std::error_code exists_error;
  if (!std::filesystem::exists(flags.db, exists_error)) {
    return Fail(flags.db + ": no such store; run `claimtrack ingest` first");
  }
  std::unique_ptr<ClaimStore> store;
  status = ClaimStore::Open(flags.db, /*read_only=*/false, &store);
  if (!status.ok()) return Fail(status.message());
  MatchState state;
  status = store->LoadMatchState(&state);
  if (!status.ok()) return Fail(status.message());
  const std::string fingerprint = RulesFingerprint(flags.rules_dirs);
  const std::string reason = FullMatchReason(flags, state, fingerprint);
  if (!reason.empty()) {
    // The first match of a store is full by nature: nothing worth saying.
    const bool say = state.recorded || flags.full;
    return RunFullMatch(flags, rules, antonyms, fingerprint, say ? reason : "", store.get());
  }
  return RunIncrementalMatch(flags, rules, antonyms, fingerprint, state, store.get());
}

}  // namespace claimtrack
