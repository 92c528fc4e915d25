// Statement-level contradiction rules.
#include "match/contradiction.h"

#include <algorithm>
#include <cmath>
#include <iterator>
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

bool IsAuxiliary(const std::string& w) {
  static const std::set<std::string> kWords = {
      "be", "is", "are", "was", "were", "been", "do", "does", "did", "have", "has", "had", "will",
      "would", "can", "could", "should", "may", "might", "must", "a", "an", "the", "yet", "even"};
  return kWords.count(w) > 0;
}

void SortUnique(std::vector<int>* ids) {
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
}

bool Contains(std::span<const int> sorted, int id) {
  return std::binary_search(sorted.begin(), sorted.end(), id);
}

std::size_t SharedCount(std::span<const int> a, std::span<const int> b) {
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (a[i] > b[j]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

double Cosine(std::span<const int> a, std::span<const int> b) {
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(SharedCount(a, b)) /
         std::sqrt(static_cast<double>(a.size()) * static_cast<double>(b.size()));
}

}  // namespace

int BagVocabulary::Intern(const std::string& stem, const Antonyms& antonyms) {
  auto [it, added] = ids_.emplace(stem, static_cast<int>(stems.size()));
  if (!added) return it->second;
  int id = it->second;
  stems.push_back(stem);
  opposite.push_back(-1);
  // The antonym map need not be symmetric ("increase" -> "fall" -> "rise"), so
  // each stem links to its own opposite, now or once that is interned.
  if (const std::string* other = antonyms.OppositeOf(stem)) {
    auto found = ids_.find(*other);
    if (found != ids_.end()) {
      opposite[static_cast<std::size_t>(id)] = found->second;
    } else {
      waiting_[*other].push_back(id);
    }
  }
  auto waiting = waiting_.find(stem);
  if (waiting != waiting_.end()) {
    for (int earlier : waiting->second) opposite[static_cast<std::size_t>(earlier)] = id;
    waiting_.erase(waiting);
  }
  return id;
}

BagWord ClassifyBagWord(const std::string& w, const MatchingRules& rules,
                        const Antonyms& antonyms, BagVocabulary* vocabulary) {
  BagWord word;
  std::string stem = StemWord(w);
  word.stem = vocabulary->Intern(stem, antonyms);
  word.negation = IsNegation(w);
  if (word.negation) return word;
  word.auxiliary = IsAuxiliary(w);
  word.antonym = antonyms.OppositeOf(stem) != nullptr;
  word.kept = word.antonym || (!rules.IsStopword(w) && w.size() >= 2);
  return word;
}

// Salient words of a statement. Negations are counted, not kept: "won't"
// and "will not" both count once. Stop words go, except that an antonym
// pair member is always kept ("more"/"fewer").
WordBag BagOf(const std::vector<BagWord>& words) {
  WordBag bag;
  bool after_negation = false;
  for (const BagWord& w : words) {
    if (w.negation) {
      ++bag.negations;
      after_negation = true;
      continue;
    }
    // "will not accept": the first word after the negation and any
    // auxiliaries is what is negated.
    if (after_negation && !w.auxiliary) {
      bag.negated.push_back(w.stem);
      after_negation = false;
    }
    bag.has_antonym = bag.has_antonym || w.antonym;
    if (w.kept) bag.words.push_back(w.stem);
  }
  SortUnique(&bag.words);
  SortUnique(&bag.negated);
  return bag;
}

WordBag BagOfWords(const std::vector<std::string>& words, const MatchingRules& rules,
                   const Antonyms& antonyms, BagVocabulary* vocabulary) {
  std::vector<BagWord> classified;
  for (const std::string& w : words) classified.push_back(ClassifyBagWord(w, rules, antonyms, vocabulary));
  return BagOf(classified);
}

bool MayFlip(BagShape x, BagShape y) {
  // The conditions of CompareBags below that need no word comparison:
  // about one length, four words each, and either one negated side over a
  // plain one or an antonym-pair word on both sides.
  std::size_t small = std::min(x.words, y.words);
  std::size_t large = std::max(x.words, y.words);
  if (small < 4 || static_cast<double>(small) / static_cast<double>(large) < 0.6) return false;
  if ((x.negations % 2) != (y.negations % 2)) return (x.negations % 2 ? y : x).negations == 0;
  return x.has_antonym && y.has_antonym;
}

bool FlipAnchor(BagShape bag) {
  // MayFlip needs four words on both sides, and either sides of different
  // parity (one of them odd) or an antonym word on both.
  return bag.words >= 4 && (bag.negations % 2 == 1 || bag.has_antonym);
}

Contradiction CompareBags(const MatchClaim& a, WordBagView x, const MatchClaim& b, WordBagView y,
                          const BagVocabulary& vocabulary) {
  Contradiction result;
  // Antonym pairs: one word here, its opposite there; compare the rest.
  // Without any (the usual case) the rest is all the words, and no copy is made.
  std::vector<std::string> pairs;
  std::vector<int> x_less, y_less;
  for (int w : x.words) {
    int opposite = vocabulary.opposite[static_cast<std::size_t>(w)];
    if (opposite >= 0 && Contains(y.words, opposite) && !Contains(y.words, w) &&
        !Contains(x.words, opposite)) {
      pairs.push_back(vocabulary.stems[static_cast<std::size_t>(w)] + " / " +
                      vocabulary.stems[static_cast<std::size_t>(opposite)]);
      x_less.push_back(w);
      y_less.push_back(opposite);
    }
  }
  std::vector<int> x_copy, y_copy;
  if (!pairs.empty()) {
    std::sort(y_less.begin(), y_less.end());
    std::set_difference(x.words.begin(), x.words.end(), x_less.begin(), x_less.end(),
                        std::back_inserter(x_copy));
    std::set_difference(y.words.begin(), y.words.end(), y_less.begin(), y_less.end(),
                        std::back_inserter(y_copy));
  }
  std::span<const int> x_rest = pairs.empty() ? x.words : std::span<const int>(x_copy);
  std::span<const int> y_rest = pairs.empty() ? y.words : std::span<const int>(y_copy);
  result.similarity = Cosine(x_rest, y_rest);
  bool one_negated = (x.negations % 2) != (y.negations % 2);
  // Short statements ("it had happened" / "it had not happened") say too
  // little to contradict: both need four salient words, three of them shared.
  std::size_t shared = SharedCount(x_rest, y_rest);
  bool substantial = x.words.size() >= 4 && y.words.size() >= 4 && shared >= 2;
  // Statements of about one length: a longer copy of the same quotation
  // with one more sentence is not a contradiction of the shorter one.
  double ratio = static_cast<double>(std::min(x.words.size(), y.words.size())) /
                 static_cast<double>(std::max<std::size_t>(1, std::max(x.words.size(), y.words.size())));
  substantial = substantial && ratio >= 0.6;
  // The negation must apply to a word the other statement asserts plainly.
  const WordBagView& negative = x.negations % 2 ? x : y;
  const WordBagView& positive = x.negations % 2 ? y : x;
  bool anchored = positive.negations == 0 && SharedCount(negative.negated, positive.words) > 0;

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
    result.evidence = "negated: \"" + std::string(x.negations % 2 ? a.content : b.content) + "\"";
  } else if (a.stance != b.stance && result.similarity >= 0.4) {
    result.found = true;
    result.kind = "stance";
    result.rule = "opposite-stance";
    result.score = std::min(0.8, 0.3 + 0.5 * result.similarity);
    const MatchClaim& denial = a.stance == Stance::kDeny ? a : b;
    result.evidence = denial.evidence.empty() ? std::string("deny") : std::string(denial.evidence);
  }
  return result;
}

Contradiction CompareClaims(const Claim& a, const Claim& b, const MatchingRules& rules,
                            const Antonyms& antonyms) {
  BagVocabulary vocabulary;
  WordBag x = BagOfWords(MatchWords(a.content), rules, antonyms, &vocabulary);
  WordBag y = BagOfWords(MatchWords(b.content), rules, antonyms, &vocabulary);
  return CompareBags(MatchClaimOf(a), x, MatchClaimOf(b), y, vocabulary);
}

}  // namespace claimtrack
