// Stance and reference detection over a claim's content tokens.
#include "extract/stance.h"

#include "extract/source_phrase.h"

namespace claimtrack {

namespace {

// Words that may stand between a determiner and a reference noun: "the
// Russian claim", "Moscow’s earlier claim", "such reports".
bool CanModifyReference(const Token& t) {
  return t.is_word() && (t.capitalized || t.lower == "earlier" || t.lower == "latest" ||
                         t.lower == "new" || t.lower == "recent" || t.lower == "initial");
}

bool OpensReference(const Token& t) {
  const LowerString& w = t.lower;
  bool possessive = w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.back() == '\'');
  return possessive || w == "that" || w == "this" || w == "the" || w == "such" || w == "these" ||
         w == "a" || w == "an" ||
         w == "those" || w == "his" || w == "her" || w == "its" || w == "their";
}

// The first phrase of `phrases` (rebuttals, hedges) in tokens[begin, end),
// as written in `text`, or empty. Quotation marks inside a phrase are
// passed over: 'there was not "one iota" of truth in the report'.
std::string FirstPhrase(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                        std::size_t end, const PhraseMap<bool>& phrases) {
  for (std::size_t k = begin; k < end; ++k) {
    // The m-th token from k that is not a quotation mark, or `end`.
    auto unquoted = [&](std::size_t m) {
      std::size_t at = k;
      for (; at < end; ++at) {
        if (tokens[at].is_quote()) continue;
        if (m == 0) break;
        --m;
      }
      return at;
    };
    auto word_at = [&](std::size_t m) -> const std::string* {
      const std::size_t at = unquoted(m);
      return at < end && tokens[at].is_word() ? &tokens[at].lower : nullptr;
    };
    std::size_t length = 0;
    if (tokens[k].is_word() && phrases.Match(0, word_at, &length)) {
      const std::size_t last = unquoted(length - 1);
      return std::string(
          text.substr(tokens[k].span.begin, tokens[last].span.end - tokens[k].span.begin));
    }
  }
  return {};
}

}  // namespace

StanceFinding FindStance(std::string_view text, const std::vector<Token>& tokens,
                         const Attribution& attribution, const ExtractionRules& rules) {
  StanceFinding finding;
  const TokenRange& content = attribution.content;
  // A quote continuation has no cue of its own: only its words count.
  if (!attribution.cue.empty() && attribution.cue_rule->stance == Stance::kDeny) {
    finding.stance = Stance::kDeny;
    finding.evidence = tokens[attribution.cue.begin].lower;
  }
  if (finding.evidence.empty()) {
    finding.evidence = FirstPhrase(text, tokens, content.begin, content.end, rules.rebuttals);
    if (!finding.evidence.empty()) finding.stance = Stance::kDeny;
  }
  // A reference near the start of the content: "That claim", "Russia’s claim that ...".
  std::size_t limit = std::min(content.end, content.begin + 6);
  for (std::size_t k = content.begin; k < limit; ++k) {
    if (rules.references.Find(tokens[k].lower) == nullptr) continue;
    std::size_t start = k;
    while (start > content.begin && CanModifyReference(tokens[start - 1])) --start;
    if (start > content.begin && OpensReference(tokens[start - 1])) --start;
    if (start == k && !(k > content.begin && OpensReference(tokens[k - 1]))) break;
    finding.target = std::string(
        text.substr(tokens[start].span.begin, tokens[k].span.end - tokens[start].span.begin));
    break;
  }
  // Hedges: from the first to the last token of source, cue and content, and
  // from the sentence start when that is only a few tokens before
  // ("Reportedly, the ministry said ...").
  std::size_t begin = content.begin, end = content.end;
  for (const TokenRange* r : {&attribution.source, &attribution.cue}) {
    if (r->empty()) continue;
    begin = std::min(begin, r->begin);
    end = std::max(end, r->end);
  }
  if (begin <= 3) begin = 0;
  finding.hedge = FirstPhrase(text, tokens, begin, end, rules.hedges);
  return finding;
}

}  // namespace claimtrack
