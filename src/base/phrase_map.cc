// SplitWords for PhraseMap.
#include "base/phrase_map.h"

namespace claimtrack {

std::vector<std::string> SplitWords(std::string_view phrase) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    std::size_t start = i;
    while (i < phrase.size() && phrase[i] != ' ') ++i;
    if (i > start) words.emplace_back(phrase.substr(start, i - start));
  }
  return words;
}

}  // namespace claimtrack
