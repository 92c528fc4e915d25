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

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/phrase_map.h"
#include "base/status.h"
#include "match/match_claims.h"
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

// The words of one statement as the contradiction rules compare them, as ids
// into a vocabulary of stems (see BagVocabulary). Computed once per claim by
// ClaimFeatures, or on the spot by CompareClaims.
struct WordBag {
  std::vector<int> words;    // salient stems, sorted, unique (antonym-pair members always kept)
  std::vector<int> negated;  // stems a negation applies to ("will not accept" -> accept), sorted
  int negations = 0;         // "won't" and "will not" both count once
  bool has_antonym = false;  // holds a word of an antonym pair
};

// A WordBag whose words are held elsewhere: ClaimFeatures keeps every
// claim's bag in shared arrays, with no allocation per claim. Valid while
// the words it points to are.
struct WordBagView {
  WordBagView() = default;
  WordBagView(const WordBag& bag)  // implicit: a bag passes as its view
      : words(bag.words), negated(bag.negated), negations(bag.negations),
        has_antonym(bag.has_antonym) {}
  std::span<const int> words;
  std::span<const int> negated;
  int negations = 0;
  bool has_antonym = false;
};

// Stems by id, with each stem's antonym (rules/antonyms.txt) by id, or -1
// when it has none or its antonym is not in the vocabulary.
struct BagVocabulary {
  std::vector<std::string> stems;
  std::vector<int> opposite;
  // The id of `stem`, added when new (with its opposite looked up and linked
  // both ways when present).
  int Intern(const std::string& stem, const Antonyms& antonyms);
  // The id of `stem`, or -1 when it was never interned.
  int Find(const std::string& stem) const {
    auto found = ids_.find(stem);
    return found == ids_.end() ? -1 : found->second;
  }

 private:
  std::unordered_map<std::string, int> ids_;
  std::unordered_map<std::string, std::vector<int>> waiting_;  // opposite not yet interned -> stems
};

// What the bag rules need to know of one word (MatchWords form), with its
// stem interned into `vocabulary`; the same for every occurrence of the word,
// so callers may compute it once per distinct word.
struct BagWord {
  int stem = -1;           // the id of StemWord(word), for every word
  bool negation = false;   // "not", "never", "won't"
  bool auxiliary = false;  // "will", "has", "the": skipped between a negation and its word
  bool antonym = false;    // a member of an antonym pair
  bool kept = false;       // in the bag: an antonym, or not a stop word and 2+ letters
};
BagWord ClassifyBagWord(const std::string& word, const MatchingRules& rules,
                        const Antonyms& antonyms, BagVocabulary* vocabulary);

// The bag of a statement from its words in order.
WordBag BagOf(const std::vector<BagWord>& words);

// The bag of `words` (MatchWords of a statement), interning stems into `vocabulary`.
WordBag BagOfWords(const std::vector<std::string>& words, const MatchingRules& rules,
                   const Antonyms& antonyms, BagVocabulary* vocabulary);

// The rules of CompareClaims on precomputed bags of `a` and `b` (whose
// content, stance and evidence give the result's evidence). The matcher calls
// this with the bags ClaimFeatures keeps; CompareClaims with fresh ones.
Contradiction CompareBags(const MatchClaim& a, WordBagView x, const MatchClaim& b, WordBagView y,
                          const BagVocabulary& vocabulary);

// What MayFlip and FlipAnchor read of a bag: its counts, not its words (4
// bytes, one per claim in the matcher), so that the matcher tests most
// pairs without making their bags. Counts are exact up to limits no claim
// reaches: a bag of more than 2^24 - 1 words counts as that many, and more
// than 127 negations count as 126 or 127, keeping their parity (only their
// parity and whether there are any are read).
struct BagShape {
  BagShape() = default;
  BagShape(WordBagView bag)  // implicit: a bag passes as its shape
      : words(static_cast<std::uint32_t>(std::min<std::size_t>(bag.words.size(), kMaxWords))),
        has_antonym(bag.has_antonym),
        negations(bag.negations <= kMaxNegations
                      ? static_cast<std::uint32_t>(std::max(0, bag.negations))
                      : static_cast<std::uint32_t>(kMaxNegations - 1 + bag.negations % 2)) {}
  BagShape(const WordBag& bag) : BagShape(WordBagView(bag)) {}  // implicit too
  static constexpr std::size_t kMaxWords = (1u << 24) - 1;
  static constexpr int kMaxNegations = 127;
  std::uint32_t words : 24 = 0;  // how many words the bag holds
  std::uint32_t has_antonym : 1 = 0;
  std::uint32_t negations : 7 = 0;
};
static_assert(sizeof(BagShape) == 4);

// False when no negation-flip or antonym-pair can fire between the bags,
// whatever the rest of the words: a cheap test on counts alone, so that the
// matcher can skip most pairs of assertions before comparing them.
bool MayFlip(BagShape x, BagShape y);

// True for a bag that can be the odd one of a flip: four words or more, and
// an odd number of negations or a word of an antonym pair. MayFlip(x, y)
// implies FlipAnchor(x) || FlipAnchor(y), so the matcher looks for flips only
// from anchors, most claims being none.
bool FlipAnchor(BagShape bag);

// Compares two claims' contents (and stances). The statements must share
// most of their salient words for any rule to fire; negation and antonym
// rules also need four salient words in each statement, two shared, and
// statements of about one length; a negation must apply to a word the other
// statement asserts without negation.
Contradiction CompareClaims(const Claim& a, const Claim& b, const MatchingRules& rules,
                            const Antonyms& antonyms);

}  // namespace claimtrack
