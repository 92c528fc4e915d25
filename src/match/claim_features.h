// ClaimFeatures: what matching compares between claims — the salient words
// of each claim's content, weighted by rarity across the store (tf-idf over
// lowercase, lightly stemmed words without stop words), plus the claim's
// side and canonical source. An inverted index from word to claims yields
// candidate pairs without comparing all pairs, so the cost grows with the
// number of claims that share a word, not with the square of all claims.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/matching_rules.h"
#include "model/claim.h"

namespace claimtrack {

struct WeightedWord {
  int word = 0;        // index into ClaimFeatures::words()
  double weight = 0;   // tf-idf, normalized so that a claim's vector has length 1
};

class ClaimFeatures {
 public:
  // Computes features for every claim; `claims` must outlive this object.
  ClaimFeatures(const std::vector<Claim>& claims, const MatchingRules& rules);

  std::size_t size() const { return claims_.size(); }
  const Claim& claim(std::size_t i) const { return claims_[i]; }
  const std::string& side(std::size_t i) const { return sides_[i]; }
  const std::string& source_key(std::size_t i) const { return source_keys_[i]; }
  const std::vector<WeightedWord>& vector(std::size_t i) const { return vectors_[i]; }
  // Salient words in the order they appear in the content (for topic names).
  const std::vector<int>& sequence(std::size_t i) const { return sequences_[i]; }
  const std::string& word(int id) const { return words_[static_cast<std::size_t>(id)]; }
  double idf(int id) const { return idf_[static_cast<std::size_t>(id)]; }

  // Cosine similarity of two claims' word vectors, in [0, 1].
  double Similarity(std::size_t a, std::size_t b) const;
  // The words two claims share, rarest first.
  std::vector<int> SharedWords(std::size_t a, std::size_t b) const;
  // True when claim `i` writes the word capitalized inside the sentence, as
  // part of a name ("Syrian President Bashar Assad"): names alone do not
  // make two claims one topic.
  bool IsNameIn(std::size_t i, int id) const;

  // Claims sharing at least one salient word with claim `i` whose weight in
  // `i` is at least `min_weight` (so very common words do not fan out).
  // Words held by more than `max_postings` claims are skipped.
  std::vector<std::size_t> Candidates(std::size_t i, double min_weight = 0.0,
                                      std::size_t max_postings = 5000) const;

 private:
  const std::vector<Claim>& claims_;
  std::vector<std::string> sides_;
  std::vector<std::string> source_keys_;
  std::vector<std::vector<WeightedWord>> vectors_;  // sorted by word id
  std::vector<std::vector<int>> sequences_;
  std::vector<std::string> words_;
  std::vector<double> idf_;
  std::vector<std::vector<int>> names_;  // per claim: sorted ids written as names
  std::vector<std::vector<std::size_t>> postings_;  // word id -> claims
};

// Light stemming for matching: "warplanes" -> "warplane", "militias" ->
// "militia", "talks" -> "talk"; words of 3 letters or fewer are kept.
std::string StemWord(const std::string& lower_word);

}  // namespace claimtrack
