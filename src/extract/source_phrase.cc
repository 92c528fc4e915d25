// SourcePhrase analysis. A source phrase is split at its last title word when
// a capitalized name follows it ("press secretary | Sean Spicer"); otherwise a
// run of capitalized words is a name, and lowercase phrases are descriptions
// ("the rebels", "a local source") that may refer back to a named source.
#include "extract/source_phrase.h"

#include <algorithm>
#include <array>

#include "base/civil_date.h"
#include "base/word_list.h"
#include "extract/attribution_words.h"

namespace claimtrack {

std::string_view SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kPerson:
      return "person";
    case SourceKind::kOrganization:
      return "organization";
    case SourceKind::kGroup:
      return "group";
    case SourceKind::kUnknown:
      break;
  }
  return "unknown";
}

PronounKind PronounOf(std::string_view w) {
  if (w == "he" || w == "she" || w == "him" || w == "her") return PronounKind::kPerson;
  if (w == "it") return PronounKind::kThing;
  if (w == "they" || w == "them") return PronounKind::kPlural;
  return PronounKind::kNone;
}

bool IsDeterminer(std::string_view w) {
  static constexpr WordList<24> kWords({"the",     "a",     "an",    "this",  "these", "those",
                                        "another", "some",  "two",   "three", "four",  "five",
                                        "six",     "seven", "eight", "nine",  "ten",   "one",
                                        "several", "many",  "other", "both",  "most",  "senior"});
  return kWords.Contains(w);
}

bool IsQuantifier(std::string_view w) {
  return w == "most" || w == "many" || w == "some" || w == "several" || w == "both" ||
         w == "another";
}

bool IsFunctionWord(std::string_view w) {
  // ("Once MailOnline published it", "Via CNN": never a name's first word.)
  static constexpr WordList<47> kWords(
      {"but",     "and",     "or",        "so",    "yet",    "in",    "on",     "at",
       "for",     "to",      "of",        "with",  "from",   "by",    "after",  "before",
       "during",  "since",   "while",     "when",  "if",     "as",    "though", "although",
       "because", "however", "meanwhile", "still", "also",   "he",    "she",    "it",
       "they",    "we",      "i",         "his",   "her",    "its",   "their",  "there",
       "such",    "what",    "how",       "once",  "unless", "until", "via"});
  return IsDeterminer(w) || kWords.Contains(w);
}

namespace {

// Lowercase particles that may sit inside a person's name.
bool IsNameParticle(std::string_view w) {
  return w == "de" || w == "van" || w == "von" || w == "der" || w == "bin" || w == "al" ||
         w == "el" || w == "da" || w == "di" || w == "la" || w == "le" || w == "ibn" ||
         w == "abu" || w == "abo";
}

bool IsNamePart(const Token& t) {
  return t.kind == TokenKind::kWord && (t.capitalized || IsNameParticle(t.lower));
}

// "Ernst & Young", "Marks & Spencer": an ampersand between two capitalized
// words joins them into one name.
bool IsNamePartAt(const std::vector<Token>& tokens, std::size_t i, std::size_t begin,
                  std::size_t end) {
  return IsNamePart(tokens[i]) || attribution::IsAmpersandInName(tokens, i, begin, end);
}

const SourceWordKind* WordKind(const ExtractionRules& rules, const std::vector<Token>& tokens,
                               std::size_t i, std::size_t end, std::size_t* length) {
  auto word_at = [&](std::size_t k) -> const std::string* {
    return k < end ? &tokens[k].lower : nullptr;
  };
  return rules.source_words.Match(i, word_at, length);
}

std::string Slice(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                  std::size_t end) {
  if (begin >= end) return "";
  return std::string(text.substr(tokens[begin].span.begin,
                                 tokens[end - 1].span.end - tokens[begin].span.begin));
}

// A word that ends a possessive ("Russia’s", "Syria's").
bool IsPossessive(const Token& t) {
  std::string_view w = t.lower;
  return w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.back() == '\'');
}

// Courtesy titles open a person's name ("Mr Sullivan", "Lord Roberts").
bool IsCourtesyTitle(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kTitles = {
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "lord", "lady"};
  return IsOneOf(lower, kTitles);
}

// Words that can stand before a source without being part of it: sentence
// adverbs, prepositions and time words, capitalized at a sentence start
// ("Now Mr Blair", "Under Mr Brown's", "case on Tuesday Mr Ebbers").
bool IsLeadInWord(const Token& t) {
  static constexpr std::array<std::string_view, 30> kLeadIns = {
      "now", "then", "but", "and", "so", "yet", "under", "on", "in", "at", "after", "before",
      "last", "this", "next", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "earlier", "later", "meanwhile", "however", "also", "when"};
  return !t.capitalized || IsOneOf(t.lower, kLeadIns);
}

// A time expression is no source: "Last July", "On Tuesday".
bool IsTimeWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 7> kTime = {"last", "next", "this", "on",
                                                            "in",   "early", "late"};
  return IsOneOf(lower, kTime) || MonthFromWrittenDate(lower) > 0 || WeekdayFromName(lower) >= 0;
}

