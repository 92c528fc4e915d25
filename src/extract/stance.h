// Stance of a claim and the earlier claim it refers to.
//   - A deny cue ("denied", "rejected", "dismissed") makes the claim a denial.
//   - A rebuttal word in the content ("rubbish", "propaganda", "baseless")
//     makes it a denial of what it talks about.
//   - A reference phrase in the content ("That claim", "the Russian claim",
//     "Russia’s claim that ...") names the claim that is denied; the matcher
//     links the two.
//   - A hedge ("reportedly", "allegedly", "is believed to") anywhere in the
//     attribution (source, cue or content) makes the claim tentative.
#pragma once

#include <string>
#include <vector>

#include "extract/extraction_rules.h"
#include "extract/attribution_finder.h"
#include "text/tokenizer.h"

namespace claimtrack {

struct StanceFinding {
  Stance stance = Stance::kAssert;
  std::string evidence;  // the cue or rebuttal word that made it a denial
  std::string target;    // the reference phrase ("the Russian claim"), or empty
  std::string hedge;     // the hedge as written ("reportedly"), or empty
};

// `text` is the article's text; `content` the claim's content tokens.
StanceFinding FindStance(std::string_view text, const std::vector<Token>& tokens,
                         const Attribution& attribution, const ExtractionRules& rules);

}  // namespace claimtrack
