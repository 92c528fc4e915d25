// ClaimExtractor: the extraction stage end to end, one article at a time.
#include "extract/claim_extractor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <functional>
#include <string>

#include "base/civil_date.h"
#include "base/word_list.h"
#include "extract/attribution_words.h"
#include "extract/phrase_edges.h"
#include "extract/source_phrase.h"
#include "extract/speaker_resolver.h"
#include "extract/stance.h"
#include "ingest/page_furniture.h"
#include "text/encoding.h"

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
  const LowerString& unit = tokens[i].lower;
  if (unit != "a.m." && unit != "p.m." && unit != "gmt" && unit != "utc" && unit != "et") return "";
  ++i;
  std::size_t end_byte = tokens[i - 1].span.end;
  if (i < tokens.size() && tokens[i].lower == ":") ++i;
  *length = i;
  return std::string(text.substr(tokens[start].span.begin, end_byte - tokens[start].span.begin));
}

namespace {

// An attribution that asserts nothing a reader could check: its content is
// a lone pronoun ("It was criticised by net users", "Only three senators
// have endorsed him"). Denials of "it" stay: they deny something.
bool NothingClaimed(const std::vector<Token>& tokens, const Attribution& attribution) {
  using attribution::In;
  using attribution::IsWordOrNumber;
  using attribution::WordCount;
  const TokenRange content = attribution.content;
  if (WordCount(tokens, content) != 1) return false;
  static constexpr WordList<4> kDemonstratives({"this", "that", "these", "those"});
  for (std::size_t k = content.begin; k < content.end; ++k) {
    if (IsWordOrNumber(tokens[k])) {
      const LowerString& w = tokens[k].lower;
      return PronounOf(w) != PronounKind::kNone || In(w, kDemonstratives);
    }
  }
  return false;
}

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
  std::size_t tokens = 0;  // the sentence's tokens: an index into sentence_tokens in Extract
  Span sentence;
  std::string time;
  // Set for a quote continuation: the cue of the claim it continues.
  std::string continued_cue;
  const Cue* continued_rule = nullptr;
  // End of the content when the quotation runs on into later sentences.
  std::size_t extended_end = 0;
};

// A person named in the text, for pronouns that refer back to them.
struct Mention {
  SourcePhrase phrase;
  std::size_t offset = 0;
  bool subject = false;  // a one-word name opening its sentence ("Jordan wants ...")
  std::size_t sentence = 0;  // where its sentence's first token starts
};

// Where in `word` its least frequent English letter is (the first byte
// when it has no ASCII letter): the byte to look for when searching for the
// word in a text. The words searched for open sentences, and the letter
// they open with is often a common one ("analysts", "shares"): looking for
// it stopped at one byte in ten or so of the text.
std::size_t RarestLetterAt(std::string_view word) {
  static constexpr std::string_view kLettersByFrequency = "etaoinshrdlcumwfgypbvkjxqz";
  std::size_t at = 0;
  std::size_t rarest = 0;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
    const std::size_t rank = kLettersByFrequency.find(static_cast<char>(c | 0x20)) + 1;
    if (rank > rarest) {
      rarest = rank;
      at = k;
    }
  }
  return at;
}

// Whether `word` (capitalized) occurs in `text` with a lowercase first
// letter, as a whole word: "rather" for "Rather". ASCII letters only.
bool OccursInLowercase(std::string_view text, std::string_view word) {
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
  if (text.size() < word.size()) return false;
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0;
  };
  // Every place the word could start, found by its rarest letter: `pin`
  // bytes into the word, so at `pin` bytes past the start.
  const std::size_t pin = RarestLetterAt(lower);
  const char* const first = text.data() + pin;
  const char* const end = text.data() + (text.size() - lower.size()) + pin + 1;
  for (const void* hit = std::memchr(first, lower[pin], end - first); hit != nullptr;
       hit = std::memchr(static_cast<const char*>(hit) + 1, lower[pin],
                         end - static_cast<const char*>(hit) - 1)) {
    const std::size_t at = static_cast<const char*>(hit) - first;
    const std::size_t after = at + lower.size();
    if (text[at] == lower[0] && std::memcmp(text.data() + at, lower.data(), lower.size()) == 0 &&
        (at == 0 || !letter(text[at - 1])) && (after >= text.size() || !letter(text[after]))) {
      return true;
    }
  }
  return false;
}

// The text within `reach` bytes of `at` on either side: where a word's
// other uses are looked for. A news article fits whole; a text of many
// megabytes is not searched whole for every sentence (quadratic).
std::string_view TextAround(std::string_view text, std::size_t at) {
  constexpr std::size_t kReach = 32 * 1024;
  const std::size_t begin = at > kReach ? at - kReach : 0;
  return text.substr(begin, 2 * kReach);
}

