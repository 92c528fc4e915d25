// Attribution patterns over tokens. Without a parser, clause edges are found
// from punctuation, quotation marks and a few closed word classes
// (auxiliaries, subordinators, prepositions), which is how English news
// writing marks them in attribution sentences.
#include "extract/attribution_finder.h"

#include <algorithm>
#include <array>
#include <functional>

#include "base/civil_date.h"
#include "base/word_list.h"
#include "extract/attribution_words.h"
#include "extract/phrase_edges.h"
#include "extract/source_phrase.h"

namespace claimtrack {

// The word classes and phrase edges of the patterns.
using namespace attribution;

namespace {

// "to Fox News", "to the audience", "to her", "to reporters": at `k`, "to"
// and the audience of a verb of saying, not an infinitive ("said to reduce
// the rate") nor the "to" of a gerund ("admitted to paying").
bool AudienceAfterTo(const std::vector<Token>& tokens, std::size_t k) {
  // (A headline's "Revealed To ..." is title case, nothing to go by.)
  if (k + 1 >= tokens.size() || tokens[k].lower != "to" || tokens[k].capitalized) return false;
  const Token& next = tokens[k + 1];
  if (!next.is_word()) return false;
  static constexpr WordList<16> kAudiences(
      {"him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers",
       "investors", "supporters", "voters", "members", "officials", "analysts", "delegates"});
  return next.capitalized || IsDeterminer(next.lower) || IsPossessiveWord(next.lower) ||
         next.lower == "all" || next.lower == "both" || In(next.lower, kAudiences);
}

// Verbs whose "to" names what they answer or point at, not an audience:
// "responded to Mr. Trump's interjection that ...", "pointed to polls that
// ...", "admitted to the charges".
constexpr WordList<12> kToWhatNotWhom({"respond", "reply", "react", "point", "refer", "allude",
                                       "object", "agree", "testify", "attest", "confess", "admit"});

}  // namespace

bool AttributionFinder::IsNounUse(const std::vector<Token>& tokens, std::size_t i) const {
  // "a liberal think tank": a compound noun.
  if (tokens[i].lower == "think" && i + 1 < tokens.size() &&
      (tokens[i + 1].lower == "tank" || tokens[i + 1].lower == "tanks")) {
    return true;
  }
  if (i == 0) return false;
  // "independent record labels have a louder voice", "the replacement show
  // is ...", "the claims were ...": a word that is a noun as often as a verb,
  // after a plain word and before a finite verb, is its subject's noun.
  // (Not "a scenario they say was reinforced", "which officials said was":
  // a verb of saying after its subject, in a relative clause.)
  {
    static constexpr WordList<18> kFiniteVerbs({"is", "are", "was", "were", "has", "have", "had",
                                                "will", "would", "could", "should", "can", "cannot",
                                                "may", "might", "must", "does", "did"});
    static constexpr WordList<16> kNounForms(
        {"claims", "claim", "reports", "report", "calls", "call", "shows", "show", "labels",
         "label", "tweets", "tweet", "estimates", "estimate", "promises", "promise"});
    const Token& prior = tokens[i - 1];
    bool relative = false;  // "which ministers claim will tackle crime"
    for (std::size_t k = i - 1; k > 0 && i - k <= 4 && !relative; --k) {
      const LowerString& w = tokens[k - 1].lower;
      relative = w == "which" || w == "that" || w == "who" || w == "whom";
    }
    // "A Financial Times report says C": right before a verb of saying.
    if (!relative && In(tokens[i].lower, kNounForms) && i + 1 < tokens.size() &&
        !tokens[i + 1].capitalized && tokens[i + 1].is_word() &&
        (tokens[i + 1].lower == "says" || tokens[i + 1].lower == "said" ||
         tokens[i + 1].lower == "shows" || tokens[i + 1].lower == "showed" ||
         tokens[i + 1].lower == "found" || tokens[i + 1].lower == "suggests")) {
      return true;
    }
    if (!relative && i + 1 < tokens.size() && !tokens[i + 1].capitalized &&
        In(tokens[i + 1].lower, kFiniteVerbs) && In(tokens[i].lower, kNounForms) &&
        prior.is_word() && !prior.capitalized && PronounOf(prior.lower) == PronounKind::kNone &&
        !In(prior.lower, kSubjectPronouns) && !IsAdverb(prior) && !In(prior.lower, kAuxiliaries)) {
      return true;
    }
  }
  // After a determiner or possessive a cue word is a noun: "the claim",
  // "Russia’s claim", "his call".
  const Token& before = tokens[i - 1];
  const LowerString& w = before.lower;
  // ("He's said": a pronoun and its auxiliary, not a possessive.)
  bool possessive = w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.back() == '\'') &&
                    !IsContractedSubject(w);
  // "Most say ...", "Some claim ...": a quantifier opening its clause is the
  // subject, not a determiner.
  // ('“C,” another said': after a quotation closed by its comma.)
  bool after_quotation =
      i >= 3 &&
      (tokens[i - 2].kind == TokenKind::kCloseQuote || tokens[i - 2].kind == TokenKind::kQuote) &&
      (IsComma(tokens[i - 3]) || tokens[i - 3].lower == "?" || tokens[i - 3].lower == "!");
  bool quantifier_subject =
      IsQuantifier(w) && (i == 1 || (!IsWordOrNumber(tokens[i - 2]) && !tokens[i - 2].is_quote()) ||
                          In(tokens[i - 2].lower, kBoundaries) || after_quotation);
  // "One in five say", "four out of five said": a share is the subject.
  static constexpr WordList<10> kNumberWords(
      {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"});
  bool share_subject = i >= 3 && (In(w, kNumberWords) || before.kind == TokenKind::kNumber) &&
                       (tokens[i - 2].lower == "in" || tokens[i - 2].lower == "of");
  if (quantifier_subject || share_subject) return false;
  // "22% of Democratic claims", "in Russian reports": a capitalized
  // adjective of a people or party after a preposition makes a word that is
  // as often a noun a noun ("a commander in Kazakhstan says" stays a verb).
  auto ends_in = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 2 &&
           w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  bool people_adjective =
      before.capitalized && (ends_in("ic") || ends_in("ican") || ends_in("ian") || ends_in("ese") ||
                             ends_in("ish") || ends_in("ean"));
  static constexpr WordList<8> kNounsAsOften(
      {"claim", "claims", "report", "reports", "estimate", "estimates", "promise", "promises"});
  if (people_adjective && i >= 2 && !tokens[i - 2].capitalized &&
      In(tokens[i].lower, kNounsAsOften) &&
      (In(tokens[i - 2].lower, kPrepositions) || tokens[i - 2].lower == "to")) {
    return true;
  }
  if (IsDeterminer(w) || possessive || w == "his" || w == "her" || w == "its" || w == "their" ||
      w == "our" || w == "my" || w == "your") {
    return true;
  }
  // Words that are nouns as often as verbs ("claim", "report") are nouns
  // after an adjective ("the Russian claim") or a demonstrative ("That claim").
  // English words that are nouns as often as verbs.
  // ("On a more conciliatory note": but "The paper notes that ..." is a
  // verb after a singular noun, so "notes" is left out.)
  static constexpr WordList<19> kNounsToo({"call", "calls", "tweet", "tweets", "dispute",
                                           "disputes", "warning", "promise", "promises", "estimate",
                                           "estimates", "reply", "concern", "denial", "claim",
                                           "report", "appeal", "appeals", "note"});
  const LowerString& cue_word = tokens[i].lower;
  // "ABC's TV show", "his late-night talk show", "reality shows": a
  // programme ("polls show", "the reports show", "footage from the game
  // shows" are verbs).
  if (cue_word == "show" || cue_word == "shows") {
    static constexpr WordList<12> kProgrammes({"tv", "talk", "radio", "television", "reality",
                                               "morning", "late-night", "cooking", "comedy",
                                               "variety", "award", "awards"});
    if (In(w, kProgrammes)) return true;
    // "taped an hourlong show", "the only show": a determiner and a
    // singular word before "show" (a singular subject would take "shows";
    // "the polls show", "the data show" are verbs).
    return cue_word == "show" && i >= 2 && IsDeterminer(tokens[i - 2].lower) &&
           before.is_word() && !before.capitalized && w.back() != 's' && w != "data" &&
           w != "media" && PronounOf(w) == PronounKind::kNone;
  }
  bool noun_like = rules_.references.Find(cue_word) != nullptr || In(cue_word, kNounsToo);
  if (!noun_like) return false;
  // "received more than 800 calls a day": counted, a noun. ("Fox 13
  // reports ...": a station's name and number.)
  if (before.kind == TokenKind::kNumber && (i < 2 || !tokens[i - 2].capitalized)) return true;
  // "The ministry claims that ...", "The Guardian reports he ...": a verb
  // in -s after a name or a word for a source, a clause after it. (Not
  // "debunk claims that ...", "the new reports that ...", "no credible
  // reports that ...".)
  if (cue_word.back() == 's' && before.is_word() && w.back() != 's' && i + 1 < tokens.size() &&
      (tokens[i + 1].lower == "that" || In(tokens[i + 1].lower, kSubjectPronouns)) &&
      (before.capitalized || IsSourceWordAt(tokens, i - 1))) {
    return false;
  }
  // "a public dispute", "a strong global appeal", "no serious calls":
  // determiner, adjectives, noun.
  for (std::size_t k = i - 1; k > 0 && i - k <= 3 && tokens[k].is_word() && !tokens[k].capitalized;
       --k) {
    const LowerString& d = tokens[k - 1].lower;
    if (IsDeterminer(d) || d == "no" || d == "any" || d == "every") return true;
  }
  // "a phone call", "the conference call": after a singular lowercase noun.
  if (before.is_word() && !before.capitalized && PronounOf(w) == PronounKind::kNone &&
      !IsAdverb(before) && !In(w, kAuxiliaries) && !In(w, kBoundaries) && !In(w, kModals) &&
      w.back() != 's' && w != "to" && w != "i" && w != "we" && w != "you") {
    return true;
  }
  return (before.capitalized && i > 1 && IsDeterminer(tokens[i - 2].lower)) ||
         ((w == "that" || w == "this") && (i == 1 || !IsWordOrNumber(tokens[i - 2])));
}

const Cue* AttributionFinder::CueAt(const std::vector<Token>& tokens, std::size_t i,
                                    std::size_t* length) const {
  auto word_at = [&](std::size_t k) -> const std::string* {
    return k < tokens.size() && tokens[k].is_word() ? &tokens[k].lower : nullptr;
  };
  return rules_.cues.Match(i, word_at, length);
}

bool AttributionFinder::IsVerbCueAt(const std::vector<Token>& tokens, std::size_t k) const {
  std::size_t length = 0;
  return !tokens[k].capitalized && CueAt(tokens, k, &length) != nullptr && !IsNounUse(tokens, k);
}

bool AttributionFinder::IsSourceWordAt(const std::vector<Token>& tokens, std::size_t k) const {
  if (k >= tokens.size()) return false;
  std::size_t length = 0;
  auto word_at = [&](std::size_t m) -> const std::string* {
    return m < tokens.size() ? &tokens[m].lower : nullptr;
  };
  if (rules_.source_words.Match(k, word_at, &length) != nullptr) return true;
  // "co-editor", "vice-chairman", "ex-minister": a title after a prefix.
  const LowerString& word = tokens[k].lower;
  std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string::npos || hyphen + 1 >= word.size()) return false;
  const std::string last_part = word.substr(hyphen + 1);
  auto part_at = [&](std::size_t m) -> const std::string* {
    if (m == k) return &last_part;
    return m < tokens.size() ? &tokens[m].lower : nullptr;
  };
  return rules_.source_words.Match(k, part_at, &length) != nullptr;
}

bool AttributionFinder::NamesDocument(const std::vector<Token>& tokens, TokenRange range) const {
  auto word_at = [&](std::size_t m) -> const std::string* {
    return m < range.end ? &tokens[m].lower : nullptr;
  };
  for (std::size_t k = range.begin; k < range.end; ++k) {
    std::size_t length = 0;
    const SourceWordKind* kind = rules_.source_words.Match(k, word_at, &length);
    if (kind == nullptr || *kind != SourceWordKind::kNominal) continue;
    // The document heads the phrase: it ends it, or a preposition or a
    // participle follows ("a study by Media Matters", "a poll released
    // Saturday"); not "IBM's announcement the company".
    const std::size_t after = k + length;
    // ("an exhaustive study being released on Tuesday".)
    if (after >= range.end || In(tokens[after].lower, kPrepositions) || IsPastForm(tokens[after]) ||
        tokens[after].lower == "being") {
      return true;
    }
  }
  return false;
}

bool AttributionFinder::HasCue(const std::vector<Token>& tokens) const {
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    std::size_t length = 0;
    if (CueAt(tokens, k, &length) != nullptr && !IsNounUse(tokens, k)) return true;
  }
  return false;
}

bool AttributionFinder::AnyVerbCueIn(const std::vector<Token>& tokens, std::size_t begin,
                                     std::size_t end) const {
  for (std::size_t k = begin; k < end; ++k) {
    if (IsVerbCueAt(tokens, k)) return true;
  }
  return false;
}

bool AttributionFinder::EndsWithCueAndColon(const std::vector<Token>& tokens) const {
  if (tokens.size() < 3 || !IsColon(tokens.back())) return false;
  // Up to five words between the verb and the colon, a phrase of place,
  // time or manner ("said in a statement on Monday:", "wrote Tuesday:") or
  // an audience ("told reporters:"); not an object ("noted the sparse
  // attendance:" introduces an example).
  const std::size_t colon = tokens.size() - 1;
  for (std::size_t k = colon; k > 0 && colon - k <= 6; --k) {
    const Token& t = tokens[k - 1];
    if (!IsWordOrNumber(t)) return false;
    if (!IsVerbCueAt(tokens, k - 1)) continue;
    if (k == colon) return true;
    std::size_t length = 0;
    const Cue* cue = CueAt(tokens, k - 1, &length);
    const Token& next = tokens[k - 1 + length];
    return (cue != nullptr && cue->frame == CueFrame::kTell) || In(next.lower, kPrepositions) ||
           TimePhraseAt(tokens, k - 1 + length, colon) > 0;
  }
  return false;
}

TokenRange AttributionFinder::LeadingSubject(const std::vector<Token>& tokens,
                                             TokenRange* appositive) const {
  *appositive = TokenRange{};
  std::size_t n = tokens.size();
  std::size_t i = 0;
  while (i < n && IsOpening(tokens[i])) ++i;
  // "PARIS, Aug 31 (Reuters) - France’s far-right leader ...": a dateline
  // in capitals, up to its dash.
  if (i + 1 < n && tokens[i].all_caps && tokens[i].is_word() && tokens[i].lower.size() > 1 &&
      IsComma(tokens[i + 1])) {
    for (std::size_t d = i + 2; d < n && d < i + 14; ++d) {
      if (IsDash(tokens[d]) || tokens[d].lower == "-" || tokens[d].lower == "--") {
        i = d + 1;
        break;
      }
    }
  }
  // "WASHINGTON — Sen. Chuck Grassley ...", "New York (AFP) – Vice
  // President Joe Biden ...", "CONGRESS HAS INVESTIGATED HIM — Oz's ...": a
  // dateline or a heading in capitals, up to its dash.
  {
    std::size_t d = i;
    bool caps = true;
    while (d < n && d < i + 6 && tokens[d].is_word() && tokens[d].capitalized) {
      caps = caps && tokens[d].all_caps;
      ++d;
    }
    bool agency = d > i && d + 2 < n && tokens[d].lower == "(" && tokens[d + 1].all_caps &&
                  tokens[d + 2].lower == ")";
    if (agency) d += 3;
    if (d > i && d + 1 < n && (caps || agency) &&
        (IsDash(tokens[d]) || tokens[d].lower == "-" || tokens[d].lower == "--")) {
      bool two_hyphens = tokens[d].lower == "-" && tokens[d + 1].lower == "-";
      i = two_hyphens ? d + 2 : d + 1;
    }
  }
  // "When asked whom she supported, Ms. Sherry smiled and said ...", "If
  // elected, he ...": an opening subordinate clause up to a comma.
  static constexpr std::array<std::string_view, 7> kSubordinators = {
      "when", "while", "if", "as", "although", "though", "once"};
  // "Last month, when I asked him ..., Sanders ...", "But a few days
  // later, Trump ...": an opening phrase after another or after a joining
  // word, lowercase.
  const std::size_t first = i;
  auto opens = [&](std::size_t k) { return tokens[k].capitalized || k > first; };
  while (i < n && tokens[i].capitalized && In(tokens[i].lower, kBoundaries) &&
         !In(tokens[i].lower, kSubordinators)) {
    ++i;
  }
  for (int opening = 0; opening < 2; ++opening) {
    const std::size_t opening_at = i;
    bool subordinate = i < n && opens(i) && In(tokens[i].lower, kSubordinators);
    while (i < n && opens(i) && In(tokens[i].lower, kBoundaries)) ++i;
    // "Hours later, Trump returned ...", "Perhaps not coincidentally, ...",
    // "Speaking in Iowa, Cruz said ...", "Instead of ..., ...": an opening
    // adverb, participle or time phrase.
    bool opener = false;
    if (!subordinate && i + 1 < n && opens(i) && tokens[i].is_word()) {
      static constexpr WordList<14> kOpeners(
          {"perhaps", "instead", "alongside", "still", "again", "indeed", "moreover", "besides",
           "nevertheless", "ultimately", "afterward", "apparently", "like", "unlike"});
      static constexpr WordList<8> kSpans(
          {"hours", "minutes", "days", "weeks", "months", "years", "moments", "seconds"});
      const LowerString& w = tokens[i].lower;
      bool ly = w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0;
      // "Hours later", "Three days after the test", "Two weeks ago".
      auto relative_time = [&](std::size_t k) {
        return k < n && (tokens[k].lower == "later" || tokens[k].lower == "earlier" ||
                         tokens[k].lower == "ago" || tokens[k].lower == "after" ||
                         tokens[k].lower == "before");
      };
      // "A few days later", "a couple of weeks ago".
      std::size_t span = i + 1;
      if (span < n && (tokens[span].lower == "few" || tokens[span].lower == "couple")) ++span;
      if (span < n && tokens[span].lower == "of") ++span;
      bool count = (IsDeterminer(w) || tokens[i].kind == TokenKind::kNumber) && span + 1 < n &&
                   In(tokens[span].lower, kSpans) && relative_time(span + 1);
      // "Agitated at the groom's family, Indira ...", "Chastened by the
      // analyses, Trump ...": a participle and its preposition.
      bool participle = w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 &&
                        In(tokens[i + 1].lower, kPrepositions);
      // "Last week", "This year", "Early Monday".
      opener = In(w, kOpeners) || ly || IsIngForm(w) || count || participle ||
               (In(w, kSpans) && relative_time(i + 1)) || TimePhraseAt(tokens, i, n) == 2;
    }
    // "Here in Columbia, Sanders stepped up ...", "On Monday, the ministry
    // ...": an opening adverbial phrase up to a comma is not the subject.
    // ("Beyond just immigration, Rubio's campaign ...", "Absent a strong
    // defense, voters ...": prepositions that open sentences more than
    // they join names.)
    static constexpr WordList<14> kOpeningPrepositions(
        {"beyond", "absent", "besides", "against", "among", "amongst", "across", "around", "behind",
         "between", "toward", "towards", "outside", "inside"});
    if (i < n && (subordinate || opener || In(tokens[i].lower, kPrepositions) ||
                  In(tokens[i].lower, kOpeningPrepositions) || tokens[i].lower == "here" ||
                  tokens[i].lower == "there" || IsTimeWord(tokens[i]))) {
      std::size_t comma = i + 1;
      // An opener's phrase has no verb of its own ("Kelly met Trump, ..."
      // opens with a name).
      bool verb = false;
      while (comma < n && comma < i + 16 && IsWordOrNumber(tokens[comma])) {
        verb = verb || IsVerbForm(tokens[comma]);
        ++comma;
      }
      if (comma < n && IsComma(tokens[comma]) && !(opener && verb)) {
        i = comma + 1;
        // "Speaking at a town hall in Salem, New Hampshire, Trump went ...",
        // "At an event in Ames, Iowa, on Sunday, Mrs. Clinton ...": a place
        // and its state close the opening phrase, not a subject and its
        // aside; the subject follows the second comma.
        std::size_t state = i;
        while (state < n && state < i + 3 && tokens[state].is_word() && tokens[state].capitalized) {
          ++state;
        }
        bool place =
            tokens[comma - 1].capitalized && state > i && state + 1 < n && IsComma(tokens[state]);
        if (place) {
          std::size_t next = state + 1;
          // "..., on Sunday," a time phrase after the place.
          std::size_t time = TimePhraseAt(tokens, next, n);
          if (time > 0 && next + time < n && IsComma(tokens[next + time])) next += time + 1;
          if (next < n && tokens[next].capitalized && !IsFunctionWord(tokens[next].lower)) i = next;
        }
      }
    }
    if (i == opening_at) break;
  }
  // "In a statement released through her attorney Rich Nichols and his
  // partners Jones ...": a subject never opens with a preposition.
  if (i < n && In(tokens[i].lower, kPrepositions)) return {};
  // "And then Trump went ...".
  while (i < n && IsAdverb(tokens[i])) ++i;
  if (i >= n) return {};
  // "Does the candidate have the stamina ...?": a question has no subject
  // before its verb.
  if (tokens[i].capitalized && (In(tokens[i].lower, kAuxiliaries) ||
                                In(tokens[i].lower, kBeForms) || In(tokens[i].lower, kModals))) {
    return {};
  }
  if (PronounOf(tokens[i].lower) != PronounKind::kNone) return TokenRange{i, i + 1};
  // "He's comparing ... and says ...": a pronoun and its auxiliary. ("It's
  // a big if, but Sanders was ..., emphasizing ...": "it" is no speaker.)
  if (IsContractedSubject(tokens[i].lower)) {
    if (tokens[i].lower.compare(0, 3, "it'") == 0) return {};
    return TokenRange{i, i + 1};
  }
  std::size_t end = NounPhraseEnd(tokens, i, n);
  // Without a parser the verb is unknown: a lowercase word ends the subject
  // unless it is a source word ("minister") or stands before one ("foreign
  // minister"): "The group | works closely with other rebels and has called".
  auto source_word = [&](std::size_t k) { return IsSourceWordAt(tokens, k); };
  for (std::size_t k = i; k < end; ++k) {
    const Token& t = tokens[k];
    // "Hillary Clinton attacked Donald Trump, saying ...": the verb.
    if (k > i && IsVerbForm(t) && !source_word(k)) {
      end = k;
      break;
    }
    if (t.capitalized || IsDeterminer(t.lower) || source_word(k) || !t.is_word()) continue;
    if (t.lower == "of" && k + 1 < end && tokens[k + 1].capitalized) continue;
    if (k + 1 < end && (source_word(k + 1) || tokens[k + 1].capitalized)) continue;
    // "The billionaire businessman began ...", "The retired neurosurgeon
    // has ...": after a determiner, plain words up to a verb are the noun.
    std::size_t verb = k;
    // "Hillary Clinton's right-hand woman rallied ...".
    const LowerString& before = tokens[k > 0 ? k - 1 : 0].lower;
    bool possessive = k > i && before.size() > 2 && before.compare(before.size() - 2, 2, "'s") == 0;
    if (IsDeterminer(tokens[i].lower) || possessive) {
      for (std::size_t v = k; v < n && v <= end && v < k + 3; ++v) {
        if (IsVerbForm(tokens[v])) {
          verb = v;
          break;
        }
        const LowerString& w = tokens[v].lower;
        if (!tokens[v].is_word() || In(w, kPrepositions) || In(w, kBoundaries) || w == "and" ||
            w == "to") {
          break;
        }
      }
    }
    end = verb;
    break;
  }
  // "The senator also pressed ...": an adverb before the verb is no part of
  // the subject.
  while (end > i + 1 && !tokens[end - 1].capitalized && IsAdverb(tokens[end - 1])) --end;
  if (end == i || end - i > 10) return {};
  if (end < n && IsComma(tokens[end])) {
    // "Kazakhstan’s foreign minister, Kairat Abdrakhmanov, read out ..."
    std::size_t second = end + 1;
    std::size_t second_end = NounPhraseEnd(tokens, second, n);
    if (second_end > second && second_end < n && IsComma(tokens[second_end]) &&
        second_end + 1 < n && !tokens[second_end + 1].capitalized) {
      if (tokens[second].capitalized && !IsDeterminer(tokens[second].lower)) {
        *appositive = TokenRange{i, end};
        return TokenRange{second, second_end};
      }
      *appositive = TokenRange{second, second_end};
      return TokenRange{i, end};
    }
    // "Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded ...": up to
    // three asides between commas, then the verb.
    auto is_cue = [&](std::size_t k) {
      std::size_t length = 0;
      return !tokens[k].capitalized && CueAt(tokens, k, &length) != nullptr;
    };
    std::size_t comma = end;
    for (int asides = 0; asides < 4; ++asides) {
      std::size_t aside_begin = comma + 1;
      std::size_t close = aside_begin;
      while (close < n && close - aside_begin < 24 && !IsComma(tokens[close])) {
        const Token& t = tokens[close];
        bool period = t.lower == "." && close > aside_begin && tokens[close - 1].span.end == t.span.begin;
        if (!IsWordOrNumber(t) && !t.is_quote() && !period && t.lower != "$" && t.lower != "%") {
          return {};
        }
        ++close;
      }
      if (close >= n || close == aside_begin) return {};
      Aside kind = AsideKindOf(tokens, aside_begin, close, is_cue);
      if (kind == Aside::kNone) return {};
      if (kind == Aside::kNounPhrase && appositive->empty()) *appositive = TokenRange{aside_begin, close};
      comma = close;
      if (close + 1 < n && tokens[close + 1].is_word() && !tokens[close + 1].capitalized &&
          !In(tokens[close + 1].lower, kBoundaries)) {
        return TokenRange{i, end};
      }
    }
    *appositive = TokenRange{};
    return {};
  }
  return TokenRange{i, end};
}

