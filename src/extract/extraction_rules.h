// ExtractionRules: everything extraction reads from rules/, compiled once
// into lookup tables. Loading checks every line and reports each mistake as
// `rules/FILE:LINE: problem`; a rules folder with mistakes is refused whole.
//
// Files read (formats in docs/rules.md and at the top of each file):
//   cues.txt           cue verbs and phrases, with stance and frame
//   rebuttals.txt      words in a claim that make it a denial ("rubbish")
//   hedges.txt         words that make a claim tentative ("reportedly")
//   references.txt     nouns that refer to an earlier claim ("that claim")
//   source_words.txt   titles, organization, group and document words
//   abbreviations.txt  words whose period does not end a sentence
//   boilerplate.txt    page furniture that yields no claims
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "base/phrase_map.h"
#include "base/status.h"
#include "ingest/page_furniture.h"
#include "model/claim.h"

namespace claimtrack {

// How source, cue and content are arranged around a cue (see cues.txt).
enum class CueFrame { kSpeech, kTell, kCall, kAccording, kQuoted };

struct Cue {
  std::string lemma;  // "say", "according to"
  Stance stance = Stance::kAssert;
  CueFrame frame = CueFrame::kSpeech;
  bool needs_that = false;  // complement=that: only with a that-clause or a quotation
  bool agentless = false;   // agentless=yes: "X is estimated to have killed Y" has no source
  std::string where;  // "rules/cues.txt:12": the line that defined it
  // Set for the forms listed in nouns=: the form is as often a noun ("hope",
  // "fear"), so it is a cue only after a plural subject ("critics fear").
  bool noun_form = false;
};

enum class SourceWordKind { kTitle, kOrganization, kGroup, kNominal };

struct ExtractionRules {
  PhraseMap<Cue> cues;                       // every written form -> its cue
  PhraseMap<bool> rebuttals;
  PhraseMap<bool> hedges;
  // Single words, as one-word phrases: FindStance asks about the first words
  // of every content, and the map's filter turns most away unhashed.
  PhraseMap<bool> references;
  PhraseMap<SourceWordKind> source_words;
  std::vector<std::string> abbreviations;    // as written, with the period
  std::unordered_set<std::string> abbreviation_set;
  std::vector<BoilerplateRule> boilerplate;

  // Loads every file above from `rules_dir`. On failure, the message lists
  // every problem found, one per line.
  static Status Load(const std::string& rules_dir, ExtractionRules* out);
  // The same from several folders: each file is read from every folder that
  // has it, in order (the first must), and later entries win.
  static Status Load(const std::vector<std::string>& rules_dirs, ExtractionRules* out);
};


}  // namespace claimtrack
