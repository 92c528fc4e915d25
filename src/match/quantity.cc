// Quantities in claim content. A small scanner of its own: numbers keep their
// commas and decimal points ("320,000", "13.5"), currency signs and "%" are
// tokens, and a suffix scale sticks to its digits ("£200m", "$8bn").
#include "match/quantity.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "base/civil_date.h"
#include "base/word_list.h"

namespace claimtrack {

namespace {

enum class Kind { kWord, kNumber, kCurrency, kPercent, kBreak };

struct Piece {
  Kind kind = Kind::kWord;
  std::string word;     // lowercase word; the currency sign; digits for a number
  double number = 0;
  std::size_t begin = 0, end = 0;  // bytes in the text
  bool year_like = false;          // four digits without a comma: 1990, 2011
  bool clock = false;              // part of "9:30"
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// UTF-8 signs and marks the scanner knows: currency signs are tokens,
// quotation marks and dashes break words, ’ is an apostrophe.
struct Sign {
  std::string_view bytes;
  Kind kind;
};
constexpr std::array<Sign, 8> kSigns = {{{"£", Kind::kCurrency},
                                         {"€", Kind::kCurrency},
                                         {"“", Kind::kBreak},
                                         {"”", Kind::kBreak},
                                         {"—", Kind::kBreak},
                                         {"–", Kind::kBreak},
                                         {"‘", Kind::kBreak},
                                         {"…", Kind::kBreak}}};

std::vector<Piece> Scan(std::string_view text) {
  std::vector<Piece> pieces;
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto push = [&](Kind kind, std::string word, std::size_t begin, std::size_t end) {
    Piece piece;
    piece.kind = kind;
    piece.word = std::move(word);
    piece.begin = begin;
    piece.end = end;
    pieces.push_back(std::move(piece));
  };
  while (i < n) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    // Every sign is a multi-byte UTF-8 sequence: ASCII bytes skip the search.
    bool sign = false;
    for (std::size_t k = 0; k < kSigns.size() && static_cast<unsigned char>(c) >= 0x80; ++k) {
      const Sign& s = kSigns[k];
      if (text.substr(i, s.bytes.size()) == s.bytes) {
        push(s.kind, std::string(s.bytes), i, i + s.bytes.size());
        i += s.bytes.size();
        sign = true;
        break;
      }
    }
    if (sign) continue;
    if (c == '$') {
      push(Kind::kCurrency, "$", i, i + 1);
      ++i;
    } else if (c == '%') {
      push(Kind::kPercent, "%", i, i + 1);
      ++i;
    } else if (IsDigit(c)) {
      // Digits with inner commas and one decimal point: "320,000", "13.5".
      std::size_t start = i;
      std::string digits;
      bool comma = false, clock = false;
      while (i < n) {
        if (IsDigit(text[i])) {
          digits += text[i++];
        } else if ((text[i] == ',' || text[i] == '.') && i + 1 < n && IsDigit(text[i + 1])) {
          if (text[i] == ',') {
            comma = true;
          } else {
            digits += '.';
          }
          ++i;
        } else if (text[i] == ':' && i + 1 < n && IsDigit(text[i + 1])) {
          clock = true;
          digits += ':';
          ++i;
        } else {
          break;
        }
      }
      Piece number;
      number.kind = Kind::kNumber;
      number.word = digits;
      number.begin = start;
      number.end = i;
      number.clock = clock;
      number.number = clock ? 0 : std::strtod(digits.c_str(), nullptr);
      number.year_like = !comma && digits.size() == 4 && digits.find('.') == std::string::npos;
      // Letters glued on: a scale ("200m", "8bn") or part of a name ("G7", "22M3").
      std::size_t letters = i;
      while (letters < n && IsAsciiLetter(text[letters])) ++letters;
      if (letters > i) {
        std::string suffix(text.substr(i, letters - i));
        std::transform(suffix.begin(), suffix.end(), suffix.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        pieces.push_back(number);
        push(Kind::kWord, suffix, i, letters);
        i = letters;
        continue;
      }
      pieces.push_back(number);
    } else if (IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80) {
      std::size_t start = i;
      std::string word;
      while (i < n) {
        char d = text[i];
        const bool ascii = static_cast<unsigned char>(d) < 0x80;
        bool other_sign = false;
        for (const Sign& s : kSigns) {
          other_sign = other_sign || (!ascii && text.substr(i, s.bytes.size()) == s.bytes);
        }
        if (other_sign) break;
        if (!ascii && text.substr(i, 3) == "’") {
          word += '\'';
          i += 3;
        } else if (IsAsciiLetter(d) || IsDigit(d) || d == '-' || d == '\'' ||
                   static_cast<unsigned char>(d) >= 0x80) {
          word += static_cast<char>(std::tolower(static_cast<unsigned char>(d)));
          ++i;
        } else {
          break;
        }
      }
      if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
      push(Kind::kWord, word, start, i);
    } else {
      push(Kind::kBreak, std::string(1, c), i, i + 1);
      ++i;
    }
  }
  return pieces;
}

constexpr std::array<std::string_view, 14> kSkippedBefore = {
    "has", "have", "had", "been", "be", "was", "were", "is", "are", "to", "of", "by", "at", "from"};
constexpr std::array<std::string_view, 26> kUnitStops = {
    "of",  "in",   "to",   "from",  "since", "who",  "that", "which", "and",
    "or",  "on",   "at",   "for",   "with",  "by",   "were", "was",   "have",
    "has", "had",  "are",  "is",    "will",  "would", "than", "this"};
constexpr std::array<std::string_view, 10> kDeterminers = {
    "the", "these", "those", "its", "their", "his", "her", "our", "your", "all"};
constexpr std::array<std::string_view, 14> kIrregularParticiples = {
    "died", "fled", "left", "lost", "held", "hit", "shot", "sold", "flew", "sent", "took", "won",
    "paid", "spent"};

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
}

// Words between a number and its noun: adverbs, participles, adjectives of
// nationality, model names with digits ("internally displaced", "Syrian",
// "Tu-22M3").
bool IsModifierWord(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kAdjectives = {
      "new", "more", "other", "additional", "extra", "young", "old", "foreign", "local",
      "innocent", "armed", "civilian", "military", "ordinary"};
  if (IsOneOf(w, kAdjectives)) return true;
  if (std::any_of(w.begin(), w.end(), [](char c) { return IsDigit(c); })) return true;
  return EndsWith(w, "ly") || EndsWith(w, "ed") || EndsWith(w, "ian") || EndsWith(w, "ese") ||
         EndsWith(w, "ive") || EndsWith(w, "al");
}

}  // namespace

std::string QuantityStem(std::string_view word) {
  std::string w;
  for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto strip = [&](std::string_view suffix) {
    if (w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) {
      w.resize(w.size() - suffix.size());
      return true;
    }
    return false;
  };
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ied") == 0) {
    w.replace(w.size() - 3, 3, "y");
  } else if (!strip("ing") && !strip("ed") && !strip("es")) {
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  }
  if (w.size() > 2 && w.back() == 'e') w.pop_back();
  return w;
}