// What an aside between a subject and its verb can be.
AttributionFinder::Aside AttributionFinder::AsideKindOf(
    const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
    const std::function<bool(std::size_t)>& is_cue) const {
  if (begin >= end) return Aside::kNone;
  // 'Sam Solovey, a contestant on Trump's show, "The Apprentice," said': a
  // quoted title; its closing mark comes after the comma.
  if (tokens[begin].is_quote() && end - begin >= 2) ++begin;
  // "long a vocal advocate of immigration reform", "once a Trump ally", "also
  // a GOP presidential hopeful", "then a senator": an adverb before a
  // description.
  static constexpr WordList<8> kTimeAdverbs(
      {"long", "once", "formerly", "now", "previously", "also", "then", "still"});
  if (end - begin >= 3 && !tokens[begin].capitalized && In(tokens[begin].lower, kTimeAdverbs) &&
      (IsDeterminer(tokens[begin + 1].lower) || tokens[begin + 1].capitalized)) {
    ++begin;
  }
  const Token& first = tokens[begin];
  // "who is mediating the talks", "formerly known as X": what the source
  // does or was called.
  if (first.lower == "who" || first.lower == "which" || first.lower == "whose" ||
      first.lower.rfind("who'", 0) == 0) {
    return Aside::kRelative;
  }
  if (end - begin >= 3 && (tokens[begin].lower == "known" || tokens[begin + 1].lower == "known")) {
    return Aside::kRelative;
  }
  if (!first.capitalized && first.is_word()) {
    // "speaking to a veterans group in Virginia", "citing intelligence
    // reports", "asked about the report": a participle's phrase.
    const LowerString& w = first.lower;
    if ((IsIngForm(w) || IsPastForm(first)) && end - begin >= 2 && !IsSourceWordAt(tokens, begin)) {
      return Aside::kPhrase;
    }
    // "at a later press gaggle", "in a statement", "for his part", "like
    // Rubio and Bush", "along with a reporter".
    // ('the co-author of "Going Viral," about the rapid spread of news': what
    // the title is about.)
    static constexpr std::array<std::string_view, 7> kMorePrepositions = {
        "like", "including", "along", "together", "unlike", "about", "against"};
    if ((In(w, kPrepositions) || In(w, kMorePrepositions)) && end - begin >= 2) {
      return Aside::kPhrase;
    }
    // "when contacted by Reuters", "if elected", "while campaigning".
    static constexpr std::array<std::string_view, 6> kSubordinators = {
        "when", "if", "while", "once", "unless", "though"};
    if (In(w, kSubordinators) && end - begin >= 2) {
      const Token& second = tokens[begin + 1];
      if (!second.capitalized &&
          (IsIngForm(second.lower) || IsPastTenseVerb(second) || second.lower == "asked")) {
        return Aside::kPhrase;
      }
    }
    // "Democrats — and some Republicans — say": a second subject.
    // Short, and no verb or preposition: ", and the meeting deteriorated
    // from there," is a clause.
    if ((w == "and" || w == "or") && end - begin >= 2 && end - begin <= 4 &&
        (IsDeterminer(tokens[begin + 1].lower) || tokens[begin + 1].capitalized)) {
      bool noun_phrase = true;
      for (std::size_t k = begin + 1; k < end && noun_phrase; ++k) {
        const Token& t = tokens[k];
        noun_phrase = IsWordOrNumber(t) && !In(t.lower, kBeForms) && !In(t.lower, kAuxiliaries) &&
                      !In(t.lower, kPrepositions) && !IsPastTenseVerb(t) && !is_cue(k);
      }
      if (noun_phrase) return Aside::kPhrase;
    }
    // "however", "meanwhile", "in turn".
    if (end - begin == 1 &&
        (IsAdverb(first) || w == "however" || w == "meanwhile" || w == "though")) {
      return Aside::kPhrase;
    }
  }
  // An appositive is a noun phrase: "a Pentagon spokesman", "Syria’s U.N.
  // ambassador who led ...", "director of the Institute for Policy
  // Integrity", never a clause with its own verb.
  // "a Pentagon spokesman", "senior adviser", "editorial board editor for
  // The Washington Post": a role word among the first three.
  bool role = IsSourceWordAt(tokens, begin);
  for (std::size_t k = begin + 1; k < end && k < begin + 3 && !role; ++k) {
    if (tokens[k - 1].capitalized || !tokens[k - 1].is_word()) break;
    role = IsSourceWordAt(tokens, k);
  }
  // "longtime Hillary Clinton aide Huma Abedin": an adjective and a name
  // before the role, and a name after it.
  if (!role && !first.capitalized && end - begin >= 4 && tokens[end - 1].capitalized &&
      tokens[end - 2].capitalized) {
    for (std::size_t k = begin + 1; k + 2 < end && k < begin + 5 && !role; ++k) {
      if (!tokens[k].is_word()) break;
      role = !tokens[k].capitalized && IsSourceWordAt(tokens, k);
    }
  }
  // "his girlfriend and co-host": a possessive opens a noun phrase too.
  bool possessive = first.lower == "his" || first.lower == "her" || first.lower == "their" ||
                    first.lower == "its" || first.lower == "our";
  if (!(role || possessive || first.capitalized || IsDeterminer(first.lower) ||
        first.lower.find('\'') != std::string::npos)) {
    return Aside::kNone;
  }
  // A relative clause may follow the noun: "an Indiana GOP consultant whose
  // firm was retained by the campaign", "a group that has sued".
  for (std::size_t k = begin; k < end; ++k) {
    const LowerString& w = tokens[k].lower;
    if (w == "who" || w == "which" || w == "whose" || (w == "that" && k > begin)) break;
    if (In(tokens[k].lower, kBeForms) || In(tokens[k].lower, kAuxiliaries) || is_cue(k)) {
      return Aside::kNone;
    }
  }
  return Aside::kNounPhrase;
}

bool AttributionFinder::SourceBeforeAsides(const std::vector<Token>& tokens, std::size_t end,
                                           const std::function<bool(std::size_t)>& is_cue,
                                           Attribution* out) const {
  TokenRange role;          // the aside that says what the source is
  std::size_t close = end;  // one past the delimiter that closes the next aside
  for (int asides = 0; asides < 4; ++asides) {
    // The aside runs back to a delimiter of the kind that closes it: commas
    // around a short phrase, dashes around one that may hold commas.
    std::size_t dash = DashLengthEndingAt(tokens, close);
    std::size_t aside_end = close - (dash > 0 ? dash : 1);
    // 'a contestant on his show, "The Apprentice," said': the comma inside
    // the closing mark closes a quoted title.
    const bool quoted_title = dash == 0 && aside_end >= 2 && IsClosing(tokens[aside_end]) &&
                              IsComma(tokens[aside_end - 1]) &&
                              tokens[aside_end - 1].span.end == tokens[aside_end].span.begin;
    if (quoted_title) --aside_end;
    std::size_t aside_begin = aside_end;
    std::size_t open_length = 0;
    // "Beck, who supported Sen. Ted Cruz, R-Texas, and opposed Trump during
    // the primaries, last week said": a relative clause with commas of its
    // own runs from the comma before its "who" to the one before the verb.
    // Each comma inside it opens what such a clause holds: a name ("in
    // Aurora, Colorado,", "Ted Cruz, R-Texas,", "whose hometown, Miami,"), an
    // appositive ("EDGE, an environmental group ..."), a phrase after a
    // preposition, a conjunction or a list's next word ("a writer,
    // producer, and director"), or, after a name or appositive, the clause's
    // verb ("whose hometown, Miami, is projected ..."). Not "H-P, which has
    // suffered sharp sales declines, sees ...": the main verb.
    if (dash == 0 && asides == 0) {
      std::size_t who = 0;
      std::vector<std::size_t> commas;  // inside the clause, last first
      for (std::size_t k = aside_end; k > 1 && aside_end - k < 48; --k) {
        const Token& t = tokens[k - 1];
        const LowerString& w = t.lower;
        if ((w == "who" || w == "which" || w == "whose") && IsComma(tokens[k - 2])) {
          who = k - 1;
          break;
        }
        if (IsComma(t)) commas.push_back(k - 1);
        // (Never into a quotation: its "who" is the speaker's words.)
        if (!IsWordOrNumber(t) && !IsComma(t) && w != "." && w != "(" && w != ")" && w != "%" &&
            !IsCurrencySign(t)) {
          break;
        }
      }
      // ("which Mr. Trump, and others, have likened to ...": a relative
      // clause with no verb before its first comma is the cue's own.)
      bool clause = who > 0 && !commas.empty();
      bool verb_inside = who > 0 && tokens[who].lower == "whose";
      for (std::size_t k = who + 1; clause && k < commas.back(); ++k) {
        verb_inside = verb_inside || IsVerbForm(tokens[k]) || In(tokens[k].lower, kBeForms) ||
                      In(tokens[k].lower, kAuxiliaries);
      }
      clause = clause && verb_inside;
      bool after_name = false;  // the segment before was a name or an appositive
      for (std::size_t c = commas.size(); clause && c > 0; --c) {
        const std::size_t b = commas[c - 1] + 1;
        const std::size_t e = c > 1 ? commas[c - 2] : aside_end;
        if (b >= e) {
          clause = false;
          break;
        }
        const Token& first = tokens[b];
        bool name = e - b <= 3;
        for (std::size_t k = b; k < e && name; ++k) name = tokens[k].capitalized;
        const bool appositive = IsDeterminer(first.lower) && e - b <= 12;
        const bool joined = In(first.lower, kPrepositions) || first.lower == "and" ||
                            first.lower == "or" || first.lower == "but";
        const bool list_word =
            e - b == 1 && first.is_word() && !first.capitalized && !IsVerbForm(first);
        const bool verb =
            after_name && !first.capitalized &&
            (IsVerbForm(first) || In(first.lower, kBeForms) || In(first.lower, kAuxiliaries));
        clause = name || appositive || joined || list_word || verb;
        after_name = name || appositive;
      }
      if (clause) {
        aside_begin = who;
        open_length = 1;
      }
    }
    // (A relative clause may run longer between its commas: "Dr. Connie
    // Mariano, who as a Navy captain was the White House physician in the
    // administration of ... and later retired ..., said".)
    while (open_length == 0 && aside_begin > 0 &&
           aside_end - aside_begin < (dash > 0 ? 32u : 40u)) {
      const Token& t = tokens[aside_begin - 1];
      if (dash > 0 && (open_length = DashLengthEndingAt(tokens, aside_begin)) > 0) break;
      if (dash == 0 && IsComma(t)) {
        // "during a town hall meeting in Columbus, Ohio,": a city and its
        // state stay in one aside.
        // ("from Ava, Mo.,": the state's abbreviation and its period.)
        std::size_t state_end = aside_end;
        if (state_end - aside_begin == 2 && tokens[state_end - 1].lower == ".") --state_end;
        bool city_state = state_end - aside_begin == 1 && tokens[aside_begin].capitalized &&
                          aside_begin >= 3 && tokens[aside_begin - 2].capitalized &&
                          In(tokens[aside_begin - 3].lower, kPrepositions);
        if (!city_state) {
          open_length = 1;
          break;
        }
        --aside_begin;
        continue;
      }
      // "veterans' families": a possessive apostrophe after a plural;
      // "citing ''the unique magic of Trump''": a quotation inside.
      // "R-Ky.": an abbreviation's period.
      bool period = t.lower == "." && aside_begin >= 2 && tokens[aside_begin - 2].is_word() &&
                    tokens[aside_begin - 2].span.end == t.span.begin;
      // "$30 billion", "12%": amounts.
      bool amount = IsCurrencySign(t) || t.lower == "%";
      // "Graham's rival, Sen. Jack Reed (D-R.I.), said": a name's parenthesis.
      if (t.lower == ")") {
        std::size_t open = NameParenthesisOpen(tokens, aside_begin - 1);
        if (open != kNoParenthesis) {
          aside_begin = open;
          continue;
        }
      }
      if (!IsWordOrNumber(t) && !t.is_quote() && !period && !amount && !(dash > 0 && IsComma(t))) {
        return false;
      }
      --aside_begin;
    }
    if (open_length == 0 || aside_begin >= aside_end || aside_begin < open_length) return false;
    // (A noun and its relative clause too: "a top GOP operative who played a
    // major role in ... and is now running ...".)
    bool relative = false;
    for (std::size_t k = aside_begin; k < aside_end && k < aside_begin + 8 && !relative; ++k) {
      relative =
          tokens[k].lower == "who" || tokens[k].lower == "which" || tokens[k].lower == "whose";
    }
    if (dash == 0 && aside_end - aside_begin >= 24 && !relative) return false;
    Aside kind = AsideKindOf(tokens, aside_begin, aside_end, is_cue);
    if (kind == Aside::kNone) return false;
    // 'his show, "The Apprentice," who went on to ..., said': a quoted
    // title closes before this aside; peel it next.
    if (!quoted_title && open_length == 1 && aside_begin >= 2 && IsClosing(tokens[aside_begin]) &&
        IsComma(tokens[aside_begin - 1]) &&
        tokens[aside_begin - 1].span.end == tokens[aside_begin].span.begin) {
      close = aside_begin + 1;
      continue;
    }
    // The title alone says nothing of the source; 'the co-author of "Going
    // Viral,"' does, its closing mark included.
    const bool title_only = tokens[aside_begin].is_quote();
    if (kind == Aside::kNounPhrase && role.empty() && !title_only) {
      role = TokenRange{aside_begin, quoted_title ? aside_end + 2 : aside_end};
    }
    std::size_t name_end = aside_begin - open_length;
    // "Donna Rawlings, 59, of Ashton, Md., who watched ..., said": an age
    // and a hometown before the aside.
    if (open_length == 1) {
      TokenRange details = DetailsBefore(tokens, name_end + 1);
      if (!details.empty()) {
        if (role.empty()) role = details;
        name_end = details.begin - 1;
      }
    }
    // "a truck driver from Ava, Mo., who is ..., said": the aside before
    // ends with a city and its state's abbreviation. (Not "Speaking in
    // Harlem, Clinton, without naming him, ...": a name has no period.)
    if (dash == 0 && open_length == 1 && name_end >= 6 && tokens[name_end - 1].lower == ".") {
      const std::size_t state = name_end - 1;
      if (tokens[state - 1].capitalized && tokens[state - 1].is_word() &&
          IsComma(tokens[state - 2]) && tokens[state - 3].capitalized &&
          In(tokens[state - 4].lower, kPrepositions)) {
        close = name_end + 1;
        continue;
      }
    }
    // A party and its state before the aside are one more aside to peel:
    // "Sen. Marco Rubio, R-Fla., appearing on Fox News, said", "Sen. Jack
    // Reed, D-R.I., speaking to reporters, said".
    {
      std::size_t tag_at = name_end;
      while (tag_at > 0 && name_end - tag_at < 3 && !IsComma(tokens[tag_at - 1])) --tag_at;
      const LowerString& tag = tokens[tag_at].lower;
      const bool party_state = open_length == 1 && tag_at > 0 && tag_at < name_end &&
                               IsComma(tokens[tag_at - 1]) && tokens[tag_at].capitalized &&
                               tag.size() >= 3 && tag[1] == '-' &&
                               (tag[0] == 'r' || tag[0] == 'd' || tag[0] == 'i');
      if (party_state) {
        close = name_end + 1;
        continue;
      }
    }
    std::size_t name_begin = NounPhraseStart(tokens, name_end, is_cue);
    if (name_begin >= name_end) return false;
    bool named = false;
    for (std::size_t k = name_begin; k < name_end; ++k) named = named || tokens[k].capitalized;
    // "one of the family's attorneys, Justin Bamberg, said": the aside is
    // the name; the resolver reads it from the appositive.
    // Two or more capitalized words: "YAF member in the 1960s" is a role,
    // "R-Ky." a party and state.
    bool aside_is_name = kind == Aside::kNounPhrase && !title_only &&
                         tokens[aside_begin].capitalized &&
                         !IsDeterminer(tokens[aside_begin].lower) && aside_end - aside_begin >= 2;
    for (std::size_t k = aside_begin; k < aside_end && aside_is_name; ++k) {
      aside_is_name = tokens[k].capitalized || !tokens[k].is_word();
    }
    // "His wife, longtime Hillary Clinton aide Huma Abedin, announced": a
    // role, then a name of two capitalized words or more.
    if (!aside_is_name && kind == Aside::kNounPhrase && !title_only &&
        aside_end - aside_begin >= 3 && tokens[aside_end - 1].capitalized &&
        tokens[aside_end - 2].capitalized && !IsDeterminer(tokens[aside_begin].lower)) {
      for (std::size_t k = aside_begin; k + 2 < aside_end && !aside_is_name; ++k) {
        aside_is_name = !tokens[k].capitalized && IsSourceWordAt(tokens, k);
      }
    }
    // A phrase opened by a comma that is itself an appositive ("Tom Clarke,
    // the company's owner, speaking ..., said"): one more aside to peel.
    bool preceded_by_comma = name_begin > 0 && IsComma(tokens[name_begin - 1]);

    bool another_aside = preceded_by_comma && !tokens[name_begin].capitalized &&
                         AsideKindOf(tokens, name_begin, name_end, is_cue) == Aside::kNounPhrase;
    if (another_aside && !aside_is_name) {
      if (open_length != 1) return false;
      close = name_end + 1;
      continue;
    }
    if (!named && !aside_is_name) return false;
    out->source = TokenRange{name_begin, name_end};
    out->appositive = role;
    return true;
  }
  return false;
}

