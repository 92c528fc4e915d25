// The closed word classes and token tests of the attribution patterns:
// auxiliaries, subordinators, prepositions, adverbs, past forms, quotation
// marks. Without a parser, these are how the patterns find clause edges
// (attribution_finder.cc, phrase_edges.cc). Words are compared lowercase.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "base/word_list.h"
#include "text/tokenizer.h"

namespace claimtrack::attribution {

template <std::size_t N>
bool In(std::string_view w, const WordList<N>& words) {
  return words.Contains(w);
}

template <std::size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& words) {
  return IsOneOf(w, words);
}

inline constexpr WordList<8> kBeForms({"is", "are", "was", "were", "be", "been", "being", "'s"});

inline constexpr WordList<16> kAuxiliaries({"has", "have", "had", "will", "would", "could",
                                            "should", "can", "may", "might", "must", "did", "does",
                                            "do", "having", "long"});

// A modal before a cue speaks of words not (yet) said: "will confirm",
// "cannot defend".
inline constexpr WordList<9> kModals({"will", "would", "could", "should", "can", "cannot", "may",
                                      "might", "must"});

inline constexpr WordList<4> kPartsOfDay({"morning", "afternoon", "evening", "night"});

inline constexpr WordList<35> kAdverbs(
    {"also",      "again",     "then",       "later",        "earlier",    "previously",
     "already",   "still",     "often",      "once",         "now",        "just",
     "even",      "too",       "almost",     "first",        "further",    "separately",
     "privately", "publicly",  "repeatedly", "immediately",  "quickly",    "reportedly",
     "allegedly", "recently",  "initially",  "finally",      "openly",     "flatly",
     "always",    "sometimes", "long",       "nevertheless", "nonetheless"});

// With the weekdays (WeekdayFromName).
inline constexpr WordList<7> kTimeWords({"today", "yesterday", "tonight", "morning", "evening",
                                         "afternoon", "overnight"});

inline constexpr WordList<29> kBoundaries({"that",    "which",     "who",      "whom",    "whose",
                                           "when",    "while",     "as",       "because", "but",
                                           "or",      "if",        "although", "though",  "so",
                                           "where",   "whereas",   "until",    "than",    "then",
                                           "however", "meanwhile", "yet",      "not",     "never",
                                           "and",     "nor",       "unless",   "whether"});

inline constexpr WordList<6> kSubjectPronouns({"he", "she", "they", "we", "i", "it"});

// A lowercase past-tense verb ends a subject walked leftwards ("Fallon asked
// Mr Brown whether ..."). These -ed words are adjectives inside noun phrases.
inline constexpr WordList<16> kEdAdjectives({"armed", "unnamed", "united", "alleged", "retired",
                                             "elected", "appointed", "detained", "wounded",
                                             "injured", "embattled", "beleaguered", "indicted",
                                             "accused", "exiled", "disgraced"});

// An -ing form: "saying", "speaking", "citing" (never "king" or "sing").
bool IsIngForm(std::string_view w);

// A lowercase "-ed" word that is not a listed adjective ("said" is not one).
bool IsPastTenseVerb(const Token& t);

// Prepositions, and the time words that open phrases like them ("later",
// "early").
inline constexpr WordList<26> kPrepositions(
    {"of",      "for",        "on",     "in",      "at",    "during", "after",     "before", "from",
     "with",    "without",    "within", "over",    "under", "amid",   "despite",   "since",  "by",
     "through", "throughout", "later",  "earlier", "late",  "early",  "following", "upon"});

// Prepositions of time or cause, never inside a source's name.
inline constexpr WordList<8> kTimePrepositions({"after", "before", "since", "during", "despite",
                                                "amid", "following", "until"});

// A finite verb that may follow a subject: "-ed" forms, common irregular
// past forms, and be, have, do and the modals.
inline constexpr WordList<59> kIrregularPast(
    {"began",  "became", "brought", "came",   "went",   "gave",   "took",   "made",   "held",
     "kept",   "left",   "led",     "lost",   "met",    "ran",    "saw",    "sent",   "spent",
     "stood",  "told",   "won",     "wrote",  "spoke",  "drew",   "fell",   "felt",   "found",
     "got",    "grew",   "heard",   "knew",   "put",    "rose",   "sold",   "struck", "swore",
     "threw",  "broke",  "sought",  "stuck",
     // Participles only: "clad in a red cape", "born in Cuba", "taken aback".
     "clad",   "born",   "seen",    "taken",  "given",  "shown",  "chosen", "driven", "hidden",
     "worn",   "spoken", "sworn",   "written", "built", "caught", "bought", "taught", "done",
     "gone"});

// A past form or participle: "-ed" forms and common irregular ones ("led by
// campaign manager Terry Sullivan", "struck by her story").
bool IsPastForm(const Token& t);

// A past form, a form of "be", an auxiliary or a modal, lowercase.
bool IsVerbForm(const Token& t);

// A possessive, lowercase: "his", "her", "their", "its", or a word ending in
// "'s" ("trump's"; ’ is written ' in Token::lower). Not "it's".
bool IsPossessiveWord(std::string_view lower_word);

// "he's", "she'd", "they're", "we'll", "i'm": a subject pronoun and its verb.
bool IsContractedSubject(std::string_view w);

// A word or a number token.
inline bool IsWordOrNumber(const Token& t) { return t.is_word() || t.kind == TokenKind::kNumber; }

// A listed adverb, or a lowercase "-ly" word that is not a listed noun ("rally").
bool IsAdverb(const Token& t);

// "today", "tonight", a weekday.
bool IsTimeWord(const Token& t);

// "not", "never", "n't", "didn't".
bool IsNegation(const Token& t);

// Punctuation: ",", ":", a dash (— – ―), a sentence end (. ? ! …).
// These and the two below are inline: the patterns ask them of most
// tokens, often many times over (IsComma 175,000 times per 300 articles),
// and a call cost more than the test.
inline bool IsComma(const Token& t) { return t.kind == TokenKind::kPunct && t.lower == ","; }
inline bool IsColon(const Token& t) { return t.kind == TokenKind::kPunct && t.lower == ":"; }
inline bool IsDash(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.lower == "—" || t.lower == "–" || t.lower == "―");
}
inline bool IsSentenceEnd(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.lower == "." || t.lower == "?" || t.lower == "!" || t.lower == "…");
}

// A quotation mark that opens (“ ‘ « „ or a straight one) or closes one.
inline bool IsOpening(const Token& t) {
  return t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kQuote;
}
inline bool IsClosing(const Token& t) {
  return t.kind == TokenKind::kCloseQuote || t.kind == TokenKind::kQuote;
}

// "$", "£" or "€": a currency sign before an amount ("$15", "£160m").
bool IsCurrencySign(const Token& t);

// An ampersand at `i` between two capitalized words inside [begin, end):
// "Ernst & Young", "the Daily Mail & General Trust", "S&P".
bool IsAmpersandInName(const std::vector<Token>& tokens, std::size_t i, std::size_t begin,
                       std::size_t end);

}  // namespace claimtrack::attribution