// "The company" opening a sentence and "the company" inside one, or
// "Analysts" and "analysts", are one source: a description's first word
// keeps its capital only when it is a name.
void SentenceCaseDescription(const ExtractionRules& rules, const std::vector<Token>& tokens,
                             std::size_t at, std::string* name) {
  const Token& first = tokens[at];
  if (name->empty() || !first.capitalized || first.all_caps) return;
  if (!(name->front() >= 'A' && name->front() <= 'Z')) return;
  std::size_t length = 1;
  const SourceWordKind* kind = WordKind(rules, tokens, at, at + 1, &length);
  // A title stays as written: "Mr Peston's book".
  bool common = IsDeterminer(first.lower) || (kind && *kind != SourceWordKind::kTitle);
  if (common) name->front() = static_cast<char>(name->front() - 'A' + 'a');
}

// Words that open a noun phrase and a possessive's: "the", "his".
bool OpensNounPhrase(std::string_view lower) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "the", "a",  "an",   "his",  "her",  "its",   "their",
      "our", "my", "your", "this", "that", "these", "those"};
  return IsOneOf(lower, kWords);
}

// Lowercase words that may stand before an article inside one noun phrase:
// "all the", "nearly a dozen", "more than a hundred", "only the".
bool PrecedesArticle(std::string_view lower) {
  static constexpr std::array<std::string_view, 58> kWords = {
      "all",       "half",       "quite",      "rather",    "twice",   "many",    "nearly",
      "almost",    "about",      "around",     "roughly",   "only",    "just",    "even",
      "not",       "once",       "than",       "among",     "against", "like",    "into",
      "over",      "under",      "within",     "without",   "across",  "through", "toward",
      "towards",   "behind",     "near",       "including", "per",     "via",     "who",
      "whom",      "which",      "that",       "where",     "whose",   "inside",  "outside",
      "beyond",    "upon",       "throughout", "alongside", "amid",    "despite", "following",
      "regarding", "concerning", "between",    "along",     "above",   "below",   "beside",
      "besides",   "unlike"};
  return IsOneOf(lower, kWords);
}

// Words of a time or sentence adverbial standing before a subject: "Last
// month the EU said", "Earlier this week the ministry said".
bool IsAdverbialWord(const Token& t) {
  static constexpr std::array<std::string_view, 34> kWords = {
      "last",    "next", "this",      "earlier", "later",   "early",     "late",
      "now",     "then", "even",      "also",    "still",   "yesterday", "today",
      "tonight", "ago",  "meanwhile", "however", "week",    "weeks",     "month",
      "months",  "year", "years",     "night",   "morning", "afternoon", "evening",
      "weekend", "day",  "days",      "instead", "and",     "but"};
  return t.kind == TokenKind::kNumber || IsOneOf(t.lower, kWords) || IsTimeWord(t.lower);
}

// Prepositions that open an adverbial before a subject: "During the talks
// the minister said", "Without changes the commission urges".
bool IsLeadInPreposition(std::string_view lower) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "in",   "on",        "at",    "during", "after",  "before",    "despite",
      "amid", "following", "since", "under",  "with",   "without",   "from",
      "by",   "through",   "over",  "for",    "within", "throughout"};
  return IsOneOf(lower, kWords);
}

}  // namespace

