#include "extract/phrase_edges.h"

#include <algorithm>
#include <array>
#include <optional>

#include "base/civil_date.h"
#include "base/word_list.h"
#include "extract/attribution_words.h"
#include "extract/source_phrase.h"

namespace claimtrack::attribution {

bool IsPluralSubject(const std::vector<Token>& tokens, TokenRange subject) {
  std::size_t end = subject.end;
  while (end > subject.begin && !tokens[end - 1].is_word()) --end;  // "critics,"
  if (end == subject.begin) return false;
  for (std::size_t k = subject.begin; k + 1 < end; ++k) {
    if (tokens[k].lower == "and") return true;
  }
  static constexpr WordList<18> kPluralWords({"i", "we", "you", "they", "those", "these", "many",
                                              "some", "others", "few", "most", "both", "several",
                                              "people", "police", "children", "women", "men"});
  // "analysts", "Democrats"; not "the press", "the bus", "its status",
  // "Trump's" (a possessive written as one token).
  auto plural = [&](const std::string& head) {
    const std::size_t size = head.size();
    return In(head, kPluralWords) ||
           (size > 3 && head[size - 1] == 's' && head[size - 2] != 's' && head[size - 2] != 'u' &&
            head[size - 2] != 'i' && head[size - 2] != '\'');
  };
  // "Supporters of the law hope", "The critics of the plan fear": a plural
  // noun opening the subject before "of" heads it.
  const LowerString& first = tokens[subject.begin].lower;
  const bool determiner = IsDeterminer(first) && first != "this" && first != "that";
  for (std::size_t k = subject.begin + 1; k + 1 < end && k <= subject.begin + 2; ++k) {
    if (k == subject.begin + 2 && !determiner) break;
    if (tokens[k].lower == "of" && tokens[k - 1].is_word() && plural(tokens[k - 1].lower)) {
      return true;
    }
  }
  return plural(tokens[end - 1].lower);
}

bool InsideNameParenthesis(const Token& t) {
  return IsWordOrNumber(t) || t.lower == "." || t.lower == "-" || t.lower == ",";
}
std::size_t NameParenthesisOpen(const std::vector<Token>& tokens, std::size_t close) {
  for (std::size_t j = close; j > 0 && close - j < 20; --j) {
    const Token& t = tokens[j - 1];
    if (t.lower == "(") {
      bool after_name = j >= 2 && tokens[j - 2].capitalized && j < close;
      return after_name ? j - 1 : kNoParenthesis;
    }
    if (!InsideNameParenthesis(t)) break;
  }
  return kNoParenthesis;
}
std::size_t NameParenthesisClose(const std::vector<Token>& tokens, std::size_t open,
                                 std::size_t end) {
  if (open == 0 || !tokens[open - 1].capitalized) return kNoParenthesis;
  for (std::size_t j = open + 1; j < end && j - open < 8; ++j) {
    if (tokens[j].lower == ")") return j > open + 1 ? j : kNoParenthesis;
    if (!InsideNameParenthesis(tokens[j])) break;
  }
  return kNoParenthesis;
}

bool StartsReportersClause(const Token& t) {
  static constexpr std::array<std::string_view, 15> kNarration = {
      "who",    "which", "whom",  "whose", "as",  "while", "when", "after",
      "before", "since", "until", "and",   "but", "or",    "where"};
  const LowerString& w = t.lower;
  bool ing = !t.capitalized && IsIngForm(w);
  return In(w, kNarration) || ing || IsPastTenseVerb(t);
}

std::size_t DashLengthEndingAt(const std::vector<Token>& tokens, std::size_t end) {
  if (end == 0) return 0;
  if (IsDash(tokens[end - 1])) return 1;
  if (end >= 2 && tokens[end - 1].lower == "-" && tokens[end - 2].lower == "-") return 2;
  // "Reynolds - Santilli's girlfriend - told": a hyphen with a space before
  // it stands for a dash.
  if (end >= 2 && tokens[end - 1].lower == "-" &&
      tokens[end - 2].span.end < tokens[end - 1].span.begin) {
    return 1;
  }
  return 0;
}

TokenRange DetailsBefore(const std::vector<Token>& tokens, std::size_t end) {
  auto segment_start = [&](std::size_t comma) {
    std::size_t b = comma;
    while (b > 0 && !IsComma(tokens[b - 1]) && comma - b < 7) --b;
    return b;
  };
  auto capitalized_words = [&](std::size_t b, std::size_t e) {
    if (e <= b || e - b > 3) return false;
    for (std::size_t k = b; k < e; ++k) {
      if (!tokens[k].capitalized && tokens[k].lower != ".") return false;
    }
    return true;
  };
  auto hometown = [&](std::size_t b, std::size_t e) {
    return e - b >= 2 && (tokens[b].lower == "of" || tokens[b].lower == "from") &&
           capitalized_words(b + 1, e);
  };
  std::size_t pos = end;  // tokens[pos - 1] is the comma after the details
  std::size_t first = end;
  while (pos >= 2 && IsComma(tokens[pos - 1])) {
    std::size_t comma = pos - 1;
    std::size_t b = segment_start(comma);
    if (b == 0 || b == comma) break;
    bool age =
        comma - b == 1 && tokens[b].kind == TokenKind::kNumber && tokens[b].lower.size() <= 3;
    // "about two-thirds, 67 percent, say", "A third of independents, 33%,
    // say": the share in figures after the share in words.
    bool percentage = comma - b == 2 && tokens[b].kind == TokenKind::kNumber &&
                      (tokens[b + 1].lower == "percent" || tokens[b + 1].lower == "%");
    if (age || percentage || hometown(b, comma)) {
      pos = b;
      first = b;
      continue;
    }
    // "Ala." after "of Huntsville,": a state after the town.
    if (capitalized_words(b, comma) && b >= 2 && IsComma(tokens[b - 1])) {
      std::size_t town = segment_start(b - 1);
      if (town > 0 && hometown(town, b - 1)) {
        pos = town;
        first = town;
        continue;
      }
    }
    break;
  }
  if (first == end || first == 0 || !IsComma(tokens[first - 1])) return {};
  return TokenRange{first, end - 1};
}

bool IsHeadlineCase(const std::vector<Token>& tokens, std::size_t min_words) {
  std::size_t words = 0;
  for (const Token& t : tokens) {
    if (!t.is_word()) continue;
    ++words;
    if (!t.capitalized && t.lower.size() >= 4) return false;
  }
  return words >= min_words;
}

std::size_t QuotedTitleEnd(const std::vector<Token>& tokens, std::size_t i, std::size_t end) {
  if (i + 2 >= end || !IsOpening(tokens[i]) || !tokens[i + 1].capitalized) return i;
  std::size_t words = 0;
  std::size_t k = i + 1;
  for (; k < end && !IsClosing(tokens[k]); ++k) {
    const Token& t = tokens[k];
    if (t.is_word()) {
      if (++words > 8 || (!t.capitalized && t.lower.size() >= 4)) return i;
    } else if (k + 1 >= end || !IsClosing(tokens[k + 1]) || !(IsComma(t) || IsSentenceEnd(t))) {
      return i;  // only a comma or a period, at the end
    }
  }
  return k < end && words > 0 ? k + 1 : i;
}

std::size_t TimePhraseAt(const std::vector<Token>& tokens, std::size_t i, std::size_t end) {
  if (i >= end) return 0;
  // "Morning Consult", "Good Morning America", "on Morning Joe": a time
  // word inside a name, capitalized between a name's words.
  auto time_at = [&](std::size_t k) {
    if (!IsTimeWord(tokens[k])) return false;
    bool in_name = tokens[k].capitalized && WeekdayFromName(tokens[k].lower) < 0 && k > 0 &&
                   k + 1 < end && tokens[k + 1].is_word() && tokens[k + 1].capitalized &&
                   (tokens[k - 1].capitalized || tokens[k - 1].lower == "of" ||
                    tokens[k - 1].lower == "for" || tokens[k - 1].lower == "on");
    return !in_name;
  };
  if (time_at(i)) return 1;
  const LowerString& w = tokens[i].lower;
  if ((w == "on" || w == "late" || w == "early" || w == "last" || w == "this") && i + 1 < end &&
      (time_at(i + 1) || tokens[i + 1].lower == "week" || tokens[i + 1].lower == "month" ||
       tokens[i + 1].lower == "year")) {
    return 2;
  }
  // "in 2010", "in 1998": a year.
  if (w == "in" && i + 1 < end && tokens[i + 1].kind == TokenKind::kNumber &&
      tokens[i + 1].lower.size() == 4 &&
      (tokens[i + 1].lower[0] == '1' || tokens[i + 1].lower[0] == '2')) {
    return 2;
  }
  return 0;
}

std::size_t SkipModifiersForward(const std::vector<Token>& tokens, std::size_t i, std::size_t end) {
  while (i < end) {
    std::size_t time = TimePhraseAt(tokens, i, end);
    if (time > 0) {
      i += time;
    } else if (IsAdverb(tokens[i])) {
      ++i;
    } else if ((tokens[i].lower == "however" || tokens[i].lower == "though") && i + 1 < end &&
               IsComma(tokens[i + 1])) {
      i += 2;
    } else if (IsComma(tokens[i]) && i + 2 < end &&
               (tokens[i + 1].lower == "however" || tokens[i + 1].lower == "though" ||
                tokens[i + 1].lower == "too") &&
               IsComma(tokens[i + 2])) {
      i += 3;  // "says, however, that ..."
    } else if (IsComma(tokens[i])) {
      // "said, among other things, that ...": a short aside, then "that".
      // ("cautioned, as did the Clinton campaign itself, that ...": "as"
      // and its verb.)
      const bool as_did = i + 2 < end && tokens[i + 1].lower == "as";
      // ("continues to insist, most recently in a Labor Day interview with
      // ABC News, that ...": an adverb's or a preposition's phrase runs
      // longer.)
      auto adverb_at = [&](std::size_t a) {
        return a < end && !tokens[a].capitalized &&
               (IsAdverb(tokens[a]) || In(tokens[a].lower, kPrepositions));
      };
      const bool adverbial = adverb_at(i + 1) || adverb_at(i + 2);  // ("most recently in ...")
      const std::size_t longest = as_did ? 9 : (adverbial ? 13 : 7);
      std::size_t close = i + 1;
      while (close < end && close < i + longest && IsWordOrNumber(tokens[close]) &&
             (!IsVerbForm(tokens[close]) || (as_did && close == i + 2))) {
        ++close;
      }
      if (close > i + 1 && close + 1 < end && IsComma(tokens[close]) &&
          tokens[close + 1].lower == "that") {
        i = close + 1;
      } else {
        break;
      }
    } else {
      break;
    }
  }
  return i;
}

std::size_t NounPhraseStart(const std::vector<Token>& tokens, std::size_t end,
                            const std::function<bool(std::size_t)>& is_cue) {
  std::size_t k = end;
  while (k > 0) {
    const Token& t = tokens[k - 1];
    if (t.lower == ")") {
      // "Rep. Gwen Moore (D-Wis.) said": the parenthesis goes with the name.
      std::size_t open = NameParenthesisOpen(tokens, k - 1);
      if (open == kNoParenthesis) break;
      // "Sen. Chris Murphy (a Connecticut Democrat so boyish ...) says": a
      // longer one just before the verb is an aside, left out of the source.
      if (k == end && k - 1 - open > 6) end = open;
      k = open;
      continue;
    }
    // "47% say": a share of those polled. "People with knowledge of Gates'
    // work": a possessive apostrophe after a plural.
    bool percent = t.lower == "%" && k >= 2 && tokens[k - 2].kind == TokenKind::kNumber;
    bool possessive = t.is_quote() && t.lower == "'" && k >= 2 && k < end &&
                      tokens[k - 2].is_word() && tokens[k - 2].lower.back() == 's' &&
                      tokens[k - 2].span.end == t.span.begin;
    // "1:39PM Donald Trump said": a live blog's time stamp before the name.
    const LowerString& w = t.lower;
    if (w.size() >= 3 && w[0] >= '0' && w[0] <= '9' &&
        (w.compare(w.size() - 2, 2, "pm") == 0 || w.compare(w.size() - 2, 2, "am") == 0)) {
      break;
    }
    // "the Daily Mail & General Trust": an ampersand between capitalized words.
    bool ampersand = IsAmpersandInName(tokens, k - 1, 0, end);
    // "Fight for $15 organizing director Kendall Fells told": a currency
    // sign before its amount, in a movement's or a fund's name.
    bool currency = IsCurrencySign(t) && k < end && tokens[k].kind == TokenKind::kNumber;
    if (!IsWordOrNumber(t) && !percent && !possessive && !ampersand && !currency) break;
    if (t.is_word() && is_cue(k - 1)) return end;  // "the agreement announced late last month"
    if (IsPastTenseVerb(t)) {
      // "A statement posted on the website said": a participle after a
      // noun phrase that opens the clause modifies it.
      std::size_t d = k - 1;
      // "Some 56 percent of Cuban-Americans polled said": numbers too. "The
      // latest Reuters/Ipsos opinion poll released Friday shows": two names
      // joined by a slash.
      auto joins_names = [&](std::size_t at) {
        return at > 0 && at + 1 < tokens.size() && tokens[at].lower == "/" &&
               tokens[at - 1].capitalized && tokens[at + 1].capitalized;
      };
      while (d > 0 && k - 1 - d < 8 &&
             ((IsWordOrNumber(tokens[d - 1]) && !IsPastTenseVerb(tokens[d - 1]) &&
               !IsDeterminer(tokens[d - 1].lower)) ||
              joins_names(d - 1))) {
        --d;
      }
      bool opens_clause =
          d > 0 && IsDeterminer(tokens[d - 1].lower) && (d == 1 || !IsWordOrNumber(tokens[d - 2]));
      // "those surveyed say", "those polled said": the determiner is the
      // head; "31 percent of those surveyed said": a share of them.
      if (d == k - 1 && d > 0 && tokens[d - 1].lower == "those" &&
          (opens_clause || (d >= 2 && tokens[d - 2].lower == "of"))) {
        k = d - 1;
        if (opens_clause) break;
        continue;
      }
      // "People briefed on the situation say", "Analysts surveyed by Reuters
      // said": a plural noun opening the clause, then a participle and its
      // preposition ("Democrats argued Trump said" has none).
      bool plural_head = k >= 2 && tokens[k - 2].is_word() &&
                         (tokens[k - 2].lower.back() == 's' || tokens[k - 2].lower == "people");
      bool bare_opening = d + 1 == k - 1 && plural_head &&
                          (d == 0 || !IsWordOrNumber(tokens[d - 1])) && k < end &&
                          In(tokens[k].lower, kPrepositions);
      if (bare_opening) {
        k = d;
        break;
      }
      if (!opens_clause || d == k - 1) break;
      k = d - 1;
      break;
    }
    // "made an appeal for unity after reports claimed ...": a preposition of
    // time or cause never sits inside a source's name.
    if (!t.capitalized && In(t.lower, kTimePrepositions)) break;
    if ((t.lower == "that" || t.lower == "this") && k < end &&
        (k == 1 || !IsWordOrNumber(tokens[k - 2]))) {
      --k;  // "That claim was denied ..." at the start of a clause
      break;
    }
    if (t.lower == "and" && k >= 2 && k < end && tokens[k - 2].capitalized &&
        tokens[k].capitalized) {
      --k;
      continue;
    }
    // "the independent Vermont senator and Democratic presidential
    // candidate": one person's two roles, one determiner before both.
    if (t.lower == "and" && k >= 3 && k < end && !tokens[k - 2].capitalized &&
        tokens[k].is_word() && !IsDeterminer(tokens[k].lower) && !IsVerbForm(tokens[k]) &&
        !In(tokens[k].lower, kBoundaries)) {
      std::size_t d = k - 1;
      while (d > 0 && k - 1 - d < 5 && tokens[d - 1].is_word() &&
             !IsDeterminer(tokens[d - 1].lower) && !IsVerbForm(tokens[d - 1]) &&
             !In(tokens[d - 1].lower, kBoundaries) && !In(tokens[d - 1].lower, kPrepositions) &&
             !In(tokens[d - 1].lower, kBeForms) && !In(tokens[d - 1].lower, kAuxiliaries)) {
        --d;
      }
      bool role_after = true;
      for (std::size_t a = k; a < end && role_after; ++a) {
        role_after = tokens[a].is_word() && !IsDeterminer(tokens[a].lower) &&
                     !IsVerbForm(tokens[a]) && !In(tokens[a].lower, kBoundaries);
      }
      if (d > 0 && d < k - 2 && (tokens[d - 1].lower == "the" || tokens[d - 1].lower == "a") &&
          role_after) {
        k = d - 1;
        break;
      }
    }
    // "Western diplomats and regional officials": two plural nouns.
    auto plural = [](const Token& w) {
      return w.is_word() && w.lower.size() > 3 && w.lower.back() == 's';
    };
    // "the leadership of Ahrar al-Sham and other prominent factions".
    if (t.lower == "and" && k >= 2 && k < end &&
        (plural(tokens[k - 2]) || tokens[k - 2].capitalized) && plural(tokens[end - 1])) {
      --k;
      continue;
    }
    // "More than half said", "fewer than 30 percent": a comparison of
    // amounts inside the phrase.
    if (t.lower == "than" && k >= 2 && k < end &&
        In(tokens[k - 2].lower, std::array<std::string_view, 3>{"more", "fewer", "less"})) {
      k -= 2;
      continue;
    }
    if (In(t.lower, kBoundaries) ||
        (!t.capitalized &&
         (In(t.lower, kBeForms) || In(t.lower, kAuxiliaries) || t.lower == "to"))) {
      // "to" after a title keeps the phrase whole: "the envoy to Syria".
      if (t.lower == "to" && k >= 2 && k < end) {
        --k;
        continue;
      }
      break;
    }
    --k;
    if (end - k > 16) return end;  // too long to be a subject
  }
  // "Carson, Fiorina and Huckabee said": names listed before "and", each
  // after a comma, from the sentence's start.
  if (k >= 2 && k < end && IsComma(tokens[k - 1]) && tokens[k].capitalized) {
    bool joined = false;
    bool names = true;
    for (std::size_t a = k; a < end && names; ++a) {
      joined = joined || tokens[a].lower == "and";
      names = tokens[a].capitalized || tokens[a].lower == "and";
    }
    std::size_t first = k;
    while (joined && names && first >= 2 && IsComma(tokens[first - 1])) {
      std::size_t item = first - 1;
      while (item > 0 && tokens[item - 1].is_word() && tokens[item - 1].capitalized &&
             !IsFunctionWord(tokens[item - 1].lower) && first - 1 - item < 4) {
        --item;
      }
      if (item == first - 1) break;
      first = item;
      if (first == 0 || (first == 1 && !tokens[0].is_word())) {
        k = first;
        break;
      }
    }
  }
  // Trim leading prepositional phrases: "On Monday the Russian Defense Ministry".
  for (int round = 0; round < 2 && k < end; ++round) {
    if (!In(tokens[k].lower, kPrepositions)) break;
    std::size_t j = k + 1;
    // Drop the preposition's object: up to the next determiner, or one word.
    std::size_t next_det = j;
    while (next_det < end && !IsDeterminer(tokens[next_det].lower)) ++next_det;
    if (next_det < end && next_det > j && next_det - j <= 4) {
      k = next_det;
    } else {
      k = std::min(end, j + 1);
      while (k < end && IsTimeWord(tokens[k])) ++k;
    }
  }
  // "trumping what he said", "how they said": a pronoun at the end is the
  // subject on its own.
  if (k < end && end - k > 1 && PronounOf(tokens[end - 1].lower) != PronounKind::kNone) {
    return end - 1;
  }
  // A subject never ends in a function word ("the notion Sunday of"), but
  // may be a quantifier alone ("Most say").
  // "One in five say": a share of those polled.
  // ("About one in five say", "nearly four in 10 said".)
  static constexpr WordList<7> kApproximately(
      {"about", "nearly", "almost", "roughly", "around", "only", "just"});
  std::size_t share_begin = k + 1 < end && In(tokens[k].lower, kApproximately) ? k + 1 : k;
  bool share = end - share_begin >= 3 &&
               (tokens[end - 2].lower == "in" || tokens[end - 2].lower == "of") &&
               IsDeterminer(tokens[end - 1].lower) && IsDeterminer(tokens[share_begin].lower);
  bool quantifier = (k + 1 == end && IsQuantifier(tokens[k].lower)) || share;
  if (k < end && IsFunctionWord(tokens[end - 1].lower) && !quantifier &&
      PronounOf(tokens[end - 1].lower) == PronounKind::kNone) {
    return end;
  }
  // A subject starts with a determiner, a capitalized word, a number or a
  // pronoun; "made by" etc. are not subjects.
  while (k < end && !tokens[k].capitalized && !IsDeterminer(tokens[k].lower) &&
         tokens[k].kind != TokenKind::kNumber && PronounOf(tokens[k].lower) == PronounKind::kNone &&
         end - k > 1 && IsAdverb(tokens[k]) && !(share && k < share_begin)) {
    ++k;
  }
  return k;
}

std::size_t RestrictedNounPhraseStart(const std::vector<Token>& tokens, std::size_t end,
                                      const std::function<bool(std::size_t)>& is_cue) {
  std::size_t begin = NounPhraseStart(tokens, end, is_cue);
  std::size_t stop = end;
  while (stop > begin) {
    const Token& t = tokens[stop - 1];
    const LowerString& w = t.lower;
    bool ing = !t.capitalized && IsIngForm(w);
    static constexpr std::array<std::string_view, 6> kMorePrepositions = {
        "among", "between", "against", "about", "like", "than"};
    // "Tramp met voters who said", "led a delegation of farmers who told":
    // an irregular past verb ends the subject as an "-ed" one does. Not a
    // participle, which may describe the noun ("people born abroad who
    // say"), nor a word after a determiner ("Democrats on the left who say").
    static constexpr WordList<15> kParticiples({"clad", "born", "seen", "taken", "given", "shown",
                                                "chosen", "driven", "hidden", "worn", "spoken",
                                                "sworn", "written", "done", "gone"});
    bool past = IsPastTenseVerb(t) || (IsPastForm(t) && !In(w, kParticiples) &&
                                       !(stop >= 2 && IsDeterminer(tokens[stop - 2].lower)));
    if (ing || past || (In(w, kPrepositions) && w != "of") || In(w, kMorePrepositions)) {
      break;
    }
    --stop;
  }
  // "the team spoke to local residents who said": the verb's "to" opens
  // no subject (the infinitive's does: "has yet to release figures which
  // show").
  if (stop > begin && stop + 1 < end && tokens[stop].lower == "to" &&
      IsPastForm(tokens[stop - 1])) {
    ++stop;
  }
  for (std::size_t k = stop; k < end; ++k) {
    if (IsDeterminer(tokens[k].lower) || tokens[k].capitalized ||
        tokens[k].kind == TokenKind::kNumber) {
      return k;
    }
  }
  return stop;
}

std::size_t RelativeClauseBefore(const std::vector<Token>& tokens,
                                 const std::vector<char>& in_quote, std::size_t end) {
  constexpr std::size_t kLongest = 14;
  if (end == 0 || In(tokens[end - 1].lower, kSubjectPronouns)) return end;
  for (std::size_t k = end; k > 0 && end - k <= kLongest; --k) {
    const Token& t = tokens[k - 1];
    if (!IsWordOrNumber(t) || in_quote[k - 1]) return end;
    // "anyone who's ever ordered a Grand Slam knows": "who" with its verb.
    bool contracted = t.lower == "who's" || t.lower == "who've" || t.lower == "who'd";
    if (t.lower != "who" && !contracted) continue;
    std::size_t who = k - 1;
    if (who == 0 || who + 1 >= end) return end;
    if (contracted) return who;
    const Token& first = tokens[who + 1];
    bool verb_first = first.is_word() && !first.capitalized && !IsDeterminer(first.lower) &&
                      !In(first.lower, kSubjectPronouns) && !IsContractedSubject(first.lower);
    return verb_first ? who : end;
  }
  return end;
}

std::size_t NounPhraseEnd(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
  std::size_t k = begin;
  while (k < end) {
    const Token& t = tokens[k];
    if (t.lower == "(" && k > begin) {
      // "said Rep. Gwen Moore (D-Wis.)."
      std::size_t close = NameParenthesisClose(tokens, k, end);
      if (close == kNoParenthesis) break;
      k = close + 1;
      continue;
    }
    if (!IsWordOrNumber(t)) break;
    // "told POLITICO he planned to ...", "told the Post he's received": a
    // subject pronoun, alone or contracted with its verb, opens a clause.
    if (k > begin && (In(t.lower, kSubjectPronouns) || IsContractedSubject(t.lower))) break;
    if (k > begin && !t.capitalized &&
        (In(t.lower, kBoundaries) || In(t.lower, kBeForms) || In(t.lower, kAuxiliaries))) {
      if (t.lower == "and" && k + 1 < end && tokens[k + 1].capitalized &&
          tokens[k - 1].capitalized) {
        ++k;
        continue;
      }
      break;
    }
    if (k > begin && TimePhraseAt(tokens, k, end) > 0) break;
    // "told reporters the plan was dead": a determiner after a noun opens
    // the next noun phrase.
    if (k > begin && IsDeterminer(t.lower) && !t.capitalized && tokens[k - 1].is_word() &&
        !IsDeterminer(tokens[k - 1].lower) && !IsFunctionWord(tokens[k - 1].lower)) {
      break;
    }
    if (k > begin && (t.lower == "on" || t.lower == "in" || t.lower == "at") &&
        !(k + 1 < end && tokens[k + 1].capitalized && tokens[k - 1].capitalized)) {
      break;
    }
    ++k;
  }
  return k;
}

TokenRange ContentBefore(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
  while (end > begin && (IsComma(tokens[end - 1]) || IsClosing(tokens[end - 1]) ||
                         IsDash(tokens[end - 1]) || IsColon(tokens[end - 1]))) {
    --end;
  }
  while (begin < end && IsOpening(tokens[begin])) ++begin;
  // "BEIRUT — Lebanon's military has detained ..., officials said": a
  // dateline (capitals, commas, periods, a parenthesis such as "(AP)") and
  // its dash open the sentence, not the content.
  // ("CAMBRIDGE, Mass., Dec. 11 (UPI) —", "PORTLAND, Maine -": after the
  // city in capitals and its comma, a state's or a month's name and a day.)
  bool capitals = false;
  bool city = false;  // capitals, then a comma
  for (std::size_t k = begin; k < end && k < begin + 16; ++k) {
    const Token& t = tokens[k];
    if (IsDash(t) || t.lower == "-" || t.lower == "--") {
      // ("WASHINGTON -- ...": two hyphens.)
      std::size_t after = k + 1;
      if (t.lower == "-" && after < end && tokens[after].lower == "-") ++after;
      if (capitals && after < end) begin = after;
      break;
    }
    bool dateline_word = t.is_word() && t.all_caps;
    capitals = capitals || dateline_word;
    city = city || (capitals && IsComma(t));
    if (!dateline_word && !IsComma(t) && t.lower != "." && t.lower != "(" && t.lower != ")" &&
        !(t.capitalized && k > begin && tokens[k - 1].lower == "(") &&
        !(city && (t.capitalized || t.kind == TokenKind::kNumber))) {
      break;
    }
  }
  return TokenRange{begin, end};
}

TokenRange LastQuotationAfterCue(const std::vector<Token>& tokens,
                                 const std::vector<char>& in_quote, TokenRange content,
                                 const std::function<bool(std::size_t)>& is_cue) {
  if (content.empty() || !in_quote[content.end - 1]) return content;
  std::size_t b = content.end - 1;
  while (b > content.begin && in_quote[b - 1]) --b;
  // The quotation opens a clause ('said, “C”', 'tone, “C”'), not a
  // nickname inside a name ('John “Tig” Tiegen').
  if (b < content.begin + 2 || content.end - b < 2) return content;
  const Token& before = tokens[b - 2];
  if (!IsComma(before) && !IsColon(before) && !is_cue(b - 2)) return content;
  for (std::size_t k = content.begin; k < b; ++k) {
    if (!in_quote[k] && is_cue(k)) return TokenRange{b, content.end};
  }
  return content;
}

TokenRange ContentToEnd(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
  // Every walk below stops at the first token that answers it, and the
  // parenthesis is looked for only before a closing one: this runs once
  // per cue, to the sentence's end, and a sentence of thousands of cues
  // made whole walks quadratic.
  auto any_in = [&](std::size_t from, std::size_t to, auto test) {
    return std::any_of(tokens.begin() + from, tokens.begin() + to, test);
  };
  auto is_quote = [](const Token& t) { return t.is_quote(); };
  while (begin < end && (IsColon(tokens[begin]) || IsDash(tokens[begin]))) ++begin;
  std::size_t stop = end;
  // "(According to the police, it keeps no statistics.)": a sentence in
  // parentheses loses its closing one.
  std::optional<bool> opened_parenthesis;
  auto closes_no_parenthesis = [&](const Token& t) {
    if (t.lower != ")") return false;
    if (!opened_parenthesis) {
      opened_parenthesis = any_in(begin, end, [](const Token& u) { return u.lower == "("; });
    }
    return !*opened_parenthesis;
  };
  // ('noted the sparse attendance:': the colon introducing what follows.)
  while (stop > begin && (IsSentenceEnd(tokens[stop - 1]) || IsClosing(tokens[stop - 1]) ||
                          IsColon(tokens[stop - 1]) || closes_no_parenthesis(tokens[stop - 1]))) {
    --stop;
  }
  const bool opened = any_in(begin, stop, IsOpening);
  if (opened && stop < end) {
    // Keep the closing mark (and the period before it) so quotes stay paired.
    std::size_t k = stop;
    while (k < end && !IsClosing(tokens[k])) ++k;
    if (k < end) stop = k + 1;
  }
  // 'shouted “You lie!” at the president during his address', 'said “We’ll
  // see,” when asked whether he would ...': a quotation opening the content
  // and closing on a comma, "!" or "?" is what was said; the words after
  // it, with no quotation of their own, are the reporter's.
  if (begin < stop && IsOpening(tokens[begin])) {
    std::size_t close = begin + 1;
    while (close < stop && !tokens[close].is_quote()) ++close;
    const bool quoted_after = close + 1 < stop && any_in(close + 1, stop, is_quote);
    const LowerString& last = tokens[close - 1].lower;
    if (close + 1 < stop && close > begin + 2 && IsClosing(tokens[close]) && !quoted_after &&
        (last == "," || last == "!" || last == "?") && tokens[close + 1].is_word()) {
      std::size_t words_end = close;
      while (words_end > begin + 1 &&
             (IsSentenceEnd(tokens[words_end - 1]) || IsComma(tokens[words_end - 1]))) {
        --words_end;
      }
      return TokenRange{begin + 1, words_end};
    }
  }
  if (begin < stop && IsOpening(tokens[begin])) {
    // A content that is one quotation: drop its marks.
    std::size_t close = stop;
    if (close > begin + 1 && IsClosing(tokens[close - 1])) {
      const bool inner_quote = begin + 1 < close - 1 && any_in(begin + 1, close - 1, is_quote);
      if (!inner_quote) {
        ++begin;
        --stop;
        while (stop > begin && IsSentenceEnd(tokens[stop - 1])) --stop;
      }
    } else {
      // 'said: “S1. S2.”': a quotation that closes in a later sentence.
      const bool other_mark = begin + 1 < stop && any_in(begin + 1, stop, is_quote);
      if (!other_mark) ++begin;
    }
  }
  return TokenRange{begin, stop};
}

std::size_t ObjectEnd(const std::vector<Token>& tokens, const std::vector<char>& in_quote,
                      TokenRange content) {
  // "-ing" words that work as prepositions: ", including Hezbollah" goes on.
  static constexpr WordList<7> kIngPrepositions({"including", "excluding", "regarding",
                                                 "concerning", "following", "involving",
                                                 "considering"});
  static constexpr WordList<10> kClauseOpeners(
      {"although", "though", "while", "whereas", "because", "as", "but", "so", "even", "yet"});
  static constexpr WordList<14> kOccasions({"statement", "interview", "speech", "video", "tweet",
                                            "post", "letter", "debate", "rally", "conference",
                                            "op-ed", "appearance", "email", "meeting"});
  static constexpr WordList<8> kClauseWords(
      {"that", "how", "what", "why", "whether", "where", "who", "which"});
  if (In(tokens[content.begin].lower, kClauseWords)) return content.end;
  // The first new clause.
  std::size_t end = content.end;
  for (std::size_t k = content.begin + 1; k < end; ++k) {
    const Token& t = tokens[k];
    if (in_quote[k] || t.is_quote()) continue;
    // "published the draft communique Monday, on the opening day of talks
    // that ...": a day or date right after the object, then a comma, close
    // it, whatever follows.
    const std::size_t time = TimePhraseAt(tokens, k, end);
    if (time > 0 && k + time < end && IsComma(tokens[k + time]) && IsWordOrNumber(tokens[k - 1]) &&
        !In(tokens[k - 1].lower, kPrepositions) && TimePhraseAt(tokens, k - 1, end) == 0) {
      return k;
    }
    if (In(t.lower, kClauseWords) && !IsComma(tokens[k - 1])) return content.end;
    if (t.lower == ";") end = k;
    if (IsDash(t)) {
      // "a referendum — “No to Free Lawyers” — for June 5": an aside
      // between two dashes.
      std::size_t other = k + 1;
      while (other < end && !IsDash(tokens[other])) ++other;
      if (other < end && other < k + 12) {
        k = other;
        continue;
      }
      end = k;
    }
    if (k >= end) break;
    // ", which makes him an outlier": the reporter's remark on the object;
    // so are ", who took heat for ...", ", encouraging his supporters to
    // ..." (the subject's next act) and ", another example of ...".
    // (", further raising the visibility": an adverb before the
    // participle.)
    const bool adverb_ing = IsComma(t) && k + 2 < end && IsAdverb(tokens[k + 1]) &&
                            !tokens[k + 2].capitalized && IsIngForm(tokens[k + 2].lower) &&
                            !In(tokens[k + 2].lower, kIngPrepositions);
    if (IsComma(t) && k + 1 < end &&
        (adverb_ing || In(tokens[k + 1].lower, kClauseOpeners) ||
         In(tokens[k + 1].lower, kSubjectPronouns) || tokens[k + 1].lower == "which" ||
         tokens[k + 1].lower == "who" || tokens[k + 1].lower == "another" ||
         (!tokens[k + 1].capitalized && IsIngForm(tokens[k + 1].lower) &&
          !In(tokens[k + 1].lower, kIngPrepositions) &&
          // "a kind, loving and admirable person": an adjective in a list.
          !(k + 2 < end && (tokens[k + 2].lower == "and" || tokens[k + 2].lower == "or" ||
                            IsComma(tokens[k + 2])))))) {
      // "accused Rafael Cruz, who was born in Cuba, of associating with
      // ...", "described Jeb Bush, who ended his bid, as “a man who ...”":
      // the verb's "of", "as" or "for" after the relative clause goes on.
      std::size_t close = k + 2;
      while (close < end && close < k + 24 && !IsComma(tokens[close]) &&
             !IsSentenceEnd(tokens[close]) && tokens[close].lower != ";" &&
             !IsDash(tokens[close])) {
        ++close;
      }
      if ((tokens[k + 1].lower == "who" || tokens[k + 1].lower == "which") && close + 2 < end &&
          IsComma(tokens[close]) && !in_quote[close + 1] &&
          (tokens[close + 1].lower == "of" || tokens[close + 1].lower == "for" ||
           (tokens[close + 1].lower == "as" && !IsVerbForm(tokens[close + 2]) &&
            tokens[close + 2].lower != "well" && !In(tokens[close + 2].lower, kSubjectPronouns)))) {
        k = close;
        continue;
      }
      end = k;
      break;
    }
    // A new subject and its verb: "published the video Friday, and
    // attorneys for the family released it", "In defending his record,
    // Trump offered ...", "condemned the launch as Pyongyang fired three
    // missiles". ("praised Sanders, Clinton and Biden", "described him as
    // unfit": no verb follows.)
    // A subject opens with a name, a pronoun, a determiner, a number or a
    // plural noun ("attorneys for the family"), never with a verb ("..., and
    // make its contests open to registered Democrats" goes on a list).
    auto subject_at = [&](std::size_t at) {
      const Token& w = tokens[at];
      return !in_quote[at] &&
             (w.capitalized || In(w.lower, kSubjectPronouns) || IsDeterminer(w.lower) ||
              w.kind == TokenKind::kNumber ||
              (w.is_word() && w.lower.size() > 4 && w.lower.back() == 's' && !IsAdverb(w)));
    };
    // After "as" only a name or a pronoun: "described him as a worried
    // spouse", "as a result could ..." are no new clauses.
    bool clause_may_start =
        (IsComma(t) && k + 1 < end &&
         (tokens[k + 1].capitalized ||
          (tokens[k + 1].lower == "and" && k + 2 < end && subject_at(k + 2)))) ||
        (t.lower == "as" && k + 1 < end && !in_quote[k + 1] &&
         (tokens[k + 1].capitalized || In(tokens[k + 1].lower, kSubjectPronouns)));
    if (clause_may_start) {
      std::size_t v = tokens[k + 1].lower == "and" ? k + 2 : k + 1;
      std::size_t subject_begin = v;
      const std::size_t longest = t.lower == "as" ? 3 : 6;
      while (v < end && v < subject_begin + longest && IsWordOrNumber(tokens[v]) && !in_quote[v] &&
             !IsVerbForm(tokens[v]) && !In(tokens[v].lower, kBoundaries) &&
             tokens[v].lower != "to" && !IsAdverb(tokens[v])) {
        ++v;
      }
      if (v > subject_begin && v < end && !in_quote[v] && !tokens[v].capitalized &&
          (IsPastTenseVerb(tokens[v]) || In(tokens[v].lower, kAuxiliaries) ||
           In(tokens[v].lower, kBeForms))) {
        end = k;
        break;
      }
    }
    if ((t.lower == "and" || t.lower == "but") && k + 1 < end) {
      std::size_t v = k + 1;
      while (v < end && IsAdverb(tokens[v])) ++v;
      if (v < end && !tokens[v].capitalized &&
          (IsPastForm(tokens[v]) || In(tokens[v].lower, kAuxiliaries) ||
           In(tokens[v].lower, kBeForms))) {
        end = k;
        break;
      }
    }
  }
  // The first phrase of time or occasion after which only such phrases,
  // names and commas follow, with no verb.
  auto adjunct_at = [&](std::size_t k) {
    const Token& t = tokens[k];
    if (TimePhraseAt(tokens, k, end) > 0 || In(t.lower, kTimePrepositions)) return true;
    if ((t.lower == "in" || t.lower == "early" || t.lower == "late") && k + 1 < end &&
        (MonthFromName(tokens[k + 1].lower) > 0 ||
         (tokens[k + 1].kind == TokenKind::kNumber && tokens[k + 1].lower.size() == 4))) {
      return true;  // "in February", "in 2013", "early June"
    }
    if ((t.lower == "at" || t.lower == "in") && k + 2 < end && IsDeterminer(tokens[k + 1].lower)) {
      for (std::size_t m = k + 2; m < end && m < k + 5 && tokens[m].is_word(); ++m) {
        if (In(tokens[m].lower, kOccasions)) return true;  // "at a news conference"
      }
    }
    return false;
  };
  for (std::size_t k = content.begin + 1; k < end; ++k) {
    if (in_quote[k] || !adjunct_at(k)) continue;
    // "the strategy Obama trumpeted during Sunday's address": after a verb
    // in the object, a "during" phrase may be its own.
    bool verb_before = false;
    for (std::size_t m = content.begin; m < k && tokens[k].lower == "during"; ++m) {
      verb_before =
          verb_before || (!in_quote[m] && (IsVerbForm(tokens[m]) || IsIngForm(tokens[m].lower)));
    }
    if (verb_before) continue;
    // ("during a rally": "during" is no participle.)
    bool only_adjuncts = true;
    for (std::size_t m = k; m < end && only_adjuncts; ++m) {
      const Token& t = tokens[m];
      only_adjuncts = !in_quote[m] && !t.is_quote() && !IsVerbForm(t) &&
                      (!IsIngForm(t.lower) || t.lower == "during") && !In(t.lower, kClauseWords) &&
                      t.lower != "for" && t.lower != "to" && t.lower != "of";
    }
    if (only_adjuncts) {
      if (k > content.begin + 1 && (tokens[k - 1].lower == "in" || tokens[k - 1].lower == "on")) {
        --k;  // "in early June"
      }
      return k;
    }
  }
  return end;
}

bool IsIntroductoryPhrase(const std::vector<Token>& tokens, TokenRange range) {
  if (range.empty() || range.end - range.begin > 8) return false;
  const Token& first = tokens[range.begin];
  static constexpr WordList<6> kTimeOpeners({"last", "this", "next", "earlier", "later", "late"});
  // "Among American-born parents", "Despite the rain": prepositions that
  // open a phrase of the sentence. "Most recently", "Recently", "Finally": an
  // adverb, capitalized or not.
  static constexpr WordList<6> kMorePrepositions(
      {"among", "amid", "despite", "unlike", "like", "including"});
  const LowerString& w = first.lower;
  auto ends_in_ly = [](std::string_view word) {
    return word.size() > 4 && word.substr(word.size() - 2) == "ly";
  };
  const std::size_t words = range.end - range.begin;
  bool adverb = (ends_in_ly(w) && (!first.capitalized || words <= 2)) ||
                ((w == "most" || w == "more") && words == 2 &&
                 ends_in_ly(tokens[range.begin + 1].lower));
  if (!In(w, kPrepositions) && !In(w, kTimeOpeners) && !IsTimeWord(first) &&
      !In(w, kMorePrepositions) && !adverb) {
    return false;
  }
  for (std::size_t k = range.begin; k < range.end; ++k) {
    if (!IsWordOrNumber(tokens[k]) || IsVerbForm(tokens[k]) || In(tokens[k].lower, kBoundaries)) {
      return false;
    }
  }
  return true;
}

bool HasWord(const std::vector<Token>& tokens, TokenRange range) {
  for (std::size_t k = range.begin; k < range.end; ++k) {
    if (IsWordOrNumber(tokens[k])) return true;
  }
  return false;
}

std::size_t WordCount(const std::vector<Token>& tokens, TokenRange range) {
  std::size_t words = 0;
  for (std::size_t k = range.begin; k < range.end; ++k) words += IsWordOrNumber(tokens[k]);
  return words;
}

std::size_t FirstWordAt(const std::vector<Token>& tokens) {
  std::size_t lead = 0;
  while (lead < tokens.size() && IsOpening(tokens[lead])) ++lead;
  return lead;
}

bool QuotationClosesBefore(const std::vector<Token>& tokens, std::size_t b) {
  return b >= 2 &&
         (IsClosing(tokens[b - 1]) || (IsComma(tokens[b - 1]) && IsClosing(tokens[b - 2])));
}

}  // namespace claimtrack::attribution
