// Where phrases begin and end in a sentence's tokens: a source walked
// leftwards from its cue (NounPhraseStart) or rightwards after it
// (NounPhraseEnd), asides and details between commas, phrases of time, and
// the edges of a content (ContentBefore, ContentToEnd, ObjectEnd). Positions
// are token indexes; a range is [begin, end).
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "extract/attribution_finder.h"
#include "text/tokenizer.h"

namespace claimtrack::attribution {

// A short parenthesis after a name belongs to it: "Rep. Gwen Moore
// (D-Wis.)", "Operation Inherent Resolve (OIR)", "Lindsey Graham (R-S.C.)".
// Inside: at most six words, numbers, periods, hyphens or commas.
// kNoParenthesis: none found.
inline constexpr std::size_t kNoParenthesis = static_cast<std::size_t>(-1);

// A token that may stand inside a name's parenthesis.
bool InsideNameParenthesis(const Token& t);

// The "(" that opens the parenthesis closed at `close`, when it follows a
// capitalized word; kNoParenthesis otherwise.
std::size_t NameParenthesisOpen(const std::vector<Token>& tokens, std::size_t close);

// The ")" that closes the parenthesis opened at `open` after a capitalized
// word; kNoParenthesis otherwise.
std::size_t NameParenthesisClose(const std::vector<Token>& tokens, std::size_t open,
                                 std::size_t end);

// Whether the subject `subject` takes a verb's plain present form ("critics
// fear", "Many hope", "Clinton and Sanders hope"): its head (the last word)
// is a plural noun, a plural or first- or second-person pronoun, or a
// quantifier standing alone ("some", "others"), or the subject joins two with
// "and". Not an adjective, a singular noun or a possessive: "big British
// hope", "slim hope", "the party's fear". Spelling only: no dictionary.
bool IsPluralSubject(const std::vector<Token>& tokens, TokenRange subject);

// A word that starts a clause of the reporter's after an attribution, not
// the rest of what was said: ", who ...", ", as he left", ", and then ...",
// ", but could face ...", ", citing ...", ", referring to ...".
bool StartsReportersClause(const Token& t);

// Tokens of a dash ending at `end` (one past it): "—", "–", "―", or "--"
// written as two hyphens; 0 when there is none.
std::size_t DashLengthEndingAt(const std::vector<Token>& tokens, std::size_t end);

// Ages, hometowns and shares in figures between commas before `end` (a
// comma's index + 1): ", 29, of Huntsville, Ala.,", ", 55," or ", 67
// percent,". Returns the tokens between the
// first and the last of those commas; empty when there are none.
TokenRange DetailsBefore(const std::vector<Token>& tokens, std::size_t end);

// A headline capitalizes every word but short function words: "Trump ‘The
// Dealmaker’ Could Address Clean Energy, Lindsey Graham Says". At least
// `min_words` words, and every word of four letters or more capitalized.
bool IsHeadlineCase(const std::vector<Token>& tokens, std::size_t min_words = 4);

// The end (one past its closing mark) of a quoted title opening at `i`: a
// show's or a publication's name, every word of four letters or more
// capitalized, at most eight words ('told "Fox and Friends,"', 'told ABC's
// "Good Morning America."'). A comma or a period inside the marks goes with
// the title. Returns i when no title opens there.
std::size_t QuotedTitleEnd(const std::vector<Token>& tokens, std::size_t i, std::size_t end);

// A time phrase starting at i ("Monday", "on Monday", "late Sunday", "last
// week"); returns its length in tokens, 0 when none.
std::size_t TimePhraseAt(const std::vector<Token>& tokens, std::size_t i, std::size_t end);

// Skips adverbs and time phrases forward from i ("said Monday", "said
// however, that ...").
std::size_t SkipModifiersForward(const std::vector<Token>& tokens, std::size_t i, std::size_t end);

// Walks left from `end` over a noun phrase: stops at punctuation, quotation
// marks, subordinators and auxiliaries. "Russia and Iran" stays whole.
// Returns the phrase's first token, with a leading prepositional phrase ("On
// Monday the ministry") trimmed; returns `end` when there is none.
std::size_t NounPhraseStart(const std::vector<Token>& tokens, std::size_t end,
                            const std::function<bool(std::size_t)>& is_cue);

// The start of the noun phrase that a restrictive relative clause (one with
// no comma before "who") follows, ending at `end`. The plain walk of
// NounPhraseStart may overrun it ("echoing security experts who say", "won
// among the 30 percent of voters who said"): it starts at its leftmost
// determiner or capitalized word after the last verb or preposition, else at
// the first word after them.
std::size_t RestrictedNounPhraseStart(const std::vector<Token>& tokens, std::size_t end,
                                      const std::function<bool(std::size_t)>& is_cue);

// "One resident who lives near the plant said", "A diplomat who asked not
// to be identified said", "Officials who spoke on condition of anonymity
// said": a restrictive relative clause between a subject and its verb. The
// index of its "who" when tokens[.., end) end with such a clause of up to 14
// words (no comma, quotation or other punctuation in it), else `end`.
// The clause must open with its verb: in "women who he said ...", "a group
// who U.S. officials say ..." and "people who the police say ...", the
// words after "who" are the subject of the cue, and in "... anything he
// says" so is the pronoun before it.
std::size_t RelativeClauseBefore(const std::vector<Token>& tokens,
                                 const std::vector<char>& in_quote, std::size_t end);

// Walks right from `begin` over a noun phrase (after "by", "according to",
// or an inverted cue); stops at punctuation or a subordinator.
std::size_t NounPhraseEnd(const std::vector<Token>& tokens, std::size_t begin, std::size_t end);

// The last content token before position `end`, skipping commas, dashes and
// closing quotation marks; the content itself runs from `begin`.
TokenRange ContentBefore(const std::vector<Token>& tokens, std::size_t begin, std::size_t end);

// '“C1,” Kuhn said, but despite the tone, “C2,” said a friend': a quotation
// that closes the content and opens after another cue outside any quotation
// is the whole content; what comes before belongs to the other attribution.
TokenRange LastQuotationAfterCue(const std::vector<Token>& tokens,
                                 const std::vector<char>& in_quote, TokenRange content,
                                 const std::function<bool(std::size_t)>& is_cue);

// Content from `begin` to the end of the sentence, without the final period.
// A final `.”` is kept when the quotation opened inside the content.
TokenRange ContentToEnd(const std::vector<Token>& tokens, std::size_t begin, std::size_t end);

// Where the object of a verb of stance ends. A new clause ends it
// anywhere: a semicolon or dash, a subordinate clause or a subject after a
// comma ("endorsed the deal, although she ..."), the subject's next verb
// ("endorsed Sanders and organized for him"). A phrase of time or occasion
// ends it only when nothing but such phrases follow: "endorsed Cruz last
// week", "criticized Bill Clinton during a debate", "endorsed Trump at a
// news conference at Mar-a-Lago" ("defended himself on Saturday for
// bailing on ..." keeps its reason). Quoted words are never cut, and
// neither is a clause ("showed that during ...", "described how ...").
std::size_t ObjectEnd(const std::vector<Token>& tokens, const std::vector<char>& in_quote,
                      TokenRange content);

// "Last month", "During the Austin town hall", "On Tuesday": a phrase of
// time or place opening a sentence, with no verb of its own.
bool IsIntroductoryPhrase(const std::vector<Token>& tokens, TokenRange range);

// True when `range` holds a word or a number.
bool HasWord(const std::vector<Token>& tokens, TokenRange range);

// The words and numbers in `range`.
std::size_t WordCount(const std::vector<Token>& tokens, TokenRange range);

// Where a sentence's first word is: past its opening quotation marks.
std::size_t FirstWordAt(const std::vector<Token>& tokens);

// A quotation closes just before `b`: '“C,” S' or '“C”, S'.
bool QuotationClosesBefore(const std::vector<Token>& tokens, std::size_t b);

}  // namespace claimtrack::attribution
