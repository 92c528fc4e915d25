// Statement-level contradiction rules.
#include "match/contradiction.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "base/rule_file.h"
#include "match/claim_features.h"

namespace claimtrack {

Status Antonyms::Load(const std::vector<std::string>& rules_dirs, Antonyms* out) {
  std::vector<RuleFile> files;
  Status status = ReadRuleFileLayers(rules_dirs, "antonyms.txt", &files);
  if (!status.ok()) return status;
  std::vector<Status> errors;
  for (const RuleFile& file : files) {
    std::set<std::string> seen;
    for (const RuleLine& line : file.lines()) {
      if (line.positional.size() != 2 || !line.keyed.empty()) {
        errors.push_back(Status::Error(file.ErrorAt(line, "expected two words: WORD OPPOSITE")));
        continue;
      }
      std::vector<std::string> a = MatchWords(line.positional[0]);
      std::vector<std::string> b = MatchWords(line.positional[1]);
      if (a.size() != 1 || b.size() != 1) {
        errors.push_back(Status::Error(file.ErrorAt(line, "each side of a pair is one word")));
        continue;
      }
      std::string x = StemWord(a[0]), y = StemWord(b[0]);
      if (!seen.insert(x + " " + y).second) {
        errors.push_back(Status::Error(file.ErrorAt(line, "duplicate pair '" + x + " " + y + "'")));
        continue;
      }
      out->opposites_.Set(x, y);
      out->opposites_.Set(y, x);
    }
  }
  return JoinErrors(errors);
}

namespace {

bool IsNegation(const std::string& w) {
  return w == "not" || w == "no" || w == "never" || w == "n't" || w == "nor" ||
         (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0);
}

struct Bag {
  std::set<std::string> words;  // salient, stemmed
  int negations = 0;
  std::set<std::string> negated;  // stems of the words a negation applies to
};

bool IsAuxiliary(const std::string& w) {
  static const std::set<std::string> kWords = {
      "be", "is", "are", "was", "were", "been", "do", "does", "did", "have", "has", "had", "will",
      "would", "can", "could", "should", "may", "might", "must", "a", "an", "the", "yet", "even"};
  return kWords.count(w) > 0;
}

// Salient words of a statement. Negations are counted, not kept: "won't"
// and "will not" both count once. Stop words go, except that an antonym
// pair member is always kept ("more"/"fewer").
Bag BagOf(std::string_view text, const MatchingRules& rules, const Antonyms& antonyms) {
  Bag bag;
  bool after_negation = false;
  for (const std::string& w : MatchWords(text)) {
    if (IsNegation(w)) {
      ++bag.negations;
      after_negation = true;
      continue;
    }
    // "will not accept": the first word after the negation and any
    // auxiliaries is what is negated.
    if (after_negation && !IsAuxiliary(w)) {
      bag.negated.insert(StemWord(w));
      after_negation = false;
    }
    std::string stem = StemWord(w);
    if (antonyms.OppositeOf(stem)) {
      bag.words.insert(stem);
      continue;
    }
    if (rules.IsStopword(w) || w.size() < 2) continue;
    bag.words.insert(stem);
  }
  return bag;
}

double Cosine(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  for (const std::string& w : a) shared += b.count(w);
  return shared / std::sqrt(static_cast<double>(a.size()) * static_cast<double>(b.size()));
}

}  // namespace

Contradiction CompareClaims(const Claim& a, const Claim& b, const MatchingRules& rules,
                            const Antonyms& antonyms) {
  Contradiction result;
  Bag x = BagOf(a.content, rules, antonyms);
  Bag y = BagOf(b.content, rules, antonyms);

  // Antonym pairs: one word here, its opposite there; compare the rest.
  std::set<std::string> x_rest = x.words, y_rest = y.words;
  std::vector<std::string> pairs;
  for (const std::string& w : x.words) {
    const std::string* opposite = antonyms.OppositeOf(w);
    if (opposite && y.words.count(*opposite) && !y.words.count(w) && !x.words.count(*opposite)) {
      pairs.push_back(w + " / " + *opposite);
      x_rest.erase(w);
      y_rest.erase(*opposite);
    }
  }
  result.similarity = Cosine(x_rest, y_rest);
  bool one_negated = (x.negations % 2) != (y.negations % 2);
  // Short statements ("it had happened" / "it had not happened") say too
  // little to contradict: both need four salient words, three of them shared.
  std::size_t shared = 0;
  for (const std::string& w : x_rest) shared += y_rest.count(w);
  bool substantial = x.words.size() >= 4 && y.words.size() >= 4 && shared >= 2;
  // Statements of about one length: a longer copy of the same quotation
  // with one more sentence is not a contradiction of the shorter one.
  double ratio = static_cast<double>(std::min(x.words.size(), y.words.size())) /
                 static_cast<double>(std::max<std::size_t>(1, std::max(x.words.size(), y.words.size())));
  substantial = substantial && ratio >= 0.6;
  // The negation must apply to a word the other statement asserts plainly.
  const Bag& negative = x.negations % 2 ? x : y;
  const Bag& positive = x.negations % 2 ? y : x;
  bool anchored = positive.negations == 0;
  bool shared_negated = false;
  for (const std::string& w : negative.negated) shared_negated = shared_negated || positive.words.count(w);
  anchored = anchored && shared_negated;

  if (pairs.size() == 1 && !one_negated && substantial && result.similarity >= 0.6) {
    result.found = true;
    result.kind = "antonym";
    result.rule = "antonym-pair";
    result.score = std::min(0.9, 0.4 + 0.5 * result.similarity);
    result.evidence = pairs[0];
  } else if (pairs.empty() && one_negated && substantial && anchored && result.similarity >= 0.7) {
    result.found = true;
    result.kind = "negation";
    result.rule = "negation-flip";
    result.score = std::min(0.9, 0.4 + 0.5 * result.similarity);
    result.evidence = "negated: \"" + (x.negations % 2 ? a.content : b.content) + "\"";
  } else if (a.stance != b.stance && result.similarity >= 0.4) {
    result.found = true;
    result.kind = "stance";
    result.rule = "opposite-stance";
    result.score = std::min(0.8, 0.3 + 0.5 * result.similarity);
    const Claim& denial = a.stance == Stance::kDeny ? a : b;
    result.evidence = denial.evidence.empty() ? std::string("deny") : denial.evidence;
  }
  return result;
}

}  // namespace claimtrack
