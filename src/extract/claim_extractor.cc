// ClaimExtractor: the extraction stage end to end, one article at a time.
#include "extract/claim_extractor.h"

#include <algorithm>

#include "extract/source_phrase.h"
#include "extract/speaker_resolver.h"
#include "extract/stance.h"
#include "ingest/page_furniture.h"

namespace claimtrack {

Status ClaimExtractor::Create(const std::string& rules_dir, std::unique_ptr<ClaimExtractor>* out) {
  ExtractionRules rules;
  Status status = ExtractionRules::Load(rules_dir, &rules);
  if (!status.ok()) return status;
  return Create(std::move(rules), out);
}

Status ClaimExtractor::Create(ExtractionRules rules, std::unique_ptr<ClaimExtractor>* out) {
  auto owned = std::make_unique<ExtractionRules>(std::move(rules));
  std::unique_ptr<SentenceSplitter> splitter;
  Status status = SentenceSplitter::Create(owned->abbreviations, &splitter);
  if (!status.ok()) return status;
  out->reset(new ClaimExtractor(std::move(owned), std::move(splitter)));
  return Status::Ok();
}

ClaimExtractor::ClaimExtractor(std::unique_ptr<ExtractionRules> rules,
                               std::unique_ptr<SentenceSplitter> splitter)
    : rules_(std::move(rules)),
      splitter_(std::move(splitter)),
      tokenizer_(&rules_->abbreviation_set),
      finder_(*rules_) {}

std::string LeadingTimeStamp(std::string_view text, const std::vector<Token>& tokens,
                             std::size_t* length) {
  std::size_t i = 0;
  if (i < tokens.size() && tokens[i].lower == "update") ++i;
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kNumber) return "";
  std::size_t start = i;
  ++i;
  if (i + 1 < tokens.size() && tokens[i].lower == ":" && tokens[i + 1].kind == TokenKind::kNumber) {
    i += 2;
  }
  if (i >= tokens.size()) return "";
  const std::string& unit = tokens[i].lower;
  if (unit != "a.m." && unit != "p.m." && unit != "gmt" && unit != "utc" && unit != "et") return "";
  ++i;
  std::size_t end_byte = tokens[i - 1].span.end;
  if (i < tokens.size() && tokens[i].lower == ":") ++i;
  *length = i;
  return std::string(text.substr(tokens[start].span.begin, end_byte - tokens[start].span.begin));
}

namespace {

bool Overlaps(const Span& span, const std::vector<Span>& spans) {
  for (const Span& s : spans) {
    if (span.begin < s.end && s.begin < span.end) return true;
  }
  return false;
}

// One attribution before its speaker is resolved.
struct Pending {
  Attribution attribution;
  SourcePhrase phrase;
  std::string appositive;
  std::vector<Token> tokens;  // the sentence's tokens
  Span sentence;
  std::string time;
};

// Runs of two or more capitalized words that name a person ("The United
// Nations envoy to Syria Staffan de Mistura is calling ..." -> "Staffan de
// Mistura"), so that a later "De Mistura says" takes the full name even when
// the full name was never a source.
void LearnNameRuns(std::string_view text, const std::vector<Token>& tokens,
                   const ExtractionRules& rules, std::vector<SourcePhrase>* names) {
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (!tokens[i].is_word() || !tokens[i].capitalized) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < tokens.size() && tokens[end].is_word() &&
           (tokens[end].capitalized || tokens[end].lower == "de" || tokens[end].lower == "van" ||
            tokens[end].lower == "von" || tokens[end].lower == "bin")) {
      ++end;
    }
    // "the envoy to Syria Staffan de Mistura", "Secretary of State Rex
    // Tillerson": after a preposition the first word is its object.
    std::size_t start = i;
    if (i > 0 && end - i >= 3 &&
        (tokens[i - 1].lower == "to" || tokens[i - 1].lower == "of" || tokens[i - 1].lower == "for")) {
      start = i + 1;
    }
    SourcePhrase phrase;
    if (end - start >= 2 && ParseSourcePhrase(text, tokens, start, end, rules, &phrase) &&
        phrase.proper && phrase.kind == SourceKind::kPerson) {
      names->push_back(phrase);
    }
    i = end;
  }
}

Span BytesOf(const std::vector<Token>& tokens, TokenRange range) {
  if (range.empty()) return Span{};
  return Span{tokens[range.begin].span.begin, tokens[range.end - 1].span.end};
}

}  // namespace

