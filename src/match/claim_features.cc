// ClaimFeatures: salient words, stable tf-idf vectors, word bags and the
// blocking index.
#include "match/claim_features.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <thread>
#include <unordered_map>

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

int WeightKey(int df) {
  if (df <= 8) return df;
  return 100 + static_cast<int>(std::floor(4.0 * std::log2(static_cast<double>(df))));
}

namespace {

// The document frequency a weight key stands for: the key itself up to 8,
// else the middle of its quarter octave.
double KeyFrequency(int key) {
  if (key <= 8) return key;
  return std::exp2((key - 100 + 0.5) / 4.0);
}

// What one claim yields before its words are interned: the work that needs
// no shared state, done on several threads.
struct TokenizedContent {
  std::vector<std::string> words;  // MatchWords of the content
  std::vector<char> name;          // per word: capitalized inside the sentence
};

void ReadWords(std::string_view content, TokenizedContent* out) {
  static const Tokenizer tokenizer;
  out->words.clear();
  out->name.clear();
  std::vector<Token> tokens = tokenizer.Tokenize(content, Span{0, content.size()});
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!tokens[t].is_word() && tokens[t].kind != TokenKind::kNumber) continue;
    std::string w = std::move(tokens[t].lower);
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    out->words.push_back(std::move(w));
    out->name.push_back(t > 0 && tokens[t].capitalized);
  }
}

// What matching needs of one distinct name (a source, role or mention):
// the side its longest sides.txt phrase gives, with that phrase's length,
// and, for a source, its canonical form as compared between claims.
struct NameFacts {
  std::string side;
  std::size_t side_length = 0;
  std::string source_key;
};

std::string SourceKey(std::string_view source, const MatchingRules& rules) {
  std::string joined;
  for (const std::string& w : MatchWords(rules.CanonicalSource(source))) {
    if (w == "the") continue;
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  return joined;
}

// Runs body(k) for every k in [0, n) on `threads` threads, k taken in turn.
template <typename Body>
void ForEachOnThreads(std::size_t n, unsigned threads, const Body& body) {
  auto work = [&](unsigned t) {
    for (std::size_t k = t; k < n; k += threads) body(k);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& thread : pool) thread.join();
}

// `value` as a float no nearer to zero: of its sign, at least as large in
// magnitude.
float RoundedAway(double value) {
  float rounded = static_cast<float>(value);
  if (std::abs(static_cast<double>(rounded)) < std::abs(value)) {
    rounded = std::nextafter(rounded, value > 0 ? std::numeric_limits<float>::infinity()
                                                : -std::numeric_limits<float>::infinity());
  }
  return rounded;
}

bool IsSalient(const std::string& w, const MatchingRules& rules) {
  if (rules.IsStopword(w) || w.size() < 2) return false;
  return std::any_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
  });
}

}  // namespace

ClaimWords::ClaimWords(const MatchingRules& rules, const Antonyms& antonyms)
    : rules_(rules), antonyms_(antonyms) {}

void PackedVectors::PutVarint(std::uint32_t value) {
  while (value >= 0x80) {
    bytes_.push_back(static_cast<std::uint8_t>(value | 0x80));
    value >>= 7;
  }
  bytes_.push_back(static_cast<std::uint8_t>(value));
}

void PackedVectors::Add(std::span<const int> words, std::span<const int> counts,
                        std::span<const char> names) {
  int previous = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const auto gap = static_cast<std::uint32_t>(words[k] - previous);
    if (gap >= (1u << 30)) throw std::length_error("PackedVectors: word id gap of 2^30 or more");
    previous = words[k];
    const bool more = counts[k] > 1;
    PutVarint(gap << 2 | (names[k] ? 2u : 0u) | (more ? 1u : 0u));
    if (more) PutVarint(static_cast<std::uint32_t>(counts[k] - 2));
  }
  if (bytes_.size() > UINT32_MAX) throw std::length_error("PackedVectors: more than 2^32 - 1 bytes");
  starts_.push_back(static_cast<std::uint32_t>(bytes_.size()));
}

