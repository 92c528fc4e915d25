// ClaimExtractor: an article in, its attributed claims out. Runs the whole
// extraction stage: page furniture, sentences (ICU), tokens, attribution
// patterns, speaker resolution, stance, and live-blog time stamps.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/attribution_finder.h"
#include "extract/extraction_rules.h"
#include "model/article.h"
#include "model/claim.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace claimtrack {

class ClaimExtractor {
 public:
  // Loads the rules from `rules_dir`; fails with every rule-file problem.
  static Status Create(const std::string& rules_dir, std::unique_ptr<ClaimExtractor>* out);
  static Status Create(ExtractionRules rules, std::unique_ptr<ClaimExtractor>* out);

  // Claims of `article` in text order, each with source, cue, content,
  // stance, byte spans, rule and date. Not thread-safe: use one extractor per
  // thread.
  std::vector<Claim> Extract(const Article& article) const;

  const ExtractionRules& rules() const { return *rules_; }

 private:
  ClaimExtractor(std::unique_ptr<ExtractionRules> rules, std::unique_ptr<SentenceSplitter> splitter);
  std::unique_ptr<ExtractionRules> rules_;
  std::unique_ptr<SentenceSplitter> splitter_;
  Tokenizer tokenizer_;
  AttributionFinder finder_;
};

// The live-blog time stamp opening a sentence ("9:30 p.m.", "UPDATE 1125
// GMT:", "8 p.m."), as written; sets *length to its number of tokens. Empty
// when the sentence does not open with one.
std::string LeadingTimeStamp(std::string_view text, const std::vector<Token>& tokens,
                             std::size_t* length);

}  // namespace claimtrack
