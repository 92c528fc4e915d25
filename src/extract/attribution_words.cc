#include "extract/attribution_words.h"

#include "base/civil_date.h"

namespace claimtrack::attribution {

bool IsIngForm(std::string_view w) {
  return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

bool IsPastTenseVerb(const Token& t) {
  const LowerString& w = t.lower;
  return t.is_word() && !t.capitalized && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 &&
         w.find('-') == std::string::npos && !In(w, kEdAdjectives);
}

bool IsPastForm(const Token& t) {
  return !t.capitalized && t.is_word() && (IsPastTenseVerb(t) || In(t.lower, kIrregularPast));
}

bool IsVerbForm(const Token& t) {
  if (t.capitalized || !t.is_word()) return false;
  return IsPastForm(t) || In(t.lower, kBeForms) || In(t.lower, kAuxiliaries) ||
         In(t.lower, kModals);
}

bool IsPossessiveWord(std::string_view w) {
  if (w == "his" || w == "her" || w == "their" || w == "its") return true;
  return w.size() > 2 && w.substr(w.size() - 2) == "'s" && !IsContractedSubject(w) &&
         w != "that's" && w != "there's" && w != "what's" && w != "who's" && w != "here's";
}

bool IsContractedSubject(std::string_view w) {
  std::size_t apostrophe = w.find('\'');
  return apostrophe != std::string_view::npos && apostrophe + 1 < w.size() &&
         In(w.substr(0, apostrophe), kSubjectPronouns);
}

bool IsAdverb(const Token& t) {
  if (!t.is_word() || t.capitalized) return false;
  std::string_view w = t.lower;
  if (In(w, kAdverbs)) return true;
  static constexpr WordList<10> kNotAdverbs(
      {"ally", "rally", "family", "assembly", "supply", "reply", "only", "july", "italy", "belly"});
  return w.size() > 4 && w.substr(w.size() - 2) == "ly" && !In(w, kNotAdverbs);
}

bool IsTimeWord(const Token& t) {
  return t.is_word() && (In(t.lower, kTimeWords) || WeekdayFromName(t.lower) >= 0);
}
bool IsNegation(const Token& t) {
  return t.lower == "not" || t.lower == "never" || t.lower == "n't" ||
         (t.lower.size() > 3 && t.lower.substr(t.lower.size() - 3) == "n't");
}
bool IsCurrencySign(const Token& t) { return t.lower == "$" || t.lower == "£" || t.lower == "€"; }
bool IsAmpersandInName(const std::vector<Token>& tokens, std::size_t i, std::size_t begin,
                       std::size_t end) {
  return tokens[i].lower == "&" && i > begin && i + 1 < end && tokens[i - 1].capitalized &&
         tokens[i + 1].capitalized;
}

}  // namespace claimtrack::attribution