bool AttributionFinder::MatchOne(const std::vector<Token>& tokens,
                                 const std::vector<char>& in_quote, std::size_t cue_begin,
                                 std::size_t cue_end, const Cue* cue, Attribution* out) const {
  const std::size_t n = tokens.size();
  *out = Attribution();
  out->cue = TokenRange{cue_begin, cue_end};
  out->cue_rule = cue;

  // Left of the cue: adverbs, auxiliaries and time phrases belong to the verb.
  std::size_t left = cue_begin;
  bool passive_be = false;
  while (left > 0) {
    const Token& t = tokens[left - 1];
    if (!t.capitalized && In(t.lower, kModals)) {
      return false;
    } else if (left >= 2 && TimePhraseAt(tokens, left - 2, cue_begin) == 2) {
      left -= 2;
    } else if (IsAdverb(t) || IsTimeWord(t) || (!t.capitalized && In(t.lower, kAuxiliaries))) {
      --left;
    } else if (t.lower == "since" && left >= 2 && In(tokens[left - 2].lower, kAuxiliaries)) {
      --left;  // "has since said"
    } else if ((t.lower == "all" || t.lower == "both") && left >= 2 &&
               (In(tokens[left - 2].lower, kAuxiliaries) || In(tokens[left - 2].lower, kBeForms))) {
      --left;  // "have all said", "have both denied", "is all explained"
    } else if (t.lower == "however" && !t.capitalized) {
      --left;  // "Carter however said"
    } else if (left >= 3 && tokens[left - 3].lower == "in" && tokens[left - 2].lower == "the" &&
               t.lower == "past") {
      left -= 3;  // "have in the past said"
    } else if (IsNegation(t)) {
      out->negated = true;
      --left;
    } else if (!t.capitalized && In(t.lower, kBeForms)) {
      // "is dismissing", "is calling on": the progressive is active.
      const LowerString& form = tokens[cue_begin].lower;
      bool progressive = IsIngForm(form);
      passive_be = !progressive;
      --left;
    } else {
      break;
    }
  }
  // "let businesses write off ...", "made them say ...": the bare verb of a
  // causative is what someone else lets or makes happen, not a statement.
  // ("Let me express my gratitude": the speaker's own words.)
  if (tokens[cue_begin].lower == cue->lemma) {
    static constexpr WordList<11> kCausatives({"let", "lets", "letting", "make", "makes", "made",
                                               "making", "help", "helps", "helped", "helping"});
    for (std::size_t k = left; k > 0 && cue_begin - k < 4; --k) {
      const Token& t = tokens[k - 1];
      if (In(t.lower, kCausatives) && k < cue_begin && tokens[k].lower != "me") return false;
      if (!t.is_word() || In(t.lower, kBoundaries)) break;
    }
  }
  // "It goes without saying that ...", "It's worth noting that ...", "left
  // without saying goodbye": a gerund after "without" or "worth" reports
  // no one's statement.
  if (left > 0 && IsIngForm(tokens[cue_begin].lower) &&
      (tokens[left - 1].lower == "without" || tokens[left - 1].lower == "worth")) {
    return false;
  }
  // "declined to say", "expected to announce": not an attribution.
  // But "went on to say" says it.
  // "appeared to suggest", "seemed to think": what the source seems to say.
  if (left > 0 && tokens[left - 1].lower == "to" && !passive_be) {
    bool went_on = left >= 3 && tokens[left - 2].lower == "on" &&
                   In(tokens[left - 3].lower, std::array<std::string_view, 4>{
                                                  "went", "goes", "go", "going"});
    // "continued to call for", "began to argue": what the source goes on
    // saying.
    static constexpr WordList<15> kSeem({"seem", "seems", "seemed", "appear", "appears", "appeared",
                                         "continue", "continues", "continued", "began", "begin",
                                         "begins", "started", "start", "starts"});
    bool seems = left >= 2 && In(tokens[left - 2].lower, kSeem);
    if (!went_on && !seems) return false;
    left -= went_on ? 3 : 2;
    while (left > 0 && (IsAdverb(tokens[left - 1]) || (!tokens[left - 1].capitalized &&
                                                       In(tokens[left - 1].lower, kAuxiliaries)))) {
      --left;
    }
  }

  std::size_t right = SkipModifiersForward(tokens, cue_end, n);
  // ("A statement posted online said": a participle after a document
  // describes it, and the phrase goes on to the cue.)
  auto is_cue = [&](std::size_t k) {
    return IsVerbCueAt(tokens, k) &&
           !(k > 0 && IsPastTenseVerb(tokens[k]) && NamesDocument(tokens, TokenRange{k - 1, k}));
  };
  // "a cease-fire declared Dec. 30": a participle followed by a date
  // modifies a noun.
  if (!passive_be && right < n && right == cue_end && tokens[right].capitalized &&
      MonthFromWrittenDate(tokens[right].lower) > 0) {
    return false;
  }
  // "Julie Davis reported from Midway Atoll", "Additional reporting from
  // ...": a credit line. "Al Sharpton called into a radio program", "called
  // off the talks", "called back": a phrasal verb, not a statement.
  if (right == cue_end && right < n && !passive_be) {
    const LowerString& next = tokens[right].lower;
    // "won Michigan, adding to his wins in Nevada": "add to" is to increase
    // ('“C,” Trump added to People.', "added to reporters" tell someone).
    const bool add_to = cue->lemma == "add" && next == "to" && right + 1 < n &&
                        !tokens[right + 1].capitalized && tokens[right + 1].lower != "reporters" &&
                        tokens[right + 1].lower != "journalists";
    // "Brent crude rose, adding $1.89 to $48.62", "the economy added
    // 151,000 jobs": an amount added, not words.
    const bool add_amount = cue->lemma == "add" && (tokens[right].kind == TokenKind::kNumber ||
                                                    IsCurrencySign(tokens[right]));
    // "more appealing to voters", "appealing to Republican voters": the
    // adjective ("are appealing for $8 billion" asks).
    static constexpr WordList<8> kDegrees(
        {"more", "most", "less", "least", "very", "so", "too", "particularly"});
    const bool appealing_adjective =
        tokens[cue_begin].lower == "appealing" &&
        (next == "to" || (cue_begin > 0 && In(tokens[cue_begin - 1].lower, kDegrees)));
    if (appealing_adjective || add_amount || (cue->lemma == "report" && next == "from") ||
        (cue->lemma == "show" && next == "up") || add_to ||
        (cue->frame == CueFrame::kCall &&
         In(next, std::array<std::string_view, 5>{"into", "off", "up", "back", "in"}))) {
      return false;
    }
    // "The U.N. called an emergency meeting", "called a snap election":
    // what is convened, not what is said. "appealed the ruling": a court's
    // appeal ("appealed for calm", "appealed to voters" are words).
    if (cue->lemma == "call" || cue->lemma == "appeal") {
      static constexpr WordList<17> kConvened({"meeting", "meetings", "election", "elections",
                                               "vote", "referendum", "session", "conference",
                                               "summit", "strike", "halt", "truce", "ceasefire",
                                               "cease-fire", "hearing", "inquiry", "recess"});
      static constexpr WordList<8> kRulings(
          {"case", "ruling", "decision", "verdict", "sentence", "conviction", "judgment", "order"});
      // (Not "called the meeting a “conspiracy”": a name for it follows.)
      std::size_t m = right;
      if (m < n && IsDeterminer(tokens[m].lower)) ++m;
      for (std::size_t a = m; a < n && a < m + 3 && tokens[a].is_word(); ++a) {
        bool object_ends = a + 1 >= n || !IsWordOrNumber(tokens[a + 1]) ||
                           In(tokens[a + 1].lower, kPrepositions) ||
                           In(tokens[a + 1].lower, kBoundaries) || tokens[a + 1].lower == "to";
        if (object_ends && cue->lemma == "call" && In(tokens[a].lower, kConvened)) return false;
        if (object_ends && cue->lemma == "appeal" && In(tokens[a].lower, kRulings)) return false;
        if (tokens[a].capitalized) break;
      }
    }
    // "The blast claimed the lives of 20 people", "The war has claimed
    // 400,000 lives", "claiming his third victory", "claimed 41 percent of
    // the vote", "claimed the gold medal": what is taken or won, not said.
    // So in sport: "allowing Ferrero to claim the first set", "Portsmouth
    // claimed a draw at Anfield", "Kiwis claim the Cup", "claim LTA
    // awards"; and "the legal action claimed its most high-profile victim".
    // ("claimed responsibility for the attack" says something.)
    if (cue->lemma == "claim" && right < n && tokens[right].lower != "that" &&
        !IsOpening(tokens[right])) {
      static constexpr WordList<36> kTaken(
          {"life",     "lives",      "victory", "victories", "win",     "wins",
           "seat",     "seats",      "title",   "titles",    "percent", "%",
           "votes",    "medal",      "medals",  "prize",     "crown",   "gold",
           "toll",     "share",      "set",     "sets",      "break",   "draw",
           "cup",      "slam",       "glory",   "award",     "awards",  "trophy",
           "trophies", "nomination", "victim",  "victims",   "honours", "honors"});
      // (Up to a verb: "claimed its strikes killed 20 percent of them" is
      // a clause, what was said.)
      for (std::size_t a = right; a < n && a < right + 6 && !IsComma(tokens[a]) &&
                                  !IsSentenceEnd(tokens[a]) && tokens[a].lower != "that" &&
                                  !IsVerbForm(tokens[a]);
           ++a) {
        if (In(tokens[a].lower, kTaken)) return false;
      }
    }
    // "Wright-Phillips showed his customary trickery to burst into the
    // area", "the flanker showed his nous to ground the ball", "the
    // creature shows its true nature": a quality displayed, not a finding.
    // ("shows its prospects are no better", "showed his numbers falling":
    // a verb after the possessive makes a clause, what is shown to be so.)
    static constexpr WordList<7> kPossessives({"his", "her", "their", "its", "our", "my", "your"});
    // ("a poll shows her now in a dead heat", "shows her with a net
    // positive": "her" is the object there, and a phrase about her follows.)
    const bool object_her =
        right + 1 < n && tokens[right].lower == "her" &&
        (!tokens[right + 1].is_word() || IsFunctionWord(tokens[right + 1].lower) ||
         In(tokens[right + 1].lower, kPrepositions) || IsAdverb(tokens[right + 1]));
    if (cue->lemma == "show" && right < n && In(tokens[right].lower, kPossessives) && !object_her) {
      bool clause = false;
      for (std::size_t a = right + 1; a < n && !clause && !IsComma(tokens[a]) &&
                                      !IsSentenceEnd(tokens[a]) && !IsOpening(tokens[a]);
           ++a) {
        clause = IsVerbForm(tokens[a]) || (!tokens[a].capitalized && IsIngForm(tokens[a].lower));
      }
      if (!clause) return false;
    }
    // "E Hayot, writing in the culture blogzine Print Culture, said",
    // "Kashmira Gander writes for the Independent": where one writes, with
    // nothing written after it (no verb, quotation, colon or "that"), and
    // nothing before the subject that could be what was written ('“C,”
    // Conner wrote on Facebook', "C, Kennedy wrote in a letter").
    // (Only for "write": a walk back to the sentence's start for every cue
    // made a sentence of thousands of cues quadratic.)
    const bool place_of_writing = cue->lemma == "write" && right < n &&
                                  (tokens[right].lower == "in" || tokens[right].lower == "on" ||
                                   tokens[right].lower == "for");
    if (place_of_writing) {
      // Something before the subject that could be what was written.
      bool written_before =
          std::any_of(in_quote.begin(), in_quote.begin() + static_cast<std::ptrdiff_t>(cue_begin),
                      [](char q) { return q != 0; });
      const bool participle_aside =
          cue_begin > 0 && IsComma(tokens[cue_begin - 1]) && IsIngForm(tokens[cue_begin].lower);
      for (std::size_t a = 0; a < cue_begin && !written_before && !participle_aside; ++a) {
        written_before = IsComma(tokens[a]);
      }
      // (A comma before "that" or a quotation goes on to what was written:
      // "wrote in an op-ed for CNN.com on Monday, that “...”"; so does a
      // date's: "in a September 16, 2012 email".)
      bool written = written_before;
      for (std::size_t a = right + 1; a < n && !written && !IsSentenceEnd(tokens[a]); ++a) {
        if (IsComma(tokens[a])) {
          const bool goes_on =
              a + 1 < n && (tokens[a + 1].lower == "that" || IsOpening(tokens[a + 1]) ||
                            tokens[a + 1].is_quote() || tokens[a + 1].kind == TokenKind::kNumber);
          if (!goes_on) break;
          continue;
        }
        written = IsVerbForm(tokens[a]) || IsOpening(tokens[a]) || tokens[a].is_quote() ||
                  IsColon(tokens[a]) || tokens[a].lower == "that";
      }
      if (!written) return false;
    }
    // "a mine built near a stream called Miracle Run": a name given, at the
    // end of its clause; not "A spokesman called Clinton a liar".
    // ('a Facebook group called Occupy DNC', 'a show called "Brokers,"',
    // 'one PAC called Stop Hillary and another ...': capitalized words and
    // "one" or "another" before, a quoted name, "and" after.)
    std::size_t name = right;
    if (name + 1 < n && IsOpening(tokens[name]) && tokens[name + 1].capitalized) ++name;
    auto indefinite_at = [&](std::size_t k) {
      return tokens[k].lower == "a" || tokens[k].lower == "an" || tokens[k].lower == "one" ||
             tokens[k].lower == "another";
    };
    if (tokens[cue_begin].lower == "called" && left == cue_begin && cue_begin > 0 &&
        tokens[cue_begin - 1].is_word() &&
        (!tokens[cue_begin - 1].capitalized || (cue_begin >= 2 && indefinite_at(cue_begin - 2))) &&
        name < n && tokens[name].capitalized) {
      // ("a little movie called Batman v Superman: Dawn of Justice is
      // currently filming": "v" between names, a subtitle after a colon,
      // and the main clause's verb after the name.)
      std::size_t after = name;
      while (after < n) {
        const Token& t = tokens[after];
        const bool next_capitalized = after + 1 < n && tokens[after + 1].capitalized;
        if ((t.is_word() || t.kind == TokenKind::kNumber) &&
            (t.capitalized || t.kind == TokenKind::kNumber || In(t.lower, kPrepositions) ||
             t.lower == "the" || ((t.lower == "v" || t.lower == "vs") && next_capitalized))) {
          ++after;
        } else if (IsColon(t) && after > name && next_capitalized) {
          ++after;
        } else {
          break;
        }
      }
      while (after < n && (IsClosing(tokens[after]) || tokens[after].lower == "!")) ++after;
      bool clause_ends =
          after >= n || IsComma(tokens[after]) || IsSentenceEnd(tokens[after]) ||
          In(tokens[after].lower, kPrepositions) || In(tokens[after].lower, kBoundaries) ||
          tokens[after].lower == "and" || tokens[after].lower == ")" ||
          (!tokens[after].capitalized &&
           (In(tokens[after].lower, kBeForms) || In(tokens[after].lower, kAuxiliaries)));
      std::size_t d = cue_begin - 1;
      while (d > 0 && tokens[d - 1].is_word() && !IsDeterminer(tokens[d - 1].lower) &&
             cue_begin - d < 5) {
        --d;
      }
      bool indefinite = d > 0 && indefinite_at(d - 1);
      if (clause_ends && indefinite) return false;
    }
  }
  // "Clinton's lead of nearly 300 pledged delegates", "among pledged
  // delegates": a participle between a number, a preposition or a
  // possessive and its noun is an adjective.
  if (!passive_be && left == cue_begin && cue_begin > 0 && cue_end < n) {
    const LowerString& form = tokens[cue_begin].lower;
    const Token& before = tokens[cue_begin - 1];
    const Token& noun = tokens[cue_end];
    bool participle = form.size() > 3 && form.compare(form.size() - 2, 2, "ed") == 0;
    // ("He's pledged support": a pronoun and its auxiliary.)
    bool possessive = before.lower.size() > 2 &&
                      before.lower.compare(before.lower.size() - 2, 2, "'s") == 0 &&
                      !IsContractedSubject(before.lower);
    // ("the promised benefits", "its alleged role", "all reported cases".)
    static constexpr WordList<10> kBeforeNouns(
        {"the", "a", "an", "his", "her", "its", "their", "our", "my", "all"});
    bool modifies = before.kind == TokenKind::kNumber || possessive ||
                    In(before.lower, kBeforeNouns) ||
                    (In(before.lower, kPrepositions) && !before.capitalized);
    if (participle && modifies && noun.is_word() && !noun.capitalized &&
        !IsDeterminer(noun.lower) && !In(noun.lower, kBoundaries) &&
        !In(noun.lower, kPrepositions) && noun.lower != "to" && !IsIngForm(noun.lower)) {
      return false;
    }
  }
  // "other hostages believed to be held near Raqqa", "Kim Jong-un's health
  // said to be at risk": a participle of a verb of saying or thinking, then
  // "to be" or "to have", describes the noun before it (as "is believed to
  // be" would, without the "is"); no one is said to say anything. ("Adriano
  // said to reduce the rate the bank needs ...", "claimed to have seen":
  // other infinitives, or verbs whose subject speaks, are left alone.)
  if (!passive_be && left == cue_begin && right == cue_end && right + 2 < n &&
      tokens[right].lower == "to" &&
      (tokens[right + 1].lower == "be" || tokens[right + 1].lower == "have")) {
    static constexpr WordList<16> kRaising({"say", "believe", "think", "report", "allege", "know",
                                            "show", "understand", "rumour", "rumor", "estimate",
                                            "consider", "presume", "suppose", "reckon", "suspect"});
    const LowerString& form = tokens[cue_begin].lower;
    bool participle = form != cue->lemma && !form.ends_with("s") && !IsIngForm(form);
    if (participle && In(cue->lemma, kRaising)) return false;
  }
  // "If confirmed by Washington": a participle with its agent, no speech.
  if (!passive_be && cue->frame != CueFrame::kQuoted && right < n && tokens[right].lower == "by") {
    return false;
  }

  // Passive: "That claim was immediately denied by the Pentagon".
  if (cue->frame == CueFrame::kQuoted || passive_be) {
    bool by = cue->frame == CueFrame::kQuoted || (right < n && tokens[right].lower == "by");
    if (passive_be && !by && cue->agentless && right + 1 < n && right == cue_end &&
        tokens[right].lower == "to") {
      // "The fighting is estimated to have killed 400,000 people": the
      // subject and the infinitive are the content; no one is named.
      std::size_t subject_begin = NounPhraseStart(tokens, left, is_cue);
      TokenRange rest = ContentToEnd(tokens, right + 1, n);
      if (subject_begin >= left || rest.empty()) return false;
      out->rule = "agentless-passive";
      out->agentless = true;
      out->content = TokenRange{subject_begin, rest.end};
      return HasWord(tokens, out->content);
    }
    if (!passive_be || !by) return false;
    std::size_t by_end = cue->frame == CueFrame::kQuoted ? cue_end : right + 1;
    std::size_t agent_end = NounPhraseEnd(tokens, by_end, n);
    std::size_t subject_end = left;
    // "The claim, made by the ministry on Sunday, was denied by the
    // Pentagon": an aside between the subject and its verb.
    if (cue->frame != CueFrame::kQuoted && subject_end >= 3 && IsComma(tokens[subject_end - 1])) {
      std::size_t open = subject_end - 1;
      while (open > 0 && subject_end - open < 16 && !IsComma(tokens[open - 1]) &&
             (IsWordOrNumber(tokens[open - 1]) || tokens[open - 1].lower == ".")) {
        --open;
      }
      if (open > 1 && IsComma(tokens[open - 1]) && open < subject_end - 1 &&
          (IsPastForm(tokens[open]) || IsIngForm(tokens[open].lower) ||
           tokens[open].lower == "which" || tokens[open].lower == "who")) {
        subject_end = open - 1;
      }
    }
    std::size_t subject_begin = NounPhraseStart(tokens, subject_end, is_cue);
    if (cue->frame == CueFrame::kQuoted) {
      // The speaker is the subject; the outlet after "by" only reported it.
      out->source = TokenRange{subject_begin, left};
      out->rule = "quoted-by";
      std::size_t after = agent_end;
      if (after + 1 < n && tokens[after].lower == "as" && tokens[after + 1].lower == "saying") {
        out->content = ContentToEnd(tokens, after + 2, n);
      } else {
        out->content = ContentBefore(tokens, 0, subject_begin);
      }
    } else {
      out->rule = "passive";
      out->content = TokenRange{subject_begin, subject_end};
      // "It has been confirmed by Alaska Airlines that a flight attendant
      // killed the scorpion": "it" stands for the that-clause after the agent.
      if (subject_end == subject_begin + 1 &&
          (tokens[subject_begin].lower == "it" || tokens[subject_begin].lower == "it's") &&
          agent_end + 1 < n && tokens[agent_end].lower == "that") {
        TokenRange clause = ContentToEnd(tokens, agent_end + 1, n);
        if (HasWord(tokens, clause)) {
          out->content = clause;
          out->source = TokenRange{by_end, agent_end};
          return !out->source.empty();
        }
      }
      // "Trump has been criticized by some of his rivals for failing to
      // ...", "was portrayed by the White House as a violent protest", "was
      // accused by a reporter, who worked for him, of grabbing her": what
      // the subject is blamed for or taken as follows the agent. The agent
      // ends before it, and the content spans the subject and the phrase,
      // as the active "criticized Trump for failing to ..." holds both.
      // ("by the Center for American Progress": a name goes on; "as well
      // as", "as he spoke" are no such phrase.)
      auto complement_at = [&](std::size_t k) {
        const Token& t = tokens[k];
        if (k + 1 >= n || t.capitalized || in_quote[k]) return false;
        if (t.lower == "for") return !(tokens[k - 1].capitalized && tokens[k + 1].capitalized);
        if (t.lower == "of") return cue->lemma == "accuse";
        return t.lower == "as" && tokens[k + 1].lower != "well" && !tokens[k + 1].capitalized &&
               !In(tokens[k + 1].lower, kSubjectPronouns) && IsWordOrNumber(tokens[k + 1]);
      };
      std::size_t complement = by_end + 1;
      while (complement < agent_end && !complement_at(complement)) ++complement;
      if (complement == agent_end && agent_end + 1 < n && IsComma(tokens[agent_end]) &&
          (tokens[agent_end + 1].lower == "who" || tokens[agent_end + 1].lower == "which")) {
        // ", who worked for Mr. Bannon, of grabbing": an aside about the agent.
        std::size_t close = agent_end + 2;
        while (close < n && close < agent_end + 16 && !IsComma(tokens[close]) &&
               !IsSentenceEnd(tokens[close])) {
          ++close;
        }
        if (close + 1 < n && IsComma(tokens[close])) complement = close + 1;
      }
      if (subject_begin < subject_end && complement < n && complement > by_end &&
          complement_at(complement)) {
        const TokenRange rest = ContentToEnd(tokens, complement, n);
        const std::size_t end = ObjectEnd(tokens, in_quote, rest);
        if (end > complement + 1) {
          agent_end = std::min(agent_end, complement);
          out->content.end = end;
        }
      }
      out->source = TokenRange{by_end, agent_end};
    }
    return !out->source.empty() && HasWord(tokens, out->content);
  }

  if (cue->frame == CueFrame::kAccording) {
    std::size_t source_end = NounPhraseEnd(tokens, cue_end, n);
    // "according to a video leaked by opposition delegates": the phrase runs to
    // the next comma or the end.
    // "University of Texas/Texas Tribune poll": a slash joins two names.
    // 'according to the "Medicare for all" document he released': a title.
    while (source_end < n) {
      if (IsWordOrNumber(tokens[source_end]) ||
          (tokens[source_end].lower == "/" && source_end + 1 < n &&
           IsWordOrNumber(tokens[source_end + 1]))) {
        ++source_end;
      } else if (const std::size_t title = QuotedTitleEnd(tokens, source_end, n);
                 title > source_end && title < n && IsWordOrNumber(tokens[title])) {
        source_end = title;
      } else {
        break;
      }
    }
    // "according to interviews with his friends, aides and allies, C": the
    // rest of a list of lowercase nouns, up to its comma.
    if (source_end < n && IsComma(tokens[source_end])) {
      std::size_t k = source_end + 1;
      bool joined = false;
      while (k < n && k < source_end + 7 && IsWordOrNumber(tokens[k]) && !tokens[k].capitalized &&
             !in_quote[k] && !IsVerbForm(tokens[k]) && !In(tokens[k].lower, kSubjectPronouns)) {
        joined = joined || tokens[k].lower == "and" || tokens[k].lower == "or";
        ++k;
      }
      if (joined && k < n && IsComma(tokens[k]) && tokens[k - 1].lower != "and" &&
          tokens[k - 1].lower != "or") {
        source_end = k;
      }
    }
    out->source = TokenRange{cue_end, source_end};
    // "According to ..." opening the sentence, or its clause after a colon
    // or semicolon ("It hasn't gone unnoticed: According to recent polls,
    // C"), after an opening mark or a conjunction ("But according to
    // interviews with his aides, C").
    std::size_t lead = 0;
    for (std::size_t k = 0; k < cue_begin; ++k) {
      if ((IsColon(tokens[k]) || tokens[k].lower == ";") && !in_quote[k]) lead = k + 1;
    }
    while (lead < cue_begin && (IsOpening(tokens[lead]) || tokens[lead].lower == "(" ||
                                tokens[lead].lower == "but" || tokens[lead].lower == "and" ||
                                tokens[lead].lower == "yet" || tokens[lead].lower == "so")) {
      ++lead;
    }
    if (cue_begin == lead) {
      out->rule = "according-to-first";
      std::size_t start = source_end;
      while (start < n && IsComma(tokens[start])) ++start;
      out->content = ContentToEnd(tokens, start, n);
      // "According to MSNBC, basically.": an adverb alone says nothing.
      if (WordCount(tokens, out->content) == 1 && IsAdverb(tokens[out->content.begin])) {
        return false;
      }
    } else {
      out->rule = "according-to-last";
      out->content = ContentBefore(tokens, 0, cue_begin);
      // "Over the long term, according to the budget office, the rise in
      // deficits is ...": a parenthetical source; the content is the whole
      // sentence around it.
      // Not when a new clause follows ("..., according to officials, and
      // prices rose").
      // ("..., according to Brian Wieser, an analyst at Pivotal Research
      // Group.": an appositive closing the sentence says who the source is.)
      std::size_t close = source_end + 1;
      while (close < n && !IsComma(tokens[close]) && !IsSentenceEnd(tokens[close])) ++close;
      // (Not "..., according to a timeline, the contractors left": a
      // verb before any relative pronoun makes a clause.)
      bool verb = false;
      for (std::size_t k = source_end + 1; k < close && !verb; ++k) {
        const LowerString& w = tokens[k].lower;
        if (w == "who" || w == "which" || w == "that" || w == "whose") break;
        verb = IsVerbForm(tokens[k]) || IsPastTenseVerb(tokens[k]);
      }
      const bool appositive =
          !verb && source_end + 1 < n && IsComma(tokens[source_end]) &&
          (close >= n || IsSentenceEnd(tokens[close])) &&
          (IsDeterminer(tokens[source_end + 1].lower) || IsSourceWordAt(tokens, source_end + 1)) &&
          AsideKindOf(tokens, source_end + 1, close, is_cue) == Aside::kNounPhrase;
      if (appositive) {
        out->appositive = TokenRange{source_end + 1, close};
      } else if (source_end + 1 < n && IsComma(tokens[source_end]) && cue_begin > 0 &&
                 IsComma(tokens[cue_begin - 1]) && !In(tokens[source_end + 1].lower, kBoundaries)) {
        TokenRange after = ContentToEnd(tokens, source_end + 1, n);
        if (HasWord(tokens, after)) {
          out->content.end = after.end;
          out->rule = "according-to-middle";
        }
      }
    }
    return !out->source.empty() && HasWord(tokens, out->content);
  }

  // The source before the cue, possibly with an appositive:
  // "U.S. Navy Capt. Jeff Davis, a Pentagon spokesman, said".
  std::size_t source_end = left;
  // "Sen. Jack Reed (D-R.I.), said": a stray comma after a name's
  // parenthesis.
  if (source_end >= 3 && IsComma(tokens[source_end - 1]) && tokens[source_end - 2].lower == ")" &&
      NameParenthesisOpen(tokens, source_end - 2) != kNoParenthesis &&
      NameParenthesisOpen(tokens, source_end - 2) + 1 < source_end - 2) {
    std::size_t open = NameParenthesisOpen(tokens, source_end - 2);
    bool name_starts_clause = true;  // no comma before the name: not an aside
    for (std::size_t m = open; m > 0 && name_starts_clause; --m) {
      if (IsComma(tokens[m - 1])) name_starts_clause = false;
      if (!tokens[m - 1].is_word() && tokens[m - 1].lower != ".") break;
    }
    if (name_starts_clause) --source_end;
  }
  // "Brianne Stone, 29, of Huntsville, Ala., says": an age and a hometown
  // between commas describe the name before them.
  TokenRange details = DetailsBefore(tokens, source_end);
  if (!details.empty()) source_end = details.begin - 1;
  std::size_t source_begin = NounPhraseStart(tokens, source_end, is_cue);
  // A restrictive relative clause before the cue describes the subject
  // before its "who": "One resident who lives near the plant said".
  if (details.empty()) {
    std::size_t who = RelativeClauseBefore(tokens, in_quote, source_end);
    if (who < source_end) {
      std::size_t begin = RestrictedNounPhraseStart(tokens, who, is_cue);
      // "Democrats in Iowa who watched the debate said": a place after a
      // plural subject belongs to it.
      if (begin >= 2 && begin < who && tokens[begin].capitalized &&
          (tokens[begin - 1].lower == "in" || tokens[begin - 1].lower == "from") &&
          tokens[begin - 2].is_word() && tokens[begin - 2].lower.back() == 's' &&
          !IsVerbForm(tokens[begin - 2])) {
        begin = RestrictedNounPhraseStart(tokens, begin - 1, is_cue);
      }
      if (begin < who) {
        source_begin = begin;
        source_end = who;
      }
    }
  }
  // "Jihadists believed to be loyal to ISIS had claimed", "A man believed
  // to be his father said": a participle of thinking or saying, "to be" or
  // "to have", and what the subject is said to be describe the subject
  // before the participle.
  if (details.empty() && source_end >= 4) {
    static constexpr WordList<11> kRaisingForms({"believed", "thought", "said", "reported",
                                                 "alleged", "known", "understood", "rumoured",
                                                 "rumored", "suspected", "presumed"});
    for (std::size_t k = source_end - 1; k >= 2 && source_end - k < 10; --k) {
      const Token& t = tokens[k];
      if (t.lower == "to" && !t.capitalized && k + 1 < source_end &&
          (tokens[k + 1].lower == "be" || tokens[k + 1].lower == "have") &&
          In(tokens[k - 1].lower, kRaisingForms)) {
        std::size_t head_end = k - 1;
        if (head_end > 0 && In(tokens[head_end - 1].lower, kBeForms)) --head_end;
        std::size_t head_begin = NounPhraseStart(tokens, head_end, is_cue);
        if (head_begin < head_end) {
          source_begin = head_begin;
          source_end = head_end;
        }
        break;
      }
      // (A passive infinitive's participle goes on: "thought to be linked".)
      const bool after_be = tokens[k - 1].lower == "be" || tokens[k - 1].lower == "been";
      if (!t.is_word() || In(t.lower, kBoundaries) || is_cue(k) ||
          (IsVerbForm(t) && t.lower != "been" && t.lower != "be" && !after_be)) {
        break;
      }
    }
  }
  if (!details.empty()) {
    if (source_begin < source_end) out->appositive = details;
  } else if (source_end > 0 && In(tokens[source_end - 1].lower, kPrepositions)) {
    source_begin = source_end;
  }
  const LowerString& cue_form = tokens[cue_begin].lower;
  bool participle_form = IsIngForm(cue_form);
  // "Voters shrugged it off, with three in 10 saying C", "with 50 percent
  // saying C": a participle with its own subject after "with"; the subject
  // is the source, without the preposition.
  // (NounPhraseStart dropped "with" and the word after it as an opening
  // phrase: "with 50 percent" left "percent".)
  // (Not "with all precincts reporting," with nothing said after it.)
  if (participle_form && source_end == left && source_end == cue_begin && cue_end < n &&
      (IsWordOrNumber(tokens[cue_end]) || IsOpening(tokens[cue_end]) || IsColon(tokens[cue_end]))) {
    for (std::size_t k = source_end; k > 0 && source_end - k < 8; --k) {
      const Token& t = tokens[k - 1];
      if (t.lower == "with" && !t.capitalized && k < source_end) {
        source_begin = k;
        break;
      }
      if (!IsWordOrNumber(t) && t.lower != "%") break;
      if (IsVerbForm(t) || is_cue(k - 1)) break;
    }
  }
  // "Black Lives Matter issued a statement saying C", "The group released a
  // video accusing ...": the document's issuer, the sentence's subject, is
  // the source.
  bool issued_document = false;
  // Only phrases of time between the document and its participle ("a
  // petition this week calling"): an auxiliary makes the participle a verb.
  bool participle_after_object = participle_form;
  for (std::size_t k = left; k < cue_begin && participle_after_object; ++k) {
    participle_after_object = !In(tokens[k].lower, kBeForms) &&
                              !In(tokens[k].lower, kAuxiliaries) && !IsNegation(tokens[k]);
  }
  if (participle_after_object && source_begin + 1 < source_end) {
    // The determiner after the verb opens the document's noun phrase; the
    // walk leftwards may have taken the verb and its subject in.
    std::size_t det = source_begin;
    for (std::size_t k = source_begin + 1; k + 1 < source_end; ++k) {
      if (IsVerbForm(tokens[k - 1]) && IsDeterminer(tokens[k].lower)) det = k;
    }
    std::size_t length = 0;
    auto word_at = [&](std::size_t m) -> const std::string* {
      return m < source_end ? &tokens[m].lower : nullptr;
    };
    // "released a statement Thursday night condemning ...", "unleashed a
    // series of tweets early Friday saying ...".
    std::size_t doc_end = source_end;
    while (doc_end > det + 1) {
      std::size_t time = TimePhraseAt(tokens, doc_end - 2, doc_end);
      if (time == 2) {
        doc_end -= 2;
      } else if (IsTimeWord(tokens[doc_end - 1]) || In(tokens[doc_end - 1].lower, kPartsOfDay)) {
        --doc_end;
      } else {
        break;
      }
    }
    const SourceWordKind* kind = rules_.source_words.Match(doc_end - 1, word_at, &length);
    issued_document = det > 0 && IsDeterminer(tokens[det].lower) && IsVerbForm(tokens[det - 1]) &&
                      kind && *kind == SourceWordKind::kNominal;
    if (issued_document) {
      source_begin = source_end;
      // "Palmieri spoke to reporters after Donald Trump unleashed a series
      // of tweets criticizing ...": the issuer is the subject of a clause of
      // its own, not the sentence's subject.
      std::size_t verb = det - 1;
      std::size_t issuer = NounPhraseStart(tokens, verb, is_cue);
      if (issuer < verb && issuer > 0 &&
          (In(tokens[issuer - 1].lower, kTimePrepositions) ||
           In(tokens[issuer - 1].lower, kBoundaries)) &&
          !IsFunctionWord(tokens[issuer].lower)) {
        source_begin = issuer;
        source_end = verb;
        issued_document = false;
      }
    }
  }
  // "The ad then cuts to footage of Trump saying C", "a video of Clinton
  // saying C": the person shown speaks.
  if (participle_form && left == cue_begin && !issued_document) {
    static constexpr WordList<8> kRecordings({"footage", "video", "clip", "recording", "audio",
                                              "tape", "videotape", "film"});
    for (std::size_t k = source_begin + 1; k + 1 < source_end; ++k) {
      if (tokens[k].lower == "of" && In(tokens[k - 1].lower, kRecordings) &&
          tokens[k + 1].capitalized) {
        source_begin = k + 1;
        break;
      }
    }
  }
  // "..., saying C" shares the sentence's subject; "X, a spokesman, said"
  // has an appositive.
  // "Podesta, who said the project was vetted, said ...", "security experts
  // who say C", "the report, which says C": the relative pronoun stands for
  // the noun phrase before it.
  // Only verbs of saying and telling: "a senator who endorsed Clinton",
  // "a candidate who called for ..." report acts, not statements. A verb of
  // calling names something in its quotation: "Obama, who called the
  // nominee “unfit to serve”".
  // So does one with "as": "The government, which has always portrayed the
  // conflict as a war on terrorism".
  bool quoted_name = false;
  if (cue->frame == CueFrame::kCall) {
    for (std::size_t k = cue_end; k + 1 < n && k < cue_end + 8 && !quoted_name; ++k) {
      if (IsComma(tokens[k]) || IsSentenceEnd(tokens[k])) break;
      quoted_name = k > cue_end && ((IsOpening(tokens[k]) && in_quote[k + 1]) ||
                                    (tokens[k].lower == "as" && !in_quote[k]));
    }
  }
  bool relative_source = false;
  if (source_begin == source_end && source_end > 1 &&
      (tokens[source_end - 1].lower == "who" || tokens[source_end - 1].lower == "which") &&
      (cue->frame == CueFrame::kSpeech || cue->frame == CueFrame::kTell || quoted_name)) {
    std::size_t antecedent_end = source_end - 1;
    if (IsComma(tokens[antecedent_end - 1])) {
      --antecedent_end;
      TokenRange antecedent_details = DetailsBefore(tokens, antecedent_end + 1);
      if (!antecedent_details.empty()) antecedent_end = antecedent_details.begin - 1;
    }
    const bool restrictive = antecedent_end + 1 == source_end;
    std::size_t antecedent_begin = restrictive
                                       ? RestrictedNounPhraseStart(tokens, antecedent_end, is_cue)
                                       : NounPhraseStart(tokens, antecedent_end, is_cue);
    // A name before ", who": the object of the verb before it ("Ted Cruz
    // praised Donald Trump, who said ...", "Cruz met Donald Trump, who
    // said ..."), not the clause's subject with it. What stands between a
    // lowercase word and the name is kept only when it can describe the
    // name: determiners, prepositions, "and", and the words of
    // rules/source_words.txt ("a spokesman for the Pentagon, who said").
    if (!restrictive && antecedent_end > 0 && tokens[antecedent_end - 1].capitalized &&
        tokens[antecedent_end - 1].is_word()) {
      std::size_t name_begin = antecedent_end;
      while (name_begin > 0 && tokens[name_begin - 1].is_word() &&
             tokens[name_begin - 1].capitalized) {
        --name_begin;
      }
      if (antecedent_begin >= antecedent_end) {
        antecedent_begin = name_begin;  // the walk stopped at a cue
      } else {
        for (std::size_t k = antecedent_begin; k < name_begin; ++k) {
          const Token& w = tokens[k];
          if (w.is_word() && !w.capitalized && !IsDeterminer(w.lower) &&
              !In(w.lower, kPrepositions) && w.lower != "and" && !IsSourceWordAt(tokens, k)) {
            antecedent_begin = k + 1;
          }
        }
        // "a harsh response from Donald Trump Jr., who": the name, not its
        // preposition.
        while (antecedent_begin < name_begin && In(tokens[antecedent_begin].lower, kPrepositions)) {
          ++antecedent_begin;
        }
      }
    }
    // "Anybody who says he doesn't deserve it is jealous": anyone at all,
    // a case the writer imagines, is no speaker.
    static constexpr WordList<7> kAnyone(
        {"anybody", "anyone", "everybody", "everyone", "nobody", "whoever", "somebody"});
    if (antecedent_begin + 1 == antecedent_end && In(tokens[antecedent_begin].lower, kAnyone)) {
      return false;
    }
    if (antecedent_begin < antecedent_end) {
      out->source = TokenRange{antecedent_begin, antecedent_end};
      relative_source = true;
    }
  } else if (source_begin == source_end && source_end > 0 &&
             (IsComma(tokens[source_end - 1]) || DashLengthEndingAt(tokens, source_end) > 0 ||
              // "X, citing ''the magic of Trump,'' said": the comma inside
              // the quotation closes the aside.
              (source_end >= 2 && IsClosing(tokens[source_end - 1]) &&
               IsComma(tokens[source_end - 2]) && !IsOpening(tokens[0]) && !in_quote[0])) &&
             !(participle_form && left == cue_begin)) {
    std::size_t aside_close = source_end;
    if (!IsComma(tokens[aside_close - 1]) && DashLengthEndingAt(tokens, aside_close) == 0) {
      --aside_close;
    }
    SourceBeforeAsides(tokens, aside_close, is_cue, out);
  } else if (source_begin < source_end) {
    // "Ja’afari in remarks to reporters in Astana repeatedly referred to":
    // a name opening the phrase, then a prepositional phrase: the name.
    std::size_t name_end = source_begin;
    while (name_end < source_end && tokens[name_end].capitalized) ++name_end;
    if (name_end > source_begin && name_end < source_end &&
        (tokens[name_end].lower == "in" || tokens[name_end].lower == "at" ||
         tokens[name_end].lower == "during") &&
        !IsFunctionWord(tokens[source_begin].lower)) {
      source_end = name_end;
    }
    // "the gap between what Trump says his plan would do", "how experts say
    // it would shape tax law": a clause standing for what was said, which is
    // not given.
    static constexpr std::array<std::string_view, 4> kWhWords = {"what", "how", "whatever",
                                                                 "why"};
    // "Everything Trump says is a lie", "Nothing the president said will
    // assuage ...": a pronoun and the clause that modifies it, the object
    // of the verb, not a source.
    static constexpr std::array<std::string_view, 4> kIndefinites = {"everything", "anything",
                                                                     "nothing", "something"};
    for (std::size_t k = source_begin > 0 ? source_begin - 1 : 0; k < source_end; ++k) {
      // "what aide Kevin Phillips called “the beginning of a new era”": the
      // quotation is the name given, and the source follows "what".
      if (tokens[k].lower == "what" && cue->frame == CueFrame::kCall && right == cue_end &&
          right + 1 < n && IsOpening(tokens[right]) && in_quote[right + 1] && k + 1 < source_end) {
        source_begin = std::max(source_begin, k + 1);
        continue;
      }
      if (In(tokens[k].lower, kWhWords)) return false;
      if (In(tokens[k].lower, kIndefinites) && k + 1 < source_end) return false;
    }
    // "Do you think this is a true story?", "Did you know chocolate is
    // toxic to dogs?", "Does this mysterious video show ...": an
    // auxiliary opening the sentence before its subject asks a question;
    // nothing is claimed. ("Will Grant says": a name; "IS said": the
    // Islamic State.)
    static constexpr WordList<12> kAskingAuxiliaries(
        {"do", "does", "did", "can", "could", "has", "have", "is", "are", "was", "were", "should"});
    if (source_begin + 1 < source_end && tokens[source_begin].capitalized &&
        !tokens[source_begin].all_caps && In(tokens[source_begin].lower, kAskingAuxiliaries) &&
        (source_begin == 0 || !IsWordOrNumber(tokens[source_begin - 1]))) {
      return false;
    }
    // "the community immediately began calling for ...", "Residents kept
    // saying C": a verb of beginning or going on before the participle;
    // its subject, without the verb and its adverbs, is the source.
    static constexpr WordList<12> kAspectVerbs({"began", "begin", "begins", "started", "start",
                                                "starts", "kept", "keep", "keeps", "continued",
                                                "continue", "continues"});
    if (participle_form && source_end == cue_begin && source_end - source_begin >= 2 &&
        In(tokens[source_end - 1].lower, kAspectVerbs)) {
      --source_end;
      while (source_end - source_begin >= 2 && IsAdverb(tokens[source_end - 1])) --source_end;
    }
    // "Mr Hockney also left UKIP saying C": a participle after a clause with
    // no comma; its subject is the name before the clause's verb. (After a
    // verb of seeing or quoting the object acts: "Mr. Cooper first saw ISIS
    // supporters claiming C", "Depositions quote Trump describing C".)
    static constexpr WordList<10> kObjectActs({"saw", "heard", "watched", "found", "caught",
                                               "noticed", "spotted", "quote", "quoted", "showed"});
    if (participle_form && source_end == cue_begin && source_end - source_begin >= 3 &&
        tokens[source_begin].capitalized) {
      std::size_t verb = source_end;
      for (std::size_t k = source_begin + 1; k < source_end; ++k) {
        const Token& t = tokens[k];
        if (t.capitalized || !t.is_word()) continue;
        if (IsAdverb(t) || IsPastTenseVerb(t) || In(t.lower, kIrregularPast)) verb = k;
        break;
      }
      bool object_acts = false;
      for (std::size_t k = verb; k < source_end && !object_acts; ++k) {
        object_acts = In(tokens[k].lower, kObjectActs);
      }
      if (!object_acts) source_end = verb;
    }
    out->source = TokenRange{source_begin, source_end};
    // '“C,” Anais Faraj, an analyst at Nomura told the BBC': an appositive
    // whose closing comma was left out. The name before it, right after the
    // quotation, is the source; the description its role.
    if (IsDeterminer(tokens[source_begin].lower) && source_begin >= 4 &&
        IsComma(tokens[source_begin - 1]) && tokens[source_begin - 2].capitalized) {
      std::size_t name = source_begin - 2;
      while (name > 0 && tokens[name - 1].is_word() && tokens[name - 1].capitalized &&
             source_begin - 1 - name < 4) {
        --name;
      }
      if (name >= 2 && IsClosing(tokens[name - 1]) && IsComma(tokens[name - 2])) {
        out->appositive = TokenRange{source_begin, source_end};
        out->source = TokenRange{name, source_begin - 1};
      }
    }
  }

  // "critics fear", not "slim hope" or "the big fear": a form that is also a
  // noun is the verb only after a plural subject.
  if (cue->noun_form && !out->source.empty() && !IsPluralSubject(tokens, out->source)) {
    return false;
  }

  // Inverted: "“C,” said S." and "C, said the officials, who ...".
  // A participle ("..., blaming an al-Qaida-linked group") is never
  // inverted: it shares the sentence's subject.
  // '“C,” said former Obama adviser David Axelrod': a role opening the
  // inverted source.
  static constexpr WordList<6> kRoleOpeners({"former", "retired", "longtime", "veteran",
                                              "then-", "ex-"});
  bool role_first = false;
  if (right < n && !tokens[right].capitalized && IsWordOrNumber(tokens[right])) {
    role_first = In(tokens[right].lower, kRoleOpeners);
    for (std::size_t k = right; k < n && k < right + 4 && !role_first && IsWordOrNumber(tokens[k]);
         ++k) {
      // "said 9/11 widow Terry Strada": lowercase words, then a name.
      bool name_after = k > right && tokens[k].capitalized && k + 1 < n && tokens[k + 1].capitalized;
      role_first = IsSourceWordAt(tokens, k) || name_after;
      if (!tokens[k].capitalized && IsFunctionWord(tokens[k].lower)) break;
    }
  }
  // Only verbs of saying and asking invert ("“C?” asked S"): "C, called the
  // KKK abhorrent", "The program, called EB-5," have no source after the verb.
  if (out->source.empty() && !participle_form && left == cue_begin && cue_begin > 0 &&
      (cue->frame == CueFrame::kSpeech || cue->frame == CueFrame::kTell) &&
      (IsComma(tokens[cue_begin - 1]) || IsClosing(tokens[cue_begin - 1])) && right < n &&
      (tokens[right].capitalized || IsDeterminer(tokens[right].lower) || role_first) &&
      tokens[right].lower != "that") {
    std::size_t inverted_end = NounPhraseEnd(tokens, right, n);
    for (std::size_t k = right + 1; k < inverted_end; ++k) {
      // "a source involved in ..." ("the printed slate card": an adjective).
      if (IsPastTenseVerb(tokens[k]) && !IsDeterminer(tokens[k - 1].lower)) {
        inverted_end = k;
        break;
      }
    }
    bool plain = true;
    for (std::size_t k = right; k < inverted_end; ++k) plain = plain && !IsAdverb(tokens[k]) && !is_cue(k);
    // What may follow the source: "said the officials, who ...", "said a
    // source familiar with ...", "says a source involved in the
    // super-PAC’s creation", "said Ann Lee in an interview".
    // ('said Mr. Burman (a view echoed by everyone I interviewed).': a
    // parenthesis.)
    // (A participle and its preposition describe a description, "a source
    // involved in ..."; otherwise the verb is what was said: "Sen. Marco
    // Rubio, R-Fla., appearing on Fox News, said the plan failed", "...,
    // said Obama failed to address ...".)
    const bool description = IsDeterminer(tokens[right].lower) || !tokens[right].capitalized;
    auto post_modifier = [&](std::size_t at) {
      const Token& t = tokens[at];
      std::size_t after = at + 1;  // ("the leaflet published jointly by ...")
      while (after < n && IsAdverb(tokens[after])) ++after;
      const bool participle =
          IsPastTenseVerb(t) && description && after < n && In(tokens[after].lower, kPrepositions);
      return t.lower == "who" || t.lower == "whose" || t.lower == "familiar" ||
             t.lower == "close" || t.lower == "when" || t.lower == "as" || t.lower == "while" ||
             t.lower == "(" || t.lower == "—" || participle || In(t.lower, kPrepositions);
    };
    if (inverted_end > right && plain &&
        (inverted_end >= n || IsComma(tokens[inverted_end]) ||
         IsSentenceEnd(tokens[inverted_end]) || post_modifier(inverted_end))) {
      out->source = TokenRange{right, inverted_end};
      out->rule = "content-cue-source";
      out->content = LastQuotationAfterCue(tokens, in_quote, ContentBefore(tokens, 0, cue_begin), is_cue);
      // "And Trump, said Louise Sunshine, who remains friendly with him,
      // doesn't forgive or forget": an unquoted statement goes on after
      // the source and an aside about it.
      std::size_t after = inverted_end;
      if (after < n && IsComma(tokens[after])) {
        std::size_t close = after + 1;
        while (close < n && !IsComma(tokens[close]) && !IsSentenceEnd(tokens[close]) &&
               close - after < 24) {
          ++close;
        }
        Aside aside = AsideKindOf(tokens, after + 1, close, is_cue);
        // '“C,” said Rick Egelton, deputy chief economist at BMO.': an
        // appositive after the inverted source says what the source is.
        if (aside == Aside::kNounPhrase &&
            (close >= n || IsComma(tokens[close]) || IsSentenceEnd(tokens[close]))) {
          out->appositive = TokenRange{after + 1, close};
        }
        if (close < n && IsComma(tokens[close]) && aside != Aside::kNone) after = close;
      }
      // "By contrast, said Mr Hogan, the code for viruses such as Gaobot
      // ... were commonly held": a connective of a few words, with no verb,
      // opening the sentence is no statement; what follows the source is.
      if (HasWord(tokens, out->content) && !in_quote[out->content.begin] &&
          out->content.begin <= 1 && WordCount(tokens, out->content) <= 3 && inverted_end + 1 < n &&
          IsComma(tokens[inverted_end])) {
        // A connective is one adverb ("Instead", "But") or a phrase opened
        // by a preposition ("By contrast", "In fact"); not a subject: "This,
        // say experts, is where ...", "And the firm, said Louise Sunn, ...
        // doesn't forgive".
        std::size_t first = out->content.begin;
        while (first < out->content.end && !IsWordOrNumber(tokens[first])) ++first;
        const std::size_t words = WordCount(tokens, out->content);
        bool verb = first >= out->content.end;
        if (!verb) {
          const Token& head = tokens[first];
          static constexpr WordList<14> kConnectives(
              {"instead", "still", "moreover", "furthermore", "nevertheless", "nonetheless",
               "otherwise", "also", "now", "indeed", "besides", "overall", "thus", "therefore"});
          const bool connective = words == 1 ? IsAdverb(head) || In(head.lower, kBoundaries) ||
                                                   In(head.lower, kConnectives)
                                             : In(head.lower, kPrepositions);
          verb = !connective;
        }
        for (std::size_t k = out->content.begin; k < out->content.end && !verb; ++k) {
          verb = IsVerbForm(tokens[k]) || is_cue(k) || In(tokens[k].lower, kSubjectPronouns);
        }
        // After the source and what it is, when a word of
        // rules/source_words.txt says so: "But, says Nick Donofrio, senior
        // vice-president ... at IBM, it was not ..."; not "..., said Mr
        // Hogan, the code for viruses such as Gaobot, Spybot and ...".
        bool role = false;
        for (std::size_t k = inverted_end + 1; k < after && !role; ++k)
          role = IsSourceWordAt(tokens, k);
        TokenRange rest = ContentToEnd(tokens, (role ? after : inverted_end) + 1, n);
        if (!verb && WordCount(tokens, rest) >= 4) {
          out->content = rest;
          if (!role) out->appositive = TokenRange{};
          return true;
        }
      }
      std::size_t length = 0;
      if (HasWord(tokens, out->content) && !in_quote[out->content.begin] && after + 1 < n &&
          IsComma(tokens[after]) && tokens[after + 1].is_word() &&
          !tokens[after + 1].capitalized && !IsDeterminer(tokens[after + 1].lower) &&
          !StartsReportersClause(tokens[after + 1]) &&
          CueAt(tokens, after + 1, &length) == nullptr) {
        TokenRange rest = ContentToEnd(tokens, after + 1, n);
        if (HasWord(tokens, rest)) out->content.end = rest.end;
      }
      // '“C1,” said an Iowa Democrat, “and C2.”', '"The risk," said Edward
      // Leamer, an economist, "is that ..."': a quotation split by its
      // inverted attribution is one claim, as when the source comes first.
      if (HasWord(tokens, out->content) && in_quote[out->content.begin] && after + 2 < n &&
          IsComma(tokens[after]) && IsOpening(tokens[after + 1]) && in_quote[after + 2]) {
        TokenRange rest = ContentToEnd(tokens, after + 1, n);
        if (HasWord(tokens, rest)) out->content.end = rest.end;
      }
      return HasWord(tokens, out->content);
    }
  }

  // Subject shared with the main clause: "..., saying C" and "... and said C".
  bool shared = false;
  if (out->source.empty()) {
    bool participle = participle_form;
    // "... by declaring that ...": a gerund after a preposition.
    // "while saying that ...": after a subordinator.
    bool gerund = participle && left > 0 &&
                  (In(tokens[left - 1].lower, kPrepositions) || tokens[left - 1].lower == "while");
    // 'a defense of “New York values,” saying ...': the comma inside the quotation.
    // ("flipped his choice on the spot – saying ...": a dash for the comma;
    // not one closing an aside: "a hashtag — #ISISmediaBlackout — pledging
    // to ..." describes the hashtag.)
    bool dash = left > 0 && IsDash(tokens[left - 1]);
    for (std::size_t k = 0; dash && k + 1 < left; ++k) dash = !IsDash(tokens[k]);
    bool comma =
        left > 0 && (IsComma(tokens[left - 1]) || dash ||
                     (left >= 2 && IsClosing(tokens[left - 1]) && IsComma(tokens[left - 2])));
    // "..., then says he'll welcome advice": a second verb after "then".
    bool then = left >= 2 && tokens[left].lower == "then" && IsComma(tokens[left - 1]);
    // A headline's words are capitalized, cue or not ("Marco Rubio Responds
    // To Question About Minimum Wage By Saying ..."): no shared subject.
    if (tokens[cue_begin].capitalized) return false;
    if (left > 0 && ((comma && participle) || issued_document || then || tokens[left - 1].lower == "and" ||
                     tokens[left - 1].lower == "but" ||
                     gerund)) {
      shared = true;
      out->rule = "subject-shared";
    } else {
      return false;
    }
  }

  // Content after the cue.
  std::size_t k = right;
  bool after_that = false;  // k is past a "that" found after the audience
  // From `from`, the first "that", comma, colon or quotation mark within 20
  // tokens, or where the search stopped.
  auto that_or_stop = [&](std::size_t from) {
    std::size_t that = from;
    while (that < n && that < from + 20 && tokens[that].lower != "that" && !IsComma(tokens[that]) &&
           !IsColon(tokens[that]) && !tokens[that].is_quote()) {
      ++that;
    }
    return that;
  };
  if (cue->frame == CueFrame::kTell) {
    // Skip the audience: "told reporters on Monday that ...". A question
    // ("asked if ...", "asked Obama whether ...") or a request ("asked her
    // to call ...") starts before any "that" inside it.
    std::size_t that = k;
    while (that < n && that < k + 25 && tokens[that].lower != "that" && !IsOpening(tokens[that]) &&
           !IsColon(tokens[that]) && !in_quote[that] && tokens[that].lower != "if" &&
           tokens[that].lower != "whether" && tokens[that].lower != "to") {
      ++that;
    }
    if (that < n && (tokens[that].lower == "if" || tokens[that].lower == "whether" ||
                     tokens[that].lower == "to")) {
      that = n;  // no "that": the audience is skipped below
    }
    if (that < n && tokens[that].lower == "that") {
      k = that + 1;
      after_that = true;
    } else if (that > k && that + 1 < n && IsOpening(tokens[that]) && in_quote[that + 1] &&
               (IsComma(tokens[that - 1]) || IsColon(tokens[that - 1])) &&
               !AnyVerbCueIn(tokens, k, that)) {
      // 'told the mayors who gathered in Indianapolis, “C”': the quotation
      // after the audience and what is said of it. (Not past another verb
      // of saying: 'a woman asked for a photo and Clinton said, “C”'.)
      k = that;
    } else if (k < n && (tokens[k].lower == "if" || tokens[k].lower == "whether")) {
      // "asked if ...": no audience.
    } else {
      std::size_t audience_begin = k;
      std::size_t audience_end = NounPhraseEnd(tokens, QuotedTitleEnd(tokens, k, n), n);
      // 'told ABC's "Good Morning America"': a show's name, quoted.
      audience_end = QuotedTitleEnd(tokens, audience_end, n);
      // "told the Observer his worst moment was ...", "told the court his
      // client was innocent": a possessive opens the content's subject
      // (not after "of": "the head of his department").
      for (std::size_t m = audience_begin + 1; m < audience_end; ++m) {
        static constexpr WordList<7> kPossessives(
            {"his", "her", "their", "its", "my", "our", "your"});
        const LowerString& before = tokens[m - 1].lower;
        if (!In(tokens[m].lower, kPossessives) || tokens[m].capitalized ||
            In(before, kPrepositions) || before == "to" || before == "about") {
          continue;
        }
        // Only before its noun and a verb: "told Trump his tax returns"
        // names a topic, "asked Clinton why people didn't like her and
        // thought ..." has "her" for an object.
        std::size_t verb = m + 1;
        while (verb < n && verb < m + 7 && tokens[verb].is_word() && !IsVerbForm(tokens[verb]) &&
               !In(tokens[verb].lower, kBoundaries) && tokens[verb].lower != "and") {
          ++verb;
        }
        if (verb > m + 1 && verb < n && verb < m + 7 && IsVerbForm(tokens[verb])) audience_end = m;
        break;
      }
      // "asked Mr Brown whether ...": the question word starts the content.
      k = SkipModifiersForward(tokens, audience_end, n);
      // "asked her to call ...", "told his advisers to figure out how ...":
      // a request; what was asked is the audience and the infinitive, as
      // after "urged" ("urged Tillerson to use his influence").
      for (std::size_t m = audience_begin; m <= k && m < n; ++m) {
        if (tokens[m].lower == "to" && !in_quote[m] && m + 1 < n && !tokens[m + 1].capitalized &&
            !IsDeterminer(tokens[m + 1].lower)) {
          k = audience_begin;
          break;
        }
      }
    }
  } else if (cue->frame == CueFrame::kSpeech && k < n && IsDash(tokens[k])) {
    // "said — without giving evidence — that ...": an aside between dashes.
    std::size_t close = k + 1;
    while (close < n && close < k + 14 && !IsDash(tokens[close]) && !IsSentenceEnd(tokens[close])) {
      ++close;
    }
    if (close + 1 < n && IsDash(tokens[close]) && tokens[close + 1].lower == "that") {
      k = close + 2;
      after_that = true;
    }
  } else if (cue->frame == CueFrame::kSpeech && k < n && AudienceAfterTo(tokens, k) &&
             !In(cue->lemma, kToWhatNotWhom)) {
    // "confirmed to Fox News that ...", 'said to Reuters, “C”', "wrote to
    // his office saying she believed ...", "wrote to all three parties
    // urging them not to ...": the audience, and any time or place after
    // it, come before the content.
    std::size_t that = that_or_stop(k + 1);
    // The first participle after a short audience: "to his office saying".
    std::size_t ing = k + 1;
    while (ing < n && ing < k + 6 && tokens[ing].is_word() && !in_quote[ing] &&
           !IsIngForm(tokens[ing].lower) && !IsVerbForm(tokens[ing]) &&
           !In(tokens[ing].lower, kBoundaries) && !In(tokens[ing].lower, kSubjectPronouns)) {
      ++ing;
    }
    // (Not a noun in -ing: "to Abbas in the meeting".)
    if (ing < that && ing < n && ing > k + 1 && IsIngForm(tokens[ing].lower) && !in_quote[ing] &&
        !IsDeterminer(tokens[ing - 1].lower) && !IsPossessiveWord(tokens[ing - 1].lower) &&
        !In(tokens[ing - 1].lower, kPrepositions)) {
      // "saying she believed ...": what the letter said; "urging them
      // ...", "accusing him of ...": what it asked or charged.
      k = (tokens[ing].lower == "saying" || tokens[ing].lower == "stating") ? ing + 1 : ing;
      while (k < n && IsColon(tokens[k])) ++k;
    } else if (that < n && tokens[that].lower == "that") {
      k = that + 1;
      after_that = true;
    } else if (that + 2 < n && (IsComma(tokens[that]) || IsColon(tokens[that])) &&
               IsOpening(tokens[that + 1]) && in_quote[that + 2]) {
      k = that + 1;
    }
  } else if (cue->frame == CueFrame::kSpeech && k < n && In(tokens[k].lower, kPrepositions)) {
    // "said in a statement on Monday that ...", "said at a news conference ... that".
    std::size_t that = that_or_stop(k);
    if (that < n && tokens[that].lower == "that") {
      k = that + 1;
      after_that = true;
    } else if (that + 2 < n && (IsComma(tokens[that]) || IsColon(tokens[that])) &&
               IsOpening(tokens[that + 1]) && in_quote[that + 2]) {
      // "who joked of the museum, ''I haven't seen it yet''": the
      // quotation after the phrase.
      k = that + 1;
    }
  }
  bool that_clause = k < n && tokens[k].lower == "that";
  if (that_clause && cue->frame != CueFrame::kCall) ++k;
  that_clause = that_clause || after_that;
  // "has said that, at the request of intelligence agencies, it has ...".
  if (that_clause && k + 1 < n && IsComma(tokens[k])) ++k;
  // "Kelly responded pointedly, with a smile: “C”": a short phrase of
  // manner before the quotation.
  // ('“C1,” he said, waving at the crowd, “C2”' resumes a quotation.)
  if (k < n && IsComma(tokens[k]) && k + 1 < n && !IsOpening(tokens[k + 1]) &&
      !IsIngForm(tokens[k + 1].lower) && !In(tokens[k + 1].lower, kBoundaries) &&
      !(out->source.begin > 0 && QuotationClosesBefore(tokens, out->source.begin))) {
    std::size_t close = k + 1;
    while (close < n && close < k + 8 && IsWordOrNumber(tokens[close]) &&
           !IsVerbForm(tokens[close]) && !In(tokens[close].lower, kSubjectPronouns)) {
      ++close;
    }
    if (close > k + 1 && close + 2 < n && (IsComma(tokens[close]) || IsColon(tokens[close])) &&
        IsOpening(tokens[close + 1]) && in_quote[close + 2] && !in_quote[k + 1]) {
      k = close + 1;
    }
  }
  while (k < n && IsColon(tokens[k])) ++k;
  // "She continued, “C”": a comma may stand before the quotation.
  bool quoted_after = (k < n && IsOpening(tokens[k])) ||
                      (k + 1 < n && IsComma(tokens[k]) && IsOpening(tokens[k + 1]));
  // "hopes Iowa will prove ...", "worried they would tarnish ...", "learned
  // he had never been ...": a clause with its subject and finite verb, the
  // "that" left out.
  // A plain past tense only after a pronoun or a name: after a noun it is
  // as often a participle ("the strategy deployed by ...", "a large pledged
  // delegate lead"); nor is a second subject part of the first ("found
  // someone he would like").
  // (In a relative clause "it" is as often the object: "the person who
  // posted it was condemned".)
  auto clause_follows = [&]() {
    if (cue->frame != CueFrame::kSpeech) return false;
    if (relative_source && k < n && tokens[k].lower == "it") return false;
    std::size_t j = k;
    bool named = false;
    if (j < n && In(tokens[j].lower, kSubjectPronouns)) {
      ++j;
      named = true;
    } else {
      std::size_t subject = j;
      named = true;
      // ("about one-third of the Ohio vote will be cast": "of" inside.)
      while (j < n && j < subject + 7 && IsWordOrNumber(tokens[j]) && !in_quote[j] &&
             !IsVerbForm(tokens[j]) && !In(tokens[j].lower, kBoundaries) &&
             (!In(tokens[j].lower, kPrepositions) || (tokens[j].lower == "of" && j > subject)) &&
             !In(tokens[j].lower, kSubjectPronouns) && tokens[j].lower != "to" &&
             !IsIngForm(tokens[j].lower)) {
        // "who feared reprisals said ...": another cue is the main verb.
        std::size_t cue_length = 0;
        if (j > subject && !tokens[j].capitalized && CueAt(tokens, j, &cue_length) != nullptr) {
          return false;
        }
        named = named && (tokens[j].capitalized || IsAdverb(tokens[j]));  // "X consistently rated"
        ++j;
      }
      if (j == subject || (j < n && In(tokens[j].lower, kSubjectPronouns))) return false;
    }
    while (j < n && IsAdverb(tokens[j])) ++j;
    if (j >= n || tokens[j].capitalized) return false;
    const LowerString& verb = tokens[j].lower;
    // ("documents from his tax return show he took a loss": an irregular past.)
    return In(verb, kModals) || In(verb, kAuxiliaries) || In(verb, kBeForms) ||
           (named && (IsPastTenseVerb(tokens[j]) || In(verb, kIrregularPast)));
  };
  // "A Quinnipiac poll found Mr. Trump about even with ...", "The inquiry
  // found virtually nothing new": what a document or a finding finds is
  // what it reports, a plain object too.
  // (Documents find and show; they do not post, email or reply: "a video
  // posted online", "a message posted Monday".)
  static constexpr WordList<5> kFinding({"find", "conclude", "indicate", "reveal", "signal"});
  const bool document_subject =
      !shared && !relative_source && In(cue->lemma, kFinding) && NamesDocument(tokens, out->source);
  // "shows what the car would cost", "indicated how easy an edit would be",
  // "recalled how on his first trip ...": after a verb of showing or
  // recalling, a question word opens a clause, as "that" does. (Not "knows
  // what that entails", "knows how to use it": knowing is no statement.)
  static constexpr WordList<5> kQuestionWords({"what", "how", "why", "whether", "where"});
  static constexpr WordList<4> kShowing({"show", "recall", "indicate", "conclude"});
  const bool question_clause = k + 1 < n && In(tokens[k].lower, kQuestionWords) &&
                               tokens[k + 1].lower != "to" && In(cue->lemma, kShowing);
  // "As S noted, C", "But as Clyburn noted, C", "Yet, as Mr. Bown observed,
  // C": the source after an opening "as"; the clause after the comma is
  // what was said.
  auto as_lead = [&]() {
    std::size_t lead = FirstWordAt(tokens);
    if (lead + 1 < n && (tokens[lead].lower == "but" || tokens[lead].lower == "and" ||
                         tokens[lead].lower == "yet")) {
      ++lead;
      if (lead + 1 < n && IsComma(tokens[lead])) ++lead;
    }
    return lead;
  };
  // ("As the talks continued, ...": time, not speech.)
  const bool as_opening = !out->source.empty() && out->source.begin == as_lead() + 1 &&
                          tokens[out->source.begin - 1].lower == "as" && k < n &&
                          IsComma(tokens[k]) && cue->lemma != "continue";
  if (cue->needs_that && !that_clause && !quoted_after && !document_subject && !question_clause &&
      !as_opening && !clause_follows()) {
    // "police found a body": only "found that ..." or a quotation before the
    // source ("“C,” she recalled") attributes.
    std::size_t b = out->source.begin;
    bool quote_before = !shared && b > 0 &&
                        (IsClosing(tokens[b - 1]) ||
                         (b > 1 && IsComma(tokens[b - 1]) && IsClosing(tokens[b - 2])));
    // "Secrecy is no stranger to her, her former doctor maintains.": a
    // statement before the source and its comma, the cue ending the
    // sentence.
    // (Not "the borrowing continued.", nor a comparison: "10,000 more than
    // party insiders expected.")
    if (!quote_before && !shared && b > 3 && IsComma(tokens[b - 1]) && !in_quote[b - 1] &&
        cue->lemma != "continue") {
      std::size_t after = SkipModifiersForward(tokens, cue_end, n);
      bool ends = true;
      for (std::size_t m = after; m < n && ends; ++m) ends = IsSentenceEnd(tokens[m]);
      for (std::size_t m = b; m < out->source.end && ends; ++m) ends = tokens[m].lower != "than";
      quote_before = ends;
    }
    if (!quote_before) return false;
    k = n;  // the content is the quotation before
  }
  // The attribution follows content and ends at a comma or the sentence end:
  // "“C,” Pence said at a town hall here." or "C, Ted Cruz said on Glenn
  // Beck’s radio program on Monday, only magnifies ...". What follows the
  // cue is a modifier of the verb (no verb of its own), not the content.
  bool content_before = !shared && out->source.begin > 0 &&
                        (IsComma(tokens[out->source.begin - 1]) ||
                         IsClosing(tokens[out->source.begin - 1]));
  std::size_t modifier_end = k;
  // '“C,” Clinton said at an impromptu question-and-answer session with
  // reporters ...', '“C,” Mrs. Clinton said Tuesday night, drawing applause':
  // after a quotation closed just before its source, what follows the cue
  // is the reporter's narration, however long, unless it is a that-clause or
  // the quotation resuming ('“C1,” he said in a statement, “C2”').
  std::size_t b = out->source.begin;
  bool quotation_before =
      content_before && QuotationClosesBefore(tokens, b) &&
      in_quote[ContentBefore(tokens, 0, b).begin] &&
      // The quotation opens the sentence; "Walking in to chants of “Marco!,”
      // the senator said ..." quotes something else.
      (IsOpening(tokens[0]) || in_quote[0]);
  // A "that" found only past the audience or a phrase is a relative
  // pronoun there: '“C,” Merkel told reporters after the meeting that was
  // held on a boat.'
  if (quotation_before && (!that_clause || after_that) && !quoted_after && k < n &&
      !IsComma(tokens[k]) && !IsSentenceEnd(tokens[k])) {
    modifier_end = k;
    while (modifier_end < n && !(IsComma(tokens[modifier_end]) && modifier_end + 1 < n &&
                                 IsOpening(tokens[modifier_end + 1]))) {
      ++modifier_end;
    }
    k = n;
  }
  // "..., three US officials said on Friday as President Trump held ...": a
  // subordinate clause after the cue is the reporter's, not the content.
  // ("asked Trump if he would ..." asks a question: that is the content.
  // "Last month, Conroy asked Sanders whether ...": an opening phrase of
  // time or place is no content.)
  bool question = cue->frame == CueFrame::kTell && (tokens[k < n ? k : 0].lower == "if" ||
                                                    tokens[k < n ? k : 0].lower == "whether");
  bool intro_only = content_before &&
                    IsIntroductoryPhrase(tokens, ContentBefore(tokens, 0, out->source.begin));
  // "As Europe faces pressure from ISIS, Germany has pledged to bolster its
  // military", "Once the video was released, the community began calling
  // for ...": an opening subordinate clause alone before the source is no
  // content either ("If X, Y, she said": with a main clause after its
  // comma, it is).
  if (content_before && !intro_only && !in_quote[out->source.begin - 1]) {
    static constexpr WordList<12> kOpeningClauses({"as", "when", "while", "once", "after", "before",
                                                   "since", "although", "though", "because",
                                                   "unless", "until"});
    const TokenRange before = ContentBefore(tokens, 0, out->source.begin);
    std::size_t first = before.begin;
    if (first + 1 < before.end && (tokens[first].lower == "but" || tokens[first].lower == "and")) {
      ++first;
    }
    bool opening = first < before.end && !in_quote[first] &&
                   tokens[first].capitalized == (first == before.begin) &&
                   In(tokens[first].lower, kOpeningClauses) && before.end - before.begin <= 30;
    for (std::size_t m = first; opening && m < before.end; ++m) {
      opening =
          !in_quote[m] && !tokens[m].is_quote() && !IsComma(tokens[m]) && !IsSentenceEnd(tokens[m]);
    }
    intro_only = opening;
  }
  if (content_before && !that_clause && !quoted_after && k < n && k > cue_end &&
      In(tokens[k].lower, kBoundaries) && tokens[k].lower != "that" && !question && !intro_only) {
    k = n;
  }
  // "C, the Congressional Budget Office reported on Tuesday -- a
  // development that ...": a dash after the source of a statement before it
  // opens the reporter's aside.
  if (content_before && !that_clause && !quoted_after && k < n &&
      (IsDash(tokens[k]) || tokens[k].lower == "--" ||
       (tokens[k].lower == "-" && k + 1 < n && tokens[k + 1].lower == "-"))) {
    k = n;
  }
  bool modifier_follows = k < n && (In(tokens[k].lower, kPrepositions) || tokens[k].lower == "to");
  // ("In July, the NAACP called for a moratorium": only an opening phrase
  // of time before the source.)
  if (content_before && !that_clause && !quoted_after && modifier_follows && !intro_only) {
    std::size_t m = k;
    // ("reported at least six planes filled the skies": a clause's own verb.)
    while (m < n && m < k + 12 && IsWordOrNumber(tokens[m]) && !In(tokens[m].lower, kBeForms) &&
           !In(tokens[m].lower, kAuxiliaries) && !In(tokens[m].lower, kBoundaries) &&
           !(m > k + 1 && IsPastTenseVerb(tokens[m]) && !IsPastTenseVerb(tokens[m - 1]) &&
             !In(tokens[m - 1].lower, kPrepositions))) {
      ++m;
    }
    if (m >= n || IsSentenceEnd(tokens[m]) || IsComma(tokens[m])) {
      modifier_end = m;
      k = n;
    }
  }

  // 'Feinberg said, “C”' and 'In her post, Feinberg said, C': after a comma
  // the content follows when it is a quotation, or when what comes before
  // the source is only an introductory phrase ("In her post about the Tweet").
  if (k < n && (IsComma(tokens[k]) || IsColon(tokens[k])) && k + 1 < n &&
      (!shared || IsOpening(tokens[k + 1]))) {
    std::size_t b = out->source.begin;
    bool intro_before = b > 0 && IsComma(tokens[b - 1]) &&
                        (In(tokens[0].lower, kPrepositions) || In(tokens[0].lower, kBoundaries) ||
                         tokens[0].lower == "regarding" || tokens[0].lower == "asked");
    std::size_t length = 0;
    bool clause_after = IsWordOrNumber(tokens[k + 1]) && CueAt(tokens, k + 1, &length) == nullptr &&
                        !IsDeterminer(tokens[k + 1].lower) && !In(tokens[k + 1].lower, kBoundaries);
    // "Marco Rubio says, win or lose in Tuesday’s primary, he’s staying in
    // the race": nothing before the source, and a clause with its own
    // subject after the comma.
    bool subject_after = false;
    bool source_first = b == FirstWordAt(tokens);
    for (std::size_t m = k + 1; m < n && source_first && !shared && !subject_after; ++m) {
      subject_after = !in_quote[m] && (In(tokens[m].lower, kSubjectPronouns) ||
                                       IsContractedSubject(tokens[m].lower));
    }
    // ("She said, if elected, she would ask ...": a conditional before the
    // clause.)
    static constexpr WordList<6> kConditions({"if", "once", "when", "unless", "should", "after"});
    bool condition_after = subject_after && In(tokens[k + 1].lower, kConditions);
    if (IsOpening(tokens[k + 1]) || ((intro_before || subject_after) && clause_after) ||
        condition_after) {
      ++k;
    }
  }
  bool nothing_after = k >= n || IsSentenceEnd(tokens[k]) || IsComma(tokens[k]) ||
                       (IsClosing(tokens[k]) && !in_quote[k] &&
                        // A straight mark before quoted words opens them.
                        !(k + 1 < n && in_quote[k + 1]));
  if (!nothing_after) {
    bool quote_after = IsOpening(tokens[k]) && k + 1 < n && in_quote[k + 1];
    TokenRange content = ContentToEnd(tokens, k, n);
    if (!HasWord(tokens, content)) return false;
    // "Trump said to a crowd of about 500.": an audience or a place, with
    // no verb, is not what was said.
    // ("called for talks", "pledged to remain civil" say something.)
    bool audience = content.begin + 1 < content.end &&
                    ((tokens[content.begin].lower == "to" && IsDeterminer(tokens[content.begin + 1].lower)) ||
                     In(tokens[content.begin].lower, kPrepositions));
    // ('said on MSNBC’s “Morning Joe.”', 'said in April while promoting a
    // film': a show's title, or a participle's phrase of time, is no verb
    // of what was said either.)
    if (!in_quote[content.begin] && content.end - content.begin <= 16 && audience &&
        cue->frame != CueFrame::kCall) {
      bool verb = false;
      for (std::size_t v = content.begin; v < content.end && !verb; ++v) {
        if (const std::size_t title = QuotedTitleEnd(tokens, v, content.end + 1); title > v) {
          v = title - 1;
          continue;
        }
        if ((tokens[v].lower == "while" || tokens[v].lower == "when") && v + 1 < content.end &&
            IsIngForm(tokens[v + 1].lower)) {
          ++v;
          continue;
        }
        // (A comma: "shows that in a head-to-head contest, Clinton leads".)
        verb = IsVerbForm(tokens[v]) || In(tokens[v].lower, kBoundaries) || tokens[v].is_quote() ||
               IsComma(tokens[v]);
      }
      if (!verb) return false;
    }
    out->content = content;
    if (cue->frame == CueFrame::kCall && !in_quote[content.begin] &&
        !IsOpening(tokens[content.begin])) {
      out->content.end = ObjectEnd(tokens, in_quote, content);
    }
    // "what Phillips called “the beginning of a new era” in his book", "Obama,
    // who called the nominee “unfit,” left": the name given ends with its
    // quotation.
    if (cue->frame == CueFrame::kCall && (relative_source || IsOpening(tokens[content.begin]))) {
      std::size_t open = content.begin;
      while (open < out->content.end && !(IsOpening(tokens[open]) && open + 1 < n && in_quote[open + 1])) {
        ++open;
      }
      std::size_t close = open + 1;
      while (close < out->content.end && in_quote[close]) ++close;
      // ('described “Bill Maher” as his guilty pleasure': the name comes
      // after "as".)
      if (open < out->content.end && close < out->content.end && IsClosing(tokens[close]) &&
          !(open == content.begin && close + 1 < out->content.end &&
            tokens[close + 1].lower == "as")) {
        out->content.end = close + 1;
      }
    }
    if (!shared) out->rule = relative_source ? "relative-source-cue" : "source-cue-content";
    if (relative_source) {
      // "who pledged to ban ...", "who writes fiction on the side", "who
      // writes about the credit industry": an infinitive, a plain object or
      // a topic is no statement.
      const Token& first = tokens[content.begin];
      // ("who predicted about one-third of the vote will ...": a number.)
      auto amount_at = [&](std::size_t m) {
        if (m >= content.end) return false;
        const LowerString& w = tokens[m].lower;
        static constexpr WordList<12> kAmounts({"one", "two", "three", "four", "five", "six",
                                                "seven", "eight", "nine", "ten", "dozen",
                                                "hundred"});
        return tokens[m].kind == TokenKind::kNumber || In(w, kAmounts) ||
               w.find("half") != std::string::npos || w.find("third") != std::string::npos ||
               w.find("quarter") != std::string::npos;
      };
      bool topic = first.lower == "about" && !amount_at(content.begin + 1) &&
                   !(tokens[content.begin + 1].lower == "a" && amount_at(content.begin + 2));
      if (first.lower == "to" || topic || In(first.lower, kPrepositions) ||
          content.end - content.begin < 3) {
        return false;
      }
      // "a worker who asked not to be named", "who asked to remain
      // anonymous": a request in the infinitive, however far the audience
      // walk took the content, is no statement.
      std::size_t after_cue = cue_end;
      if (after_cue < n && tokens[after_cue].lower == "not") ++after_cue;
      if (after_cue < n && tokens[after_cue].lower == "to") return false;
      // "Podesta, who said C, said D": the relative clause ends at the comma
      // before the main clause's verb.
      for (std::size_t c = content.begin + 1; c + 1 < content.end; ++c) {
        if (!IsComma(tokens[c]) || in_quote[c]) continue;
        std::size_t v = c + 1;
        while (v < content.end && (IsAdverb(tokens[v]) || In(tokens[v].lower, kAuxiliaries))) ++v;
        std::size_t length = 0;
        // "groups like ISIS, which claimed responsibility ..., are slipping".
        if (v < content.end && (CueAt(tokens, v, &length) != nullptr || IsPastForm(tokens[v]) ||
                                (!tokens[v].capitalized && In(tokens[v].lower, kBeForms)))) {
          out->content.end = c;
          break;
        }
      }
      // "Voters who say the economy is most important were evenly divided",
      // "Republicans who agree the prison should be closed were irritated":
      // a restrictive relative clause on the sentence's subject ends before
      // the main clause's verb. That verb is the content's next finite one
      // (a form of "be", a modal, "has", "did" or a cue) after the content's
      // own verb and one verb for each clause opened in it ("which", "while",
      // or a cue's clause; "and", "but" and "that" only after its verb). (A
      // cue there is left to the attribution it starts.)
      // Only when no verb stands before the subject; a past tense, which may
      // be a participle ("policies enacted last year"), is passed over.
      static constexpr WordList<10> kFinite(
          {"is", "are", "was", "were", "has", "have", "had", "do", "does", "did"});
      static constexpr WordList<17> kSubordinators(
          {"which", "who", "whom", "whose", "when", "while", "as", "because", "if", "although",
           "though", "where", "whereas", "until", "unless", "since", "than"});
      static constexpr WordList<5> kJoiners({"and", "but", "or", "nor", "that"});
      const std::size_t who = out->source.end;
      bool subject_relative = who == left - 1 && !in_quote[who] &&
                              (tokens[who].lower == "who" || tokens[who].lower == "which");
      for (std::size_t k = FirstWordAt(tokens); subject_relative && k < out->source.begin; ++k) {
        subject_relative = in_quote[k] || (!IsVerbForm(tokens[k]) && !is_cue(k));
      }
      bool own_verb = false;
      std::size_t open = 0;  // clauses opened whose verb is still to come
      for (std::size_t k = out->content.begin; subject_relative && k < out->content.end; ++k) {
        const Token& t = tokens[k];
        if (in_quote[k] || t.capitalized) continue;
        const bool cue_here = is_cue(k);
        if (In(t.lower, kFinite) || In(t.lower, kModals) || cue_here) {
          if (open > 0) {
            --open;
          } else if (!own_verb) {
            own_verb = true;
          } else if (!cue_here && !In(tokens[k - 1].lower, kSubjectPronouns) &&
                     tokens[k - 1].lower != "there" && tokens[k - 1].lower != "you") {
            // ("the problem is they are poor": a clause with its subject.)
            if (k > out->content.begin + 2) out->content.end = k;
            break;
          }
          if (cue_here) ++open;
          // The rest of the verb: "should be closed", "has not been" (not
          // the next verb in "should be closed were irritated").
          while (k + 1 < out->content.end && !in_quote[k + 1] &&
                 (IsVerbForm(tokens[k + 1]) || IsAdverb(tokens[k + 1]) ||
                  tokens[k + 1].lower == "not" || IsIngForm(tokens[k + 1].lower)) &&
                 !In(tokens[k + 1].lower, kModals) && tokens[k + 1].lower != "is" &&
                 tokens[k + 1].lower != "are" && tokens[k + 1].lower != "was" &&
                 tokens[k + 1].lower != "were") {
            ++k;
          }
          continue;
        }
        if (In(t.lower, kSubordinators) || (own_verb && In(t.lower, kJoiners))) ++open;
      }
    }
    // '“My hope,” he said, “is that ...”': a quotation split by its
    // attribution is one claim.
    // ("The ''animosity is like I've never seen,'' he told Chris Cuomo of
    // CNN, ''and I hope ...''": a statement opening outside its quotation.)
    // (Not after an opening phrase: "Holding signs calling Christie “a
    // loser,” the protesters chanted “C”", "After Scalia said ..., Trump
    // said: “C”".)
    auto statement_before = [&](TokenRange before) {
      if (!QuotationClosesBefore(tokens, out->source.begin)) return false;
      std::size_t first = before.begin;
      if (tokens[first].lower == "but" || tokens[first].lower == "and") ++first;
      const LowerString& w = tokens[first].lower;
      static constexpr WordList<9> kOpeners(
          {"after", "when", "while", "as", "if", "because", "although", "though", "before"});
      if (IsIngForm(w) || IsPastForm(tokens[first]) || In(w, kOpeners) || In(w, kPrepositions)) {
        return false;
      }
      for (std::size_t k = first; k < before.end; ++k) {
        if (!in_quote[k] && (IsColon(tokens[k]) || IsDash(tokens[k]) || tokens[k].lower == "-" ||
                             IsVerbCueAt(tokens, k))) {
          return false;
        }
      }
      return true;
    };
    if (quote_after && content_before) {
      TokenRange before = ContentBefore(tokens, 0, out->source.begin);
      if (HasWord(tokens, before) && (in_quote[before.begin] || statement_before(before))) {
        out->content.begin = before.begin;
        out->rule = "content-source-cue";
      }
    }
    return true;
  }
  if (shared) return false;
  // "As another Pew study noted, C", "As Reuters reported on Monday, C",
  // "But as Clyburn noted, C" (as_opening above).
  if (as_opening) {
    TokenRange content = ContentToEnd(tokens, k + 1, n);
    if (!HasWord(tokens, content)) return false;
    out->content = content;
    out->rule = "as-source-cue";
    return true;
  }
  // "“C,” S said." and "C, S said Saturday."
  out->rule = "content-source-cue";
  out->content = LastQuotationAfterCue(tokens, in_quote, ContentBefore(tokens, 0, out->source.begin), is_cue);
  if (!HasWord(tokens, out->content)) return false;
  bool intro_content = !in_quote[out->content.begin] && IsIntroductoryPhrase(tokens, out->content);
  // "Such outfits were no different, he added, than the Islamic State group":
  // a parenthetical attribution; the content runs on after it. Not when a
  // new clause starts there (", adding that ...", ", who ...", an appositive).
  std::size_t rest = modifier_end;
  // '“C1,” he said, but “C2”', 'Mills “got a deal,” Jordan said, and still
  // “sat in on ...”', '“C1,” Lee wrote in an email to staff, and “C2.”': a
  // quotation resumed after "and" or "but" goes on with what the source
  // said; the words between are the source's phrase of place or manner.
  if (QuotationClosesBefore(tokens, out->source.begin)) {
    std::size_t comma = rest;
    while (comma < n && comma < rest + 12 && IsWordOrNumber(tokens[comma]) && !is_cue(comma) &&
           !In(tokens[comma].lower, kBoundaries) && !IsPastTenseVerb(tokens[comma])) {
      ++comma;
    }
    std::size_t next = comma + 1;
    if (comma < n && IsComma(tokens[comma]) && next < n &&
        (tokens[next].lower == "and" || tokens[next].lower == "but")) {
      std::size_t mark = next + 1;
      while (mark < n && IsAdverb(tokens[mark])) ++mark;
      if (mark + 1 < n && IsOpening(tokens[mark]) && in_quote[mark + 1]) {
        TokenRange after = ContentToEnd(tokens, next, n);
        if (HasWord(tokens, after)) out->content.end = after.end;
        return true;
      }
    }
  }
  if (rest < n && IsComma(tokens[rest])) {
    ++rest;
    std::size_t length = 0;
    bool more = rest < n && IsWordOrNumber(tokens[rest]) && !IsDeterminer(tokens[rest].lower) &&
                !In(tokens[rest].lower, kBoundaries) && !tokens[rest].capitalized &&
                CueAt(tokens, rest, &length) == nullptr;
    // '“My hope,” he said, “is that ...”': a quotation split by its
    // attribution is one claim.
    bool quote_resumes = rest + 1 < n && IsOpening(tokens[rest]) && in_quote[rest + 1] &&
                         in_quote[out->content.begin];
    // 'C1, she said, and “C2”': a statement split by its attribution, then
    // resumed as a quotation after a conjunction (and an adverb), spans both
    // parts. (After a closed quotation, '“C1,” he said, but “C2”', the
    // quotation resuming is taken above.)
    if (!quote_resumes && rest < n && (tokens[rest].lower == "and" || tokens[rest].lower == "but") &&
        out->source.begin > 0 && IsComma(tokens[out->source.begin - 1])) {
      std::size_t mark = rest + 1;
      if (mark < n && IsAdverb(tokens[mark])) ++mark;
      if (mark + 1 < n && IsOpening(tokens[mark]) && in_quote[mark + 1]) {
        quote_resumes = true;
        rest = mark;
      }
    }
    // "Too often, Mr. Clarke said, the debate ...", "During his years in
    // office, Mr. Obama said, a majority of Americans ...": before the
    // source stands only an opening adverbial, so the statement follows.
    std::size_t first_word = out->content.begin;
    if (first_word + 1 < out->content.end &&
        (tokens[first_word].lower == "but" || tokens[first_word].lower == "and")) {
      ++first_word;  // "But in recent days, ..."
    }
    const Token& opening = tokens[first_word];
    bool adverbial_only = out->content.end - out->content.begin <= 12 && !in_quote[out->content.begin] &&
                          (In(opening.lower, kPrepositions) || IsAdverb(opening) ||
                           opening.lower == "too" || opening.lower == "so");
    for (std::size_t a = out->content.begin; a < out->content.end && adverbial_only; ++a) {
      const Token& t = tokens[a];
      adverbial_only = !IsComma(t) && !In(t.lower, kBeForms) && !In(t.lower, kAuxiliaries) &&
                       !IsPastTenseVerb(t) && !is_cue(a);
    }
    // "It was impossible, Gabuyev said, so Russia's leaders decided ...",
    // "It is no surprise, Mr. Garin said, that ...": an unquoted statement
    // split by its attribution goes on after it, unless a clause of the
    // reporter's starts there (", who ...", ", as he left", ", and then
    // ...", ", adding ...", ", citing ...").
    bool runs_on = false;
    if (rest < n && IsWordOrNumber(tokens[rest]) && !in_quote[out->content.begin] &&
        out->source.begin > 0 && IsComma(tokens[out->source.begin - 1])) {
      runs_on = !StartsReportersClause(tokens[rest]) && CueAt(tokens, rest, &length) == nullptr;
    }
    more = more || quote_resumes || runs_on ||
           (adverbial_only && rest < n && IsWordOrNumber(tokens[rest]));
    // '“C,” he said, just prior to the announcement', '“C,” Ebeling said,
    // and her husband cut in': after a quotation closed before its source,
    // only the quotation resuming continues the statement; the rest is the
    // reporter's narration. The quotation may resume after a participle's
    // phrase ('“C1,” Tester said, waving at the crowd, “C2.”'), or
    // without its mark at a verb ('“Only you,” she said, would use ...'):
    // the claim then spans both parts.
    bool closed_before =
        in_quote[out->content.begin] && QuotationClosesBefore(tokens, out->source.begin);
    if (closed_before && !quote_resumes && rest < n) {
      const Token& next = tokens[rest];
      more = !next.capitalized && (In(next.lower, kModals) || In(next.lower, kBeForms));
      if (!next.capitalized && IsIngForm(next.lower)) {
        for (std::size_t c = rest + 1; c + 2 < n && !more && !IsSentenceEnd(tokens[c]); ++c) {
          more = (IsComma(tokens[c]) || IsColon(tokens[c])) && IsOpening(tokens[c + 1]) &&
                 in_quote[c + 2];
        }
      }
    }
    if (more) {
      TokenRange after = ContentToEnd(tokens, rest, n);
      if (HasWord(tokens, after)) {
        out->content.end = after.end;
        intro_content = false;
      }
    }
  }
  // "During the town hall, Hannity asked ...": an opening phrase alone
  // says nothing.
  return !intro_content;
}

