// `claimtrack rules check` validates the rule files; `claimtrack rules
// explain` shows which rule lines produced a stored claim or dispute.
#include <filesystem>
#include <iostream>
#include <memory>

#include "base/rule_file.h"
#include "cli/cli_options.h"
#include "cli/command.h"
#include "extract/extraction_rules.h"
#include "match/matching_rules.h"
#include "store/claim_store.h"
#include "text/tokenizer.h"

namespace claimtrack {

namespace {

// The last line (later folders win) of `file` whose first field, compared
// with MatchWords, is a phrase found in `text`; "FILE:LINE: TEXT", or empty.
std::string RuleLineIn(const std::vector<std::string>& dirs, const std::string& file,
                       std::string_view text, bool whole = false) {
  std::vector<RuleFile> files;
  if (!ReadRuleFileLayers(dirs, file, &files).ok()) return "";
  std::vector<std::string> words = MatchWords(text);
  std::string found;
  std::size_t found_length = 0;
  for (const RuleFile& rule_file : files) {
    for (const RuleLine& line : rule_file.lines()) {
      if (line.positional.empty()) continue;
      std::vector<std::string> phrase = MatchWords(line.positional[0]);
      if (phrase.empty() || phrase.size() > words.size()) continue;
      if (whole && phrase != words) continue;
      for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
        if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i)) &&
            phrase.size() >= found_length) {
          found = rule_file.name() + ":" + std::to_string(line.number) + ": " + line.text;
          found_length = phrase.size();
        }
      }
    }
  }
  return found;
}

void ExplainClaim(const Claim& claim, const ExtractionRules& extraction, const MatchingRules& matching,
                  const std::vector<std::string>& dirs, const std::string& indent) {
  std::cout << indent << "claim #" << claim.id << " in " << claim.doc << ", bytes "
            << claim.content_span.begin << "-" << claim.content_span.end << "\n";
  std::cout << indent << "  " << claim.source << " " << claim.cue << ": \"" << claim.content
            << "\"\n";
  std::cout << indent << "  pattern: " << claim.rule << " (see src/extract/attribution_finder.h)\n";
  std::size_t length = 0;
  std::vector<std::string> cue_words = SplitWords(LowerText(claim.cue));
  auto word_at = [&](std::size_t k) -> const std::string* {
    return k < cue_words.size() ? &cue_words[k] : nullptr;
  };
  if (const Cue* cue = extraction.cues.Match(0, word_at, &length)) {
    std::cout << indent << "  cue \"" << claim.cue << "\": " << cue->where << "\n";
  } else if (claim.rule == "source-colon" || claim.rule == "content-colon-source") {
    std::cout << indent << "  cue \":\": built in (a headline or transcript)\n";
  } else {
    std::cout << indent << "  cue \"" << claim.cue << "\": not in the current rules\n";
  }
  std::cout << indent << "  stance " << StanceName(claim.stance);
  if (!claim.evidence.empty()) {
    std::string line = RuleLineIn(dirs, "rebuttals.txt", claim.evidence, true);
    std::cout << ": \"" << claim.evidence << "\""
              << (line.empty() ? " (the cue's stance)" : " from " + line);
  }
  std::cout << "\n";
  if (!claim.hedge.empty()) {
    std::cout << indent << "  hedged: \"" << claim.hedge << "\" ("
              << RuleLineIn(dirs, "hedges.txt", claim.hedge, true) << ")\n";
  }
  if (!claim.target.empty()) {
    std::cout << indent << "  refers to an earlier claim: \"" << claim.target << "\" ("
              << RuleLineIn(dirs, "references.txt", claim.target) << ")\n";
  }
  std::string side = matching.SideOf(claim);
  std::cout << indent << "  source \"" << claim.source << "\" (as \"" << claim.mention << "\"";
  if (!claim.role.empty()) std::cout << ", role \"" << claim.role << "\"";
  std::cout << ")\n";
  if (!side.empty()) {
    std::string line;
    for (const std::string* text : {&claim.source, &claim.role, &claim.mention}) {
      if (line.empty()) line = RuleLineIn(dirs, "sides.txt", *text);
    }
    std::cout << indent << "  side " << side << ": " << line << "\n";
  }
  std::string canonical = matching.CanonicalSource(claim.source);
  if (canonical != claim.source) {
    std::cout << indent << "  same source as \"" << canonical << "\": "
              << RuleLineIn(dirs, "aliases.txt", claim.source) << "\n";
  }
}