std::vector<Claim> ClaimExtractor::Extract(const Article& article) const {
  const std::string& text = article.text;
  std::vector<Span> furniture = FindPageFurniture(text, rules_->boilerplate);
  std::vector<Span> quotations = FindQuotations(text);
  std::vector<Pending> pending;
  std::vector<SourcePhrase> names;  // every person's name written in the article
  std::string time;

  for (const Span& sentence : splitter_->Split(text)) {
    if (Overlaps(sentence, furniture)) continue;
    std::vector<Token> tokens = tokenizer_.Tokenize(text, sentence);
    std::size_t stamp_length = 0;
    std::string stamp = LeadingTimeStamp(text, tokens, &stamp_length);
    if (!stamp.empty()) {
      time = stamp;
      tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(stamp_length));
    }
    if (tokens.empty()) continue;
    std::vector<bool> in_quote(tokens.size(), false);
    std::size_t q = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      while (q < quotations.size() && quotations[q].end <= tokens[i].span.begin) ++q;
      in_quote[i] = q < quotations.size() && quotations[q].begin < tokens[i].span.begin &&
                    tokens[i].span.end < quotations[q].end;
    }
    LearnNameRuns(text, tokens, *rules_, &names);
    for (Attribution& attribution : finder_.Find(tokens, in_quote)) {
      Pending p;
      TokenRange source = attribution.source;
      TokenRange appositive = attribution.appositive;
      if (source.empty()) {
        // Subject shared with the main clause: the sentence's first
        // attribution's source, or its leading subject.
        for (const Pending& earlier : pending) {
          if (earlier.sentence.begin == sentence.begin && !earlier.attribution.source.empty()) {
            source = earlier.attribution.source;
            appositive = earlier.attribution.appositive;
            break;
          }
        }
        if (source.empty()) source = finder_.LeadingSubject(tokens, &appositive);
        if (source.empty()) continue;
        attribution.source = source;
        attribution.appositive = appositive;
      }
      if (!ParseSourcePhrase(text, tokens, source.begin, source.end, *rules_, &p.phrase)) continue;
      if (!appositive.empty()) {
        Span bytes = BytesOf(tokens, appositive);
        p.appositive = std::string(bytes.in(text));
        // "Syria’s U.N. ambassador who led the delegation" -> "Syria’s U.N. ambassador".
        for (std::string_view relative : {" who ", " which ", " whose "}) {
          std::size_t at = p.appositive.find(relative);
          if (at != std::string::npos) p.appositive.resize(at);
        }
        // "a coalition spokesman" -> "coalition spokesman".
        for (std::string_view article_word : {"a ", "an ", "the ", "A ", "An ", "The "}) {
          if (p.appositive.rfind(article_word, 0) == 0) {
            p.appositive = p.appositive.substr(article_word.size());
            break;
          }
        }
        if (p.phrase.kind == SourceKind::kUnknown) p.phrase.kind = SourceKind::kPerson;
        p.phrase.role = p.appositive;
        // "The head of the rebel delegation, Mohammad Alloush, said": the
        // appositive is the name.
        if (!p.phrase.proper) {
          SourcePhrase inner;
          if (ParseSourcePhrase(text, tokens, appositive.begin, appositive.end, *rules_, &inner) &&
              inner.proper) {
            std::string role_text = p.phrase.mention;
            p.phrase = inner;
            p.appositive = role_text;
            p.phrase.role = role_text;
          }
        }
      }
      p.attribution = attribution;
      p.tokens = tokens;
      p.sentence = sentence;
      p.time = time;
      pending.push_back(std::move(p));
    }
  }

  SpeakerResolver resolver;
  for (const Pending& p : pending) names.push_back(p.phrase);
  resolver.LearnNames(names);

  std::vector<Claim> claims;
  for (const Pending& p : pending) {
    ResolvedSource resolved;
    if (!resolver.Resolve(p.phrase, &resolved)) continue;  // a pronoun with no antecedent
    Claim claim;
    claim.doc = article.doc;
    claim.source = resolved.name;
    claim.mention = p.phrase.mention;
    claim.role = !p.appositive.empty() ? p.appositive : resolved.role;
    claim.source_kind = std::string(SourceKindName(resolved.kind));
    Span cue_bytes = BytesOf(p.tokens, p.attribution.cue);
    claim.cue = std::string(cue_bytes.in(text));
    claim.cue_lemma = p.attribution.cue_rule->lemma;
    claim.content_span = BytesOf(p.tokens, p.attribution.content);
    claim.content = std::string(claim.content_span.in(text));
    claim.sentence_span = p.sentence;
    claim.rule = p.attribution.rule;
    StanceFinding stance = FindStance(text, p.tokens, p.attribution, *rules_);
    claim.stance = stance.stance;
    claim.evidence = stance.evidence;
    claim.target = stance.target;
    claim.quote = QuoteKind::kIndirect;
    for (const Span& q : quotations) {
      if (q.begin <= claim.content_span.begin && claim.content_span.end <= q.end) {
        claim.quote = QuoteKind::kDirect;
      }
    }
    claim.date = article.date;
    claim.time = p.time;
    claims.push_back(std::move(claim));
  }
  // Two cues over one content (a rare overlap of patterns) give one claim.
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return a.content_span.begin < b.content_span.begin;
  });
  claims.erase(std::unique(claims.begin(), claims.end(),
                           [](const Claim& a, const Claim& b) {
                             return a.content_span.begin == b.content_span.begin &&
                                    a.content_span.end == b.content_span.end;
                           }),
               claims.end());
  return claims;
}

}  // namespace claimtrack