// The cue of "Kerry: ..." headlines and transcripts.
const Cue kColonCue{":", Stance::kAssert, CueFrame::kSpeech, false, false, "built-in: NAME: CONTENT"};
const Cue kDashCue{"—", Stance::kAssert, CueFrame::kSpeech, false, false,
                   "built-in: NAME — “QUOTATION”"};

// The cue of '“C?” Borger wondered.': a verb of manner not in cues.txt.
const Cue kQuoteVerbCue{"(verb after a quotation)", Stance::kAssert, CueFrame::kSpeech, false,
                        false, "built-in: “QUOTATION,” SOURCE VERB"};

// The cue of "Trump's allegation that C": a noun of rules/references.txt that
// is no cue form itself.
const Cue kOwnedNounCue{"(statement noun)", Stance::kAssert, CueFrame::kSpeech, false, false,
                        "built-in: OWNER'S NOUN that CONTENT"};

// '“Will he be the next attorney general?” a Democratic staffer in the room
// wondered.', '“Governor, let me help you out,” the nominee riffed on ...':
// a quotation opening the sentence and closed by its comma, question or
// exclamation mark, then a source and a past-tense verb. Whatever the verb,
// this order reports speech.
bool FindQuoteSourceVerb(const std::vector<Token>& tokens, const std::vector<char>& in_quote,
                         Attribution* out) {
  const std::size_t n = tokens.size();
  if (n < 6 || !IsOpening(tokens[0])) return false;
  std::size_t close = 1;
  while (close < n && !IsClosing(tokens[close]) && !tokens[close].is_quote()) ++close;
  if (close >= n || close < 4) return false;
  const LowerString& mark = tokens[close - 1].lower;
  if (mark != "," && mark != "?" && mark != "!") return false;
  std::size_t source = close + 1;
  if (source >= n) return false;
  std::size_t source_end = source + 1;
  if (PronounOf(tokens[source].lower) == PronounKind::kNone) {
    if (!tokens[source].capitalized && !IsDeterminer(tokens[source].lower)) return false;
    source_end = NounPhraseEnd(tokens, source, n);
    for (std::size_t k = source + 1; k < source_end; ++k) {
      if (IsVerbForm(tokens[k])) {
        source_end = k;
        break;
      }
    }
    // "a Democratic staffer in the room wondered": a short phrase after it.
    if (source_end < n && In(tokens[source_end].lower, kPrepositions)) {
      std::size_t v = source_end + 1;
      while (v < n && v < source_end + 5 && IsWordOrNumber(tokens[v]) && !IsVerbForm(tokens[v])) ++v;
      if (v < n && IsVerbForm(tokens[v])) source_end = v;
    }
  }
  if (source_end <= source || source_end - source > 10) return false;
  std::size_t verb = source_end;
  while (verb < n && IsAdverb(tokens[verb])) ++verb;
  // Source and verb stand outside any quotation (straight marks paired
  // wrongly in an article make the rest of it look quoted).
  for (std::size_t k = source; k <= verb && k < n; ++k) {
    if (in_quote[k]) return false;
  }
  if (verb >= n || !IsPastForm(tokens[verb])) return false;
  TokenRange content = ContentBefore(tokens, 0, close + 1);
  while (content.end > content.begin && !IsWordOrNumber(tokens[content.end - 1]) &&
         tokens[content.end - 1].lower != "?" && tokens[content.end - 1].lower != "!") {
    --content.end;
  }
  // A title in quotation marks ('“The Apprentice,” NBC aired') is no speech.
  if (WordCount(tokens, content) < 3) return false;
  out->source = TokenRange{source, source_end};
  out->cue = TokenRange{verb, verb + 1};
  out->cue_rule = &kQuoteVerbCue;
  out->content = content;
  out->rule = "content-source-verb";
  return true;
}

