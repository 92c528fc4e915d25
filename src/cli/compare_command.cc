// `claimtrack compare "A" "B"`: whether two statements contradict each
// other, by the same rules the matcher uses, with the kind and evidence.
#include <iostream>
#include <memory>

#include "base/json.h"
#include "base/rule_file.h"
#include "cli/cli_options.h"
#include "cli/command.h"
#include "extract/claim_extractor.h"
#include "match/contradiction.h"
#include "match/matching_rules.h"
#include "report/reporter.h"

namespace claimtrack {

namespace {

// The statement as a claim: its attributed claim when it has one ("The
// Pentagon denied the report"), else the whole statement by "statement A".
Claim StatementClaim(const std::string& text, const std::string& name, const ClaimExtractor& extractor) {
  Article article;
  article.doc = name;
  article.text = text;
  std::vector<Claim> claims = extractor.Extract(article);
  const Claim* best = nullptr;
  for (const Claim& claim : claims) {
    if (!best || claim.content.size() > best->content.size()) best = &claim;
  }
  if (best) return *best;
  Claim claim;
  claim.doc = name;
  claim.source = claim.mention = "statement " + name;
  claim.cue = claim.cue_lemma = "(none)";
  claim.content = text;
  claim.content_span = Span{0, text.size()};
  claim.sentence_span = claim.content_span;
  claim.rule = "whole-statement";
  claim.quote = QuoteKind::kNone;
  return claim;
}

}  // namespace

int RunCompare(const std::vector<std::string>& args) {
  std::vector<std::string> statements;
  std::vector<std::string> rules_dirs;
  std::string format = "text";
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "format", po::value(&format)->default_value("text"), "text|json")(
      "statement", po::value(&statements), "the two statements");
  AddRulesOption(&description, &rules_dirs);
  po::positional_options_description positional;
  positional.add("statement", 2);
  po::variables_map values;
  int parsed = ParseCommandLine("compare", "\"STATEMENT A\" \"STATEMENT B\" [--format text|json] [--rules DIR]...",
                                description, positional, args, &values);
  if (parsed >= 0) return parsed;
  if (statements.size() != 2 || (format != "text" && format != "json")) {
    std::cerr << "claimtrack compare: expected two statements and --format text|json\n"
              << "Try 'claimtrack compare --help'.\n";
    return 2;
  }
  FinishRulesDirs(&rules_dirs);
  ExtractionRules extraction;
  MatchingRules matching;
  Antonyms antonyms;
  Status status = JoinErrors({ExtractionRules::Load(rules_dirs, &extraction),
                              MatchingRules::Load(rules_dirs, &matching),
                              Antonyms::Load(rules_dirs, &antonyms)});
  if (!status.ok()) return Fail("invalid rules:\n" + status.message());
  std::unique_ptr<ClaimExtractor> extractor;
  status = ClaimExtractor::Create(std::move(extraction), &extractor);
  if (!status.ok()) return Fail(status.message());

  Claim a = StatementClaim(statements[0], "A", *extractor);
  Claim b = StatementClaim(statements[1], "B", *extractor);
  std::string side_a = matching.SideOf(a), side_b = matching.SideOf(b);
  Contradiction result = CompareClaims(a, b, matching, antonyms);
  bool same_source = matching.CanonicalSource(a.source) == matching.CanonicalSource(b.source) &&
                     a.rule != "whole-statement";
  bool same_side = !side_a.empty() && side_a == side_b;
  bool contradict = result.found && !same_source;

  if (format == "json") {
    std::cout << JsonObjectWriter()
                     .Add("contradict", contradict)
                     .Add("kind", result.found ? result.kind : "")
                     .Add("rule", result.found ? result.rule : "")
                     .Add("score", result.found ? result.score : 0.0)
                     .Add("evidence", result.evidence)
                     .Add("similarity", result.similarity)
                     .Add("same_side", same_side)
                     .AddRaw("a", ClaimJson(a))
                     .AddRaw("b", ClaimJson(b))
                     .str()
              << "\n";
    return 0;
  }
  auto show = [&](const char* label, const Claim& claim, const std::string& side) {
    std::cout << label << ": " << claim.source;
    if (!side.empty()) std::cout << " (side: " << side << ")";
    std::cout << " " << claim.cue << " [" << StanceName(claim.stance) << "]: \"" << claim.content
              << "\"\n";
  };
  show("A", a, side_a);
  show("B", b, side_b);
  if (contradict) {
    std::cout << "contradict: yes (" << result.kind << ", score " << result.score << ")\n"
              << "rule: " << result.rule << "\nevidence: " << result.evidence << "\n";
  } else if (result.found) {
    std::cout << "contradict: no (the same source restating itself)\n";
  } else {
    std::cout << "contradict: no (similarity " << result.similarity << ")\n";
  }
  if (contradict && same_side) std::cout << "note: both sources are on the side " << side_a << "\n";
  return 0;
}

}  // namespace claimtrack
