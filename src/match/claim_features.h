// ClaimFeatures: what matching compares between claims, computed once per
// claim: the salient words of its content weighted by rarity (tf-idf over
// lowercase, lightly stemmed words without stop words), the word bag the
// contradiction rules compare (contradiction.h), and the claim's side,
// canonical source and article as small integer ids.
//
// Candidate pairs come from blocking: two claims are compared only when they
// share a *blocking word*, a word held by at most `block_limit` claims. Common
// words ("government", "sanctions") are held by a share of all claims that
// does not shrink as the store grows, so pairing on them would make matching
// quadratic; a rare word (a name, a place, a number, the words of one event)
// keeps each claim's candidate list about the same length at any store size,
// and matching about linear in the number of claims.
//
// Weights are stable: a word's idf depends only on its own document frequency
// (rounded to a quarter octave above 8, see WeightKey) and on the store size
// rounded up to a power of two, so adding claims changes the weights of few
// other claims. That is the ground for the incremental match (a part of the
// store matched with the whole store's frequencies, StoreWeights below).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match/contradiction.h"
#include "match/match_claims.h"
#include "match/matching_rules.h"
#include "model/claim.h"

namespace claimtrack {

// Rows of variable length stored end to end: one allocation for all claims.
// Offsets are 32 bits (4 bytes a row rather than 8): at most 2^32 - 1
// elements in all, about 200 times what a million claims need; more throws
// std::length_error, as a std::vector too large does.
template <typename T>
class Rows {
 public:
  Rows() : offsets_{0} {}
  // Rows already laid out: row i is data[offsets[i], offsets[i + 1]).
  // `offsets` must ascend from 0 to data.size().
  Rows(std::vector<std::uint32_t> offsets, std::vector<T> data)
      : offsets_(std::move(offsets)), data_(std::move(data)) {}
  // Room for `rows` more rows of `elements` in all, when known: no regrowth,
  // no slack.
  void Reserve(std::size_t rows, std::size_t elements) {
    offsets_.reserve(offsets_.size() + rows);
    data_.reserve(data_.size() + elements);
  }
  void Add(std::span<const T> row) {
    data_.insert(data_.end(), row.begin(), row.end());
    if (data_.size() > UINT32_MAX) throw std::length_error("Rows: more than 2^32 - 1 elements");
    offsets_.push_back(static_cast<std::uint32_t>(data_.size()));
  }
  // Where row i starts among the elements of all rows.
  std::size_t offset(std::size_t i) const { return offsets_[i]; }
  // The element at `index` among the elements of all rows.
  const T& data(std::size_t index) const { return data_[index]; }
  std::span<const T> operator[](std::size_t i) const {
    return std::span<const T>(data_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  std::span<T> mutable_row(std::size_t i) {
    return std::span<T>(data_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  std::size_t size() const { return offsets_.size() - 1; }

 private:
  std::vector<std::uint32_t> offsets_;
  std::vector<T> data_;
};

// Every claim's word vector, packed end to end: for each word, ascending
// by id, one varint of (the gap from the previous word's id) << 2 | (written
// as a name) << 1 | (count above 1), then, when the count is above 1, a
// varint of count - 2. Word ids are dense and a claim's words are few, so
// most gaps take one or two bytes: about 2 bytes a word where an int id, a
// count byte and a name bit took 5.1 (the vectors were the largest part of
// the features). Read in order only, through a Cursor.
class PackedVectors {
 public:
  PackedVectors() : starts_{0} {}
  // Room for `vectors` more vectors of `bytes` in all, when known: untouched
  // room costs address space only, and it spares the copy of a growing array.
  void Reserve(std::size_t vectors, std::size_t bytes) {
    starts_.reserve(starts_.size() + vectors);
    bytes_.reserve(bytes_.size() + bytes);
  }
  // Appends a vector: `words` ascending without repeats, their counts (at
  // least 1) and whether each was written as a name, all of one length.
  // More than 2^32 - 1 bytes in all throws std::length_error.
  void Add(std::span<const int> words, std::span<const int> counts, std::span<const char> names);
  std::size_t size() const { return starts_.size() - 1; }
  std::size_t bytes() const { return bytes_.size(); }

  // Walks one vector: Next() moves to its next word, false past the last.
  class Cursor {
   public:
    Cursor(const std::uint8_t* at, const std::uint8_t* end) : at_(at), end_(end) {}
    bool Next() {
      if (at_ == end_) return false;
      const std::uint32_t head = Varint();
      word += static_cast<int>(head >> 2);
      name = (head >> 1) & 1;
      count = (head & 1) ? static_cast<int>(Varint()) + 2 : 1;
      return true;
    }
    int word = 0;
    int count = 0;
    bool name = false;

   private:
    std::uint32_t Varint() {
      std::uint32_t value = 0;
      for (int shift = 0;; shift += 7) {
        const std::uint8_t byte = *at_++;
        value |= static_cast<std::uint32_t>(byte & 0x7f) << shift;
        if (byte < 0x80) return value;
      }
    }
    const std::uint8_t* at_;
    const std::uint8_t* end_;
  };
  Cursor operator[](std::size_t i) const {
    return Cursor(bytes_.data() + starts_[i], bytes_.data() + starts_[i + 1]);
  }

 private:
  void PutVarint(std::uint32_t value);
  std::vector<std::uint8_t> bytes_;
  std::vector<std::uint32_t> starts_;  // vector i is bytes_[starts_[i], starts_[i + 1])
};

// Scratch space for ClaimFeatures::Candidates, one per thread: the claims
// reached so far and the part of each one's dot product over blocking words,
// in a small open-addressing table sized to the postings read (not an entry
// per claim of the store, which cost 12 bytes a claim per thread).
struct CandidateScratch {
  std::vector<std::uint32_t> slots;  // claim + 1 held there; 0: empty
  std::vector<double> partial;       // parallel to slots
  std::vector<std::size_t> used;     // slots filled, in the order filled
};

// The whole store's word counts, for computing features of only some of its
// claims (an incremental match): with them each claim gets the weights, and
// each word the blocking status, it would have among all claims.
struct StoreWeights {
  // Stem -> how many claims of the store hold it; null: count the given claims.
  // A stem missing from the map counts as in the given claims.
  const std::unordered_map<std::string, int>* df = nullptr;
  // How many claims the store holds (0: as many as are given).
  std::size_t claims = 0;
};

// What a claim's word bag holds besides its vector words, for the claims
// where it differs: stems the bag keeps but the vector does not (an antonym
// that is a stop word), vector words the bag leaves out (a negation that is
// no stop word), and the negated stems, end to end from `offset` in a shared
// array.
struct BagRest {
  std::uint32_t claim = 0;
  std::uint32_t extra = 0;
  std::uint32_t missing = 0;
  std::uint32_t negated = 0;
  std::uint32_t offset = 0;  // 16 bytes a rest, where a size_t made it 24
};

// What ClaimFeatures takes from the claims' contents, read a part at a time
// as the claims are read: each claim's vector (its distinct salient words,
// their counts, which are written as names), the words' document
// frequencies, and its word bag as what differs from its vector (see
// ClaimFeatures::bag); and from its names, its side and canonical source.
// A content (and a role and mention, read only for the side) is not needed
// again once read, so a full match lets it go (MatchClaims::ReleaseContents)
// and never holds every content at once.
class ClaimWords {
 public:
  // `rules` and `antonyms` must outlive this object.
  ClaimWords(const MatchingRules& rules, const Antonyms& antonyms);
  // Reads the contents, roles and mentions of claims [first, first + count)
  // of `claims` (held: first >= claims.first_content()); `first` must be
  // size(), so that claims are read in order, once each. `threads` (at
  // least 1) tokenize and look names up; words, sides and sources are
  // numbered in claim order, whatever the threads and the parts.
  void Read(const MatchClaims& claims, std::size_t first, std::size_t count, unsigned threads);
  // How many claims have been read.
  std::size_t size() const { return bag_shapes_.size(); }
  // How many claims will be read in all, when known (0: unknown): room for
  // their vectors is made once the first part shows their size.
  void ExpectClaims(std::size_t claims) { expected_claims_ = claims; }

 private:
  friend class ClaimFeatures;
  const MatchingRules& rules_;
  const Antonyms& antonyms_;
  BagVocabulary vocabulary_;
  std::unordered_map<std::string, int> known_;  // word -> index into known_words_
  std::vector<BagWord> known_words_;
  std::vector<char> known_salient_;
  // Appends a claim's vector from its salient words in order (`row`) and
  // whether each was written as a name; leaves its distinct words, ascending,
  // in scratch_words_.
  void AddVector(const std::vector<int>& row, const std::vector<char>& name,
                 std::vector<std::pair<int, char>>* sorted);
  std::size_t expected_claims_ = 0;
  bool reserved_ = false;
  // As ClaimFeatures keeps them (see there).
  PackedVectors vectors_;
  std::vector<int> df_;  // by word id; may be shorter than the vocabulary
  std::vector<int> scratch_words_, scratch_counts_;
  std::vector<char> scratch_names_;
  // As ClaimFeatures keeps them (see there).
  std::vector<BagShape> bag_shapes_;
  std::vector<BagRest> bag_rests_;
  std::vector<int> bag_rest_words_;

  // Sides and canonical sources of claims [first, first + count): each
  // claim's side is that of the longest sides.txt phrase among its source,
  // role and mention (as MatchingRules::SideOf). Each distinct name is
  // looked up once, when first seen, and its canonical source when first
  // seen as a source.
  void ReadSides(const MatchClaims& claims, std::size_t first, std::size_t count,
                 unsigned threads);
  // What a distinct name (an id into MatchClaims::names()) gave: its side
  // and canonical source as ids into side_pool_ and key_pool_ (-1: none;
  // kKeyUnknown: not yet looked up), and the length of its side's phrase.
  static constexpr int kKeyUnknown = -2;
  struct NameIds {
    int side = -1;
    int key = kKeyUnknown;
    std::uint32_t side_length = 0;
  };
  std::vector<NameIds> name_ids_;
  StringPool side_pool_, key_pool_;
  // The pools' ids renumbered in the order the claims first use them.
  std::vector<int> side_in_claim_order_, key_in_claim_order_;
  int keys_ = 0;
  // As ClaimFeatures keeps them (see there).
  std::vector<std::string> side_names_;
  std::vector<int> side_ids_;
  std::vector<int> source_keys_;
};

class ClaimFeatures {
 public:
  // Computes features for every claim, reading every content (all held);
  // `claims` and `rules` must outlive this object. `threads` (at least 1)
  // split the per-claim work.
  ClaimFeatures(const MatchClaims& claims, const MatchingRules& rules, const Antonyms& antonyms,
                std::size_t block_limit, unsigned threads = 1, StoreWeights store = {});
  // The same from contents read before, as the claims were read: `words`
  // must have read every claim of `claims`, whose contents need not be held.
  // What is left to compute is not split: `threads` is not used.
  ClaimFeatures(const MatchClaims& claims, ClaimWords words, std::size_t block_limit,
                unsigned threads = 1, StoreWeights store = {});

  std::size_t size() const { return claims_.size(); }
  // Lets go of everything but the words, their counts and their postings,
  // once matching is done (the exported word index reads only these):
  // afterwards only word(), idf(), df(), word_count(), postings() and
  // IsBlockingWord() may be called.
  void ReleaseAllButWords();
  // The claim's stance (the claims' own array: the pair rules read it for
  // every candidate).
  Stance stance(std::size_t i) const { return claims_.stance(i); }
  // The side's name, empty when none; side_id is -1 when none.
  const std::string& side(std::size_t i) const;
  int side_id(std::size_t i) const { return side_ids_[i]; }
  // Canonical source (aliases.txt, "the" dropped) as an id: equal ids, same speaker.
  int source_key(std::size_t i) const { return source_keys_[i]; }
  // The article, as an id: equal ids, same `doc`.
  int doc_id(std::size_t i) const { return static_cast<int>(claims_.doc_id(i)); }
  // The claim's word vector: its salient words, ascending by id, and the
  // weight of the k-th of them (tf-idf, normalized so that the vector has
  // length 1). A weight is computed on each call from the word's count in
  // the claim, its idf and the claim's norm, by the same operations as when
  // the vector was made, so it is the same double: the counts are kept
  // instead of the weights. Vectors are packed (PackedVectors), so these
  // two unpack the vector on each call; loops over a vector's words use
  // vector() and weight().
  std::vector<int> vector_words(std::size_t i) const;
  double vector_weight(std::size_t i, std::size_t k) const;
  // A cursor over the claim's words, ascending (see PackedVectors), and the
  // weight of the word it is at.
  PackedVectors::Cursor vector(std::size_t i) const { return vectors_[i]; }
  double weight(std::size_t i, const PackedVectors::Cursor& at) const {
    return Tf(at.count) * idf_[static_cast<std::size_t>(at.word)] / norms_[i];
  }
  // Salient words in the order they appear in the content, repeats included
  // (for topic names). Computed again from the content on each call: only
  // the members of disputes need them, and kept for every claim they were
  // the third largest part of the features. The first form requires the
  // claim's content held; the second takes a claim's content read again.
  std::vector<int> sequence(std::size_t i) const { return sequence(claims_.content(i)); }
  std::vector<int> sequence(std::string_view content) const;
  const std::string& word(int id) const { return vocabulary_.stems[static_cast<std::size_t>(id)]; }
  double idf(int id) const { return idf_[static_cast<std::size_t>(id)]; }
  // In how many claims the word is salient.
  int df(int id) const { return df_[static_cast<std::size_t>(id)]; }
  // What MayFlip and FlipAnchor read of the claim's word bag.
  BagShape bag_shape(std::size_t i) const { return bag_shapes_[i]; }
  // The claim's word bag. Bags are not kept whole (they were a sixth of the
  // features): a bag's words are mostly its vector's words, so only what
  // differs is kept, for the claims where anything does (BagRest), and the
  // bag is put together again on each call.
  WordBag bag(std::size_t i) const;
  const BagVocabulary& vocabulary() const { return vocabulary_; }
  std::size_t block_limit() const { return block_limit_; }
  // The store size the weights are computed for: the number of claims
  // rounded up to a power of two (at least 64).
  std::size_t weight_base() const { return weight_base_; }

  // Cosine similarity of two claims' word vectors, in [0, 1].
  double Similarity(std::size_t a, std::size_t b) const;
  // The words two claims share, rarest first.
  std::vector<int> SharedWords(std::size_t a, std::size_t b) const;
  // True when claim `i` writes the word capitalized inside the sentence, as
  // part of a name ("Syrian President Bashar Assad"): names alone do not
  // make two claims one topic.
  bool IsNameIn(std::size_t i, int id) const;
  // True when the word is a blocking word (held by at most block_limit claims).
  bool IsBlockingWord(int id) const { return df(id) > 0 && static_cast<std::size_t>(df(id)) <= block_limit_; }
  // The given claims holding a blocking word, ascending (empty for other words).
  std::span<const std::uint32_t> postings(int id) const {
    return postings_[static_cast<std::size_t>(id)];
  }
  // Number of word ids (salient or not).
  std::size_t word_count() const { return df_.size(); }

  // Claims other than `i` sharing a blocking word with claim `i`, ascending,
  // into `*out` (replaced). Only those whose Similarity with `i` may reach
  // `min_similarity` are kept: the dot product over blocking words is
  // summed while gathering (with the holders' weights rounded away from
  // zero, so at least the exact sum), and the rest (common words) can add
  // at most the product of the two claims' weight on common words
  // (Cauchy-Schwarz, rounded up), so no candidate at or above it is ever
  // dropped, and a few below it may be kept. For the claims at or above it
  // the relation is symmetric: j is kept for i when i is kept for j.
  void Candidates(std::size_t i, double min_similarity, CandidateScratch* scratch,
                  std::vector<std::uint32_t>* out) const;

 private:
  const MatchClaims& claims_;
  const MatchingRules& rules_;
  std::size_t block_limit_;
  std::size_t weight_base_ = 64;
  std::vector<std::string> side_names_;
  std::vector<int> side_ids_;
  std::vector<int> source_keys_;
  BagVocabulary vocabulary_;
  std::vector<int> df_;
  std::vector<double> idf_;
  // 1 + ln(count): from a table below kCountEscape, by the same expression
  // above it, so the same double either way.
  double Tf(int count) const {
    return count < kCountEscape ? tf_[static_cast<std::size_t>(count)]
                                : 1.0 + std::log(static_cast<double>(count));
  }
  friend class ClaimWords;
  static constexpr int kCountEscape = 255;
  PackedVectors vectors_;
  std::vector<double> tf_;     // 1 + ln(count), by count below kCountEscape
  std::vector<double> norms_;  // per claim: the vector's length before normalizing (1 when 0)
  std::vector<BagShape> bag_shapes_;
  std::vector<BagRest> bag_rests_;   // by claim, only the claims whose bag differs from the vector
  std::vector<int> bag_rest_words_;  // BagRest::offset points here
  // Blocking word id -> the claims holding it (empty for other words), and
  // parallel to its elements the word's weight in each, as a float rounded
  // away from zero: two arrays, 8 bytes a posting (a double weight made it
  // 12, a struct of both 16). The weights only bound which claims
  // Candidates keeps: a word's weights in two claims have one sign (its
  // idf's), so each product of a claim's exact weight and a holder's
  // rounded one is at least the exact product, the bound keeps every claim
  // the doubles kept and perhaps a few more, and every caller's own
  // similarity test turns those away (as for common_norm_ below).
  Rows<std::uint32_t> postings_;
  std::vector<float> posting_weights_;
  // Per claim: the length of its vector on non-blocking words, as a float
  // rounded up (4 bytes a claim, not 8). It only bounds which claims
  // Candidates keeps: rounded up, the bound keeps every claim the double
  // kept, and perhaps a few more, which every caller's own similarity test
  // (at least the bound's) then turns away, so the rules find the same.
  std::vector<float> common_norm_;
};

// The key of a word's weight: its document frequency, exact up to 8 and
// rounded down to a quarter octave above. Claims whose words keep their keys
// keep their vectors.
int WeightKey(int df);

// Light stemming for matching: "warplanes" -> "warplane", "militias" ->
// "militia", "talks" -> "talk"; words of 3 letters or fewer are kept.
std::string StemWord(const std::string& lower_word);

}  // namespace claimtrack