// "Kerry: “By law, the president ...”", "NY Daily News: Paris Terror Attacks
// Highlight Threat": a name of at most five capitalized words opening the
// sentence, a colon, and at least three words.
bool FindSourceColon(const std::vector<Token>& tokens, Attribution* out) {
  // Labels of a page, not speakers: "Breaking: ...", "Plus: ...", "EMAIL: ...",
  // and a headline's kicker: "Revealed: ...", "BUSTED: ...", "Just Leaked: ...".
  static constexpr WordList<35> kNotSources(
      {"note",      "update", "photo",  "source",   "read",     "related",   "watch",
       "editor's",  "video",  "warning", "correction", "latest", "breaking", "plus",
       "email",     "wow",    "boom",   "contributing", "exclusive", "developing", "bonus",
       "also",      "listen", "photos", "opinion",  "analysis", "revealed", "busted",
       "bombshell", "leaked", "look",   "remember", "hey",      "confirmed", "shocking"});
  // A transcript quoted whole opens each turn with a quotation mark:
  // '"WALLACE: Let’s start with ...'.
  std::size_t start = 0;
  while (start < tokens.size() && start < 2 && IsOpening(tokens[start])) ++start;
  std::size_t colon = start;
  while (colon < tokens.size() && colon < start + 6 && IsWordOrNumber(tokens[colon]) &&
         tokens[colon].capitalized) {
    ++colon;
  }
  if (colon == start || colon >= tokens.size() || colon > start + 5) return false;
  // "Sonya Herridge ― “Mr. Trump embodies ...”": a name, a dash and a
  // quotation, as in collected reader or voter comments.
  bool dash = IsDash(tokens[colon]) && colon + 1 < tokens.size() &&
              (IsOpening(tokens[colon + 1]) || tokens[colon + 1].kind == TokenKind::kCloseQuote);
  if (!IsColon(tokens[colon]) && !dash) return false;
  // "Stealth Over Health: ...": a preposition inside makes a headline's
  // phrase, not a name (IsFunctionWord has the common ones).
  static constexpr WordList<12> kMorePrepositions({"over", "under", "against", "about", "into",
                                                   "through", "without", "across", "behind",
                                                   "beyond", "toward", "upon"});
  for (std::size_t k = start; k < colon; ++k) {
    if (In(tokens[k].lower, kNotSources) || IsFunctionWord(tokens[k].lower) ||
        (k > start && In(tokens[k].lower, kMorePrepositions))) {
      return false;
    }
  }
  // "ORIGINAL ENTRY:", "BREAKING NEWS:": headings in capitals, not names
  // (a single name in capitals, "TAPPER:", is a transcript's speaker).
  if (colon - start > 1 &&
      std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(start),
                  tokens.begin() + static_cast<std::ptrdiff_t>(colon),
                  [](const Token& t) { return t.all_caps; })) {
    return false;
  }
  // A closing mark used as an opening one ("― ”Mr. Trump ...") is dropped.
  std::size_t content_begin = colon + 1;
  if (dash && (IsOpening(tokens[content_begin]) || tokens[content_begin].kind == TokenKind::kCloseQuote)) {
    ++content_begin;
  }
  TokenRange content = ContentToEnd(tokens, content_begin, tokens.size());
  if (WordCount(tokens, content) < 3) return false;
  // "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a heading over a
  // list of names.
  std::size_t commas = 0, capitalized = 0, words = 0;
  for (std::size_t k = content.begin; k < content.end; ++k) {
    commas += IsComma(tokens[k]);
    if (tokens[k].is_word()) {
      ++words;
      capitalized += tokens[k].capitalized;
    }
  }
  if (commas >= 3 && capitalized * 10 >= words * 8) return false;
  out->source = TokenRange{start, colon};
  out->cue = TokenRange{colon, colon + 1};
  out->cue_rule = dash ? &kDashCue : &kColonCue;
  out->content = content;
  out->rule = dash ? "source-dash-quote" : "source-colon";
  return true;
}

