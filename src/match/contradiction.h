// Contradiction between two statements on their own, without the article
// around them: what `claimtrack compare` prints and what the matcher adds to
// its article-level rules.
//   stance     one denies what the other asserts, and they share their salient
//              words ("Russia's claim ... is rubbish" / "Russian jets flew a
//              joint mission");
//   negation   the same words, one of them negated ("will not accept a
//              transitional authority" / "accepts a transitional authority");
//   antonym    the same words except one pair from rules/antonyms.txt ("the
//              talks succeeded" / "the talks failed").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/phrase_map.h"
#include "base/status.h"
#include "match/matching_rules.h"
#include "model/claim.h"

namespace claimtrack {

struct Contradiction {
  bool found = false;
  std::string kind;      // "stance", "negation", "antonym"
  std::string rule;      // "opposite-stance", "negation-flip", "antonym-pair"
  double score = 0;      // in [0, 1]
  std::string evidence;  // the words that fired the rule
  double similarity = 0; // how alike the two statements are otherwise
};

class Antonyms {
 public:
  // Loads rules/antonyms.txt from each folder (later folders add pairs).
  static Status Load(const std::vector<std::string>& rules_dirs, Antonyms* out);
  // The opposite of a stemmed lowercase word, or nullptr.
  const std::string* OppositeOf(const std::string& word) const { return opposites_.Find(word); }

 private:
  PhraseMap<std::string> opposites_;
};

// Compares two claims' contents (and stances). The statements must share
// most of their salient words for any rule to fire; negation and antonym
// rules also need four salient words in each statement, two shared, and
// statements of about one length; a negation must apply to a word the other
// statement asserts without negation.
Contradiction CompareClaims(const Claim& a, const Claim& b, const MatchingRules& rules,
                            const Antonyms& antonyms);

}  // namespace claimtrack