int RunRulesCheck(const std::vector<std::string>& args) {
  std::vector<std::string> dirs;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help");
  AddRulesOption(&description, &dirs);
  po::variables_map values;
  int parsed = ParseCommandLine("rules check", "[--rules DIR]...", description, {}, args, &values);
  if (parsed >= 0) return parsed;
  FinishRulesDirs(&dirs);
  ExtractionRules extraction;
  MatchingRules matching;
  Status status = JoinErrors({ExtractionRules::Load(dirs, &extraction), MatchingRules::Load(dirs, &matching)});
  if (!status.ok()) {
    std::cout << status.message() << "\n";
    return 1;
  }
  std::cout << "rules ok: ";
  for (std::size_t i = 0; i < dirs.size(); ++i) std::cout << (i ? ", " : "") << dirs[i];
  std::cout << " (" << extraction.cues.size() << " cue forms, " << extraction.abbreviations.size()
            << " abbreviations)\n";
  return 0;
}

int RunRulesExplain(const std::vector<std::string>& args) {
  std::vector<std::string> dirs;
  std::string db = kDefaultStore;
  std::int64_t claim_id = 0, dispute_id = 0;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "db", po::value(&db)->default_value(kDefaultStore), "the store (SQLite file)")(
      "claim", po::value(&claim_id), "the claim to explain")(
      "dispute", po::value(&dispute_id), "explain a dispute and each of its claims");
  AddRulesOption(&description, &dirs);
  po::positional_options_description positional;
  positional.add("claim", 1);
  po::variables_map values;
  int parsed = ParseCommandLine("rules explain", "CLAIM_ID | --dispute ID [--db FILE] [--rules DIR]...",
                                description, positional, args, &values);
  if (parsed >= 0) return parsed;
  if ((claim_id > 0) == (dispute_id > 0)) {
    std::cerr << "claimtrack rules explain: give a CLAIM_ID or --dispute ID\n"
              << "Try 'claimtrack rules explain --help'.\n";
    return 2;
  }
  FinishRulesDirs(&dirs);
  ExtractionRules extraction;
  MatchingRules matching;
  Status status = JoinErrors({ExtractionRules::Load(dirs, &extraction), MatchingRules::Load(dirs, &matching)});
  if (!status.ok()) return Fail("invalid rules:\n" + status.message());
  std::unique_ptr<ClaimStore> store;
  status = ClaimStore::Open(db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status.message());
  std::vector<Claim> claims;
  status = store->LoadClaims(&claims);
  if (!status.ok()) return Fail(status.message());
  auto find_claim = [&](std::int64_t id) -> const Claim* {
    for (const Claim& claim : claims) {
      if (claim.id == id) return &claim;
    }
    return nullptr;
  };
  if (claim_id > 0) {
    const Claim* claim = find_claim(claim_id);
    if (!claim) return Fail(db + ": no claim #" + std::to_string(claim_id));
    ExplainClaim(*claim, extraction, matching, dirs, "");
    return 0;
  }
  std::vector<Dispute> disputes;
  status = store->LoadDisputes(&disputes);
  if (!status.ok()) return Fail(status.message());
  for (const Dispute& dispute : disputes) {
    if (dispute.id != dispute_id) continue;
    std::cout << "dispute #" << dispute.id << " [" << dispute.kind << ", score " << dispute.score
              << "] topic: " << dispute.topic << "\n  rule: " << dispute.rule
              << " (see src/match/dispute_finder.h)\n  evidence: " << dispute.evidence << "\n";
    for (const DisputeMember& member : dispute.members) {
      const Claim* claim = find_claim(member.claim_id);
      if (!claim) continue;
      std::cout << (member.role == DisputeRole::kClaim ? "\n  CLAIM\n" : "\n  DISPUTED BY\n");
      ExplainClaim(*claim, extraction, matching, dirs, "  ");
    }
    return 0;
  }
  return Fail(db + ": no dispute #" + std::to_string(dispute_id));
}

}  // namespace

int RunRules(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "check") return RunRulesCheck({args.begin() + 1, args.end()});
  if (!args.empty() && args[0] == "explain") return RunRulesExplain({args.begin() + 1, args.end()});
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << "Usage: claimtrack rules check [--rules DIR]...\n"
                 "       claimtrack rules explain CLAIM_ID | --dispute ID [--db FILE] [--rules DIR]...\n\n"
                 "check    validate every rule file; prints FILE:LINE: problem for each mistake\n"
                 "explain  show which rule lines produced a stored claim or dispute\n";
    return 0;
  }
  std::cerr << "claimtrack rules: expected 'check' or 'explain'\nTry 'claimtrack rules --help'.\n";
  return 2;
}

}  // namespace claimtrack