// People named in a sentence: runs of two or more capitalized words that
// parse as a person ("The United Nations envoy to Syria Staffan de Mistura is
// calling ..." -> "Staffan de Mistura"), and single capitalized words inside
// the sentence ("Kasich"), which the resolver keeps when they are the last
// name of someone named in full.
void FindMentions(std::string_view text, const std::vector<Token>& tokens,
                  const ExtractionRules& rules, std::vector<Mention>* mentions) {
  // Where the sentence's subject starts: its first word, or the word after
  // an opening adverbial phrase and its comma ("In a statement released
  // through her attorney, Jones repeated ...").
  std::size_t subject_at = !tokens.empty() && !tokens[0].is_word() ? 1 : 0;
  if (subject_at < tokens.size() && tokens[subject_at].capitalized &&
      IsFunctionWord(tokens[subject_at].lower) && PronounOf(tokens[subject_at].lower) == PronounKind::kNone) {
    for (std::size_t k = subject_at + 1; k + 1 < tokens.size() && k < subject_at + 16; ++k) {
      if (tokens[k].lower == ",") {
        subject_at = k + 1;
        break;
      }
      if (!tokens[k].is_word() && tokens[k].kind != TokenKind::kNumber) break;
    }
  }
  // ('“Do I bear responsibility ...”': a quotation's words have no subject
  // the reporter's pronouns refer to.)
  const bool quoted = !tokens.empty() && (tokens[0].kind == TokenKind::kOpenQuote ||
                                          tokens[0].kind == TokenKind::kQuote);
  // A headline in title case ("Ted Cruz Apologizes To Ben Carson For
  // Telling Supporters Carson Was Quitting") runs its names into the words
  // around them: its names are not learned, the article's text names them.
  if (attribution::IsHeadlineCase(tokens, 5)) return;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (!tokens[i].is_word() || !tokens[i].capitalized) {
      ++i;
      continue;
    }
    // A headline capitalizes its verbs too: "Donald Trump Is Right", "Clinton
    // Says ..." name "Donald Trump" and "Clinton", and no one is named "Is
    // Right". ("Will", "Said" and "Can" are also names: George Will, Edward
    // Said, Can Dundar.)
    static constexpr WordList<12> kHeadlineVerbs({"is", "are", "was", "were", "has", "have", "had",
                                                  "would", "could", "says", "does", "did"});
    if (kHeadlineVerbs.Contains(tokens[i].lower)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < tokens.size() && tokens[end].is_word() &&
           (tokens[end].capitalized || tokens[end].lower == "de" || tokens[end].lower == "van" ||
            tokens[end].lower == "von" || tokens[end].lower == "bin") &&
           !(end > i && kHeadlineVerbs.Contains(tokens[end].lower))) {
      ++end;
    }
    // "the envoy to Syria Staffan de Mistura", "Secretary of State Rex
    // Tillerson": after a preposition the first word is its object.
    // A capitalized function word opening the sentence is no part of a
    // name: "But Iran", "The Pentagon".
    while (i < end && tokens[i].capitalized && IsFunctionWord(tokens[i].lower)) ++i;
    // "Said Dorothy Poynter, ...": an inverted verb of saying opening the
    // sentence is no part of the name either.
    if (i < end && i <= 1 && i + 1 < end && (i == 0 || !tokens[0].is_word())) {
      auto word_at = [&](std::size_t k) -> const std::string* {
        return k == i ? &tokens[k].lower : nullptr;
      };
      std::size_t length = 0;
      const Cue* cue = rules.cues.Match(i, word_at, &length);
      if (cue && cue->lemma != tokens[i].lower) ++i;
    }
    if (i >= end) {
      i = end;
      continue;
    }
    std::size_t start = i;
    if (i > 0 && end - i >= 3 &&
        (tokens[i - 1].lower == "to" || tokens[i - 1].lower == "of" || tokens[i - 1].lower == "for")) {
      start = i + 1;
    }
    SourcePhrase phrase;
    // "She will also run in the Grand Prix in Birmingham", "at the
    // Australian Open.": capitalized words between "the" and the phrase's
    // end name an event, a place or a body, which "she" cannot mean. (Not
    // a name used as a modifier, "the Bernie Sanders campaign", nor one
    // after a title, "the Rev. Al Sharpton".)
    const bool thing =
        start > 0 && tokens[start - 1].lower == "the" &&
        (end >= tokens.size() || !tokens[end].is_word() || IsFunctionWord(tokens[end].lower));
    if (end - start >= 2 && ParseSourcePhrase(text, tokens, start, end, rules, &phrase) &&
        phrase.proper && phrase.kind == SourceKind::kPerson && !(thing && phrase.role.empty())) {
      bool opens_sentence =
          !quoted && (start == 0 || (start == 1 && !tokens[0].is_word()) || start == subject_at);
      // Built in place: a Mention moved into the vector moves four strings.
      Mention& mention = mentions->emplace_back();
      mention.phrase = std::move(phrase);
      mention.offset = tokens[start].span.begin;
      mention.subject = opens_sentence;
      mention.sentence = tokens[0].span.begin;
    } else if (end - i == 1) {
      // "Rather, sources close to her say ...", "Spending plans have been set
      // out": a word capitalized only because it opens the sentence, as its
      // lowercase use elsewhere in the article shows, names no one.
      const bool first_word = i == 0 || (i == 1 && !tokens[0].is_word());
      // ("Yesterday", "Monday": times name no one either.)
      if (attribution::IsTimeWord(tokens[i]) ||
          (first_word && !tokens[i].all_caps &&
           OccursInLowercase(TextAround(text, tokens[i].span.begin), tokens[i].span.in(text)))) {
        i = end;
        continue;
      }
      bool opens_sentence = !quoted && (first_word || i == subject_at);
      // "Syria’s government ..." does not make Syria the subject.
      const LowerString& w = tokens[i].lower;
      if (w.size() > 2 && w.ends_with("'s")) opens_sentence = false;
      // "ASTANA, Kazakhstan — ...": a dateline, not a subject.
      if (tokens[i].all_caps) opens_sentence = false;
      Mention& mention = mentions->emplace_back();
      mention.phrase.mention.assign(tokens[i].span.in(text));
      mention.phrase.name = mention.phrase.mention;
      mention.phrase.proper = true;
      mention.offset = tokens[i].span.begin;
      mention.subject = opens_sentence;
      mention.sentence = tokens[0].span.begin;
    }
    i = end;
  }
}

