// Loading sides.txt, aliases.txt and stopwords.txt, and looking phrases up.
#include "match/matching_rules.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include "base/rule_file.h"
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
  std::set<std::string> seen;  // a repeat within one file is a mistake; a later folder overrides
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
    } else if (map->Set(phrase, line.Value(key)), !seen.insert(phrase).second) {
      errors.push_back(Status::Error(
          file.ErrorAt(line, "duplicate entry '" + line.positional[0] + "'")));
    }
  }
  return JoinErrors(errors);
}

}  // namespace

Status MatchingRules::Load(const std::string& rules_dir, MatchingRules* out) {
  return Load(std::vector<std::string>{rules_dir}, out);
}

Status MatchingRules::Load(const std::vector<std::string>& rules_dirs, MatchingRules* out) {
  std::vector<Status> errors;
  auto each = [&](const std::string& name, const std::function<Status(const RuleFile&)>& load) {
    LoadRuleFileLayers(rules_dirs, name, load, &errors);
  };
  each("sides.txt", [&](const RuleFile& f) { return LoadPhraseFile(f, "side", &out->sides_); });
  each("aliases.txt", [&](const RuleFile& f) { return LoadPhraseFile(f, "name", &out->aliases_); });
  each("stopwords.txt", [&](const RuleFile& file) {
    std::vector<Status> problems;
    std::set<std::string> seen;
    for (const RuleLine& line : file.lines()) {
      if (line.positional.size() != 1 || !line.keyed.empty()) {
        problems.push_back(Status::Error(file.ErrorAt(line, "expected one word")));
      } else if (!seen.insert(LowerText(line.positional[0])).second) {
        problems.push_back(Status::Error(
            file.ErrorAt(line, "duplicate entry '" + line.positional[0] + "'")));
      } else {
        out->stopwords_.insert(LowerText(line.positional[0]));
      }
    }
    return JoinErrors(problems);
  });
  each("quantities.txt", [&](const RuleFile& f) { return QuantityRules::Parse(f, &out->quantities_); });
  each("topics.txt", [&](const RuleFile& file) {
    std::vector<Status> problems;
    std::set<std::string> seen;
    for (const RuleLine& line : file.lines()) {
      Status keys = file.CheckKeys(line, {"phrases"});
      if (!keys.ok()) {
        problems.push_back(keys);
        continue;
      }
      if (line.positional.size() != 1 || !line.Has("phrases")) {
        problems.push_back(
            Status::Error(file.ErrorAt(line, "expected a topic name and phrases=\"...\"")));
        continue;
      }
      Topic topic;
      topic.name = line.positional[0];
      std::string list = line.Value("phrases");
      std::size_t start = 0;
      while (start <= list.size()) {
        std::size_t comma = std::min(list.find(',', start), list.size());
        std::vector<std::string> words = MatchWords(std::string_view(list).substr(start, comma - start));
        if (!words.empty()) topic.phrases.push_back(std::move(words));
        start = comma + 1;
      }
      if (topic.phrases.empty()) {
        problems.push_back(Status::Error(file.ErrorAt(line, "the topic has no phrases")));
      } else if (!seen.insert(LowerText(topic.name)).second) {
        problems.push_back(Status::Error(file.ErrorAt(line, "duplicate topic '" + topic.name + "'")));
      } else {
        bool replaced = false;
        for (Topic& earlier : out->topics_) {
          if (LowerText(earlier.name) == LowerText(topic.name)) {
            earlier = topic;
            replaced = true;
          }
        }
        if (!replaced) out->topics_.push_back(std::move(topic));
      }
    }
    return JoinErrors(problems);
  });
  return JoinErrors(errors);
}

std::string MatchingRules::NamedTopicOf(std::string_view text) const {
  std::vector<std::string> words = MatchWords(text);
  for (const Topic& topic : topics_) {
    for (const std::vector<std::string>& phrase : topic.phrases) {
      if (phrase.size() > words.size()) continue;
      for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
        if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
          return topic.name;
        }
      }
    }
  }
  return "";
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

std::string MatchingRules::SideOfText(std::string_view text, std::size_t* length) const {
  *length = 0;
  const std::string* side = LongestIn(sides_, text, length);
  if (!side) *length = 0;
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
  // Aliases may chain ("The rebels" -> "Bashar al-Ja'afari" -> "Bashar
  // Ja'afari"); a few steps at most, so a cycle cannot loop.
  std::string current(name);
  for (int step = 0; step < 4; ++step) {
    std::vector<std::string> words = MatchWords(current);
    if (!words.empty() && words[0] == "the") words.erase(words.begin());
    auto word_at = [&](std::size_t k) -> const std::string* {
      return k < words.size() ? &words[k] : nullptr;
    };
    // An alias must cover the whole name, not a part of it.
    std::size_t length = 0;
    const std::string* canonical = aliases_.Match(0, word_at, &length);
    if (!canonical || length != words.size() || *canonical == current) break;
    current = *canonical;
  }
  return current;
}

}  // namespace claimtrack
