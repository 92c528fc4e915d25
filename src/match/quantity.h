// Quantities stated in a claim ("has killed 320,000 people", "close to half a
// million people", "more than $8 billion"), for the numbers rule of matching:
// two claims that count the same thing with the same verb but give values
// that cannot both be right disagree.
//
// The words that shape a number (modifiers such as "more than" or "close
// to", number words, scales such as "million", vague amounts such as
// "hundreds of thousands", and unit phrases such as "per cent") are read from
// rules/quantities.txt; see docs/rules.md.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/rule_file.h"
#include "base/status.h"

namespace claimtrack {

struct Quantity {
  double low = 0;       // the range of values the words allow
  double high = 0;      // (+infinity for "more than N")
  std::string verb;     // stem of the word it is the number of ("kill" for "killed")
  std::string unit;     // stem of the counted noun ("peopl"), or "$", "£", "€", "%"
  std::string text;     // as written: "close to half a million people"
};

class QuantityRules {
 public:
  // Loads quantities.txt from the folders (later folders' entries win); on
  // failure the message lists every problem as `rules/quantities.txt:LINE: ...`.
  static Status Load(const std::vector<std::string>& rules_dirs, QuantityRules* out);
  // The same from one file's content (for tests).
  static Status Parse(const RuleFile& file, QuantityRules* out);

  enum class Kind { kAbove, kBelow, kNear, kAbout, kExact, kValue, kScale, kVague, kUnit, kCounted };
  struct Entry {
    Kind kind = Kind::kValue;
    double value = 0;
    double high = 0;    // kVague: the top of the range
    std::string name;   // kUnit: the unit it stands for ("%")
  };
  // True when the quantity counts something listed as kind=counted (by its
  // verb or its unit: "killed", "deaths", "seats"): only such quantities are
  // compared across claims.
  bool IsCounted(const Quantity& quantity) const {
    return counted_.count(quantity.verb) > 0 || counted_.count(quantity.unit) > 0;
  }
  // The longest entry starting at words[i]; sets *length to its word count.
  const Entry* Match(const std::vector<std::string>& words, std::size_t i, std::size_t* length) const;

 private:
  std::map<std::vector<std::string>, Entry> entries_;
  std::unordered_set<std::string> first_words_;  // the first word of every entry
  std::set<std::string> counted_;  // stems (QuantityStem)
  std::size_t longest_ = 1;
};

// The quantities in `text` (a claim's content), in text order. A number
// counts only with something it counts: a noun after it, a currency sign
// before it, or a percent; years, dates and clock times are not quantities.
std::vector<Quantity> FindQuantities(std::string_view text, const QuantityRules& rules);

// True when a and b count the same thing (same verb and unit) and their
// ranges do not meet, even widened by `tolerance` (0.1: ten per cent).
bool QuantitiesDisagree(const Quantity& a, const Quantity& b, double tolerance = 0.1);
// The same test on the ranges alone, for quantities already known to count
// the same thing.
bool RangesDisagree(double a_low, double a_high, double b_low, double b_high,
                    double tolerance = 0.1);

// A word's stem for comparing quantities: lowercase, without "-ing", "-ed",
// "-s", "-es" or a final "e" ("killed", "kills", "killing" -> "kill").
std::string QuantityStem(std::string_view word);

}  // namespace claimtrack