// A quotation signed with a dash and a name: "“... nothing about.” ― Pamela
// Padilla" (collected comments, epigraphs). The quotation may have begun
// sentences before; the extractor then widens the content to its start.
bool FindQuoteDashSource(const std::vector<Token>& tokens, Attribution* out) {
  const std::size_t n = tokens.size();
  std::size_t end = n;
  while (end > 0 && IsSentenceEnd(tokens[end - 1])) --end;
  std::size_t name = end;
  while (name > 0 && end - name < 6 &&
         ((IsWordOrNumber(tokens[name - 1]) && tokens[name - 1].capitalized) ||
          tokens[name - 1].lower == ".")) {
    --name;
  }
  if (name == end || name < 2 || !IsDash(tokens[name - 1]) || !IsClosing(tokens[name - 2])) {
    return false;
  }
  for (std::size_t k = name; k < end; ++k) {
    if (IsFunctionWord(tokens[k].lower)) return false;
  }
  TokenRange content = ContentBefore(tokens, 0, name - 1);
  while (content.end > content.begin && IsSentenceEnd(tokens[content.end - 1])) --content.end;
  if (!HasWord(tokens, content)) return false;
  out->source = TokenRange{name, end};
  out->cue = TokenRange{name - 1, name};
  out->cue_rule = &kDashCue;
  out->content = content;
  out->rule = "quote-dash-source";
  return true;
}

