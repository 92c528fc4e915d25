// Loading sides.txt, aliases.txt and stopwords.txt, and looking phrases up.
#include "match/matching_rules.h"

#include <filesystem>

#include "base/rule_file.h"
#include "extract/extraction_rules.h"
#include "text/tokenizer.h"

namespace claimtrack {

std::vector<std::string> MatchWords(std::string_view text) {
  static const Tokenizer tokenizer;
  std::vector<std::string> words;
  for (Token& token : tokenizer.Tokenize(text, Span{0, text.size()})) {
    if (!token.is_word() && token.kind != TokenKind::kNumber) continue;
    std::string word = std::move(token.lower);
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    words.push_back(std::move(word));
  }
  return words;
}

namespace {

std::string JoinWords(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  return joined;
}

// Files of `PHRASE key=VALUE` lines.
Status LoadPhraseFile(const RuleFile& file, std::string_view key, PhraseMap<std::string>* map) {
  std::vector<Status> errors;
  for (const RuleLine& line : file.lines()) {
    Status keys = file.CheckKeys(line, {key});
    if (!keys.ok()) {
      errors.push_back(keys);
      continue;
    }
    if (line.positional.size() != 1 || !line.Has(key)) {
      errors.push_back(Status::Error(file.ErrorAt(
          line, "expected a phrase and " + std::string(key) + "=\"...\"")));
      continue;
    }
    std::vector<std::string> words = MatchWords(line.positional[0]);
    // A leading "the" is ignored on both sides ("the Pentagon" = "Pentagon").
    if (words.size() > 1 && words[0] == "the") words.erase(words.begin());
    std::string phrase = JoinWords(words);
    if (phrase.empty()) {
      errors.push_back(Status::Error(file.ErrorAt(line, "the entry has no words")));
    } else if (!map->Add(phrase, line.Value(key))) {
      errors.push_back(Status::Error(
          file.ErrorAt(line, "duplicate entry '" + line.positional[0] + "'")));
    }
  }
  return JoinErrors(errors);
}

}  // namespace

Status MatchingRules::Load(const std::string& rules_dir, MatchingRules* out) {
  std::vector<Status> errors;
  auto read = [&](const std::string& name, RuleFile* file) {
    Status status = RuleFile::Read((std::filesystem::path(rules_dir) / name).string(),
                                   RuleFileDisplayName(rules_dir, name), file);
    if (!status.ok()) errors.push_back(status);
    return status.ok();
  };
  RuleFile file;
  if (read("sides.txt", &file)) errors.push_back(LoadPhraseFile(file, "side", &out->sides_));
  if (read("aliases.txt", &file)) errors.push_back(LoadPhraseFile(file, "name", &out->aliases_));
  if (read("stopwords.txt", &file)) {
    for (const RuleLine& line : file.lines()) {
      if (line.positional.size() != 1 || !line.keyed.empty()) {
        errors.push_back(Status::Error(file.ErrorAt(line, "expected one word")));
      } else if (!out->stopwords_.insert(LowerText(line.positional[0])).second) {
        errors.push_back(Status::Error(
            file.ErrorAt(line, "duplicate entry '" + line.positional[0] + "'")));
      }
    }
  }
  return JoinErrors(errors);
}

const std::string* MatchingRules::LongestIn(const PhraseMap<std::string>& map,
                                            std::string_view text,
                                            std::size_t* found_length) const {
  std::vector<std::string> words = MatchWords(text);
  auto word_at = [&](std::size_t k) -> const std::string* {
    return k < words.size() ? &words[k] : nullptr;
  };
  const std::string* best = nullptr;
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::size_t length = 0;
    const std::string* value = map.Match(i, word_at, &length);
    if (value && length > best_length) {
      best = value;
      best_length = length;
    }
  }
  if (found_length) *found_length = best_length;
  return best;
}

std::string MatchingRules::SideOfText(std::string_view text) const {
  const std::string* side = LongestIn(sides_, text);
  return side ? *side : "";
}

std::string MatchingRules::SideOf(const Claim& claim) const {
  // Name, role and mention are looked up apart, so that no phrase spans two
  // of them; the longest phrase found wins.
  const std::string* best = nullptr;
  std::size_t best_length = 0;
  for (const std::string* text : {&claim.source, &claim.role, &claim.mention}) {
    std::size_t length = 0;
    const std::string* side = LongestIn(sides_, *text, &length);
    if (side && length > best_length) {
      best = side;
      best_length = length;
    }
  }
  return best ? *best : "";
}

std::string MatchingRules::CanonicalSource(std::string_view name) const {
  std::vector<std::string> words = MatchWords(name);
  if (!words.empty() && words[0] == "the") words.erase(words.begin());
  auto word_at = [&](std::size_t k) -> const std::string* {
    return k < words.size() ? &words[k] : nullptr;
  };
  // An alias must cover the whole name, not a part of it.
  std::size_t length = 0;
  const std::string* canonical = aliases_.Match(0, word_at, &length);
  if (canonical && length == words.size()) return *canonical;
  return std::string(name);
}

}  // namespace claimtrack