// "The union leaders met on Monday. They said ...": a plural noun phrase
// opening a sentence that attributes nothing, up to its verb, is what a
// later "they" can stand for. (In a sentence with an attribution the
// subject is the speaker, already known, or the subject of what was said.)
void FindPluralSubject(std::string_view text, const std::vector<Token>& tokens,
                       const ExtractionRules& rules, std::vector<Mention>* mentions) {
  std::size_t subject_at = !tokens.empty() && !tokens[0].is_word() ? 1 : 0;
  if (subject_at < tokens.size() && tokens[subject_at].is_word() &&
      PronounOf(tokens[subject_at].lower) == PronounKind::kNone) {
    static constexpr WordList<12> kNotVerbs(
        {"of", "in", "for", "from", "at", "with", "who", "that", "and", "or", "on", "to"});
    for (std::size_t k = subject_at + 1; k < tokens.size() && k <= subject_at + 5; ++k) {
      const Token& head = tokens[k - 1];
      const Token& next = tokens[k];
      if (!head.is_word()) break;
      const LowerString& w = head.lower;
      // "leaders", "Millennials"; not "Russia's" or "congress".
      bool plural = w.size() > 3 && w.back() == 's' && w[w.size() - 2] != '\'' &&
                    w[w.size() - 2] != 's';
      bool verb_next = next.is_word() && !next.capitalized && !kNotVerbs.Contains(next.lower);
      if (!plural || !verb_next) continue;
      SourcePhrase phrase;
      if (ParseSourcePhrase(text, tokens, subject_at, k, rules, &phrase) &&
          (phrase.kind == SourceKind::kGroup || phrase.kind == SourceKind::kUnknown) &&
          phrase.pronoun == PronounKind::kNone) {
        phrase.kind = SourceKind::kGroup;
        mentions->push_back(Mention{std::move(phrase), tokens[subject_at].span.begin, true});
      }
      break;
    }
  }
}

Span BytesOf(const std::vector<Token>& tokens, TokenRange range) {
  if (range.empty()) return Span{};
  return Span{tokens[range.begin].span.begin, tokens[range.end - 1].span.end};
}

// Bytes of the UTF-8 sequence that starts with `lead`.
std::size_t Utf8Length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// The day a claim was made: "said Monday", "on Tuesday told reporters",
// "told reporters at a news conference on Tuesday that ..." name a weekday
// next to the cue, resolved against the article's date; else the article's
// date. A weekday elsewhere in the sentence dates the event, not the claim.
std::string ClaimDate(const std::string& article_date, const std::vector<Token>& tokens,
                      const Attribution& attribution) {
  if (attribution.cue.empty()) return article_date;
  auto weekday_at = [&](std::size_t k) { return WeekdayFromName(tokens[k].lower); };
  std::size_t first = attribution.cue.begin >= 3 ? attribution.cue.begin - 3 : 0;
  for (std::size_t k = first; k < attribution.cue.begin; ++k) {
    if (weekday_at(k) >= 0) return ResolveWeekday(article_date, weekday_at(k));
  }
  // After the cue, only up to where the content starts.
  std::size_t stop = attribution.content.begin > attribution.cue.end ? attribution.content.begin
                                                                     : attribution.cue.end + 8;
  for (std::size_t k = attribution.cue.end; k < tokens.size() && k < stop; ++k) {
    if (tokens[k].lower == "that" || tokens[k].is_quote() || tokens[k].lower == ",") break;
    if (weekday_at(k) >= 0) return ResolveWeekday(article_date, weekday_at(k));
  }
  return article_date;
}

bool StartsQuotation(const std::vector<Token>& tokens) {
  return !tokens.empty() &&
         (tokens[0].kind == TokenKind::kOpenQuote || tokens[0].kind == TokenKind::kQuote);
}

// `range` without the quotation marks and punctuation that end it: "rights.”"
// gives "rights".
TokenRange WithoutTrailingMarks(const std::vector<Token>& tokens, TokenRange range) {
  while (range.end > range.begin && !tokens[range.end - 1].is_word() &&
         tokens[range.end - 1].kind != TokenKind::kNumber) {
    --range.end;
  }
  return range;
}

// The sentence's words without the quotation marks around them and the final
// period: the content of a quote continuation.
TokenRange WholeSentenceContent(const std::vector<Token>& tokens) {
  std::size_t begin = 0;
  while (begin < tokens.size() && (tokens[begin].is_quote() || !tokens[begin].is_word())) {
    if (tokens[begin].kind == TokenKind::kNumber) break;
    ++begin;
  }
  return WithoutTrailingMarks(tokens, TokenRange{begin, tokens.size()});
}

// Whether the quotation that the sentence opens with goes on past the
// sentence and closes on a comma: '“S1. S2,” he
// said.' is attributed where it closes, so S1 continues no earlier claim,
// though it opens with a quotation. `quotations` holds FindQuotations's spans,
// marks included, in text order.
bool QuotationAttributedAtItsClose(std::string_view text, const std::vector<Span>& quotations,
                                   const std::vector<Token>& tokens, Span sentence) {
  if (!StartsQuotation(tokens)) return false;
  const std::size_t opening = tokens[0].span.begin;
  auto q = std::lower_bound(quotations.begin(), quotations.end(), opening,
                            [](const Span& a, std::size_t at) { return a.begin < at; });
  if (q == quotations.end() || q->begin != opening || q->end <= sentence.end) return false;
  // Step back over the closing mark: one code point ("”", '"'), or the two
  // apostrophes of "''".
  std::size_t before = q->end;
  do {
    --before;
  } while (before > q->begin && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80);
  if (text[before] == '\'' && before > q->begin && text[before - 1] == '\'') --before;
  const std::string_view mark = text.substr(before, q->end - before);
  if (mark != "”" && mark != "\"" && mark != "''" && mark != "»")
    return false;  // closed at a paragraph's end
  if (before == q->begin) return false;
  // (Not a question or exclamation mark: a quotation's last sentence may
  // ask or exclaim, '“S1. Do you still believe it?”'.)
  return text[before - 1] == ',';
}

// A possessive owner as the name it stands for: "Trump's" -> "Trump" (its
// span loses "'s" or "’s"). False when `t` ends in no "'s". (Pronoun owners,
// "his claim that ...", make no owned statement: AttributionFinder::
// FindOwnedStatements.)
bool OwnerAsSubject(std::string_view text, Token* t) {
  const std::string& w = t->lower;
  if (w.size() <= 2 || w.compare(w.size() - 2, 2, "'s") != 0) return false;
  // The written apostrophe is ' (one byte) or ’ (three).
  const std::string_view bytes = t->span.in(text);
  const std::size_t written = bytes.size() >= 4 && bytes.substr(bytes.size() - 4) == "’s" ? 4 : 2;
  t->span.end -= written;
  t->lower = w.substr(0, w.size() - 2);
  return true;
}

