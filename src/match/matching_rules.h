// MatchingRules: what matching reads from rules/ — sides.txt (which side a
// source speaks for), aliases.txt (names of one source across articles),
// stopwords.txt (words too common to tell a topic), topics.txt (names
// for what disputes are about) and quantities.txt (words around numbers). Compiled once into phrase
// tables; see docs/rules.md for the formats.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/phrase_map.h"
#include "base/status.h"
#include "match/quantity.h"
#include "model/claim.h"

namespace claimtrack {

class MatchingRules {
 public:
  // Loads the three files from `rules_dir`; on failure the message lists
  // every problem as `rules/FILE:LINE: problem`.
  static Status Load(const std::string& rules_dir, MatchingRules* out);
  // The same from several folders; later folders' entries win.
  static Status Load(const std::vector<std::string>& rules_dirs, MatchingRules* out);

  // The side of the longest sides.txt phrase found in the claim's source
  // name, role or mention; empty when none.
  std::string SideOf(const Claim& claim) const;
  // The side of a phrase such as "Russian" or "Russia’s"; empty when none.
  std::string SideOfText(std::string_view text) const;
  // The same, with the length in words of the phrase found (0 when none)
  // in `*length`: SideOf is the side of the longest phrase among the
  // source's name, role and mention, each looked up apart this way (name
  // first; on equal lengths the first wins).
  std::string SideOfText(std::string_view text, std::size_t* length) const;

  // The canonical name of a source (aliases.txt), or the name itself.
  std::string CanonicalSource(std::string_view name) const;

  bool IsStopword(const std::string& lower_word) const { return stopwords_.count(lower_word) > 0; }

  // The first topics.txt topic one of whose phrases `text` contains; empty
  // when none.
  std::string NamedTopicOf(std::string_view text) const;

  // The words that shape numbers (quantities.txt), for the numbers rule.
  const QuantityRules& quantities() const { return quantities_; }

 private:
  // Longest phrase of `map` found in `text` (its word count in
  // *found_length when given); nullptr when none.
  const std::string* LongestIn(const PhraseMap<std::string>& map, std::string_view text,
                               std::size_t* found_length = nullptr) const;

  PhraseMap<std::string> sides_;
  PhraseMap<std::string> aliases_;
  std::unordered_set<std::string> stopwords_;
  struct Topic {
    std::string name;
    std::vector<std::vector<std::string>> phrases;  // each as MatchWords
  };
  std::vector<Topic> topics_;
  QuantityRules quantities_;  // in file order; a later folder's topic of the same name replaces it
};

// The words of `text` as matching compares them: lowercase, ’ as ', and a
// possessive 's dropped ("Russia’s" -> "russia").
std::vector<std::string> MatchWords(std::string_view text);

}  // namespace claimtrack