Status QuantityRules::Parse(const RuleFile& file, QuantityRules* out) {
  std::vector<Status> errors;
  for (const RuleLine& line : file.lines()) {
    Status keys = file.CheckKeys(line, {"kind", "value", "high", "unit"});
    if (!keys.ok()) {
      errors.push_back(keys);
      continue;
    }
    if (line.positional.size() != 1 || !line.Has("kind")) {
      errors.push_back(Status::Error(file.ErrorAt(line, "expected one word or quoted phrase and kind=")));
      continue;
    }
    Entry entry;
    const std::string kind = line.Value("kind");
    static const std::map<std::string, Kind> kKinds = {
        {"above", Kind::kAbove}, {"below", Kind::kBelow}, {"near", Kind::kNear},
        {"about", Kind::kAbout}, {"exact", Kind::kExact}, {"number", Kind::kValue},
        {"scale", Kind::kScale}, {"vague", Kind::kVague}, {"unit", Kind::kUnit},
        {"counted", Kind::kCounted}};
    auto known = kKinds.find(kind);
    if (known == kKinds.end()) {
      errors.push_back(Status::Error(file.ErrorAt(
          line, "unknown kind '" + kind +
                    "' (expected above, below, near, about, exact, number, scale, vague, unit or counted)")));
      continue;
    }
    entry.kind = known->second;
    auto number = [&](const std::string& key, double* value) {
      const std::string text = line.Value(key);
      char* end = nullptr;
      *value = std::strtod(text.c_str(), &end);
      if (text.empty() || end == nullptr || *end != '\0' || !(*value >= 0) || std::isinf(*value)) {
        errors.push_back(Status::Error(
            file.ErrorAt(line, key + "=" + text + " is not a number (write 1000000 or 1e6)")));
        return false;
      }
      return true;
    };
    bool needs_value = entry.kind == Kind::kValue || entry.kind == Kind::kScale ||
                       entry.kind == Kind::kVague;
    if (needs_value != line.Has("value")) {
      errors.push_back(Status::Error(file.ErrorAt(
          line, needs_value ? "kind=" + kind + " needs value=" : "kind=" + kind + " takes no value=")));
      continue;
    }
    if (needs_value && !number("value", &entry.value)) continue;
    if ((entry.kind == Kind::kVague) != line.Has("high")) {
      errors.push_back(Status::Error(
          file.ErrorAt(line, entry.kind == Kind::kVague ? "kind=vague needs high="
                                                        : "only kind=vague takes high=")));
      continue;
    }
    if (entry.kind == Kind::kVague) {
      if (!number("high", &entry.high)) continue;
      if (entry.high < entry.value) {
        errors.push_back(Status::Error(file.ErrorAt(line, "high= is below value=")));
        continue;
      }
    }
    if ((entry.kind == Kind::kUnit) != line.Has("unit")) {
      errors.push_back(Status::Error(file.ErrorAt(
          line, entry.kind == Kind::kUnit ? "kind=unit needs unit=" : "only kind=unit takes unit=")));
      continue;
    }
    entry.name = line.Value("unit");
    std::vector<std::string> words;
    for (const Piece& piece : Scan(line.positional[0])) words.push_back(piece.word);
    if (words.empty()) {
      errors.push_back(Status::Error(file.ErrorAt(line, "expected one word or quoted phrase and kind=")));
      continue;
    }
    if (entry.kind == Kind::kCounted) {
      if (words.size() != 1) {
        errors.push_back(Status::Error(file.ErrorAt(line, "kind=counted takes one word")));
      } else {
        out->counted_.insert(QuantityStem(words[0]));
      }
      continue;
    }
    out->longest_ = std::max(out->longest_, words.size());
    out->first_words_.insert(words[0]);
    out->entries_[words] = entry;
  }
  return JoinErrors(errors);
}