// A sentence, perhaps two joined: "He said:" closing a paragraph, and the
// next opening with a quotation, are one sentence, so that the quotation is
// the content of the attribution before it ("The committee said about its
// platform:\n\n“The platform goes ...”"). The sentences after the first one
// of the quotation continue it as usual. Only when `has_cue` finds a verb of
// saying before the colon: "Partial transcript as follows:" introduces
// speakers of its own. A paragraph that is not quoted ("In a speech last
// July, he said:\n\nLet no one be mistaken ...", a block quotation whose
// marks the page dropped) joins only when `ends_with_cue` finds the verb
// right before the colon; its first sentence is the content.
struct JoinedSentence {
  Span span;
  std::size_t quotation = std::string_view::npos;  // where the joined quotation opens
  bool quoted = true;  // the joined sentence opens with a quotation mark
};

std::vector<JoinedSentence> JoinQuotationsAfterColon(
    std::string_view text, const std::vector<Span>& sentences, const std::vector<Span>& quotations,
    const std::function<bool(Span)>& has_cue, const std::function<bool(Span)>& ends_with_cue) {
  std::vector<JoinedSentence> joined;
  joined.reserve(sentences.size());
  std::size_t q = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    // The splitter's spans are trimmed of white space (SentenceSplitter::Split).
    JoinedSentence sentence{sentences[i]};
    const Span& span = sentence.span;
    if (span.end > span.begin && text[span.end - 1] == ':' && i + 1 < sentences.size()) {
      const std::size_t next = sentences[i + 1].begin;
      while (q < quotations.size() && quotations[q].begin < next) ++q;
      if (q < quotations.size() && quotations[q].begin == next && has_cue(sentence.span)) {
        sentence.span.end = sentences[i + 1].end;
        sentence.quotation = next;
        ++i;
      } else if ((q >= quotations.size() || quotations[q].begin > sentences[i + 1].end) &&
                 LineEnd(text.substr(span.end, next - span.end), 0) < next - span.end &&
                 ends_with_cue(sentence.span)) {
        sentence.span.end = sentences[i + 1].end;
        sentence.quotation = next;
        sentence.quoted = false;
        ++i;
      }
    }
    joined.push_back(sentence);
  }
  return joined;
}

}  // namespace

