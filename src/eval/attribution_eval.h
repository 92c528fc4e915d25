// Attribution evaluation: compares extracted claims with hand-annotated gold
// attributions (the PolNeAR jsonl format: `text`, and `attributions` with
// `source`, `cue`, `content_start`, `content_end` in Unicode code points).
//
// A claim matches a gold attribution when it covers at least 30% of the gold
// content and lies at least 30% inside it (lenient span overlap, as in the
// quote-extraction literature). Scores:
//   content found   recall over gold attributions that name a source;
//   source right    the same, and the claim's source or mention shares a word
//                   with the gold source (a gold pronoun counts as right,
//                   relative pronouns such as "who" and "which" included);
//   precision       claims that match some gold content, over all claims.
// Per-rule and per-cue counts show which pattern costs precision. Recall is
// also given over the gold attributions whose cue holds a form of the cue
// lexicon (rules/cues.txt): a gold set such as PolNeAR's also attributes
// wishes, plans and positions ("wants", "declined to", "supports"), which
// no verb of the lexicon cues.
#pragma once

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/article.h"
#include "model/claim.h"

namespace claimtrack {

struct GoldAttribution {
  std::string source;  // as written; empty when the text names none
  std::string cue;
  std::string stance;  // "assert", "deny", or empty when the gold does not say
  Span content;        // UTF-8 bytes into the article's text
};

struct GoldArticle {
  Article article;
  std::vector<GoldAttribution> attributions;
};

// Reads a gold jsonl file; code-point offsets are converted to bytes. A
// malformed line is an error naming the file and line.
Status ReadGoldFile(const std::string& path, std::vector<GoldArticle>* out);

struct MatchCounts {
  long claims = 0;   // claims produced
  long matched = 0;  // claims matching some gold content
  double precision() const { return claims ? static_cast<double>(matched) / claims : 0.0; }
};

struct EvalReport {
  long articles = 0;
  long gold = 0;                // gold attributions naming a source
  long gold_found = 0;          // ... matched by a claim
  long gold_source_right = 0;   // ... matched by a claim with the right source
  long claims = 0;
  long claims_matched = 0;      // claims matching any gold content
  long claims_source_right = 0; // claims matching a gold content with the right source
  long gold_deny = 0;           // gold attributions marked "deny"
  long gold_deny_found = 0;     // ... matched by a claim whose stance is deny
  long gold_lexicon = 0;        // gold naming a source whose cue has a lexicon form
  long gold_lexicon_source_right = 0;  // ... matched with the right source
  std::map<std::string, MatchCounts> by_rule;
  std::map<std::string, MatchCounts> by_cue;  // cue lemma

  double precision() const;
  double recall() const;
  double f1() const;
  double precision_source() const;
  double recall_source() const;
  double f1_source() const;
  double recall_lexicon_source() const;  // over gold_lexicon
};

// `claims[i]` are the claims extracted from `gold[i].article`.
// `lexicon_cue` tells whether a gold cue, as written, holds a form of the
// cue lexicon.
EvalReport Evaluate(const std::vector<GoldArticle>& gold,
                    const std::vector<std::vector<Claim>>& claims,
                    const std::function<bool(const std::string&)>& lexicon_cue);

void WriteEvalText(const EvalReport& report, std::ostream& out);
void WriteEvalJson(const EvalReport& report, std::ostream& out);

// True when a claim's source or mention shares a word with the gold source,
// or the gold source is a pronoun.
bool SourceAgrees(const Claim& claim, const std::string& gold_source);

}  // namespace claimtrack
