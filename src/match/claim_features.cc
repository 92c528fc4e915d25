// ClaimFeatures: salient words, tf-idf vectors and the inverted index.
#include "match/claim_features.h"

#include <algorithm>
#include <cmath>

#include "text/tokenizer.h"

namespace claimtrack {

std::string StemWord(const std::string& w) {
  if (w.size() <= 3) return w;
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) return w.substr(0, w.size() - 3) + "y";
  if (w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i') {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

ClaimFeatures::ClaimFeatures(const std::vector<Claim>& claims, const MatchingRules& rules)
    : claims_(claims) {
  std::unordered_map<std::string, int> ids;
  std::vector<std::vector<int>> raw(claims.size());
  names_.resize(claims.size());
  sides_.reserve(claims.size());
  source_keys_.reserve(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& claim = claims[i];
    sides_.push_back(rules.SideOf(claim));
    std::string key;
    for (const std::string& w : MatchWords(rules.CanonicalSource(claim.source))) {
      if (w == "the") continue;
      if (!key.empty()) key += ' ';
      key += w;
    }
    source_keys_.push_back(key);
    static const Tokenizer tokenizer;
    std::vector<Token> tokens = tokenizer.Tokenize(claim.content, Span{0, claim.content.size()});
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      if (!tokens[t].is_word() && tokens[t].kind != TokenKind::kNumber) continue;
      std::string w = tokens[t].lower;
      if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
      bool name = t > 0 && tokens[t].capitalized;
      if (rules.IsStopword(w) || w.size() < 2) continue;
      bool has_letter = std::any_of(w.begin(), w.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
      });
      bool has_digit = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!has_letter && !has_digit) continue;
      std::string stem = StemWord(w);
      auto [it, added] = ids.emplace(stem, static_cast<int>(words_.size()));
      if (added) words_.push_back(stem);
      raw[i].push_back(it->second);
      if (name) names_[i].push_back(it->second);
    }
  }
  // Document frequency: in how many claims each word appears.
  std::vector<int> df(words_.size(), 0);
  for (auto& words : raw) {
    std::vector<int> unique = words;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (int id : unique) ++df[static_cast<std::size_t>(id)];
  }
  idf_.resize(words_.size());
  double n = static_cast<double>(claims.size());
  for (std::size_t id = 0; id < words_.size(); ++id) {
    idf_[id] = std::log((n + 1.0) / (df[id] + 0.5));
  }
  postings_.resize(words_.size());
  vectors_.resize(claims.size());
  sequences_ = raw;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::vector<int> sorted = raw[i];
    std::sort(sorted.begin(), sorted.end());
    std::vector<WeightedWord>& vec = vectors_[i];
    for (std::size_t k = 0; k < sorted.size();) {
      std::size_t j = k;
      while (j < sorted.size() && sorted[j] == sorted[k]) ++j;
      double tf = 1.0 + std::log(static_cast<double>(j - k));
      vec.push_back(WeightedWord{sorted[k], tf * idf_[static_cast<std::size_t>(sorted[k])]});
      postings_[static_cast<std::size_t>(sorted[k])].push_back(i);
      k = j;
    }
    double norm = 0;
    for (const WeightedWord& w : vec) norm += w.weight * w.weight;
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (WeightedWord& w : vec) w.weight /= norm;
    }
  }
}

bool ClaimFeatures::IsNameIn(std::size_t i, int id) const {
  return std::find(names_[i].begin(), names_[i].end(), id) != names_[i].end();
}

double ClaimFeatures::Similarity(std::size_t a, std::size_t b) const {
  const auto& x = vectors_[a];
  const auto& y = vectors_[b];
  double dot = 0;
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i].word < y[j].word) {
      ++i;
    } else if (x[i].word > y[j].word) {
      ++j;
    } else {
      dot += x[i].weight * y[j].weight;
      ++i;
      ++j;
    }
  }
  return std::clamp(dot, 0.0, 1.0);
}

std::vector<int> ClaimFeatures::SharedWords(std::size_t a, std::size_t b) const {
  std::vector<int> shared;
  const auto& x = vectors_[a];
  const auto& y = vectors_[b];
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i].word < y[j].word) {
      ++i;
    } else if (x[i].word > y[j].word) {
      ++j;
    } else {
      shared.push_back(x[i].word);
      ++i;
      ++j;
    }
  }
  std::sort(shared.begin(), shared.end(), [&](int p, int q) { return idf(p) > idf(q); });
  return shared;
}

std::vector<std::size_t> ClaimFeatures::Candidates(std::size_t i, double min_weight,
                                                   std::size_t max_postings) const {
  std::vector<std::size_t> out;
  for (const WeightedWord& w : vectors_[i]) {
    if (w.weight < min_weight) continue;
    const auto& posting = postings_[static_cast<std::size_t>(w.word)];
    if (posting.size() > max_postings) continue;
    for (std::size_t other : posting) {
      if (other != i) out.push_back(other);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace claimtrack
