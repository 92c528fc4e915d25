// AttributionFinder: the attribution patterns, applied to one sentence's
// tokens. Each match names the tokens of the source, the cue, and the byte
// span of the content, and records which pattern produced it.
//
// Patterns (rule names as stored in claims.rule):
//   source-cue-content   S said (that) C · S said: “C” · S told AUDIENCE that C
//                        · S labeled X as Y (the content is "X as Y")
//   content-source-cue   “C,” S said · C, S said Saturday
//   content-cue-source   “C,” said S · C, said the officials, who ...
//   cue-source-content   Said S, “C” (a finite verb of saying opening the sentence)
//   according-to-first   according to S, C
//   according-to-last    C, according to S
//   according-to-middle  C1, according to S, C2 (the content is C1 ... C2)
//   as-source-cue        As S noted, C
//   relative-source-cue  S, who said C, ... · experts who say C
//   passive              C was denied by S ("That claim was denied by the Pentagon")
//   quoted-by            “C,” S was quoted by OUTLET · S was quoted by OUTLET as saying C
//   subject-shared       ..., saying C · ... and said C (the source is the
//                        sentence's subject, filled in by the extractor)
//   source-colon         Kerry: “C” (headlines and transcripts; no cue verb)
//   content-colon-source US, Russia must agree on Syria: UN envoy (headlines)
//   source-dash-quote    Pamela Padilla ― “C” (collected comments)
//   quote-dash-source    “C” ― Pamela Padilla (a signed quotation)
//   content-source-verb  “C?” Borger wondered (any past-tense verb after a
//                        quotation closed by its comma, ? or !)
//   agentless-passive    C is estimated to ... (no source named: "unattributed")
// A cue inside a quotation is part of someone's words, not a new attribution.
// (ClaimExtractor also drops a verb of saying inside another source's
// reported speech: "The Herald reported that Klein said ...".)
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction_rules.h"
#include "model/span.h"
#include "text/tokenizer.h"

namespace claimtrack {

struct TokenRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return end <= begin; }
};

struct Attribution {
  TokenRange source;      // the source phrase; empty for subject-shared
  TokenRange appositive;  // ", a Pentagon spokesman," after the source; may be empty
  TokenRange cue;
  const Cue* cue_rule = nullptr;
  TokenRange content;     // content tokens (quote marks around it trimmed)
  // Pattern name, see above: always a string literal, so that attributions
  // are copied without allocating (most names are longer than a
  // std::string holds in place).
  std::string_view rule;
  bool negated = false;   // "did not say": no claim
  bool agentless = false; // "X is estimated to ...": no source in the text
};

class AttributionFinder {
 public:
  // `rules` must outlive the finder.
  explicit AttributionFinder(const ExtractionRules& rules) : rules_(rules) {}

  // Attributions in one sentence. `in_quote[i]` is non-zero when tokens[i]
  // lies inside a quotation of the article (bytes, not std::vector<bool>,
  // whose bit packing costs on every read). Results are in cue order; a
  // content never runs into the next attribution's clause.
  std::vector<Attribution> Find(const std::vector<Token>& tokens,
                                const std::vector<char>& in_quote) const;

  // The subject at the start of a sentence ("He", "Kazakhstan’s foreign
  // minister, Kairat Abdrakhmanov,"), for subject-shared attributions.
  // Sets *appositive when the subject has one. Empty when none is clear.
  TokenRange LeadingSubject(const std::vector<Token>& tokens, TokenRange* appositive) const;

  // True when some token is a cue of rules/cues.txt used as a verb ("said",
  // "according to"; not "the claim").
  bool HasCue(const std::vector<Token>& tokens) const;

  // True when the sentence ends with a verb of saying and a colon, perhaps
  // with a phrase between them: "In a speech last July, he said:", "Trump
  // wrote on Twitter:". What follows is what was said, quoted or not.
  bool EndsWithCueAndColon(const std::vector<Token>& tokens) const;

 private:
  const Cue* CueAt(const std::vector<Token>& tokens, std::size_t i, std::size_t* length) const;
  // True when the cue word at i is used as a noun ("the claim", "Russia’s claim").
  bool IsNounUse(const std::vector<Token>& tokens, std::size_t i) const;
  // True when a cue of rules/cues.txt starts at k, lowercase and used as a
  // verb: what the patterns' phrase walks stop at.
  bool IsVerbCueAt(const std::vector<Token>& tokens, std::size_t k) const;
  // True when IsVerbCueAt holds for some token in [begin, end).
  bool AnyVerbCueIn(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const;
  // True when a title, organization, group or document word starts at k
  // (rules/source_words.txt): "minister", "director", "news agency".
  bool IsSourceWordAt(const std::vector<Token>& tokens, std::size_t k) const;
  // "Donald Trump's claim that C", "his earlier allegation that C": a noun of
  // rules/references.txt owned by a possessive and followed by a that-clause
  // with its own subject. Appends one attribution per such noun (rule
  // "owner-noun-content"); the source is the owner, possessive included.
  void FindOwnedStatements(const std::vector<Token>& tokens, const std::vector<char>& in_quote,
                           std::vector<Attribution>* found) const;
  // True when a document or finding word of rules/source_words.txt (kind
  // nominal: "report", "poll", "study") stands in `range`.
  bool NamesDocument(const std::vector<Token>& tokens, TokenRange range) const;
  // What stands between a subject and its verb, after a comma or a dash.
  enum class Aside {
    kNone,        // not an aside: a clause of its own
    kNounPhrase,  // an appositive: "a Pentagon spokesman", "director of X"
    kRelative,    // "who leads the panel", "formerly known as X"
    kPhrase,      // "speaking to reporters", "at a later press gaggle", "however"
  };
  Aside AsideKindOf(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                    const std::function<bool(std::size_t)>& is_cue) const;
  // The source before up to three asides that end at `end` (one past a
  // comma or dash): "Trump, speaking to a veterans group, said", "Donna
  // Rawlings, 59, of Ashton, Md., who watched the ceremony, said", "Kall --
  // co-editor of a book on debates -- said". Sets out->source, and
  // out->appositive to the aside or details that say what the source is.
  // False, with *out untouched, when no name stands before them.
  bool SourceBeforeAsides(const std::vector<Token>& tokens, std::size_t end,
                          const std::function<bool(std::size_t)>& is_cue,
                          Attribution* out) const;
  bool MatchOne(const std::vector<Token>& tokens, const std::vector<char>& in_quote,
                std::size_t cue_begin, std::size_t cue_end, const Cue* cue, Attribution* out) const;
  const ExtractionRules& rules_;
};

}  // namespace claimtrack