// Headlines that end with their source: "US, Russia must agree on Syria:
// UN envoy". The source is at most three words and names a role or group.
bool FindColonSource(const std::vector<Token>& tokens, const ExtractionRules& rules,
                     Attribution* out) {
  std::size_t n = tokens.size();
  std::size_t colon = n;
  for (std::size_t k = n; k > 0 && n - k < 4; --k) {
    if (IsColon(tokens[k - 1])) {
      colon = k - 1;
      break;
    }
  }
  if (colon == n || colon < 3 || n - colon - 1 == 0) return false;
  bool role = false;
  for (std::size_t k = colon + 1; k < n; ++k) {
    if (!IsWordOrNumber(tokens[k])) return false;
    std::size_t length = 0;
    auto word_at = [&](std::size_t m) -> const std::string* { return m < n ? &tokens[m].lower : nullptr; };
    const SourceWordKind* kind = rules.source_words.Match(k, word_at, &length);
    role = role || (kind && (*kind == SourceWordKind::kTitle || *kind == SourceWordKind::kGroup));
  }
  if (!role) return false;
  out->source = TokenRange{colon + 1, n};
  out->cue = TokenRange{colon, colon + 1};
  out->cue_rule = &kColonCue;
  out->content = TokenRange{0, colon};
  out->rule = "content-colon-source";
  return true;
}

// The cue of "In a CNN poll released Monday, C": the preposition before a
// document whose findings the sentence reports.
const Cue kInDocumentCue{"in",  Stance::kAssert, CueFrame::kAccording,
                         false, false,           "built-in: In DOCUMENT, CONTENT"};

// "In an NBC News/Wall Street Journal poll released Monday, 50 percent of
// respondents chose Clinton", "In the same survey, Obama was winning blacks
// by 28 points": a poll or survey opening the sentence is the source of the
// clause after its comma, as "according to" would make it. Other documents
// have their author or speaker in the clause: "In a statement, ...", "In
// the study, researchers recorded ...", "In a new report, The Wall Street
// Journal offers ...".
bool FindInDocument(const std::vector<Token>& tokens, const std::vector<char>& in_quote,
                    Attribution* out) {
  static constexpr WordList<5> kFindings({"poll", "polls", "survey", "surveys", "census"});
  const std::size_t n = tokens.size();
  std::size_t in = FirstWordAt(tokens);
  while (in < n && (tokens[in].lower == "but" || tokens[in].lower == "and")) ++in;
  if (in + 2 >= n || tokens[in].lower != "in" || in_quote[in]) return false;
  std::size_t comma = in + 1;
  while (comma < n && comma < in + 16 && !IsComma(tokens[comma]) && !in_quote[comma] &&
         (IsWordOrNumber(tokens[comma]) || tokens[comma].lower == "/")) {
    ++comma;
  }
  if (comma >= n || !IsComma(tokens[comma]) || !IsDeterminer(tokens[in + 1].lower)) return false;
  // The document heads the phrase: it ends it, or a preposition or a
  // participle follows ("a poll by Quinnipiac", "a survey released Monday").
  bool heads = false;
  for (std::size_t k = in + 2; k < comma && !heads; ++k) {
    const std::size_t after = k + 1;
    heads = In(tokens[k].lower, kFindings) && !tokens[k].capitalized &&
            (after == comma || In(tokens[after].lower, kPrepositions) || IsPastForm(tokens[after]));
  }
  if (!heads) return false;
  // "In the previous poll, conducted in early September, C": an aside.
  std::size_t start = comma + 1;
  if (start < n && IsPastForm(tokens[start]) && !tokens[start].capitalized) {
    std::size_t close = start + 1;
    while (close < n && close < start + 16 && IsWordOrNumber(tokens[close])) ++close;
    if (close < n && IsComma(tokens[close])) start = close + 1;
  }
  const TokenRange content = ContentToEnd(tokens, start, n);
  if (WordCount(tokens, content) < 3) return false;
  out->source = TokenRange{in + 1, comma};
  out->cue = TokenRange{in, in + 1};
  out->cue_rule = &kInDocumentCue;
  out->content = content;
  out->rule = "in-document-first";
  return true;
}

// "Said Comey, “The thought that ...”", "Says Dorothy Poynter, who grew up
// with Ali, “We were all so proud of him.”": a verb of saying inverted to
// open the sentence, its source, perhaps an aside, and a quotation after a
// comma or colon. Only a finite form ("Said", "Says", "Added"): "Say" and
// "Saying" open imperatives and participle phrases.
bool FindCueSourceContent(const std::vector<Token>& tokens, const std::vector<char>& in_quote,
                          std::size_t cue_begin, std::size_t cue_end, const Cue* cue,
                          Attribution* out) {
  const std::size_t n = tokens.size();
  const LowerString& form = tokens[cue_begin].lower;
  if (cue_begin != FirstWordAt(tokens) || cue->frame != CueFrame::kSpeech || form == cue->lemma ||
      IsIngForm(form) || cue_end >= n || !tokens[cue_end].capitalized) {
    return false;
  }
  std::size_t source_end = NounPhraseEnd(tokens, cue_end, n);
  if (source_end <= cue_end) return false;
  for (std::size_t c = source_end; c + 2 < n && c < source_end + 30; ++c) {
    const Token& t = tokens[c];
    if ((IsComma(t) || IsColon(t)) && IsOpening(tokens[c + 1]) && in_quote[c + 2]) {
      TokenRange content = ContentToEnd(tokens, c + 1, n);
      if (!HasWord(tokens, content)) return false;
      out->source = TokenRange{cue_end, source_end};
      out->cue = TokenRange{cue_begin, cue_end};
      out->cue_rule = cue;
      out->content = content;
      out->rule = "cue-source-content";
      return true;
    }
    if (!IsWordOrNumber(t) && !IsComma(t)) return false;
  }
  return false;
}

void AttributionFinder::FindOwnedStatements(const std::vector<Token>& tokens,
                                            const std::vector<char>& in_quote,
                                            std::vector<Attribution>* found) const {
  const std::size_t n = tokens.size();
  auto is_cue = [&](std::size_t k) { return IsVerbCueAt(tokens, k); };
  for (std::size_t k = 1; k + 2 < n; ++k) {
    // (The cheap tests first: most tokens are not followed by "that".)
    if (tokens[k + 1].lower != "that" || in_quote[k] || in_quote[k + 1] || tokens[k].capitalized ||
        !tokens[k].is_word() || rules_.references.Find(tokens[k].lower) == nullptr) {
      continue;
    }
    // A that-clause with its own subject, not a relative clause ("his plan
    // that would cut taxes", "the claim that was made").
    const Token& subject = tokens[k + 2];
    if (!IsWordOrNumber(subject) || IsVerbForm(subject) || In(subject.lower, kModals) ||
        is_cue(k + 2)) {
      continue;
    }
    // The owner: a possessive just before, or before one or two adjectives
    // ("his earlier claim", "Stumpf's repeated claim").
    std::size_t owner = k;
    while (owner > 0 && k - owner < 2 && tokens[owner - 1].is_word() &&
           !tokens[owner - 1].capitalized && !IsPossessiveWord(tokens[owner - 1].lower) &&
           !IsDeterminer(tokens[owner - 1].lower)) {
      --owner;
    }
    if (owner == 0 || !IsPossessiveWord(tokens[owner - 1].lower)) continue;
    const std::size_t owner_end = owner;
    std::size_t owner_begin = owner_end - 1;
    const LowerString& word = tokens[owner_begin].lower;
    // A pronoun owner is left out: "Jones has sued Victor Conte following
    // his allegations that ..." wants the nearest name, not the last speaker
    // a pronoun resolves to.
    if (word == "his" || word == "her" || word == "their" || word == "its") continue;
    // "Donald Trump's", "Tulsa police's", "the agency's": the name's words
    // before the possessive, or a determiner before a noun.
    while (owner_begin > 0 && tokens[owner_begin - 1].is_word() &&
           tokens[owner_begin - 1].capitalized && !IsPossessiveWord(tokens[owner_begin - 1].lower)) {
      --owner_begin;
    }
    if (owner_begin > 0 && !tokens[owner_begin].capitalized &&
        IsDeterminer(tokens[owner_begin - 1].lower)) {
      --owner_begin;
    }
    // ("Whether North Korea's claim ...": a capitalized function word opens
    // the sentence.)
    while (owner_begin + 1 < owner_end && tokens[owner_begin].capitalized &&
           ((IsFunctionWord(tokens[owner_begin].lower) && !IsDeterminer(tokens[owner_begin].lower)) ||
            tokens[owner_begin].lower == "whether")) {
      ++owner_begin;
    }
    // Only as an object ("rejected Russia's claim that ...", "on Donald
    // Trump's claim that ..."): as the subject ("Russia's claim that its jets
    // flew ... is rubbish") the that-clause ends before a main verb that the
    // words alone do not show, and the claim is the rebuttal's target. The
    // noun phrase ("oil production cartel Opec's recent announcement") is
    // walked back to the word that governs it.
    std::size_t phrase_begin = owner_begin;
    std::size_t cue_length = 0;
    while (phrase_begin > 0 && owner_begin - phrase_begin < 5 && tokens[phrase_begin - 1].is_word() &&
           (!tokens[phrase_begin - 1].capitalized || IsDeterminer(tokens[phrase_begin - 1].lower)) &&
           !In(tokens[phrase_begin - 1].lower, kPrepositions) &&
           !IsVerbForm(tokens[phrase_begin - 1]) &&
           CueAt(tokens, phrase_begin - 1, &cue_length) == nullptr &&
           tokens[phrase_begin - 1].lower != "that" && tokens[phrase_begin - 1].lower != "and" &&
           tokens[phrase_begin - 1].lower != "but") {
      --phrase_begin;
    }
    if (phrase_begin <= FirstWordAt(tokens)) continue;
    const Token& before = tokens[phrase_begin - 1];
    static constexpr WordList<9> kJoining(
        {"and", "but", "or", "yet", "so", "while", "although", "though", "because"});
    // ("The U.S. says Russia's claim that ... is “rubbish”": the subject of
    // a reported clause, after a verb of saying or "that".)
    // (After "rejected", "denied", "dismissed" it is their object.)
    const Cue* governing = before.capitalized ? nullptr : CueAt(tokens, phrase_begin - 1, &cue_length);
    const bool reported_clause = governing != nullptr && governing->frame != CueFrame::kCall &&
                                 governing->stance == Stance::kAssert;
    if (!before.is_word() || In(before.lower, kJoining) || before.lower == "that" ||
        reported_clause) {
      continue;
    }
    // What was said runs to the clause's comma, semicolon or dash, or the
    // sentence's end; a comma inside a quotation that closes there ends it
    // too ('that Obama “founded ISIS,” saying ...').
    std::size_t end = k + 2;
    while (end < n && !IsSentenceEnd(tokens[end]) && !IsDash(tokens[end]) &&
           tokens[end].lower != ";" && tokens[end].lower != "-" &&
           !(IsComma(tokens[end]) &&
             (!in_quote[end] || (end + 1 < n && IsClosing(tokens[end + 1]))))) {
      ++end;
    }
    Attribution owned;
    owned.source = TokenRange{owner_begin, owner_end};
    owned.cue = TokenRange{k, k + 1};
    std::size_t length = 0;
    const Cue* cue = CueAt(tokens, k, &length);
    owned.cue_rule = cue != nullptr ? cue : &kOwnedNounCue;
    while (end > k + 2 && !IsWordOrNumber(tokens[end - 1])) --end;
    // A clause has a verb the words show ("that night", "that articles about
    // the company" have none).
    bool verb = false;
    for (std::size_t v = k + 3; v < end && !verb; ++v) {
      verb = IsVerbForm(tokens[v]) || is_cue(v) || tokens[v].lower == "does" ||
             tokens[v].lower == "do" || tokens[v].lower == "did";
    }
    if (!verb) continue;
    owned.content = TokenRange{k + 2, end};
    owned.rule = "owner-noun-content";
    if (HasWord(tokens, owned.content)) found->push_back(owned);
  }
}