Status QuantityRules::Load(const std::vector<std::string>& rules_dirs, QuantityRules* out) {
  std::vector<Status> errors;
  LoadRuleFileLayers(rules_dirs, "quantities.txt",
                     [&](const RuleFile& file) { return Parse(file, out); }, &errors);
  return JoinErrors(errors);
}

const QuantityRules::Entry* QuantityRules::Match(const std::vector<std::string>& words,
                                                 std::size_t i, std::size_t* length) const {
  // Most words start no entry: one hash lookup instead of a key per length.
  if (!first_words_.count(words[i])) return nullptr;
  for (std::size_t k = std::min(longest_, words.size() - i); k >= 1; --k) {
    std::vector<std::string> key(words.begin() + static_cast<std::ptrdiff_t>(i),
                                 words.begin() + static_cast<std::ptrdiff_t>(i + k));
    auto found = entries_.find(key);
    if (found != entries_.end()) {
      *length = k;
      return &found->second;
    }
  }
  return nullptr;
}

std::vector<Quantity> FindQuantities(std::string_view text, const QuantityRules& rules) {
  using Entry = QuantityRules::Entry;
  using EntryKind = QuantityRules::Kind;
  const std::vector<Piece> pieces = Scan(text);
  std::vector<std::string> words;
  for (const Piece& piece : pieces) words.push_back(piece.kind == Kind::kWord ? piece.word : "");
  const std::size_t n = pieces.size();
  auto entry_at = [&](std::size_t i, std::size_t* length) -> const Entry* {
    if (i >= n || pieces[i].kind != Kind::kWord) return nullptr;
    return rules.Match(words, i, length);
  };

  std::vector<Quantity> found;
  std::size_t i = 0;
  while (i < n) {
    const std::size_t start = i;
    // A modifier: "more than", "close to", "an estimated".
    EntryKind bound = EntryKind::kExact;
    std::size_t length = 0;
    if (const Entry* e = entry_at(i, &length);
        e && (e->kind == EntryKind::kAbove || e->kind == EntryKind::kBelow ||
              e->kind == EntryKind::kNear || e->kind == EntryKind::kAbout ||
              e->kind == EntryKind::kExact)) {
      bound = e->kind;
      i += length;
    }
    std::string currency;
    if (i < n && pieces[i].kind == Kind::kCurrency) currency = pieces[i++].word;
    // The number: digits, a number word, "half a", "a" before a scale, or a vague amount.
    double low = 0, high = 0;
    bool have = false, vague = false;
    if (i < n && pieces[i].kind == Kind::kNumber && !pieces[i].clock) {
      low = high = pieces[i].number;
      have = true;
      ++i;
    } else if (const Entry* e = entry_at(i, &length); e && e->kind == EntryKind::kValue) {
      low = high = e->value;
      have = true;
      i += length;
    } else if (const Entry* v = entry_at(i, &length); v && v->kind == EntryKind::kVague) {
      low = v->value;
      high = v->high;
      have = vague = true;
      i += length;
    } else if (i + 1 < n && (words[i] == "a" || words[i] == "an")) {
      std::size_t scale_length = 0;
      const Entry* scale = entry_at(i + 1, &scale_length);
      if (scale && scale->kind == EntryKind::kScale) {
        low = high = 1;
        have = true;
        ++i;
      }
    }
    if (!have) {
      i = start + 1;
      continue;
    }
    const bool year_like = pieces[i - 1].kind == Kind::kNumber && pieces[i - 1].year_like;
    // Scales: "13.5 million", "half a million", "£200m".
    while (!vague && i < n) {
      std::size_t scale_length = 0;
      const Entry* scale = entry_at(i, &scale_length);
      if (!scale || scale->kind != EntryKind::kScale) break;
      low *= scale->value;
      high *= scale->value;
      i += scale_length;
    }
    // Dates and years: "Dec. 30", "since March 2011", "in 2012".
    bool date = false;
    if (start > 0 && pieces[start].kind == Kind::kNumber) {
      date = MonthFromName(words[start - 1]) > 0;
    }
    if (start > 0 && start + 1 < n && pieces[start + 1].kind == Kind::kBreak &&
        pieces[start + 1].word == "." && MonthFromName(words[start - 1]) > 0) {
      date = true;
    }
    // The unit: a currency sign, a percent, or the counted noun after the number.
    std::string unit = currency;
    std::size_t end = i;
    if (i < n && pieces[i].kind == Kind::kPercent) {
      unit.assign(1, '%');  // not `unit = "%"`: g++ 12 warns falsely (-Wrestrict)
      end = ++i;
    } else if (const Entry* u = entry_at(i, &length); u && u->kind == EntryKind::kUnit) {
      unit = u->name;
      i += length;
      end = i;
    } else if (unit.empty()) {
      if (vague && i + 1 < n && words[i] == "of") ++i;  // "thousands of people"
      // The first word that is not a modifier: "people" in "13.5 million
      // internally displaced people", "bombers" in "six Tu-22M3 bombers".
      for (std::size_t k = i; k < n && k < i + 4; ++k) {
        if (pieces[k].kind != Kind::kWord || IsOneOf(words[k], kUnitStops)) break;
        if (IsModifierWord(words[k])) continue;
        unit = QuantityStem(words[k]);
        end = k + 1;
        break;
      }
    }
    if (unit.empty() || date || (year_like && currency.empty() && unit != "%" && low == high &&
                                 low >= 1900 && low <= 2100)) {
      i = std::max(i, start + 1);
      continue;
    }
    switch (bound) {
      case EntryKind::kAbove: high = std::numeric_limits<double>::infinity(); break;
      case EntryKind::kBelow: low = 0; break;
      case EntryKind::kNear: low = 0.85 * low; break;
      case EntryKind::kAbout: low *= 0.8; high *= 1.2; break;
      default: break;
    }
    // The verb: the word before, past auxiliaries and prepositions ("has killed
    // close to ..."), or after the unit ("320,000 people have been killed").
    // After a determiner ("the two countries") the number is inside a noun
    // phrase, and only a participle after it can be its verb.
    std::string verb;
    bool determiner = start > 0 && IsOneOf(words[start - 1], kDeterminers);
    for (std::size_t k = start; !determiner && k > 0 && k + 4 > start;) {
      --k;
      if (pieces[k].kind != Kind::kWord) break;
      if (IsOneOf(words[k], kSkippedBefore)) continue;
      verb = QuantityStem(words[k]);
      break;
    }
    if (verb.empty()) {
      for (std::size_t k = end; k < n && k < end + 4; ++k) {
        if (pieces[k].kind != Kind::kWord) break;
        if (IsOneOf(words[k], kSkippedBefore)) continue;
        if (EndsWith(words[k], "ed") || EndsWith(words[k], "en") || IsOneOf(words[k], kIrregularParticiples)) {
          verb = QuantityStem(words[k]);
        }
        break;
      }
    }
    Quantity quantity;
    quantity.low = low;
    quantity.high = high;
    quantity.verb = verb;
    quantity.unit = unit;
    std::size_t last = std::max(end, start + 1) - 1;
    quantity.text = std::string(text.substr(pieces[start].begin, pieces[last].end - pieces[start].begin));
    found.push_back(std::move(quantity));
    i = std::max(end, start + 1);
  }
  return found;
}

bool QuantitiesDisagree(const Quantity& a, const Quantity& b, double tolerance) {
  if (a.verb.empty() || a.verb != b.verb || a.unit != b.unit) return false;
  return RangesDisagree(a.low, a.high, b.low, b.high, tolerance);
}

bool RangesDisagree(double a_low, double a_high, double b_low, double b_high, double tolerance) {
  const double widen = 1 + tolerance;
  return a_high * widen < b_low || b_high * widen < a_low;
}

}  // namespace claimtrack