void ClaimWords::AddVector(const std::vector<int>& row, const std::vector<char>& name,
                           std::vector<std::pair<int, char>>* sorted) {
  // The claim's distinct salient words ascending, each with its count, its
  // name bit (written as a name at least once) and one more claim in df_.
  sorted->clear();
  for (std::size_t k = 0; k < row.size(); ++k) sorted->emplace_back(row[k], name[k]);
  std::sort(sorted->begin(), sorted->end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  scratch_words_.clear();
  scratch_counts_.clear();
  scratch_names_.clear();
  for (std::size_t k = 0; k < sorted->size();) {
    std::size_t j = k;
    bool is_name = false;
    while (j < sorted->size() && (*sorted)[j].first == (*sorted)[k].first) {
      is_name = is_name || (*sorted)[j].second != 0;
      ++j;
    }
    const int word = (*sorted)[k].first;
    if (df_.size() <= static_cast<std::size_t>(word))
      df_.resize(static_cast<std::size_t>(word) + 1, 0);
    ++df_[static_cast<std::size_t>(word)];
    scratch_words_.push_back(word);
    scratch_counts_.push_back(static_cast<int>(j - k));
    scratch_names_.push_back(is_name ? 1 : 0);
    k = j;
  }
  vectors_.Add(scratch_words_, scratch_counts_, scratch_names_);
}

void ClaimWords::ReadSides(const MatchClaims& claims, std::size_t first, std::size_t count,
                           unsigned threads) {
  const StringPool& names = claims.names();
  // The names first seen since the last part need their side; the sources
  // whose canonical form is not known yet, their key (a name may be seen
  // as a role first and as a source later). Each is looked up once.
  const std::size_t seen = name_ids_.size();
  name_ids_.resize(names.size());
  std::vector<std::uint32_t> keys_needed;
  for (std::size_t i = first; i < first + count; ++i) {
    NameIds& ids = name_ids_[claims.source_id(i)];
    if (ids.key != kKeyUnknown) continue;
    ids.key = -1;  // looked up below
    keys_needed.push_back(claims.source_id(i));
  }
  // The strings are made a chunk at a time on the threads, and each
  // distinct one is kept once, in a pool (a side and a key string per name,
  // held for every name at once, were a sharp rise at 10^6 synthetic
  // claims, 329,252 names, and left the heap scattered).
  const std::size_t chunk = 8192;
  std::vector<NameFacts> facts(std::min(chunk, std::max(names.size() - seen, keys_needed.size())));
  for (std::size_t done = seen; done < names.size(); done += chunk) {
    const std::size_t part = std::min(chunk, names.size() - done);
    ForEachOnThreads(part, threads, [&](std::size_t k) {
      facts[k].side_length = 0;
      facts[k].side = rules_.SideOfText(names[static_cast<std::uint32_t>(done + k)],
                                        &facts[k].side_length);
    });
    for (std::size_t k = 0; k < part; ++k) {
      NameIds& ids = name_ids_[done + k];
      ids.side_length = static_cast<std::uint32_t>(
          std::min<std::size_t>(facts[k].side_length, UINT32_MAX));
      if (ids.side_length > 0) ids.side = static_cast<int>(side_pool_.Intern(facts[k].side));
    }
  }
  for (std::size_t done = 0; done < keys_needed.size(); done += chunk) {
    const std::size_t part = std::min(chunk, keys_needed.size() - done);
    ForEachOnThreads(part, threads, [&](std::size_t k) {
      facts[k].source_key = SourceKey(names[keys_needed[done + k]], rules_);
    });
    for (std::size_t k = 0; k < part; ++k) {
      name_ids_[keys_needed[done + k]].key = static_cast<int>(key_pool_.Intern(facts[k].source_key));
    }
  }
  // Each claim's side and source, renumbered in the order the claims first
  // use them.
  side_in_claim_order_.resize(side_pool_.size(), -1);
  key_in_claim_order_.resize(key_pool_.size(), -1);
  for (std::size_t i = first; i < first + count; ++i) {
    const NameIds* best = nullptr;
    for (std::uint32_t name : {claims.source_id(i), claims.role_id(i), claims.mention_id(i)}) {
      const NameIds& f = name_ids_[name];
      if (f.side_length > (best ? best->side_length : 0)) best = &f;
    }
    int side = -1;
    if (best) {
      int& renumbered = side_in_claim_order_[static_cast<std::size_t>(best->side)];
      if (renumbered < 0) {
        renumbered = static_cast<int>(side_names_.size());
        side_names_.emplace_back(side_pool_[static_cast<std::uint32_t>(best->side)]);
      }
      side = renumbered;
    }
    side_ids_.push_back(side);
    int& key = key_in_claim_order_[static_cast<std::size_t>(name_ids_[claims.source_id(i)].key)];
    if (key < 0) key = keys_++;
    source_keys_.push_back(key);
  }
}

void ClaimWords::Read(const MatchClaims& claims, std::size_t first, std::size_t count,
                      unsigned threads) {
  threads = std::max(1u, threads);
  if (size() == 0 && expected_claims_ > 0) {
    // The arrays of one entry a claim, at their final size at once.
    bag_shapes_.reserve(expected_claims_);
    vectors_.Reserve(expected_claims_, 0);
  }
  if (side_ids_.empty() && expected_claims_ > 0) {
    side_ids_.reserve(expected_claims_);
    source_keys_.reserve(expected_claims_);
  }
  ReadSides(claims, first, count, threads);
  std::vector<int> row;
  std::vector<char> row_name;
  std::vector<std::pair<int, char>> sorted;  // (word, written as a name)
  std::vector<BagWord> bag_words;
  // Chunks: tokenizing in parallel, then interning in claim order, so ids
  // (and everything after) do not depend on the number of threads.
  const std::size_t chunk = 8192;
  std::vector<TokenizedContent> read(std::min(count, chunk));
  for (std::size_t done = 0; done < count; done += chunk) {
    const std::size_t part = std::min(chunk, count - done);
    const std::size_t start = first + done;
    ForEachOnThreads(part, threads,
                     [&](std::size_t k) { ReadWords(claims.content(start + k), &read[k]); });

    for (std::size_t k = 0; k < part; ++k) {
      const TokenizedContent& words = read[k];
      row.clear();
      row_name.clear();
      bag_words.clear();
      for (std::size_t w = 0; w < words.words.size(); ++w) {
        const std::string& word = words.words[w];
        // Each distinct word is classified once: one lookup per occurrence
        // (try_emplace: no node is built for a word already known).
        auto [it, added] = known_.try_emplace(word, static_cast<int>(known_words_.size()));
        if (added) {
          known_words_.push_back(ClassifyBagWord(word, rules_, antonyms_, &vocabulary_));
          known_salient_.push_back(IsSalient(word, rules_));
        }
        const BagWord& bag_word = known_words_[static_cast<std::size_t>(it->second)];
        bag_words.push_back(bag_word);
        if (!known_salient_[static_cast<std::size_t>(it->second)]) continue;
        row.push_back(bag_word.stem);
        row_name.push_back(words.name[w]);
      }
      AddVector(row, row_name, &sorted);
      const WordBag bag = BagOf(bag_words);
      bag_shapes_.push_back(bag);
      // What the bag holds besides the vector just added (both sorted).
      const std::span<const int> vector = scratch_words_;
      BagRest rest;
      rest.claim = static_cast<std::uint32_t>(bag_shapes_.size() - 1);
      if (bag_rest_words_.size() > UINT32_MAX)
        throw std::length_error("ClaimWords: more than 2^32 - 1 words of bag rests");
      rest.offset = static_cast<std::uint32_t>(bag_rest_words_.size());
      std::set_difference(bag.words.begin(), bag.words.end(), vector.begin(), vector.end(),
                          std::back_inserter(bag_rest_words_));
      rest.extra = static_cast<std::uint32_t>(bag_rest_words_.size() - rest.offset);
      std::set_difference(vector.begin(), vector.end(), bag.words.begin(), bag.words.end(),
                          std::back_inserter(bag_rest_words_));
      rest.missing = static_cast<std::uint32_t>(bag_rest_words_.size() - rest.offset - rest.extra);
      bag_rest_words_.insert(bag_rest_words_.end(), bag.negated.begin(), bag.negated.end());
      rest.negated = static_cast<std::uint32_t>(bag.negated.size());
      if (rest.extra + rest.missing + rest.negated > 0) bag_rests_.push_back(rest);
    }
  }
  // Once a part is read, room for the expected claims' vectors at this
  // part's bytes a claim and a fifth more: the array is not copied as it
  // grows (a copy held it twice, for a moment, at the peak of reading).
  if (expected_claims_ > size() && !reserved_ && size() > 0) {
    reserved_ = true;
    const double per_claim = static_cast<double>(vectors_.bytes()) / static_cast<double>(size());
    vectors_.Reserve(0, static_cast<std::size_t>(per_claim * 1.2 *
                                                 static_cast<double>(expected_claims_ - size())));
  }
}

namespace {

ClaimWords ReadAll(const MatchClaims& claims, const MatchingRules& rules, const Antonyms& antonyms,
                   unsigned threads) {
  ClaimWords words(rules, antonyms);
  words.Read(claims, 0, claims.size(), threads);
  return words;
}

}  // namespace

ClaimFeatures::ClaimFeatures(const MatchClaims& claims, const MatchingRules& rules,
                             const Antonyms& antonyms, std::size_t block_limit, unsigned threads,
                             StoreWeights store)
    : ClaimFeatures(claims, ReadAll(claims, rules, antonyms, threads), block_limit, threads,
                    store) {}

ClaimFeatures::ClaimFeatures(const MatchClaims& claims, ClaimWords read, std::size_t block_limit,
                             [[maybe_unused]] unsigned threads, StoreWeights store)
    : claims_(claims), rules_(read.rules_), block_limit_(block_limit) {
  const std::size_t n = claims.size();
  while (weight_base_ < std::max(n, store.claims)) weight_base_ *= 2;
  // Sides and canonical sources, found as the claims were read.
  side_names_ = std::move(read.side_names_);
  side_ids_ = std::move(read.side_ids_);
  source_keys_ = std::move(read.source_keys_);
  std::vector<ClaimWords::NameIds>().swap(read.name_ids_);
  read.side_pool_ = StringPool();
  read.key_pool_ = StringPool();
  std::vector<int>().swap(read.side_in_claim_order_);
  std::vector<int>().swap(read.key_in_claim_order_);

  // What the contents gave: the bags' shapes are kept, the vectors weighted
  // below; the table of known words is not needed again.
  vocabulary_ = std::move(read.vocabulary_);
  bag_shapes_ = std::move(read.bag_shapes_);
  bag_rests_ = std::move(read.bag_rests_);
  bag_rest_words_ = std::move(read.bag_rest_words_);
  vectors_ = std::move(read.vectors_);
  df_ = std::move(read.df_);
  std::unordered_map<std::string, int>().swap(read.known_);

  // Document frequency, in how many claims each word is salient: counted
  // as the claims were read.
  df_.resize(vocabulary_.stems.size(), 0);
  // Part of a store: the store's counts, so weights and blocking words are
  // those of a match over all its claims.
  if (store.df != nullptr) {
    for (std::size_t id = 0; id < df_.size(); ++id) {
      if (df_[id] == 0) continue;
      auto found = store.df->find(vocabulary_.stems[id]);
      if (found != store.df->end()) df_[id] = std::max(df_[id], found->second);
    }
  }
  idf_.resize(df_.size());
  for (std::size_t id = 0; id < df_.size(); ++id) {
    idf_[id] = std::log((static_cast<double>(weight_base_) + 1.0) /
                        (KeyFrequency(WeightKey(df_[id])) + 0.5));
  }

  // Norms, and the sizes of the postings of blocking words. The weights are
  // summed in the order of the vector, as they always were.
  std::vector<std::size_t> posting_size(df_.size(), 0);
  norms_.reserve(n);
  tf_.assign(kCountEscape, 0.0);
  for (std::size_t count = 1; count < static_cast<std::size_t>(kCountEscape); ++count) {
    tf_[count] = 1.0 + std::log(static_cast<double>(count));
  }
  for (std::size_t i = 0; i < n; ++i) {
    double norm = 0;
    for (PackedVectors::Cursor at = vectors_[i]; at.Next();) {
      const double weight = Tf(at.count) * idf_[static_cast<std::size_t>(at.word)];
      norm += weight * weight;
      if (IsBlockingWord(at.word)) ++posting_size[static_cast<std::size_t>(at.word)];
    }
    norm = std::sqrt(norm);
    // The weights are divided by the norm when it is positive; dividing by
    // 1 leaves the others as they are.
    norms_.push_back(norm > 0 ? norm : 1.0);
  }

  // Postings as rows in word order: fill by a second pass with cursors.
  std::vector<std::uint32_t> flat;
  std::vector<std::uint32_t> start(df_.size() + 1, 0);
  for (std::size_t id = 0; id < df_.size(); ++id) {
    start[id + 1] =
        start[id] + static_cast<std::uint32_t>(posting_size[id]);  // at most the vector words
  }
  flat.resize(start.back());
  posting_weights_.resize(start.back());
  std::vector<std::size_t> cursor(start.begin(), start.end() - 1);
  common_norm_.assign(n, 0.0f);
  for (std::size_t i = 0; i < n; ++i) {
    double common = 0;
    for (PackedVectors::Cursor word = vectors_[i]; word.Next();) {
      const double weight = this->weight(i, word);
      if (IsBlockingWord(word.word)) {
        const std::size_t at = cursor[static_cast<std::size_t>(word.word)]++;
        flat[at] = static_cast<std::uint32_t>(i);
        posting_weights_[at] = RoundedAway(weight);
      } else {
        common += weight * weight;
      }
    }
    const double length = std::sqrt(common);
    float rounded = static_cast<float>(length);
    if (static_cast<double>(rounded) < length) {
      rounded = std::nextafter(rounded, std::numeric_limits<float>::infinity());
    }
    common_norm_[i] = rounded;
  }
  postings_ = Rows<std::uint32_t>(std::move(start), std::move(flat));
}

std::vector<int> ClaimFeatures::vector_words(std::size_t i) const {
  std::vector<int> words;
  for (PackedVectors::Cursor at = vectors_[i]; at.Next();) words.push_back(at.word);
  return words;
}

double ClaimFeatures::vector_weight(std::size_t i, std::size_t k) const {
  PackedVectors::Cursor at = vectors_[i];
  for (std::size_t passed = 0; at.Next(); ++passed) {
    if (passed == k) return weight(i, at);
  }
  throw std::out_of_range("ClaimFeatures::vector_weight: no such word");
}

void ClaimFeatures::ReleaseAllButWords() {
  std::vector<std::string>().swap(side_names_);
  std::vector<int>().swap(side_ids_);
  std::vector<int>().swap(source_keys_);
  vectors_ = PackedVectors();
  std::vector<double>().swap(norms_);
  std::vector<BagShape>().swap(bag_shapes_);
  std::vector<BagRest>().swap(bag_rests_);
  std::vector<int>().swap(bag_rest_words_);
  std::vector<float>().swap(posting_weights_);
  std::vector<float>().swap(common_norm_);
}

const std::string& ClaimFeatures::side(std::size_t i) const {
  static const std::string kNone;
  return side_ids_[i] < 0 ? kNone : side_names_[static_cast<std::size_t>(side_ids_[i])];
}

std::vector<int> ClaimFeatures::sequence(std::string_view content) const {
  // As ClaimWords reads the content: every salient word, by its stem.
  TokenizedContent words;
  ReadWords(content, &words);
  std::vector<int> ids;
  for (const std::string& w : words.words) {
    if (IsSalient(w, rules_)) ids.push_back(vocabulary_.Find(StemWord(w)));
  }
  return ids;
}

WordBag ClaimFeatures::bag(std::size_t i) const {
  WordBag bag;
  const std::vector<int> vector = vector_words(i);
  auto rest = std::lower_bound(bag_rests_.begin(), bag_rests_.end(), i,
                               [](const BagRest& r, std::size_t claim) { return r.claim < claim; });
  if (rest == bag_rests_.end() || rest->claim != i) {
    bag.words.assign(vector.begin(), vector.end());
  } else {
    const int* at = bag_rest_words_.data() + rest->offset;
    const std::span<const int> extra(at, rest->extra);
    const std::span<const int> missing(at + rest->extra, rest->missing);
    const std::span<const int> negated(at + rest->extra + rest->missing, rest->negated);
    std::vector<int> kept;
    std::set_difference(vector.begin(), vector.end(), missing.begin(), missing.end(),
                        std::back_inserter(kept));
    std::merge(kept.begin(), kept.end(), extra.begin(), extra.end(), std::back_inserter(bag.words));
    bag.negated.assign(negated.begin(), negated.end());
  }
  const BagShape shape = bag_shapes_[i];
  bag.negations = shape.negations;
  bag.has_antonym = shape.has_antonym;
  return bag;
}

bool ClaimFeatures::IsNameIn(std::size_t i, int id) const {
  for (PackedVectors::Cursor at = vectors_[i]; at.Next();) {
    if (at.word >= id) return at.word == id && at.name;
  }
  return false;
}

namespace {

// Calls visit(x, y) for each word two vectors share, in ascending order,
// with each vector's cursor at that word.
template <typename Visit>
void ForEachSharedWord(PackedVectors::Cursor x, PackedVectors::Cursor y, Visit&& visit) {
  bool more_x = x.Next(), more_y = y.Next();
  while (more_x && more_y) {
    if (x.word < y.word) {
      more_x = x.Next();
    } else if (x.word > y.word) {
      more_y = y.Next();
    } else {
      visit(x, y);
      more_x = x.Next();
      more_y = y.Next();
    }
  }
}

}  // namespace

double ClaimFeatures::Similarity(std::size_t a, std::size_t b) const {
  double dot = 0;
  ForEachSharedWord(vectors_[a], vectors_[b],
                    [&](const PackedVectors::Cursor& x, const PackedVectors::Cursor& y) {
                      dot += weight(a, x) * weight(b, y);
                    });
  return std::clamp(dot, 0.0, 1.0);
}

std::vector<int> ClaimFeatures::SharedWords(std::size_t a, std::size_t b) const {
  std::vector<int> shared;
  ForEachSharedWord(vectors_[a], vectors_[b],
                    [&](const PackedVectors::Cursor& x, const PackedVectors::Cursor&) {
                      shared.push_back(x.word);
                    });
  // Rarest first; equal weights by word, so the order never depends on ids alone.
  std::sort(shared.begin(), shared.end(), [&](int p, int q) {
    if (idf(p) != idf(q)) return idf(p) > idf(q);
    return word(p) < word(q);
  });
  return shared;
}

void ClaimFeatures::Candidates(std::size_t i, double min_similarity, CandidateScratch* scratch,
                               std::vector<std::uint32_t>* out) const {
  out->clear();
  // The table holds at most one entry per posting read, and `i`: at most
  // half full, so probes stay short.
  std::size_t reached = 1;
  for (PackedVectors::Cursor at = vectors_[i]; at.Next();) {
    reached += postings_[static_cast<std::size_t>(at.word)].size();
  }
  std::size_t capacity = 64;
  while (capacity < 2 * reached) capacity *= 2;
  if (scratch->slots.size() < capacity) {
    scratch->slots.assign(capacity, 0);
    scratch->partial.assign(capacity, 0.0);
  }
  const std::size_t mask = scratch->slots.size() - 1;
  const int shift = 64 - std::countr_zero(scratch->slots.size());
  // The slot of `claim`, filled when new.
  auto slot_of = [&](std::uint32_t claim) {
    std::size_t slot =
        static_cast<std::size_t>(((std::uint64_t{claim} + 1) * 0x9E3779B97F4A7C15ull) >> shift);
    for (;; slot = (slot + 1) & mask) {
      const std::uint32_t held = scratch->slots[slot];
      if (held == claim + 1) return slot;
      if (held == 0) {
        scratch->slots[slot] = claim + 1;
        scratch->partial[slot] = 0;
        scratch->used.push_back(slot);
        return slot;
      }
    }
  };
  scratch->used.clear();
  slot_of(static_cast<std::uint32_t>(i));  // `i` is no candidate of its own
  for (PackedVectors::Cursor at = vectors_[i]; at.Next();) {
    const std::size_t word = static_cast<std::size_t>(at.word);
    const std::span<const std::uint32_t> holders = postings_[word];
    if (holders.empty()) continue;
    const double weight = this->weight(i, at);
    const float* holder_weights = posting_weights_.data() + postings_.offset(word);
    for (std::size_t h = 0; h < holders.size(); ++h) {
      // Each claim's part is summed in the same order as it always was.
      scratch->partial[slot_of(holders[h])] += weight * static_cast<double>(holder_weights[h]);
    }
  }
  // The bound is padded a little so that rounding never drops a candidate.
  for (std::size_t u = 1; u < scratch->used.size(); ++u) {
    const std::size_t slot = scratch->used[u];
    const std::uint32_t j = scratch->slots[slot] - 1;
    if (scratch->partial[slot] +
            static_cast<double>(common_norm_[i]) * static_cast<double>(common_norm_[j]) + 1e-9 >=
        min_similarity) {
      out->push_back(j);
    }
  }
  for (std::size_t slot : scratch->used) scratch->slots[slot] = 0;
  std::sort(out->begin(), out->end());
}

}  // namespace claimtrack