std::vector<Attribution> AttributionFinder::Find(const std::vector<Token>& tokens,
                                                 const std::vector<char>& in_quote) const {
  std::vector<Attribution> found;
  const bool headline = IsHeadlineCase(tokens);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (in_quote[i] || !tokens[i].is_word()) continue;
    std::size_t length = 0;
    const Cue* cue = CueAt(tokens, i, &length);
    if (!cue) continue;
    // "As reported by The New York Times, C", "As stated in Davis'
    // commentary, C": the source after "by" or "in", the content after the
    // comma.
    if (i > 0 && i - 1 == FirstWordAt(tokens) && tokens[i - 1].lower == "as" &&
        !tokens[i].capitalized && IsPastForm(tokens[i]) && i + 2 < tokens.size() &&
        (tokens[i + 1].lower == "by" || tokens[i + 1].lower == "in")) {
      std::size_t comma = i + 2;
      while (comma < tokens.size() && comma < i + 14 && !IsComma(tokens[comma]) &&
             !in_quote[comma] && (IsWordOrNumber(tokens[comma]) || tokens[comma].is_quote())) {
        ++comma;
      }
      TokenRange content = comma < tokens.size() && IsComma(tokens[comma])
                               ? ContentToEnd(tokens, comma + 1, tokens.size())
                               : TokenRange{};
      if (comma > i + 2 && HasWord(tokens, content)) {
        Attribution as_passive;
        as_passive.source = TokenRange{i + 2, comma};
        as_passive.cue = TokenRange{i, i + length};
        as_passive.cue_rule = cue;
        as_passive.content = content;
        as_passive.rule = "as-source-cue";
        found.push_back(as_passive);
        i = comma;
        continue;
      }
    }
    // A capitalized cue word is a name or starts a sentence as a noun
    // ("Reports", "Claims"), except "According to" and in a headline
    // ("Obama Says Museum Will Tell of ...").
    // A headline has one: "Obama Says Museum Will Tell of ..." (not "Tell").
    bool headline_cue = headline && i > 0 && found.empty();
    if (tokens[i].capitalized && cue->frame != CueFrame::kAccording && !headline_cue) {
      Attribution inverted;
      if (FindCueSourceContent(tokens, in_quote, i, i + length, cue, &inverted)) {
        found.push_back(inverted);
      }
      continue;
    }
    if (IsNounUse(tokens, i)) continue;
    Attribution attribution;
    if (MatchOne(tokens, in_quote, i, i + length, cue, &attribution) && !attribution.negated) {
      found.push_back(attribution);
    }
    i += length - 1;
  }
  FindOwnedStatements(tokens, in_quote, &found);
  if (found.empty()) {
    Attribution colon;
    if (FindSourceColon(tokens, &colon) || FindColonSource(tokens, rules_, &colon) ||
        FindQuoteDashSource(tokens, &colon) || FindQuoteSourceVerb(tokens, in_quote, &colon) ||
        FindInDocument(tokens, in_quote, &colon)) {
      found.push_back(colon);
    }
  }
  // A content runs to the end of its sentence at most; a "sentence" of
  // tens of thousands of words (a page without full stops, "Smith, who
  // said, Smith, who said, ...") would give every attribution in it most
  // of the page, and the walks below over each content would be quadratic.
  // The longest contents of BBC, FNC-1 and PolNeAR are about 250 words.
  constexpr std::size_t kMaxContentTokens = 800;
  for (Attribution& a : found) {
    if (a.content.end > a.content.begin + kMaxContentTokens) {
      a.content.end = a.content.begin + kMaxContentTokens;
    }
  }
  // A content never runs into the next attribution's clause: "Davis says C1,
  // and the U.S. has insisted C2" gives C1 and C2, not C1 containing C2.
  // (Found in cue order, the owned statements aside: past the content's end
  // no later cue can cut it, so the walk stops there; a sentence of
  // thousands of cues stays linear.)
  const bool in_cue_order = std::is_sorted(
      found.begin(), found.end(),
      [](const Attribution& x, const Attribution& y) { return x.cue.begin < y.cue.begin; });
  for (std::size_t a = 0; a < found.size(); ++a) {
    for (std::size_t b = a + 1; b < found.size(); ++b) {
      if (in_cue_order && found[b].cue.begin >= found[a].content.end) break;
      // "He said Podesta, who said C1, was wrong": a relative clause sits
      // inside the content. So does "what S calls “N”": "hungry for what she
      // calls “real solutions.”"
      if (found[b].rule == "relative-source-cue" || found[b].rule == "owner-noun-content") continue;
      // "Metro reports that daily binges on Emmental are believed to be
      // responsible ...": a passive with no agent inside the content is
      // part of what was reported.
      if (found[b].agentless && found[b].content.begin > found[a].content.begin &&
          found[b].content.begin < found[a].content.end) {
        continue;
      }
      const std::size_t inner = found[b].source.empty() ? found[b].cue.begin : found[b].source.begin;
      if (inner > 0 && tokens[inner - 1].lower == "what") continue;
      TokenRange& content = found[a].content;
      // "The Journal, citing internal documents, reported that ...": the
      // aside's content ends before the main verb, whose source comes before
      // the aside.
      bool aside = !found[a].cue.empty() && IsIngForm(tokens[found[a].cue.begin].lower) &&
                   !found[b].source.empty() && found[b].source.end <= content.begin;
      std::size_t start = found[b].source.empty() || aside
                              ? found[b].cue.begin
                              : std::min(found[b].source.begin, found[b].cue.begin);
      if (start > content.begin && start < content.end && found[b].cue.begin < content.end) {
        // "Some believe the priority placed on black voters shows C": the
        // second attribution is the clause that was said, and its subject
        // starts the content.
        bool boundary = false;
        for (std::size_t k = content.begin; k < start && !boundary; ++k) {
          const Token& t = tokens[k];
          boundary = in_quote[k] || !IsWordOrNumber(t) || In(t.lower, kBoundaries);
        }
        // "said C1, and that Tehran hopes C2": a second that-clause of the
        // same verb is said too.
        bool second_that = tokens[start - 1].lower == "that" && !in_quote[start - 1];
        if (second_that) continue;
        if (!boundary && !found[b].source.empty()) {
          found[b].source.begin = content.begin;
          continue;
        }
        // "C1, although others feel C2", "C1, while others fear C2": the word
        // joining the second clause belongs to neither content.
        static constexpr WordList<12> kJoining({"and", "but", "or", "yet", "although", "though",
                                                "while", "whilst", "whereas", "as", "because",
                                                "since"});
        std::size_t cut = start;
        while (cut > content.begin &&
               (IsComma(tokens[cut - 1]) || IsDash(tokens[cut - 1]) ||
                tokens[cut - 1].lower == "-" ||
                (!in_quote[cut - 1] && In(tokens[cut - 1].lower, kJoining)))) {
          --cut;
        }
        content.end = cut;
      }
    }
  }
  // "The rebels deny C, and have negotiated ...": a second predicate of the
  // source after ", and" is not part of what was said.
  // "Even as Mr. Obama has said that C, his administration continues ...":
  // an attribution inside an opening subordinate clause ends at its comma.
  std::size_t lead = FirstWordAt(tokens);
  // ("Even as ...", "Just as ...".)
  std::size_t sub =
      lead < tokens.size() && (tokens[lead].lower == "even" || tokens[lead].lower == "just")
          ? lead + 1
          : lead;
  static constexpr WordList<8> kOpeningSubordinators(
      {"as", "while", "although", "though", "because", "whereas", "since", "if"});
  bool subordinate_opening = sub < tokens.size() && tokens[sub].capitalized == (sub == lead) &&
                             In(tokens[sub].lower, kOpeningSubordinators);
  std::size_t first_comma = sub;
  while (first_comma < tokens.size() && !(IsComma(tokens[first_comma]) && !in_quote[first_comma])) {
    ++first_comma;
  }
  for (Attribution& a : found) {
    if (subordinate_opening && a.rule == "source-cue-content" && !a.cue.empty() &&
        a.cue.begin > sub && a.cue.begin < first_comma && !in_quote[a.content.begin]) {
      for (std::size_t k = a.content.begin + 1; k + 1 < a.content.end; ++k) {
        if (IsComma(tokens[k]) && !in_quote[k]) {
          a.content.end = k;
          break;
        }
      }
    }
    // "Sanders has said he will vote for Clinton, but he hasn't endorsed
    // her": after ", but" a new subject and its verb start the reporter's
    // own clause ("not just a few stars, but the moon" goes on).
    if (!in_quote[a.content.begin] &&
        (a.rule == "source-cue-content" || a.rule == "subject-shared")) {
      for (std::size_t k = a.content.begin + 1; k + 2 < a.content.end; ++k) {
        // 'are "non-entities in the Senate," but he ...': the comma inside
        // the quotation.
        std::size_t but = k + 1;
        if (IsComma(tokens[k]) && in_quote[k] && IsClosing(tokens[but]) && but + 2 < a.content.end) {
          ++but;
        } else if (in_quote[k]) {
          continue;
        }
        // ", although he refused to ...", ", though she did not say": so too.
        if (!IsComma(tokens[k]) || (tokens[but].lower != "but" && tokens[but].lower != "although" &&
                                    tokens[but].lower != "though")) {
          continue;
        }
        const Token& next = tokens[but + 1];
        if (tokens[but].lower != "but") {
          // A concession goes on with what was said ("said the tax was
          // right, although he would add a new one") unless it reports the
          // source's own act: a pronoun, then a past tense or "did not".
          if (PronounOf(next.lower) == PronounKind::kNone) continue;
          std::size_t v = but + 2;
          while (v + 1 < a.content.end && IsAdverb(tokens[v])) ++v;
          const Token& verb = tokens[v];
          bool act = v < a.content.end && (verb.lower == "did" || verb.lower == "didn't" ||
                                            (IsPastForm(verb) && !In(verb.lower, kBeForms) &&
                                             !In(verb.lower, kAuxiliaries)));
          if (act) {
            a.content.end = but == k + 1 ? k : but;
            break;
          }
          continue;
        }
        bool clause = PronounOf(next.lower) != PronounKind::kNone || next.lower == "there";
        if (!clause && (IsDeterminer(next.lower) || next.capitalized)) {
          for (std::size_t v = but + 2; v < a.content.end && v < but + 7 && !clause; ++v) {
            clause = IsVerbForm(tokens[v]);
          }
        }
        if (clause) {
          a.content.end = but == k + 1 ? k : but;
          break;
        }
      }
    }
    for (std::size_t k = a.content.begin + 1; k + 2 < a.content.end; ++k) {
      if (!IsComma(tokens[k]) || in_quote[k] ||
          (tokens[k + 1].lower != "and" && tokens[k + 1].lower != "but")) {
        continue;
      }
      std::size_t v = k + 2;
      // ", and specifically mentioned ...": adverbs before the verb.
      while (v + 1 < a.content.end && IsAdverb(tokens[v])) ++v;
      const Token& verb = tokens[v];
      bool past = !verb.capitalized && verb.lower.size() > 4 &&
                  verb.lower.compare(verb.lower.size() - 2, 2, "ed") == 0;
      bool auxiliary = v == k + 2 && (In(verb.lower, kAuxiliaries) || In(verb.lower, kBeForms));
      // "said she intends to fill half her cabinet with women, and Ms.
      // Brainard is among the few ...": a named new subject and its verb
      // start the reporter's clause.
      bool named_clause = false;
      if (tokens[k + 1].lower == "and" && !in_quote[k + 2] && tokens[k + 2].capitalized &&
          a.rule == "source-cue-content") {
        std::size_t m = k + 2;
        while (m < a.content.end && m < k + 7 && tokens[m].is_word() && tokens[m].capitalized &&
               !In(tokens[m].lower, kSubjectPronouns)) {
          ++m;
        }
        named_clause = m > k + 2 && m < a.content.end && !tokens[m].capitalized &&
                       (In(tokens[m].lower, kBeForms) || In(tokens[m].lower, kAuxiliaries) ||
                        IsPastTenseVerb(tokens[m]));
      }
      if (auxiliary || past || named_clause) {
        a.content.end = k;
        break;
      }
    }
    // 'chanted "What curfew?" and kept going': after a closing quotation
    // mark, "and" and a past-tense verb are the source's next act.
    for (std::size_t k = a.content.begin + 1; k + 1 < a.content.end; ++k) {
      if (!in_quote[k] && IsClosing(tokens[k - 1]) && tokens[k].lower == "and" &&
          IsPastForm(tokens[k + 1])) {
        a.content.end = k;
        break;
      }
    }
    // "Republicans said the timing was not intentional; they only learned
    // on Friday ...": a semicolon outside a quotation ends what was said
    // after the cue; what follows is a clause of its own.
    // (Not after a phrase of the verb's: "said in interviews this week; C".)
    const bool said_after_cue = a.rule == "source-cue-content" || a.rule == "subject-shared" ||
                                a.rule == "relative-source-cue";
    if (said_after_cue && !In(tokens[a.content.begin].lower, kPrepositions)) {
      for (std::size_t k = a.content.begin + 1; k + 1 < a.content.end; ++k) {
        if (tokens[k].lower == ";" && !in_quote[k]) {
          a.content.end = k;
          break;
        }
      }
    }
    // 'said he’s “excited where we stand” as he faces a critically important
    // test', 'answered "no opinion" when asked whether ...': after a quotation
    // closed inside the content, a clause of time or circumstance with no
    // quotation of its own frames the quoted words; it is the reporter's.
    // ('as "ludicrous" because ...': a reason may be the source's.)
    if (said_after_cue) {
      static constexpr WordList<7> kCircumstance(
          {"as", "after", "when", "while", "before", "since", "until"});
      for (std::size_t k = a.content.begin + 1; k + 1 < a.content.end; ++k) {
        if (in_quote[k] || k < 2 || !IsClosing(tokens[k - 1]) || !in_quote[k - 2]) continue;
        std::size_t w = IsComma(tokens[k]) ? k + 1 : k;
        if (w + 1 >= a.content.end || !In(tokens[w].lower, kCircumstance)) continue;
        // A clause: a subject and its verb ("as he faces", "after the union
        // failed"), or "when asked"; not "as president", "as required by",
        // "after Super Tuesday balloting", "when it comes to".
        const Token& first = tokens[w + 1];
        bool clause =
            first.lower == "asked" || (In(first.lower, kSubjectPronouns) &&
                                       !(w + 2 < a.content.end && tokens[w + 2].lower == "comes"));
        if (!clause && (IsDeterminer(first.lower) || first.capitalized)) {
          for (std::size_t v = w + 2; v < a.content.end && v < w + 6 && !clause; ++v) {
            if (!tokens[v].is_word() || In(tokens[v].lower, kPrepositions)) break;
            clause = !tokens[v].capitalized && IsVerbForm(tokens[v]);
          }
        }
        if (!clause) break;
        bool quoted_after = false;
        for (std::size_t m = w; m < a.content.end && !quoted_after; ++m) {
          quoted_after = in_quote[m] || tokens[m].is_quote();
        }
        if (!quoted_after) a.content.end = k;
        break;
      }
    }
    // "... a poll conducted by the Center for Security Policy, a think tank
    // known for ...": an appositive opening with "a" or "an" after the
    // content's last comma, running to the content's end, is the reporter's
    // description of the noun before it.
    if (said_after_cue && !in_quote[a.content.begin]) {
      for (std::size_t k = a.content.end; k > a.content.begin + 2; --k) {
        const std::size_t comma = k - 1;
        if (!IsComma(tokens[comma]) || in_quote[comma]) continue;
        if (comma + 3 < a.content.end &&
            (tokens[comma + 1].lower == "a" || tokens[comma + 1].lower == "an")) {
          // (Not the last items of a list, "body armour, a smoke bomb and
          // five shields", nor a title, "her first film, A Way Of Life".)
          bool kept = tokens[comma + 2].capitalized;
          for (std::size_t m = comma + 2; m < a.content.end && !kept; ++m) {
            kept = in_quote[m] || In(tokens[m].lower, kBeForms) || In(tokens[m].lower, kModals) ||
                   In(tokens[m].lower, kAuxiliaries) || tokens[m].lower == "and" ||
                   tokens[m].lower == "or";
          }
          if (!kept) a.content.end = comma;
        }
        break;
      }
    }
    // "46 percent said yes, compared with 23 percent who ...": the
    // reporter's comparison.
    for (std::size_t k = a.content.begin + 1; k + 1 < a.content.end; ++k) {
      if (in_quote[k]) continue;
      bool comparison = tokens[k].lower == "compared" &&
                        (tokens[k + 1].lower == "with" || tokens[k + 1].lower == "to");
      if (comparison) {
        a.content.end = IsComma(tokens[k - 1]) ? k - 1 : k;
        break;
      }
    }
    // "Russia warned its military would track ... and suspended a hotline",
    // "promised a veto and attempted to make the case": after a content
    // whose verb is a modal or a present tense, or that has no verb, a
    // past-tense verb joined by "and" (no comma, no subject) is the source's
    // second predicate, parallel to a past-tense cue. ("said troops attacked
    // the town and killed 20", "a man who was beaten and kicked": the
    // content's own verb is past, so the second one stays.)
    if (a.rule == "source-cue-content" && !a.cue.empty() && IsPastTenseVerb(tokens[a.cue.begin])) {
      static constexpr WordList<7> kPastAuxiliaries(
          {"was", "were", "had", "did", "been", "be", "being"});
      bool modal_or_present = false;  // "would have been" is no past
      for (std::size_t k = a.content.begin; k + 2 < a.content.end; ++k) {
        const LowerString& w = tokens[k].lower;
        if (in_quote[k]) break;
        // The content's own verb is past.
        if (IsPastTenseVerb(tokens[k]) || (!modal_or_present && In(w, kPastAuxiliaries))) break;
        if (In(w, kModals) || w == "is" || w == "are" || w == "has" || w == "have") {
          modal_or_present = true;
          continue;
        }
        if (w == "and" && !IsComma(tokens[k - 1]) && IsPastTenseVerb(tokens[k + 1])) {
          a.content.end = k;
          break;
        }
      }
    }
    // "Sanders, who endorsed Canova and said he would campaign with him, did
    // not show up": a second verb of a relative clause ends with the clause,
    // at the comma before the main verb.
    // ("The ID cards bill, which ministers claim will tackle crime, is
    // expected to be opposed": the source inside the relative clause.)
    const bool source_in_relative =
        a.rule == "source-cue-content" && a.source.begin >= 2 &&
        IsComma(tokens[a.source.begin - 2]) &&
        (tokens[a.source.begin - 1].lower == "which" || tokens[a.source.begin - 1].lower == "who" ||
         tokens[a.source.begin - 1].lower == "whom");
    if ((a.rule == "subject-shared" && !a.cue.empty() && a.cue.begin > 0 &&
         tokens[a.cue.begin - 1].lower == "and") ||
        source_in_relative) {
      bool in_relative = false;
      for (std::size_t k = a.cue.begin; k > 1; --k) {
        if (IsComma(tokens[k - 1]) && !in_quote[k - 1]) {
          in_relative = tokens[k].lower == "who" || tokens[k].lower == "which";
          break;
        }
      }
      for (std::size_t c = a.content.begin + 1; in_relative && c + 1 < a.content.end; ++c) {
        if (!IsComma(tokens[c]) || in_quote[c]) continue;
        std::size_t v = c + 1;
        while (v < a.content.end && IsAdverb(tokens[v])) ++v;
        if (v < a.content.end && !tokens[v].capitalized &&
            (IsPastForm(tokens[v]) || In(tokens[v].lower, kAuxiliaries) ||
             In(tokens[v].lower, kBeForms))) {
          a.content.end = c;
          break;
        }
      }
    }
    // "..., without specifying how that would work": the reporter's remark.
    for (std::size_t k = a.content.begin + 1; k + 1 < a.content.end; ++k) {
      if (IsComma(tokens[k]) && !in_quote[k] && tokens[k + 1].lower == "without") {
        a.content.end = k;
        break;
      }
    }
    // "complain bitterly that taxes are too high, but many corporations
    // have found ways ...": a contrast with a subject of its own after the
    // content is the reporter's. (Not "not just a failure, but a
    // catastrophe": a pair the speaker made.)
    if (a.content.begin > a.cue.begin && !in_quote[a.content.begin]) {
      for (std::size_t k = a.content.begin + 2; k + 2 < a.content.end; ++k) {
        if (!IsComma(tokens[k]) || in_quote[k] || tokens[k + 1].lower != "but") continue;
        const Token& next = tokens[k + 2];
        const bool subject = IsDeterminer(next.lower) || In(next.lower, kSubjectPronouns) ||
                             (next.capitalized && next.is_word());
        bool pair = false;  // "not ... , but"
        for (std::size_t m = k; m > a.content.begin && k - m < 8 && !pair; --m) {
          pair = tokens[m - 1].lower == "not" || tokens[m - 1].lower == "only";
        }
        if (subject && !pair) {
          a.content.end = k;
          break;
        }
      }
    }
    // "explained the Drudge headline by", "blamed the network for": a content
    // cut before another clause never ends in a preposition or a comma. (At
    // the sentence's end one may: "not worth the paper they're written on.")
    const bool cut = a.content.end < tokens.size() && IsWordOrNumber(tokens[a.content.end]);
    // ("seven months before": an adverb after a span of time.)
    static constexpr WordList<6> kSpanUnits({"days", "weeks", "months", "years", "hours", "decades"});
    while (cut && a.content.end > a.content.begin && !in_quote[a.content.end - 1] &&
           (In(tokens[a.content.end - 1].lower, kPrepositions) ||
            IsComma(tokens[a.content.end - 1])) &&
           !(a.content.end - a.content.begin >= 2 &&
             In(tokens[a.content.end - 2].lower, kSpanUnits))) {
      --a.content.end;
    }
  }
  // ("HuffPost noted before": nothing is left.)
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Attribution& a) {
                               return !a.agentless && !HasWord(tokens, a.content);
                             }),
              found.end());
  // A source never opens with a preposition: "to the drafting committee
  // suggests", "with other party leaders announced" lost their subject.
  // ("According to early returns" names its source after "to".)
  static constexpr WordList<22> kOpeningPrepositions(
      {"of",    "for",  "on",      "in",     "at",   "during", "after", "before",
       "from",  "with", "without", "within", "over", "under",  "amid",  "despite",
       "since", "by",   "through", "to",     "into", "upon"});
  auto source_is_object = [&](const Attribution& a) {
    if (a.source.empty() || (a.cue_rule && a.cue_rule->frame == CueFrame::kAccording)) {
      return false;
    }
    const Token& first = tokens[a.source.begin];
    return !first.capitalized && In(first.lower, kOpeningPrepositions);
  };
  // "Separately, KCNA reported ..." and "perhaps writing ..." lost their
  // subject: an adverb alone is no source. (By its ending, so that names such
  // as "Kelly" stay: "-ately", "-ously", "-ently", "-ally", "-ably", "-ibly",
  // "-edly", "-ingly".)
  auto source_is_adverb = [&](const Attribution& a) {
    if (a.source.end != a.source.begin + 1) return false;
    const LowerString& w = tokens[a.source.begin].lower;
    static constexpr std::array<std::string_view, 8> kAdverbEndings = {
        "ately", "ously", "ently", "ally", "ably", "ibly", "edly", "ingly"};
    for (std::string_view ending : kAdverbEndings) {
      if (w.size() > ending.size() + 2 && w.compare(w.size() - ending.size(), ending.size(), ending) == 0) {
        return true;
      }
    }
    static constexpr WordList<10> kSentenceAdverbs({"perhaps", "maybe", "however", "meanwhile",
                                                    "instead", "still", "also", "again", "then",
                                                    "now"});
    return In(w, kAdverbs) || In(w, kSentenceAdverbs);
  };
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Attribution& a) {
                               return !HasWord(tokens, a.content) || source_is_object(a) ||
                                      source_is_adverb(a);
                             }),
              found.end());
  return found;
}

}  // namespace claimtrack