bool ParseSourcePhrase(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                       std::size_t end, const ExtractionRules& rules, SourcePhrase* out) {
  *out = SourcePhrase();
  // "Rep. Gwen Moore (D-Wis.)": a parenthesis after the name is an
  // affiliation; it joins the role.
  std::string affiliation;
  for (std::size_t k = begin + 1; k < end; ++k) {
    if (tokens[k].lower != "(" || !tokens[k - 1].capitalized) continue;
    std::size_t close = k + 1;
    while (close < end && tokens[close].lower != ")") ++close;
    if (close < end && close > k + 1) {
      affiliation = std::string(text.substr(tokens[k].span.begin,
                                            tokens[close].span.end - tokens[k].span.begin));
      end = k;
    }
    break;
  }
  if (!affiliation.empty()) {
    bool parsed = ParseSourcePhrase(text, tokens, begin, end, rules, out);
    out->role = out->role.empty() ? affiliation : out->role + " " + affiliation;
    return parsed;
  }
  // Trailing punctuation never belongs to the phrase, but the "%" of "47%" does.
  while (end > begin && !tokens[end - 1].is_word() && tokens[end - 1].kind != TokenKind::kNumber &&
         !(tokens[end - 1].lower == "%" && end - begin >= 2 &&
           tokens[end - 2].kind == TokenKind::kNumber)) {
    --end;
  }
  while (begin < end && !tokens[begin].is_word() && tokens[begin].kind != TokenKind::kNumber) {
    ++begin;
  }
  if (begin >= end) return false;
  // A participle opening the phrase and taking an object ("Launching the
  // initiative Mr Clarke said", "Speaking to reporters the minister said")
  // is a clause before the subject: the titled name after it, or the noun
  // phrase its article opens (below), is the source. Without one the
  // phrase is that clause and no source: "including his legal battles with
  // record label", "issuing a press release saying", "depicting an
  // exchange of break room notes".
  bool clause_before = false;
  {
    const LowerString& first = tokens[begin].lower;
    auto object_word = [&](std::size_t k) {
      return k < end && (OpensNounPhrase(tokens[k].lower) || IsLeadInPreposition(tokens[k].lower) ||
                         tokens[k].lower == "to");
    };
    clause_before =
        first.size() > 5 && first.compare(first.size() - 3, 3, "ing") == 0 &&
        tokens[begin].is_word() && first != "during" &&
        (object_word(begin + 1) || OpensNounPhrase(begin + 2 < end ? tokens[begin + 2].lower : ""));
    for (std::size_t p = begin + 2; clause_before && p + 1 < end; ++p) {
      std::size_t length = 1;
      const SourceWordKind* kind = WordKind(rules, tokens, p, end, &length);
      bool name_after = (tokens[p].capitalized && IsCourtesyTitle(tokens[p].lower)) ||
                        (kind && *kind == SourceWordKind::kTitle && length == 1);
      name_after = name_after && tokens[p + 1].capitalized;
      for (std::size_t k = p + 1; k < end && name_after; ++k) name_after = IsNamePart(tokens[k]);
      if (name_after) {
        // The title's own capitalized words go with it: "Rovers boss".
        while (p > begin + 2 && tokens[p - 1].capitalized && tokens[p - 1].is_word() &&
               !IsFunctionWord(tokens[p - 1].lower)) {
          --p;
        }
        begin = p;
        clause_before = false;
      }
    }
  }
  // "A woman working for Mr. Trump", "Voters backing Hillary Clinton", "One
  // pastor supporting Mr. Cruz": a participle after the head noun; the name
  // after it is its object, the phrase before it the source, and the
  // participle's phrase what the source is.
  if (!clause_before) {
    for (std::size_t p = begin + 1; p + 1 < end; ++p) {
      const LowerString& w = tokens[p].lower;
      if (!tokens[p].is_word() || tokens[p].capitalized || w.size() <= 5 ||
          w.compare(w.size() - 3, 3, "ing") != 0 || w == "during" || w == "according") {
        continue;
      }
      // Its object is a name, right after it or after "for" or "with"
      // ("working for Mr. Trump"), and a noun stands before it ("for
      // marketing Abdul Rahman Al Fahd", "the planning for Thursday's
      // meeting": a noun in -ing).
      const Token& before = tokens[p - 1];
      std::size_t object = p + 1;
      if (object + 1 < end && (tokens[object].lower == "for" || tokens[object].lower == "with")) {
        ++object;
      }
      if (!tokens[object].capitalized || !before.is_word() || IsFunctionWord(before.lower) ||
          IsAdverbialWord(before)) {
        continue;
      }
      if (!ParseSourcePhrase(text, tokens, begin, p, rules, out)) return false;
      if (out->role.empty()) out->role = Slice(text, tokens, p, end);
      out->mention = Slice(text, tokens, begin, end);
      return true;
    }
  }
  // An article after a lowercase word that cannot stand before one in a
  // noun phrase starts the source's noun phrase again: "Last month the EU
  // said", "Earlier this month the observatory reported" (a time adverbial
  // before the subject, or a prepositional phrase: "During the talks the
  // minister said"); "business lobby group the CBI says" (a name in
  // apposition to a description, which is the role); "a charge the company
  // denies" (an object relative clause: the company denies the charge); a
  // capitalized "The" after a lowercase word opens a sentence or a name
  // the punctuation lost. Otherwise the words before the article are a verb
  // with its object, a clause and no source: "Apple bought the Beats
  // brand", "he got a greater say".
  for (std::size_t k = begin + 1; k + 1 < end; ++k) {
    const LowerString& w = tokens[k].lower;
    if (w != "the" && w != "a" && w != "an") continue;
    const Token& before = tokens[k - 1];
    if (!before.is_word() || IsPossessive(before)) continue;
    bool after_function_word = IsFunctionWord(before.lower) || PrecedesArticle(before.lower);
    bool capital = tokens[k].capitalized && !before.capitalized && !after_function_word;
    // After the participle opening the phrase, its object's article opens a
    // source only when a person, a group or a name follows: "meddling the
    // California congressman", "discrediting a report from Bloomberg", but
    // not "issuing a press release".
    bool participle_object = clause_before && k == begin + 1;
    if (!clause_before && after_function_word) continue;
    // "lawyers representing the family", "the man who shot the mayor": a
    // participle or a relative clause inside the noun phrase.
    bool modifier = !clause_before && k - 1 > begin && before.lower.size() > 5 &&
                    before.lower.compare(before.lower.size() - 3, 3, "ing") == 0;
    for (std::size_t i = begin + 1; i + 1 < k && !modifier && !clause_before; ++i) {
      modifier = tokens[i].lower == "who" || tokens[i].lower == "which" ||
                 tokens[i].lower == "that" || tokens[i].lower == "whose";
    }
    if (modifier && !capital) continue;
    // Adverbs of time and sentence adverbs, then perhaps a prepositional
    // phrase: "Also earlier this month", "Even without changes", "In a
    // joint statement" (a document before the article: "a statement the
    // ministry issued" is an object relative clause as well).
    std::size_t lead = begin;
    while (lead < k && IsAdverbialWord(tokens[lead])) ++lead;
    std::size_t length = 1;
    const SourceWordKind* kind = WordKind(rules, tokens, k - 1, k, &length);
    bool adverbial = lead == k || IsLeadInPreposition(tokens[lead].lower) || capital ||
                     clause_before || (kind && *kind == SourceWordKind::kNominal);
    if (before.capitalized && !adverbial) continue;  // "Charles A Blixt", "Elect the Lords"
    // The description in apposition: the words before the article after the
    // last function word ("research from market analysts the Radicati
    // Group": "market analysts").
    std::size_t description = k - 1;
    while (description > begin && !IsFunctionWord(tokens[description - 1].lower) &&
           tokens[description - 1].is_word()) {
      --description;
    }
    bool apposition = kind != nullptr && *kind != SourceWordKind::kNominal;
    // "nine outrageous things the candidate said": a determiner, plain
    // words and no past-tense verb before the relative clause's subject.
    bool object_relative = k <= begin + 5 && IsDeterminer(tokens[begin].lower);
    for (std::size_t i = begin + 1; i < k && object_relative; ++i) {
      object_relative = tokens[i].is_word() && !tokens[i].capitalized &&
                        !IsFunctionWord(tokens[i].lower) &&
                        !attribution::IsPastTenseVerb(tokens[i]);
    }
    if (!adverbial && !apposition && !object_relative) {
      // "his campaign sent out a fundraising email (stressing C)", "His
      // office put out a statement (saying C)": the subject issued the
      // document, and is the source.
      // The document's head: its last word before a preposition ("a text
      // message to supporters").
      std::size_t head_end = k + 1;
      while (head_end < end && !IsFunctionWord(tokens[head_end].lower)) ++head_end;
      bool document = false;
      for (std::size_t i = k + 1; i < head_end && !document; ++i) {
        std::size_t doc_length = 1;
        const SourceWordKind* head = WordKind(rules, tokens, i, head_end, &doc_length);
        document = head && *head == SourceWordKind::kNominal && i + doc_length == head_end;
      }
      if (!document) return false;
      std::size_t verb = k - 1;
      static constexpr std::array<std::string_view, 6> kParticles = {"out",  "up",   "off",
                                                                     "down", "back", "along"};
      if (verb > begin && IsOneOf(tokens[verb].lower, kParticles)) --verb;
      if (verb <= begin) return false;
      return ParseSourcePhrase(text, tokens, begin, verb, rules, out);
    }
    std::string role;
    if (apposition && !adverbial) role = Slice(text, tokens, description, k);
    bool parsed = ParseSourcePhrase(text, tokens, k, end, rules, out);
    if (participle_object && parsed && out->kind != SourceKind::kPerson &&
        out->kind != SourceKind::kGroup && !out->proper) {
      return false;
    }
    if (parsed && !role.empty() && out->role.empty()) out->role = role;
    return parsed;
  }
  if (clause_before) return false;
  // "Isabelle Kronawitter at Hypovereinsbank", "Stuart Hensel of the
  // Economist Intelligence Unit", "Sen. Bernie Sanders of Vermont": a
  // person's name, then what the person speaks for. The name is the
  // source, the rest joins the role. Not an organization's name: one word
  // before "of" ("Bank of America", "Lloyds of London"), or a title or an
  // organization's word in it ("National Union of Journalists", "Chancellor
  // of the Exchequer", "Islamic State of Iraq").
  {
    std::size_t name_end = begin;
    int name_words = 0;
    bool titled = false, organization = false;
    while (name_end < end && tokens[name_end].is_word() && tokens[name_end].capitalized &&
           !IsFunctionWord(tokens[name_end].lower) && !IsPossessive(tokens[name_end])) {
      std::size_t length = 1;
      const SourceWordKind* kind = WordKind(rules, tokens, name_end, name_end + 1, &length);
      if (IsCourtesyTitle(tokens[name_end].lower) || (kind && *kind == SourceWordKind::kTitle)) {
        titled = titled || name_words == 0;
        organization = organization || name_words > 0;  // "Bank of England deputy governor"
      } else if (kind) {
        organization = true;
      } else {
        ++name_words;
      }
      ++name_end;
    }
    std::size_t org = name_end + 1;
    if (org < end && tokens[org].lower == "the") ++org;
    bool affiliation = name_end + 1 < end && name_end > begin &&
                       (tokens[name_end].lower == "of" || tokens[name_end].lower == "at" ||
                        tokens[name_end].lower == "from") &&
                       org < end && tokens[org].capitalized && !organization &&
                       (name_words >= 2 || (titled && name_words >= 1));
    if (affiliation) {
      std::size_t length = 1;
      const SourceWordKind* last = WordKind(rules, tokens, name_end - 1, name_end, &length);
      affiliation = last == nullptr && !tokens[name_end - 1].all_caps;
    }
    // "Lord Nicholls of Birkenhead": a peer's place is part of the title.
    affiliation = affiliation && tokens[begin].lower != "lord" && tokens[begin].lower != "lady" &&
                  tokens[begin].lower != "baroness";
    if (affiliation && ParseSourcePhrase(text, tokens, begin, name_end, rules, out) &&
        out->proper) {
      std::string where = Slice(text, tokens, name_end, end);
      // "Mr Hirsch from Retail Banking Research": "from Retail Banking
      // Research", not "Mr from ...".
      bool courtesy = IsCourtesyTitle(LowerText(out->role));
      out->role = out->role.empty() || courtesy ? where : out->role + " " + where;
      out->mention = Slice(text, tokens, begin, end);
      out->kind = SourceKind::kPerson;
      return true;
    }
  }
  // "advisers to Mr. Obama", "aides of President Trump": people around the
  // named one, a group; the name after the title is not the source.
  for (std::size_t p = begin + 1; p + 1 < end; ++p) {
    const LowerString& w = tokens[p].lower;
    const Token& before = tokens[p - 1];
    if ((w == "to" || w == "of" || w == "for") && before.is_word() &&
        (!before.capitalized || p - 1 == begin) && before.lower.size() > 3 &&
        before.lower.back() == 's' && tokens[p + 1].capitalized) {
      out->mention = Slice(text, tokens, begin, end);
      out->name = out->mention;
      out->head = before.lower;
      out->kind = SourceKind::kGroup;
      return true;
    }
  }
  // Words glued on before a titled name belong to the sentence, not the
  // source: "witness stand Mr Sullivan" -> "Mr Sullivan".
  for (std::size_t k = end; k > begin + 1; --k) {
    std::size_t t = k - 1;
    if (!tokens[t].capitalized || !IsCourtesyTitle(tokens[t].lower) || t + 1 >= end) continue;
    bool lead_in = true;
    for (std::size_t i = begin; i < t && lead_in; ++i) lead_in = IsLeadInWord(tokens[i]);
    if (lead_in) begin = t;
    break;
  }
  // "He's said", "They've argued", "It's denouncing": a pronoun and its
  // auxiliary in one word; the pronoun is the source. ("It's believed
  // that ...", "It's thought ...": a passive has none.)
  if (end - begin == 1 && attribution::IsContractedSubject(tokens[begin].lower)) {
    const std::string& word = tokens[begin].lower;
    const std::string_view stem = std::string_view(word).substr(0, word.find('\''));
    out->pronoun = PronounOf(stem);
    if (stem == "it" && (end >= tokens.size() || !attribution::IsIngForm(tokens[end].lower))) {
      return false;
    }
    // "she's said to have grabbed", "he's believed to be": "is" and a passive.
    if (word.compare(word.size() - 2, 2, "'s") == 0 && end + 1 < tokens.size() &&
        tokens[end + 1].lower == "to") {
      return false;
    }
    if (out->pronoun == PronounKind::kNone) return false;
    out->mention = std::string(text.substr(tokens[begin].span.begin, stem.size()));
    out->name = out->mention;
    return true;
  }
  // "Victor Conte's", "one of Labour's": a possessive is followed by what it
  // owns, which the phrase has lost; "There's", "What's": a word and a verb.
  // Neither is a source.
  const LowerString& last = tokens[end - 1].lower;
  if (last.size() > 2 && last.compare(last.size() - 2, 2, "'s") == 0) return false;
  bool only_time = true;
  for (std::size_t i = begin; i < end && only_time; ++i) {
    // "47% say": a share of those polled is a source.
    bool share = tokens[i].kind == TokenKind::kNumber && i + 1 < end && tokens[i + 1].lower == "%";
    only_time = (!tokens[i].is_word() && !share) || IsTimeWord(tokens[i].lower);
  }
  if (only_time) return false;
  out->mention = Slice(text, tokens, begin, end);
  if (end - begin == 1) {
    out->pronoun = PronounOf(tokens[begin].lower);
    if (out->pronoun != PronounKind::kNone) {
      out->name = out->mention;
      return true;
    }
    if (tokens[begin].lower == "i" || tokens[begin].lower == "we" || tokens[begin].lower == "you") {
      return false;
    }
    // "Now tell us ...": a sentence adverb before an imperative, no subject.
    static constexpr std::array<std::string_view, 7> kSentenceAdverbs = {
        "now", "then", "just", "so", "please", "here", "there"};
    if (IsOneOf(tokens[begin].lower, kSentenceAdverbs)) return false;
  }
  std::size_t body = begin;
  while (body < end && IsDeterminer(tokens[body].lower)) ++body;
  if (body >= end) {
    // "Most say", "Some said", "Both deny": a quantifier standing for the
    // people just named or polled.
    if (end - begin != 1 || !IsQuantifier(tokens[begin].lower)) return false;
    out->name = out->mention;
    out->head = tokens[begin].lower;
    out->kind = SourceKind::kGroup;
    return true;
  }

  // "please ask", "worth noting", "additional reporting": one lowercase
  // word is a source only when it names people ("officials", "police",
  // "critics", "doctors"), so a plural or a word of source_words.txt.
  // ("according to ouest-france.fr": a web site's domain names its outlet.)
  if (end - begin == 1 && tokens[begin].is_word() && !tokens[begin].capitalized) {
    std::size_t length = 1;
    const LowerString& w = tokens[begin].lower;
    const std::size_t dot = w.rfind('.');
    const bool domain =
        dot != std::string::npos && dot > 0 && DomainEndAt(w, dot + 1, w.size()) == w.size();
    // ("To varying degrees, all agreed that ...", "few believe ...": a
    // quantifier standing for people.)
    if (WordKind(rules, tokens, begin, end, &length) == nullptr && w.back() != 's' && !domain &&
        !IsQuantifier(w) && w != "all" && w != "few") {
      return false;
    }
  }

  // "a Des Moines Register poll released", "a CNN/ORC poll conducted": a
  // participle after the document describes it; the document stands for
  // its author as below.
  // ("an NBC News/Wall Street Journal poll released Monday": and a day.)
  {
    std::size_t participle = end;
    if (participle - body >= 4 && attribution::IsTimeWord(tokens[participle - 1])) --participle;
    if (participle - body >= 3 && !tokens[participle - 1].capitalized &&
        attribution::IsPastTenseVerb(tokens[participle - 1])) {
      std::size_t length = 1;
      const SourceWordKind* kind = WordKind(rules, tokens, participle - 2, participle - 1, &length);
      if (kind && *kind == SourceWordKind::kNominal) end = participle - 1;
    }
  }
  // Classify the words: the last title followed by a name splits role and name.
  std::size_t last_title_end = 0;
  bool has_org = false;
  bool has_group_head = false;
  std::size_t nominal_at = end;
  for (std::size_t i = body; i < end;) {
    std::size_t length = 1;
    const SourceWordKind* kind = WordKind(rules, tokens, i, end, &length);
    if (kind) {
      switch (*kind) {
        case SourceWordKind::kTitle:
          last_title_end = i + length;
          break;
        case SourceWordKind::kOrganization:
          has_org = true;
          break;
        case SourceWordKind::kGroup:
          if (i + length == end) has_group_head = true;
          break;
        case SourceWordKind::kNominal:
          if (i + length == end) nominal_at = i;
          break;
      }
    }
    i += length;
  }
  out->head = tokens[end - 1].lower;

  // "a statement from the ministry", "a report by the Brookings
  // Institution": the document's author after "from" or "by".
  for (std::size_t i = body; i + 2 < end; ++i) {
    std::size_t length = 1;
    const SourceWordKind* kind = WordKind(rules, tokens, i, end, &length);
    if (!kind || *kind != SourceWordKind::kNominal) {
      if (tokens[i].capitalized || !tokens[i].is_word()) break;
      continue;
    }
    std::size_t by = i + length;
    if (by + 1 < end && (tokens[by].lower == "from" || tokens[by].lower == "by")) {
      SourcePhrase author;
      if (ParseSourcePhrase(text, tokens, by + 1, end, rules, &author) &&
          author.pronoun == PronounKind::kNone) {
        out->name = author.name;
        out->role = author.role;
        out->head = author.head;
        out->kind = author.kind != SourceKind::kUnknown ? author.kind : SourceKind::kOrganization;
        out->proper = author.proper;
        return true;
      }
    }
    break;
  }

  // A document standing for its author: "A Russian Defense Ministry
  // statement", "a Donald Trump tweet". The author's words say what it is;
  // an author of unknown kind issuing documents is an organization.
  // The words before the document name its author: "a narrator in the
  // Clinton ad" is a narrator, not "narrator in the Clinton".
  bool author_words = nominal_at < end;
  for (std::size_t i = body; i < nominal_at && author_words; ++i) {
    const Token& t = tokens[i];
    std::size_t length = 1;
    author_words = t.capitalized || !t.is_word() || IsNameParticle(t.lower) || t.lower == "of" ||
                   t.lower == "for" || t.lower == "and" || t.lower == "the" ||
                   WordKind(rules, tokens, i, i + 1, &length) != nullptr;
  }
  // ("Opinion polls suggest ...", "Exit polls showed ...": a word that
  // modifies polls, capitalized only because it opens the sentence.)
  static constexpr WordList<12> kPollModifiers({"opinion", "exit", "public", "online", "national",
                                                "recent", "new", "latest", "internal", "private",
                                                "straw", "tracking"});
  if (nominal_at == body + 1 && kPollModifiers.Contains(tokens[body].lower)) author_words = false;
  if (author_words && nominal_at > body && tokens[nominal_at - 1].capitalized) {
    SourcePhrase author;
    bool parsed = ParseSourcePhrase(text, tokens, body, nominal_at, rules, &author);
    out->name = Slice(text, tokens, body, nominal_at);
    out->kind = parsed && author.kind != SourceKind::kUnknown ? author.kind
                                                              : SourceKind::kOrganization;
    out->proper = true;
    return true;
  }

  // A name between two titles: "Air Force Col John L. Dorrian Spokesman for
  // Operation Inherent Resolve" -> "John L. Dorrian".
  for (std::size_t t = body; t < end; ++t) {
    std::size_t length = 1;
    const SourceWordKind* kind = WordKind(rules, tokens, t, end, &length);
    if (!kind || *kind != SourceWordKind::kTitle) continue;
    std::size_t run = t + length;
    while (run < end && IsNamePart(tokens[run])) {
      std::size_t next_length = 1;
      const SourceWordKind* next = WordKind(rules, tokens, run, end, &next_length);
      if (next && *next == SourceWordKind::kTitle) break;
      ++run;
    }
    std::size_t second_length = 1;
    const SourceWordKind* second = run < end ? WordKind(rules, tokens, run, end, &second_length) : nullptr;
    // The second title follows the name ("Spokesman for ..."); a title
    // before another name ("Navy Captain Jeff Davis") is not one.
    std::size_t after_second = run + second_length;
    bool name_after_second = after_second < end && tokens[after_second].capitalized;
    if (run > t + length && run < end && second && *second == SourceWordKind::kTitle &&
        tokens[t + length].capitalized && !name_after_second) {
      out->name = Slice(text, tokens, t + length, run);
      out->role = Slice(text, tokens, run, end);
      out->kind = SourceKind::kPerson;
      out->proper = true;
      return true;
    }
  }
  bool name_follows_title = last_title_end > body && last_title_end < end;
  for (std::size_t i = last_title_end; name_follows_title && i < end; ++i) {
    name_follows_title = IsNamePart(tokens[i]);
  }
  if (name_follows_title && tokens[last_title_end].capitalized) {
    out->name = Slice(text, tokens, last_title_end, end);
    out->role = Slice(text, tokens, body, last_title_end);
    out->kind = SourceKind::kPerson;
    out->proper = true;
    return true;
  }

  // "retired neurosurgeon Ben Carson", "conservative radio host Mark
  // Levin", "9/11 widow Jane Roe": lowercase words (numbers among them),
  // then a name of two or more capitalized words. The words before the name
  // are the role.
  if (body == begin && !tokens[body].capitalized) {
    std::size_t name_at = body;
    bool lowercase_word = false;
    while (name_at < end &&
           (tokens[name_at].kind == TokenKind::kNumber ||
            (tokens[name_at].is_word() && !tokens[name_at].capitalized &&
             !IsFunctionWord(tokens[name_at].lower)))) {
      lowercase_word = lowercase_word || tokens[name_at].is_word();
      ++name_at;
    }
    bool name_run = end - name_at >= 2 && lowercase_word;
    for (std::size_t i = name_at; i < end && name_run; ++i) {
      name_run = IsNamePartAt(tokens, i, name_at, end);
    }
    if (name_run && tokens[name_at].capitalized) {
      out->name = Slice(text, tokens, name_at, end);
      out->role = Slice(text, tokens, body, name_at);
      // "accountancy firm Ernst & Young", "investment bank Goldman Sachs",
      // "rights group Amnesty International": a role ending in a word for a
      // business or a body names an organization, so does an ampersand.
      // (Not every word of an organization: "centre Jamie Noon" plays rugby.)
      static constexpr WordList<13> kBodies({"firm", "company", "bank", "corporation", "group",
                                             "agency", "broadcaster", "network", "retailer",
                                             "think-tank", "giant", "maker", "airline"});
      bool firm = attribution::In(tokens[name_at - 1].lower, kBodies) ||
                  std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(name_at),
                              tokens.begin() + static_cast<std::ptrdiff_t>(end),
                              [](const Token& t) { return t.lower == "&"; });
      out->kind = firm ? SourceKind::kOrganization : SourceKind::kPerson;
      out->proper = true;
      return true;
    }
  }

  // "Tory co-chairman Liam Fox", "UK entrepreneur Richard Branson",
  // "Former France centre Philippe Sella": capitalized modifiers (a party,
  // a country) and a lowercase role noun before a name of two or more
  // capitalized words. The name is the source, the words before it the
  // role. (Only a few plain words: "Voters love Barack Obama" has a verb.)
  {
    std::size_t name_at = end;
    while (name_at > body && IsNamePartAt(tokens, name_at - 1, body, end)) --name_at;
    while (name_at < end && !tokens[name_at].capitalized) ++name_at;
    bool role_before = end - name_at >= 2 && name_at > body && name_at - body <= 5 &&
                       tokens[body].capitalized && !tokens[name_at - 1].capitalized &&
                       !IsPossessive(tokens[body]);
    for (std::size_t i = body; i < name_at && role_before; ++i) {
      const Token& t = tokens[i];
      role_before = (t.is_word() || t.kind == TokenKind::kNumber) && !IsFunctionWord(t.lower) &&
                    !IsPossessive(t) && !attribution::IsPastTenseVerb(t) &&
                    !attribution::In(t.lower, attribution::kBeForms) &&
                    !attribution::In(t.lower, attribution::kAuxiliaries);
    }
    if (role_before) {
      SourcePhrase name;
      if (ParseSourcePhrase(text, tokens, name_at, end, rules, &name) && name.proper &&
          name.pronoun == PronounKind::kNone) {
        *out = name;
        out->mention = Slice(text, tokens, begin, end);
        std::string role = Slice(text, tokens, body, name_at);
        out->role = out->role.empty() ? role : role + " " + out->role;
        if (out->kind == SourceKind::kUnknown) out->kind = SourceKind::kPerson;
        return true;
      }
    }
  }

  bool all_capitalized = true;
  int capitalized = 0;
  for (std::size_t i = body; i < end; ++i) {
    const Token& t = tokens[i];
    if (t.capitalized) {
      ++capitalized;
    } else if (!(IsNameParticle(t.lower) || t.lower == "of" || t.lower == "and" ||
                 t.lower == "for" || t.lower == "the" || !t.is_word())) {
      all_capitalized = false;
    }
  }
  // "Diplomats say", "Officials said": a capitalized group word, not a name.
  if (end - body == 1) {
    std::size_t length = 1;
    const SourceWordKind* kind = WordKind(rules, tokens, body, end, &length);
    if (kind && *kind == SourceWordKind::kGroup) {
      out->name = out->mention;
      if (body == begin) SentenceCaseDescription(rules, tokens, begin, &out->name);
      out->head = tokens[body].lower;
      out->kind = SourceKind::kGroup;
      return true;
    }
  }
  if (all_capitalized && capitalized > 0) {
    out->name = Slice(text, tokens, body, end);
    out->proper = true;
    bool pair = false;  // "Wilcox and Beruff": two sources, "they" later
    bool ampersand = false;  // "Ernst & Young", "Marks & Spencer": a firm
    for (std::size_t i = body + 1; i + 1 < end; ++i) {
      pair = pair || tokens[i].lower == "and";
      ampersand = ampersand || tokens[i].lower == "&";
    }
    const LowerString& last_word = tokens[end - 1].lower;
    auto ends_with = [&](std::string_view suffix) {
      return last_word.size() > suffix.size() + 2 &&
             last_word.compare(last_word.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    // "Democrats", "Republicans", "Conservatives", "Socialists": members of
    // a party or movement, "they" later.
    bool members = end - body == 1 && (ends_with("crats") || ends_with("icans") ||
                                       ends_with("atives") || ends_with("ists") ||
                                       ends_with("erals"));
    if (has_org || ampersand) {
      out->kind = SourceKind::kOrganization;
    } else if (pair || members) {
      out->kind = SourceKind::kGroup;
    } else if (last_title_end > 0) {
      out->kind = SourceKind::kPerson;  // "the Ambassador", "President Assad"
      out->proper = last_title_end < end;
      if (!out->proper) out->name = out->mention;
    } else if (capitalized >= 2 && !IsPossessive(tokens[body])) {
      out->kind = SourceKind::kPerson;
    } else {
      out->kind = SourceKind::kUnknown;  // "Iran", "Tass", "Alloush": decided by the resolver
    }
    return true;
  }

  // A description: "the rebels", "a coalition spokesman", "three US
  // officials", "the head of Syria’s rebel delegation". Its head noun is the
  // last word before the first preposition, and decides the kind.
  out->name = out->mention;
  std::size_t head = end - 1;
  for (std::size_t i = body + 1; i < end; ++i) {
    const LowerString& w = tokens[i].lower;
    if (w == "of" || w == "at" || w == "in" || w == "for" || w == "to" || w == "from" ||
        w == "with" || w == "on" || w == "familiar" || w == "close" || w == "who" ||
        w == "aware" || w == "involved" || w == "based" || w == "speaking" ||
        // "The report released Friday", "a letter signed by 50 officials".
        (!tokens[i].capitalized && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0)) {
      head = i - 1;
      break;
    }
  }
  out->head = tokens[head].lower;
  // "the U.S. military", "the Russian foreign ministry": a description
  // carrying a name stands for that organization; its name drops "the".
  bool named = false;
  for (std::size_t i = body; i <= head; ++i) named = named || tokens[i].capitalized;
  if (named && body > begin && tokens[begin].lower == "the" && body == begin + 1) {
    out->name = Slice(text, tokens, body, end);
  }
  std::size_t length = 1;
  const SourceWordKind* head_kind = WordKind(rules, tokens, head, head + 1, &length);
  if (head_kind && *head_kind == SourceWordKind::kTitle) {
    out->kind = SourceKind::kPerson;
  } else if (head_kind && *head_kind == SourceWordKind::kGroup) {
    out->kind = SourceKind::kGroup;
  } else if (head_kind || has_org) {
    out->kind = SourceKind::kOrganization;
  } else if (has_group_head) {
    out->kind = SourceKind::kGroup;
  } else if (out->head.size() > 3 && out->head.back() == 's' &&
             out->head[out->head.size() - 2] != 's' && out->head[out->head.size() - 2] != '\'') {
    out->kind = SourceKind::kGroup;  // "his advisers", "the senator's allies"
  } else if (last_title_end > 0) {
    out->kind = SourceKind::kPerson;
  } else {
    out->kind = SourceKind::kUnknown;
  }
  if (out->name == out->mention) {
    SentenceCaseDescription(rules, tokens, begin, &out->name);
  }
  return true;
}

}  // namespace claimtrack