std::vector<Claim> ClaimExtractor::Extract(const Article& article) const {
  const std::string& text = article.text;
  std::vector<Span> furniture = FindPageFurniture(text, rules_->boilerplate);
  std::vector<Span> quotations = FindQuotations(text);
  std::vector<Pending> pending;
  // The tokens of each sentence that has a Pending, once however many
  // attributions it has (each Pending used to hold a copy).
  std::vector<std::vector<Token>> sentence_tokens;
  std::vector<SourcePhrase> names;  // every person's full name in the article
  std::vector<Mention> mentions;
  // About one mention per 70 bytes of news text: grown seldom, as a Mention
  // moved on growth moves four strings.
  mentions.reserve(text.size() / 64 + 8);
  names.reserve(text.size() / 128 + 8);    // a SourcePhrase moved on growth moves four strings
  pending.reserve(text.size() / 512 + 8);  // a Pending moved on growth moves eight strings
  sentence_tokens.reserve(text.size() / 512 + 8);
  std::string time;
  std::size_t previous_end = 0;
  bool previous_attributed = false;  // the sentence before had a claim
  // The sentence's tokens: one vector for the sentences that keep none,
  // moved to sentence_tokens by one that has a Pending.
  std::vector<Token> tokens;
  std::vector<char> in_quote;      // per token of the sentence: inside a quotation
  std::size_t next_quotation = 0;  // quotations before it end before the sentence

  auto has_cue = [&](Span sentence) { return finder_.HasCue(tokenizer_.Tokenize(text, sentence)); };
  auto ends_with_cue = [&](Span sentence) {
    return finder_.EndsWithCueAndColon(tokenizer_.Tokenize(text, sentence));
  };
  for (const JoinedSentence& joined :
       JoinQuotationsAfterColon(text, splitter_->Split(text), quotations, has_cue, ends_with_cue)) {
    const Span& sentence = joined.span;
    // A line end between sentences (LF, CRLF or a lone CR) starts a paragraph.
    std::string_view gap =
        std::string_view(text).substr(previous_end, sentence.begin - previous_end);
    bool new_paragraph = LineEnd(gap, 0) < gap.size();
    previous_end = sentence.end;
    if (Overlaps(sentence, furniture)) {
      previous_attributed = false;
      continue;
    }
    tokenizer_.Tokenize(text, sentence, &tokens);
    std::size_t stamp_length = 0;
    std::string stamp = LeadingTimeStamp(text, tokens, &stamp_length);
    if (!stamp.empty()) {
      time = stamp;
      tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(stamp_length));
    }
    if (tokens.empty()) {
      previous_attributed = false;
      continue;
    }
    in_quote.assign(tokens.size(), 0);
    bool inside_earlier_quotation = false;  // the sentence continues a quotation
    {
      // Sentences and their tokens come in text order: the quotations that
      // end before an earlier token are passed over once per article, not
      // once per sentence.
      const Span* quotation = quotations.data();
      const std::size_t quotation_count = quotations.size();
      std::size_t q = next_quotation;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Span span = tokens[i].span;
        while (q < quotation_count && quotation[q].end <= span.begin) ++q;
        // No quotation left, or the next starts after the sentence: no
        // token from here on is inside one.
        if (q == quotation_count || quotation[q].begin >= sentence.end) break;
        in_quote[i] = quotation[q].begin < span.begin && span.end < quotation[q].end;
        if (i == 0) inside_earlier_quotation = in_quote[0] && quotation[q].begin < sentence.begin;
      }
      next_quotation = q;
    }
    std::size_t mentions_before = mentions.size();
    FindMentions(text, tokens, *rules_, &mentions);
    for (std::size_t m = mentions_before; m < mentions.size(); ++m) {
      if (mentions[m].phrase.kind == SourceKind::kPerson) names.push_back(mentions[m].phrase);
    }

    std::vector<Attribution> found = finder_.Find(tokens, in_quote);
    if (joined.quotation != std::string_view::npos) {
      // "said about the platform:\n\n“C”": the quotation is the content,
      // what stands before the colon modifies the verb.
      for (Attribution& attribution : found) {
        TokenRange& content = attribution.content;
        if (content.empty() || tokens[content.begin].span.begin >= joined.quotation) continue;
        std::size_t k = content.begin;
        while (k < content.end && (joined.quoted ? tokens[k].span.begin <= joined.quotation
                                                 : tokens[k].span.begin < joined.quotation)) {
          ++k;
        }
        if (k == content.end) continue;
        content.begin = k;
        // The closing mark and the final period go as well.
        content = WithoutTrailingMarks(tokens, content);
      }
    }
    if (found.empty()) FindPluralSubject(text, tokens, *rules_, &mentions);
    if (found.empty()) {
      // A quote continuation: the next sentence of a quotation, or a new
      // paragraph opening with a quotation right after a quoted claim,
      // keeps the speaker ("“C1,” Alloush said. “C2.”").
      // A quoted heading ("“Hard Going”") has no final punctuation: no continuation.
      bool punctuated = false;
      for (std::size_t k = tokens.size(); k > 0 && tokens.size() - k < 3; --k) {
        const LowerString& w = tokens[k - 1].lower;
        punctuated = punctuated || w == "." || w == "?" || w == "!" || w == "…";
      }
      // ('"Sons of Trump" is an adaptation of ...': a quoted title opening
      // the reporter's sentence continues no one's quotation.)
      const std::size_t title_end = attribution::QuotedTitleEnd(tokens, 0, tokens.size());
      const bool opens_with_title =
          title_end > 0 && title_end + 1 < tokens.size() && tokens[title_end].is_word();
      bool continues = previous_attributed && !pending.empty() && punctuated && !opens_with_title &&
                       ((!new_paragraph && (inside_earlier_quotation || StartsQuotation(tokens))) ||
                        (new_paragraph && StartsQuotation(tokens) &&
                         pending.back().attribution.rule != "according-to-first" &&
                         // A signed quotation is closed by its signature.
                         pending.back().attribution.rule != "quote-dash-source"));
      // A transcript's turn ("PENCE: Well, look, ... But this is America.")
      // runs to the end of its paragraph.
      bool turn_goes_on = previous_attributed && !pending.empty() && !new_paragraph &&
                          pending.back().attribution.rule == "source-colon";
      // '“S1. S2,” Hayes said.' opening a sentence: S1 is Hayes's, not the
      // speaker's before.
      continues = continues && (inside_earlier_quotation ||
                                !QuotationAttributedAtItsClose(text, quotations, tokens, sentence));
      continues = continues || turn_goes_on;
      // '“C2,” Bennett shot back with a laugh.': a quotation that opens the
      // sentence and closes on a comma, "!" or "?" before words of its own
      // is attributed there, by a verb we do not know: it goes on no claim.
      // ('“C2,” which votes June 7.', '“C2,” because ...': a relative or
      // subordinate clause after it attributes nothing.)
      static constexpr WordList<11> kSubordinate({"which", "who", "whom", "whose", "where", "when",
                                                  "while", "as", "because", "since", "if"});
      if (continues && !inside_earlier_quotation && StartsQuotation(tokens)) {
        std::size_t close = 1;
        while (close < tokens.size() && in_quote[close]) ++close;
        const LowerString& before = tokens[close - 1].lower;
        continues =
            !(close + 1 < tokens.size() &&
              (tokens[close].kind == TokenKind::kCloseQuote ||
               tokens[close].kind == TokenKind::kQuote) &&
              (before == "," || before == "!" || before == "?") && tokens[close + 1].is_word() &&
              !kSubordinate.Contains(tokens[close + 1].lower));
      }
      previous_attributed = false;
      if (!continues) continue;
      TokenRange content = WholeSentenceContent(tokens);
      if (content.empty()) continue;
      // "(CROSSTALK.)", "[Applause]": a note in parentheses or brackets
      // between a transcript's words is no one's speech.
      bool note = content.begin > 0 && (tokens[content.begin - 1].lower == "(" ||
                                        tokens[content.begin - 1].lower == "[");
      for (std::size_t k = content.begin; note && k < tokens.size(); ++k) {
        if (tokens[k].lower != ")" && tokens[k].lower != "]") continue;
        for (std::size_t after = k + 1; note && after < tokens.size(); ++after) {
          note = !tokens[after].is_word() && tokens[after].kind != TokenKind::kNumber;
        }
        break;
      }
      if (note) {
        previous_attributed = true;
        continue;
      }
      // '“C1,” said Murphy, who thinks often about it. “C2.”': the quotation
      // goes on for the main clause's speaker, not for a relative clause's.
      // ('“C1,” Clinton said, referencing a super PAC. “C2.”': nor for a
      // participle's.)
      // (The same quotation going on is the last claim's, whoever said it.)
      const bool same_quotation = !new_paragraph && inside_earlier_quotation;
      std::size_t li = pending.size() - 1;
      while (!same_quotation && li > 0 &&
             (pending[li].attribution.rule == "relative-source-cue" ||
              pending[li].attribution.rule == "subject-shared") &&
             pending[li - 1].sentence.begin == pending[li].sentence.begin) {
        --li;
      }
      Pending& last = pending[li];
      // '“C1,” Clarke said. “C2. C3.”': the quotation goes on after its
      // attribution, in the same paragraph or the next ones; one utterance,
      // one claim. ('Clarke said: “C1.”' and a paragraph opening with a
      // quotation: a new claim of the same speaker, which the paragraphs
      // after it extend.)
      // (Not over a relative clause's own claim in between: the quotation
      // after it is a claim of its own, of the main clause's speaker.)
      bool same_utterance =
          li + 1 == pending.size() && (last.attribution.rule == "content-source-cue" ||
                                       last.attribution.rule == "content-cue-source" ||
                                       last.attribution.rule == "quote-continuation");
      if ((!new_paragraph && inside_earlier_quotation) || turn_goes_on || same_utterance) {
        // 'He said: “S1. S2. S3.”': one quotation, one claim.
        last.extended_end = tokens[content.end - 1].span.end;
        previous_attributed = true;
        continue;
      }
      Pending p;
      p.phrase = last.phrase;
      p.appositive = last.appositive;
      p.attribution.content = content;
      p.attribution.cue_rule = last.continued_rule ? last.continued_rule : last.attribution.cue_rule;
      p.attribution.rule = "quote-continuation";
      p.continued_cue =
          !last.continued_cue.empty()
              ? last.continued_cue
              : std::string(BytesOf(sentence_tokens[last.tokens], last.attribution.cue).in(text));
      p.continued_rule = p.attribution.cue_rule;
      sentence_tokens.push_back(std::move(tokens));
      p.tokens = sentence_tokens.size() - 1;
      p.sentence = sentence;
      p.time = time;
      pending.push_back(std::move(p));
      previous_attributed = true;
      continue;
    }
    previous_attributed = true;
    // The sentence's tokens, kept once for all its attributions.
    sentence_tokens.push_back(std::move(tokens));
    const std::size_t kept = sentence_tokens.size() - 1;
    const std::vector<Token>& words = sentence_tokens[kept];
    const std::size_t pending_before = pending.size();
    for (Attribution& attribution : found) {
      Pending p;
      TokenRange source = attribution.source;
      TokenRange appositive = attribution.appositive;
      if (attribution.agentless) {
        // No one is named: the claim is stored as unattributed.
        p.attribution = attribution;
        p.tokens = kept;
        p.sentence = sentence;
        p.time = time;
        pending.push_back(std::move(p));
        continue;
      }
      if (source.empty()) {
        // Subject shared with the main clause: the source of the nearest
        // attribution before it in the main clause, or the sentence's
        // leading subject. Not a relative clause's ("defend not paying an
        // architect who said he was stiffed ..., saying C" is the
        // sentence subject's), nor one inside another attribution's content
        // ("X said that Y told Z C1, adding C2" is X's); and the nearest,
        // not the first ("In a statement announcing the pick, the union
        // called Clinton a champion, citing ..." is the union's).
        auto in_content = [&](const Attribution& a) {
          for (std::size_t e = pending.size(); e > 0; --e) {
            const Pending& other = pending[e - 1];
            if (other.sentence.begin != sentence.begin) break;
            const TokenRange& c = other.attribution.content;
            if (&other.attribution != &a && c.begin <= a.cue.begin && a.cue.begin < c.end) {
              return true;
            }
          }
          return false;
        };
        for (std::size_t e = pending.size(); e > 0; --e) {
          const Pending& earlier = pending[e - 1];
          if (earlier.sentence.begin != sentence.begin) break;
          const Attribution& a = earlier.attribution;
          if (a.source.empty() || a.rule == "relative-source-cue" ||
              a.cue.begin >= attribution.cue.begin || in_content(a)) {
            continue;
          }
          source = a.source;
          appositive = a.appositive;
          break;
        }
        if (source.empty()) {
          source = finder_.LeadingSubject(words, &appositive);
          // "While saying that C, he continued ...": a cue inside the opening
          // clause; its content ends with the clause.
          TokenRange& content = attribution.content;
          if (!source.empty() && attribution.cue.begin < source.begin &&
              content.begin < source.begin && source.begin < content.end) {
            std::size_t end = source.begin;
            while (end > content.begin && !words[end - 1].is_word() &&
                   words[end - 1].kind != TokenKind::kNumber) {
              --end;
            }
            content.end = end;
          }
          // "Talks ... got off to a rocky start after a meeting that marked a
          // shift and confirmed Russia's role": a verb other than "say" after
          // "and", past a restrictive "that", joins the relative clause.
          // ("stressed her support of the raid that killed bin Laden and said
          // ..." goes with the subject: people say.)
          const std::string& lemma = attribution.cue_rule->lemma;
          bool joined = attribution.cue.begin > 0 && lemma != "say" && lemma != "tell" &&
                        lemma != "add" && words[attribution.cue.begin - 1].lower == "and";
          for (std::size_t k = source.end + 1; joined && k < attribution.cue.begin; ++k) {
            if (words[k].lower == "that" && !in_quote[k] && words[k - 1].lower != ",") {
              source = TokenRange{};
            }
          }
        }
        if (source.empty()) continue;
        attribution.source = source;
        attribution.appositive = appositive;
      }
      if (attribution.rule == "owner-noun-content") {
        // "Donald Trump's claim": the owner without its possessive ending.
        std::vector<Token> owner(words.begin() + static_cast<std::ptrdiff_t>(source.begin),
                                 words.begin() + static_cast<std::ptrdiff_t>(source.end));
        if (!OwnerAsSubject(text, &owner.back()) ||
            !ParseSourcePhrase(text, owner, 0, owner.size(), *rules_, &p.phrase)) {
          continue;
        }
      } else if (!ParseSourcePhrase(text, words, source.begin, source.end, *rules_, &p.phrase)) {
        continue;
      }
      if (!appositive.empty()) {
        Span bytes = BytesOf(words, appositive);
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
          if (ParseSourcePhrase(text, words, appositive.begin, appositive.end, *rules_, &inner) &&
              inner.proper) {
            std::string role_text = p.phrase.mention;
            p.phrase = inner;
            p.appositive = role_text;
            p.phrase.role = role_text;
          }
        }
      }
      if (p.phrase.proper) names.push_back(p.phrase);
      p.attribution = attribution;
      p.tokens = kept;
      p.sentence = sentence;
      p.time = time;
      pending.push_back(std::move(p));
    }
    // "Q: If you are saying C." with no claim kept: the sentence after it
    // continues no claim from before it (the last one is older).
    previous_attributed = pending.size() > pending_before;
  }

  SpeakerResolver resolver;
  resolver.LearnNames(names);
  std::size_t next_mention = 0;

  std::vector<Claim> claims;
  claims.reserve(pending.size());  // a Claim is 18 strings: moving them on growth adds up
  // For each claim: the bytes of its cue in its sentence (empty for a
  // continuation), and whether it reports speech in a that-clause or
  // quotation after its cue (S said C, ..., saying C).
  struct CueSite {
    Span cue;
    bool reports_speech = false;  // S said (that) C, ..., saying C
    bool speech = false;          // a verb of saying or thinking, not an act such as "urged"
  };
  std::vector<CueSite> sites;
  sites.reserve(pending.size());
  for (const Pending& p : pending) {
    const std::vector<Token>& tokens = sentence_tokens[p.tokens];
    while (next_mention < mentions.size() && mentions[next_mention].offset < p.sentence.begin) {
      resolver.AddMention(mentions[next_mention].phrase, mentions[next_mention].offset,
                          mentions[next_mention].subject, mentions[next_mention].sentence);
      ++next_mention;
    }
    ResolvedSource resolved;
    if (p.attribution.agentless) {
      resolved.name = std::string(kUnattributedSource);
    } else if (!resolver.Resolve(p.phrase, p.sentence.begin, &resolved,
                                 p.attribution.rule != "owner-noun-content")) {
      continue;  // no antecedent
    }
    // Built in place (claims has room for every pending): a Claim moved
    // into the vector moves 18 strings.
    Claim& claim = claims.emplace_back();
    claim.doc = article.doc;
    claim.source = std::move(resolved.name);
    claim.mention = p.phrase.mention;
    claim.role = !p.appositive.empty() ? p.appositive : resolved.role;
    claim.source_kind = std::string(SourceKindName(resolved.kind));
    claim.cue = !p.continued_cue.empty() ? p.continued_cue
                                         : std::string(BytesOf(tokens, p.attribution.cue).in(text));
    claim.cue_lemma = p.attribution.cue_rule->lemma;
    // (AttributionFinder::Find cuts a content at 800 tokens.)
    claim.content_span = BytesOf(tokens, p.attribution.content);
    if (p.extended_end > claim.content_span.end) claim.content_span.end = p.extended_end;
    if (p.attribution.rule == "content-source-cue" || p.attribution.rule == "content-cue-source" ||
        p.attribution.rule == "quote-dash-source") {
      // '“S1. S2,” he said.': the quotation began sentences before.
      for (const Span& q : quotations) {
        if (q.begin < p.sentence.begin && p.sentence.begin < q.end &&
            claim.content_span.begin < q.end) {
          std::size_t after_mark = q.begin + Utf8Length(static_cast<unsigned char>(text[q.begin]));
          claim.content_span.begin = std::min(after_mark, claim.content_span.begin);
        }
      }
    }
    claim.content = std::string(claim.content_span.in(text));
    claim.sentence_span = p.sentence;
    claim.rule = p.attribution.rule;
    StanceFinding stance = FindStance(text, tokens, p.attribution, *rules_);
    if (stance.stance == Stance::kAssert && NothingClaimed(tokens, p.attribution)) {
      claims.pop_back();
      continue;
    }
    claim.stance = stance.stance;
    claim.evidence = std::move(stance.evidence);
    claim.target = std::move(stance.target);
    claim.hedge = std::move(stance.hedge);
    // Direct when the content starts and ends inside quotations: one, or
    // two around the attribution ('“My hope,” he said, “is that ...”').
    bool starts_quoted = false, ends_quoted = false;
    for (const Span& q : quotations) {
      starts_quoted = starts_quoted ||
                      (q.begin <= claim.content_span.begin && claim.content_span.begin < q.end);
      ends_quoted = ends_quoted ||
                    (q.begin < claim.content_span.end && claim.content_span.end <= q.end);
    }
    claim.quote = starts_quoted && ends_quoted ? QuoteKind::kDirect : QuoteKind::kIndirect;
    claim.date = ClaimDate(article.date, tokens, p.attribution);
    claim.time = p.time;
    CueSite site;
    if (p.continued_cue.empty()) site.cue = BytesOf(tokens, p.attribution.cue);
    const CueFrame frame = p.attribution.cue_rule->frame;
    site.reports_speech =
        (frame == CueFrame::kSpeech || frame == CueFrame::kTell) &&
        (claim.rule == "source-cue-content" || claim.rule == "subject-shared");
    site.speech = frame == CueFrame::kSpeech;
    sites.push_back(site);
  }
  // 'The Post reported that Klein said he was leaving', 'Sexton said that
  // Trump believes little of it': a verb of saying or thinking inside what
  // another source is reported to have said is, as one inside a quotation,
  // part of the reported words. The claim is the outer source's; an inner
  // one would credit Klein with words only the Post's report gives. Kept:
  // the speaker's own attitude ("Weaver told CNN that he believes C" is
  // Weaver's), denials, which disputes are made of, and acts the report
  // describes ("said that Lavrov had urged Tillerson to ...", "informed").
  std::vector<char> reported(claims.size(), 0);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& inner = claims[i];
    if (sites[i].cue.empty() || !sites[i].speech || inner.stance == Stance::kDeny) continue;
    for (std::size_t j = 0; j < claims.size() && !reported[i]; ++j) {
      const Claim& outer = claims[j];
      reported[i] = j != i && sites[j].reports_speech &&
                    outer.sentence_span.begin == inner.sentence_span.begin &&
                    outer.content_span.begin <= sites[i].cue.begin &&
                    sites[i].cue.begin < outer.content_span.end && outer.source != inner.source;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (reported[i]) continue;
    if (kept != i) claims[kept] = std::move(claims[i]);
    ++kept;
  }
  claims.resize(kept);
  // "Defiance: The clashes ...", "Example: [Collected via Twitter]",
  // "Result: Nadal 6-7 ...": a one-word label before a colon is a speaker
  // only when it names people or a document ("Insiders: ...", "Poll: ...",
  // "Report: ...") or someone the article names again ("Campbell: E-mail
  // row 'silly fuss'" over an article about him); the heading word of a
  // caption or a results table is no one.
  auto lone_label = [&](const Claim& claim) {
    const std::string& label = claim.mention;
    if (claim.rule != "source-colon" || label.size() < 2 || label.find(' ') != std::string::npos) {
      return false;
    }
    std::string lower = LowerText(label);
    static constexpr std::array<std::string_view, 4> kDocuments = {"poll", "survey", "study",
                                                                   "report"};
    const std::string* first = &lower;
    auto word_at = [&](std::size_t k) { return k == 0 ? first : nullptr; };
    std::size_t length = 0;
    bool plural = lower.size() > 3 && lower.back() == 's' && lower[lower.size() - 2] != 's';
    // A plural names people by its ending: "Insiders", "Historians",
    // "Analysts", "Residents", "Critics". "Goals: Rooney 68", "Origins: On
    // 15 October ...", "Fears: Police tape surrounds ...": a heading's plural
    // names no one, unless the article uses it again.
    auto ends_with = [&](std::string_view suffix) {
      return lower.size() > suffix.size() &&
             lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    static constexpr std::array<std::string_view, 10> kPeopleEndings = {
        "ers", "ors", "ists", "ans", "ants", "ents", "ics", "ees", "men", "ites"};
    bool people = plural && !ends_with("ments") &&
                  std::any_of(kPeopleEndings.begin(), kPeopleEndings.end(), ends_with);
    if (people || IsOneOf(lower, kDocuments) ||
        rules_->source_words.Match(0, word_at, &length) != nullptr) {
      return false;
    }
    auto word_byte = [&](std::size_t at) {
      unsigned char c = static_cast<unsigned char>(text[at]);
      return c >= 0x80 || std::isalnum(c);
    };
    // How often the word stands in the text as a whole word.
    auto count = [&](const std::string& word) {
      int seen = 0;
      for (std::size_t at = text.find(word); at != std::string::npos && seen < 2;
           at = text.find(word, at + 1)) {
        std::size_t after = at + word.size();
        seen += (at == 0 || !word_byte(at - 1)) && (after >= text.size() || !word_byte(after));
      }
      return seen;
    };
    // An all-capitals label is a transcript's speaker ("PENCE: ...") or a
    // caption's kicker ("AGONY: The woman was ...", "UPDATED: ..."). A
    // speaker is named again ("Pence"), labels several turns ("WALLACE:"
    // each time), or speaks to or for someone ("TAPPER: And obviously,
    // you're supporting ...", "WALLACE: Let’s start with ..."); an
    // abbreviation ("UN:", "AP:") is a body.
    if (std::none_of(label.begin(), label.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      if (label.size() <= 3 || count(label) >= 2) return false;
      std::string title = label.substr(0, 1) + lower.substr(1);
      if (count(title) >= 1) return false;
      static constexpr std::array<std::string_view, 14> kPersonal = {
          "i",  "i'm", "i've", "me",     "my",   "we",  "we're",
          "us", "our", "you",  "you're", "your", "let", "let's"};
      std::string word;
      for (std::size_t at = 0; at <= claim.content.size(); ++at) {
        char c = at < claim.content.size() ? claim.content[at] : ' ';
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'') {
          word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          continue;
        }
        if (IsOneOf(word, kPersonal)) return false;
        word.clear();
      }
      return true;
    }
    return count(label) < 2;
  };
  claims.erase(std::remove_if(claims.begin(), claims.end(), lone_label), claims.end());
  // '“S1. S2,” Hayes said.' opening a paragraph after someone else's claim:
  // S1 looked like that speaker's quotation going on, but the quotation is
  // attributed at its end, and Hayes's claim runs from its opening mark over
  // S1. One quotation, one speaker: the continuation goes.
  auto attributed_later = [&](const Claim& continuation) {
    if (continuation.rule != "quote-continuation") return false;
    for (const Claim& other : claims) {
      bool closed_by_source = other.rule == "content-source-cue" ||
                              other.rule == "content-cue-source" ||
                              other.rule == "quote-dash-source";
      if (closed_by_source && other.sentence_span.begin > continuation.sentence_span.begin &&
          other.content_span.begin <= continuation.content_span.begin &&
          continuation.content_span.end <= other.content_span.end) {
        return true;
      }
    }
    return false;
  };
  claims.erase(std::remove_if(claims.begin(), claims.end(), attributed_later), claims.end());
  // Two cues over one content (a rare overlap of patterns) give one claim.
  // Claims mostly come in text order already; stable_sort would still move
  // every claim through its buffer.
  auto by_start = [](const Claim& a, const Claim& b) {
    return a.content_span.begin < b.content_span.begin;
  };
  if (!std::is_sorted(claims.begin(), claims.end(), by_start)) {
    std::stable_sort(claims.begin(), claims.end(), by_start);
  }
  claims.erase(std::unique(claims.begin(), claims.end(),
                           [](const Claim& a, const Claim& b) {
                             return a.content_span.begin == b.content_span.begin &&
                                    a.content_span.end == b.content_span.end;
                           }),
               claims.end());
  return claims;
}

}  // namespace claimtrack
