// SourcePhrase: what a source phrase says about its speaker. "U.S. Navy
// Capt. Jeff Davis" is the person "Jeff Davis" with the role "U.S. Navy
// Capt."; "A Russian Defense Ministry statement" is the organization "Russian
// Defense Ministry"; "three US officials" is an anonymous group; "He" is a
// pronoun to resolve against earlier sources.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction_rules.h"
#include "text/tokenizer.h"

namespace claimtrack {

enum class SourceKind { kPerson, kOrganization, kGroup, kUnknown };
std::string_view SourceKindName(SourceKind kind);  // "person", "organization", ...

enum class PronounKind { kNone, kPerson, kThing, kPlural };  // he/she, it, they

struct SourcePhrase {
  std::string mention;    // as written: "U.S. Navy Capt. Jeff Davis"
  std::string name;       // "Jeff Davis"; for descriptions, the description
  std::string role;       // "U.S. Navy Capt."; may be empty
  std::string head;       // lowercase last word of a description ("ministry")
  SourceKind kind = SourceKind::kUnknown;
  PronounKind pronoun = PronounKind::kNone;
  bool proper = false;    // names someone (has a capitalized name), not only a description
};

// Analyzes tokens[begin, end) of a sentence as a source phrase. `text` is the
// article's text. Returns false when the tokens cannot be a source (empty, or
// no noun-like word).
bool ParseSourcePhrase(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                       std::size_t end, const ExtractionRules& rules, SourcePhrase* out);

// True for he/she/it/they/... (lowercase word).
PronounKind PronounOf(std::string_view lower_word);

// True when `lower_word` is an article, demonstrative or number word that can
// open a noun phrase ("the", "a", "three").
bool IsDeterminer(std::string_view lower_word);

// Determiners that can stand alone as a subject: "Most say", "Some claim",
// "Both deny".
bool IsQuantifier(std::string_view lower_word);

// True for determiners, pronouns, conjunctions and prepositions: words that
// are capitalized only because they open a sentence ("But", "In", "The").
bool IsFunctionWord(std::string_view lower_word);

}  // namespace claimtrack
