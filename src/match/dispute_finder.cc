// DisputeFinder: the matching rules and the merging of disputes.
#include "match/dispute_finder.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <functional>
#include <numeric>
#include <optional>
#include <set>
#include <span>
#include <tuple>
#include <thread>
#include <unordered_map>

#include "base/phrase_map.h"
#include "match/claims_by_article.h"
#include "match/quantity.h"
#include "text/tokenizer.h"

namespace claimtrack {

namespace {


// The score of a dispute with a hedged member ("reportedly", "allegedly") is
// multiplied by this.
constexpr double kHedgedFactor = 0.8;
// The numbers rule: figures more than this factor apart are not compared,
// and from this size on a figure is a whole conflict's or country's total.
constexpr double kMaxRatio = 3.0;
constexpr double kAggregateFigure = 10000;
// What an article is about, for the numbers rule: its claims' weightiest words.
constexpr std::size_t kProfileWords = 40;

// A set as a sorted vector without repeats: it iterates in the order of a
// std::set of the same elements, in a fraction of its memory (a draft's sets
// hold one to a few elements, and a std::set node is 48 bytes an element).
template <typename T>
class SortedSet {
 public:
  using const_iterator = typename std::vector<T>::const_iterator;
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  std::size_t count(const T& item) const {
    return std::binary_search(items_.begin(), items_.end(), item) ? 1 : 0;
  }
  void insert(T item) {
    auto at = std::lower_bound(items_.begin(), items_.end(), item);
    if (at == items_.end() || item < *at) items_.insert(at, std::move(item));
  }
  template <typename... Args>
  void emplace(Args&&... args) {
    insert(T(std::forward<Args>(args)...));
  }
  // Many at once: appended, then merged in (no quadratic shifting).
  template <typename It>
  void insert(It first, It last) {
    const std::size_t old = items_.size();
    for (; first != last; ++first) items_.push_back(T(*first));
    std::sort(items_.begin() + static_cast<std::ptrdiff_t>(old), items_.end());
    std::inplace_merge(items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(old),
                       items_.end());
    items_.erase(std::unique(items_.begin(), items_.end()), items_.end());
  }
  void erase(const T& item) {
    auto at = std::lower_bound(items_.begin(), items_.end(), item);
    if (at != items_.end() && !(item < *at)) items_.erase(at);
  }
  const_iterator erase(const_iterator at) { return items_.erase(at); }

 private:
  std::vector<T> items_;
};

// A dispute while it is being built: claim indexes, not ids. About 250
// bytes besides its strings' text, where std::sets made it about 560: the
// drafts of 10^6 synthetic claims (about 145,000) are held together.
struct Draft {
  SortedSet<std::uint32_t> claims;    // the disputed claim and its restatements
  SortedSet<std::uint32_t> counters;  // the claims that deny or contradict it
  std::string kind;
  std::string rule;
  double score = 0;
  SortedSet<std::string> evidence;
  std::string topic;  // set by a rule that knows what is disputed ("killed people")
  // Claims whose content is evidence ("negated: \"...\""), added with the
  // members' contents once the disputes are known.
  SortedSet<std::uint32_t> negated;
};

// A claim that says something: at least four words. Fragments ("and pain",
// "Last July") picked up near a denial are not what it denies.
bool Substantive(std::string_view content) {
  int words = 0;
  bool in_word = false;
  for (unsigned char c : content) {
    bool letter = std::isalnum(c) || c >= 0x80;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words >= 4;
}

// A denial made by its cue ("denied", "rejected"), not by a word in its
// content: "thinks the answer could lie somewhere between ...", "Veritas
// would avoid the old parties' lies" and "claims that Ms Kelly ran the budget
// were not true" use rebuttal words of something else than the claim before
// them. Such words are trusted only with a reference ("that claim is
// untrue"), which reference-denial handles.
bool DeniedByCue(const MatchClaim& claim) {
  // FindStance writes the cue word, lowercased by LowerText, as the evidence.
  return !claim.evidence.empty() && LowerText(claim.cue).starts_with(claim.evidence);
}

// The words of a source's name, lowercase, as rule-file words are compared,
// a possessive 's dropped: "Comcast's Jason Livingood" holds "comcast".
// (LowerText writes ’ as '.)
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words = SplitWords(LowerText(name));
  for (std::string& word : words) {
    if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
  }
  return words;
}

// In one article, "Merrill" and "Merrill Lynch", or "Sayeed" and "Mr
// Sayeed", are one speaker, and "Comcast's Jason Livingood" speaks for
// "Comcast": every word of the shorter name is in the longer.
// So are a name and its initials: "OSI" and "Open Society Institute".
bool SameNameInArticle(const MatchClaim& a, const MatchClaim& b) {
  std::vector<std::string> x = NameWords(a.source), y = NameWords(b.source);
  if (x.empty() || y.empty()) return false;
  if (x.size() > y.size()) std::swap(x, y);
  if (x.size() == 1 && y.size() >= 2 && x[0].size() >= 2) {
    std::string initials;
    for (const std::string& word : y) {
      if (word != "of" && word != "the" && word != "and" && word != "for") initials += word[0];
    }
    if (initials == x[0]) return true;
  }
  for (const std::string& word : x) {
    if (std::find(y.begin(), y.end(), word) == y.end()) return false;
  }
  return true;
}

// "the club", "The home secretary", "his former chief economic adviser": a
// description the extractor left unresolved. In its own article it most
// often names someone already there, often the other claim's source
// ("Manchester United revealed ... The club rejected ...", "David Blunkett
// ... The home secretary said").
bool UnresolvedDescription(const MatchClaim& claim) {
  std::vector<std::string> words = NameWords(claim.source);
  static const std::set<std::string> kDeterminers = {"the", "his", "her", "its", "their"};
  if (words.size() < 2 || words.size() > 5 || !kDeterminers.count(words[0])) return false;
  for (std::size_t k = 1; k < claim.source.size(); ++k) {
    if (std::isupper(static_cast<unsigned char>(claim.source[k]))) return false;
  }
  return true;
}

// What a denial's reference ("Russia's claim", "a report", "the latest
// claims") says of the claim it denies: the words that name whose claim it
// is, and whether it is indefinite. Determiners and words of time are not
// names: "a report" and "the latest claims" name no one, so that no source
// needs to hold the letter "a" or the word "latest".
struct TargetReference {
  std::vector<std::string> qualifier;  // MatchWords, the reference noun left out
  // "a report", "an earlier claim": a referent the article introduces here
  // and tells of after, unlike "that claim", which points back.
  bool indefinite = false;
};

TargetReference ParseTarget(std::string_view target) {
  static const std::set<std::string> kNotNames = {
      "a",       "an",       "the",     "that",     "this",    "these",  "those",
      "such",    "his",      "her",     "its",      "their",   "our",    "my",
      "your",    "any",      "some",    "another",  "every",   "each",   "all",
      "both",    "several",  "earlier", "latest",   "recent",  "new",    "previous",
      "initial", "original", "first",   "repeated", "further", "similar"};
  TargetReference reference;
  std::vector<std::string> words = MatchWords(target);
  if (!words.empty()) {
    reference.indefinite = words.front() == "a" || words.front() == "an";
    words.pop_back();  // the reference noun itself
  }
  for (std::string& word : words) {
    if (!kNotNames.count(word)) reference.qualifier.push_back(std::move(word));
  }
  return reference;
}

// Whether `words` occur in `name`, whole and in order: "lib dem" in "Lib Dem
// spokesman", but not "us" in "Russia".
bool NameHolds(std::string_view name, const std::vector<std::string>& words) {
  std::vector<std::string> name_words = MatchWords(name);
  return !words.empty() && std::search(name_words.begin(), name_words.end(), words.begin(),
                                       words.end()) != name_words.end();
}

// Distance in bytes between two claims of one article.
std::size_t Distance(const MatchClaim& a, const MatchClaim& b) {
  std::size_t x = a.sentence_begin;
  std::size_t y = b.sentence_begin;
  return x > y ? x - y : y - x;
}

std::string Join(const SortedSet<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t Find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(std::size_t a, std::size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<std::size_t> parent_;
};

// UnionFind over [0, n) that holds only the elements ever joined: the same
// operations, so the same roots, as a UnionFind of n (rule 5 joins the few
// claims whose figures disagree, out of every claim of the store).
class SparseUnionFind {
 public:
  std::size_t Find(std::size_t x) {
    for (;;) {
      const std::size_t parent = ParentOf(x);
      if (parent == x) return x;
      const std::size_t grandparent = ParentOf(parent);
      if (grandparent != parent) parent_[x] = grandparent;
      x = grandparent;
    }
  }
  void Union(std::size_t a, std::size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::size_t ParentOf(std::size_t x) const {
    auto found = parent_.find(x);
    return found == parent_.end() ? x : found->second;
  }
  std::unordered_map<std::size_t, std::size_t> parent_;
};

// Runs body(thread, first, last) over [0, n) in chunks on `threads` threads;
// chunks are handed out in order, so each thread sees ascending ranges.
template <typename Body>
void ParallelChunks(std::size_t n, unsigned threads, const Body& body) {
  const std::size_t chunk = 512;
  std::atomic<std::size_t> next{0};
  auto work = [&](unsigned t) {
    for (;;) {
      std::size_t first = next.fetch_add(chunk);
      if (first >= n) return;
      body(t, first, std::min(n, first + chunk));
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& thread : pool) thread.join();
}

// A draft found by a pair rule, with the claims that found it, to merge the
// drafts of all threads in claim order.
struct FoundDraft {
  std::size_t i = 0;
  std::size_t j = 0;
  Draft draft;
};

}  // namespace

// What the rules read of the contents besides the features, so that a
// content is read once: whether the claim is substantive (rules 1 and 2),
// and an assertion's figures with a verb (rule 5), in claim order.
struct DisputeFinder::ContentFacts {
  std::vector<bool> substantive;
  // A figure with a verb, compact (40 bytes and its text, where a Quantity
  // with its claim took 120 and more: a store's figures are many, 138,313
  // on the 300 MB one): verb and unit as ids into `words`, the text in
  // `texts`.
  struct Figure {
    std::uint32_t claim = 0;
    std::uint32_t verb = 0, unit = 0;  // into words
    std::uint32_t text_size = 0;
    std::size_t text_begin = 0;        // into texts
    double low = 0, high = 0;
  };
  std::vector<Figure> figures;
  StringPool words;
  std::string texts;

  void Add(std::size_t claim, const Quantity& q) {
    Figure figure;
    figure.claim = static_cast<std::uint32_t>(claim);
    figure.verb = words.Intern(q.verb);
    figure.unit = words.Intern(q.unit);
    figure.text_begin = texts.size();
    figure.text_size = static_cast<std::uint32_t>(q.text.size());
    texts += q.text;
    figure.low = q.low;
    figure.high = q.high;
    figures.push_back(figure);
  }
};

unsigned DisputeFinder::Threads() const {
  return options_.threads != 0 ? options_.threads
                               : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
}

void DisputeFinder::ReadContentFacts(const MatchClaims& claims, std::size_t first,
                                     std::size_t count, unsigned threads,
                                     ContentFacts* facts) const {
  for (std::size_t i = first; i < first + count; ++i) {
    facts->substantive.push_back(Substantive(claims.content(i)));
  }
  // Reading the figures is the costly part and each claim's own: in
  // parallel, then kept in claim order.
  std::vector<std::vector<Quantity>> figures(count);
  ParallelChunks(count, threads, [&](unsigned, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) {
      if (claims.stance(first + k) != Stance::kAssert) continue;
      figures[k] = FindQuantities(claims.content(first + k), rules_.quantities());
    }
  });
  for (std::size_t k = 0; k < count; ++k) {
    for (Quantity& q : figures[k]) {
      if (!q.verb.empty()) facts->Add(first + k, q);
    }
  }
}

MatchResult DisputeFinder::Find(const std::vector<Claim>& claims) const {
  return Find(MatchClaims(claims));
}

MatchResult DisputeFinder::Find(const MatchClaims& claims) const {
  const unsigned threads = Threads();
  if (options_.progress) options_.progress("computing word features", 0.0);
  ClaimFeatures features(claims, rules_, antonyms_, options_.block_limit, threads, options_.store);
  ContentFacts facts;
  ReadContentFacts(claims, 0, claims.size(), threads, &facts);
  auto contents = [&](const std::vector<std::size_t>& indexes,
                      const std::function<void(std::size_t, std::string_view)>& each) {
    for (std::size_t k = 0; k < indexes.size(); ++k) each(k, claims.content(indexes[k]));
    return Status::Ok();
  };
  MatchResult result;
  Match(claims, features, std::move(facts), contents, threads, &result);  // cannot fail
  if (options_.export_words) ExportWords(claims, features, &result);
  return result;
}

Status DisputeFinder::Find(ClaimSource& source, MatchResult* result) const {
  const unsigned threads = Threads();
  if (options_.progress) options_.progress("reading claims", 0.0);
  const std::size_t expected = source.size_hint();
  MatchClaims claims;
  claims.Reserve(expected, 0);
  ClaimWords words(rules_, antonyms_);
  words.ExpectClaims(expected);
  ContentFacts facts;
  // The contents of a part of the claims are read, then let go: only one
  // part's are ever held.
  const std::size_t part = std::max<std::size_t>(1, options_.part_size);
  auto read_held = [&] {
    const std::size_t first = words.size(), count = claims.size() - first;
    words.Read(claims, first, count, threads);
    ReadContentFacts(claims, first, count, threads, &facts);
    claims.ReleaseContents();
    // After the first part, room for the figures of all expected claims at
    // its rate and a fifth more (a store's are many: 138,313 on the 300 MB
    // one, about 17 MB): a vector copied them once more each time it grew,
    // at the peak of reading. Room not used costs address space only.
    if (first == 0 && claims.size() > 0 && expected > claims.size()) {
      const double per_claim =
          static_cast<double>(facts.figures.size()) / static_cast<double>(claims.size());
      facts.figures.reserve(static_cast<std::size_t>(
          per_claim * 1.2 * static_cast<double>(expected)) + 64);
    }
  };
  Status status = source.ForEach([&](const Claim& claim) {
    claims.Add(claim);
    if (claims.size() - words.size() == part) read_held();
  });
  if (!status.ok()) return status;
  read_held();
  claims.Freeze();
  claims.ReleaseDocNames();  // rule 5 compares pages by id
  if (options_.progress) options_.progress("computing word features", 0.1);
  ClaimFeatures features(claims, std::move(words), options_.block_limit, threads, options_.store);
  auto contents = [&](const std::vector<std::size_t>& indexes,
                      const std::function<void(std::size_t, std::string_view)>& each) {
    // Ids ascend in claim order for the store and `bench`, but need not.
    std::vector<std::pair<std::int64_t, std::size_t>> by_id;
    by_id.reserve(indexes.size());
    for (std::size_t k = 0; k < indexes.size(); ++k) by_id.emplace_back(claims.id(indexes[k]), k);
    std::sort(by_id.begin(), by_id.end());
    std::vector<std::int64_t> ids;
    ids.reserve(by_id.size());
    for (const auto& [id, k] : by_id) ids.push_back(id);
    return source.Contents(
        ids, [&](std::size_t k, std::string_view content) { each(by_id[k].second, content); });
  };
  *result = MatchResult();
  status = Match(claims, features, std::move(facts), contents, threads, result);
  if (!status.ok() || !options_.export_words) return status;
  // The export needs only the words, their postings and the claims' ids:
  // the rest is let go first, so that the exported copy (16 bytes a
  // posting) comes on top of less.
  features.ReleaseAllButWords();
  claims.ReleaseAllButIds();
  ExportWords(claims, features, result);
  return Status::Ok();
}

Status DisputeFinder::Match(const MatchClaims& claims, const ClaimFeatures& features,
                            ContentFacts facts, const ContentLookup& contents, unsigned threads,
                            MatchResult* out) const {
  MatchResult& result = *out;
  auto report = [&](const char* stage, double done) {
    if (options_.progress) options_.progress(stage, done);
  };
  const std::size_t n = claims.size();
  std::vector<CandidateScratch> scratch(threads);

  // Two claims can dispute each other only across sources and sides.
  auto opposed = [&](std::size_t a, std::size_t b) {
    if (features.source_key(a) == features.source_key(b)) return false;
    // A claim reported inside another claim's content ("But it has rejected
    // X, another regional source said") is not a second voice against it.
    if (features.doc_id(a) == features.doc_id(b)) {
      const MatchClaim x_claim = claims[a];
      const MatchClaim y_claim = claims[b];
      if ((x_claim.content_span.begin < y_claim.content_span.end &&
           y_claim.content_span.begin < x_claim.content_span.end) ||
          SameNameInArticle(x_claim, y_claim)) {
        return false;
      }
    }
    int x = features.side_id(a);
    int y = features.side_id(b);
    return x < 0 || y < 0 || x != y;
  };

  // Claims of each article, by index, to look for referents nearby.
  ClaimsByArticle by_doc(n, claims.articles(), [&](std::size_t i) {
    return static_cast<std::size_t>(features.doc_id(i));
  });

  std::vector<Draft> drafts;
  std::vector<bool> placed(n, false);

  report("denials within articles", 0.35);
  // Rule 1: reference-denial.
  for (std::size_t i = 0; i < n; ++i) {
    if (claims.stance(i) != Stance::kDeny) continue;
    const MatchClaim denial = claims[i];
    if (denial.target.empty()) continue;
    // The qualifier of the reference: "Russia’s claim" -> side Russia.
    const TargetReference reference = ParseTarget(denial.target);
    std::string qualifier;
    for (const std::string& w : reference.qualifier) {
      if (!qualifier.empty()) qualifier += ' ';
      qualifier += w;
    }
    std::string qualifier_side = qualifier.empty() ? "" : rules_.SideOfText(qualifier);
    // "rejected a Russian proposal": the target names its side, so no claim of
    // another side may stand in for it in the nearby rule either.
    if (!qualifier_side.empty()) placed[i] = true;
    std::size_t best = n;
    double best_score = -1;
    // Prefer the claim most like the denial's own words, then the nearest.
    auto consider = [&](std::size_t j, const MatchClaim& claim, double similarity) {
      double score = similarity * 2.0 + 1.0 / (1.0 + Distance(denial, claim) / 400.0);
      if (score > best_score) {
        best_score = score;
        best = j;
      }
    };
    for (std::size_t j : by_doc[static_cast<std::size_t>(features.doc_id(i))]) {
      if (j == i || claims.stance(j) != Stance::kAssert || !opposed(i, j)) continue;
      const MatchClaim claim = claims[j];
      if (!facts.substantive[j] || UnresolvedDescription(claim)) continue;
      if (!qualifier.empty()) {
        bool fits = !qualifier_side.empty() ? features.side(j) == qualifier_side
                                            : NameHolds(claim.source, reference.qualifier);
        if (!fits) continue;
        // A claim far away must share some of its words.
        double similarity = features.Similarity(i, j);
        if (similarity < 0.05 && Distance(denial, claim) > 2500) continue;
        consider(j, claim, similarity);
      } else if (!reference.indefinite) {
        // "That claim": the nearest claim before it.
        if (claim.content_span.begin < denial.content_span.begin &&
            Distance(denial, claim) < 1500) {
          best = j;
          best_score = 1;
        }
      } else if (Distance(denial, claim) < 2500) {
        // "denied a claim that he was paid for guiding visitors around the
        // Palace of Westminster": the claim it introduces, before or after,
        // shares words with what it says of it.
        double similarity = features.Similarity(i, j);
        if (similarity >= 0.1) consider(j, claim, similarity);
      }
    }
    if (best == n) continue;
    Draft draft;
    draft.claims.insert(best);
    draft.counters.insert(i);
    // A deny cue ("denied") makes a denial; a rebuttal word ("rubbish") a rebuttal.
    draft.kind = LowerText(denial.cue) == denial.evidence ? "denial" : "rebuttal";
    draft.rule = "reference-denial";
    draft.score = qualifier.empty() ? 0.85 : 0.9;
    draft.evidence.emplace(denial.evidence);
    draft.evidence.emplace(denial.target);
    drafts.push_back(std::move(draft));
    placed[i] = true;
  }

  // Rule 2: nearby-denial.
  for (std::size_t i = 0; i < n; ++i) {
    if (claims.stance(i) != Stance::kDeny || placed[i]) continue;
    const MatchClaim denial = claims[i];
    if (!DeniedByCue(denial) || UnresolvedDescription(denial)) continue;
    std::size_t best = n;
    double best_similarity = 0;
    for (std::size_t j : by_doc[static_cast<std::size_t>(features.doc_id(i))]) {
      if (j == i || claims.stance(j) != Stance::kAssert || !opposed(i, j)) continue;
      const MatchClaim claim = claims[j];
      if (!facts.substantive[j]) continue;
      if (claim.content_span.begin > denial.content_span.begin || Distance(denial, claim) > 1200) {
        continue;
      }
      double similarity = features.Similarity(i, j);
      if (similarity > best_similarity) {
        best_similarity = similarity;
        best = j;
      }
    }
    // Two salient words in common at least: one shared word ("proposed") is chance.
    if (best == n || best_similarity < 0.2 || features.SharedWords(i, best).size() < 2) continue;
    Draft draft;
    draft.claims.insert(best);
    draft.counters.insert(i);
    draft.kind = "denial";
    draft.rule = "nearby-denial";
    draft.score = std::min(0.85, 0.5 + best_similarity);
    draft.evidence.emplace(denial.evidence);
    for (int w : features.SharedWords(i, best)) draft.evidence.insert(features.word(w));
    drafts.push_back(std::move(draft));
    placed[i] = true;
  }

  report("opposite stances across articles", 0.4);
  // Rule 3: opposite-stance, across articles, among the candidates.
  std::vector<std::vector<FoundDraft>> found(threads);
  ParallelChunks(n, threads, [&](unsigned t, std::size_t first, std::size_t last) {
    std::vector<std::uint32_t> candidates;
    for (std::size_t i = first; i < last; ++i) {
      if (features.stance(i) != Stance::kDeny || placed[i] || features.side_id(i) < 0) continue;
      std::size_t best = n;
      double best_similarity = 0;
      // Only a partner at 0.3 or more can make a draft.
      features.Candidates(i, kMinPairSimilarity, &scratch[t], &candidates);
      for (std::size_t j : candidates) {
        if (features.stance(j) != Stance::kAssert || !opposed(i, j)) continue;
        if (features.side_id(j) < 0) continue;
        // Candidates ascend, so among equals the first claim wins.
        double similarity = features.Similarity(i, j);
        if (similarity > best_similarity) {
          best_similarity = similarity;
          best = j;
        }
      }
      if (best == n || best_similarity < kMinPairSimilarity) continue;
      // Names alone ("Bashar Assad", a place) do not make one topic: the two
      // claims must share a common word too.
      std::vector<int> shared = features.SharedWords(i, best);
      bool common_word = false;
      for (int w : shared) {
        common_word = common_word || (!features.IsNameIn(i, w) && !features.IsNameIn(best, w));
      }
      if (!common_word) continue;
      FoundDraft f{i, best, {}};
      Draft& draft = f.draft;
      draft.claims.insert(best);
      draft.counters.insert(i);
      draft.kind = "stance";
      draft.rule = "opposite-stance";
      draft.score = std::min(0.8, 0.3 + 0.5 * best_similarity);
      draft.evidence.emplace(claims[i].evidence);
      for (int w : shared) draft.evidence.insert(features.word(w));
      found[t].push_back(std::move(f));
    }
  });
  auto take_found = [&]() {
    std::vector<FoundDraft> all;
    for (auto& part : found) {
      for (FoundDraft& f : part) all.push_back(std::move(f));
      part.clear();
    }
    std::sort(all.begin(), all.end(), [](const FoundDraft& a, const FoundDraft& b) {
      return a.i != b.i ? a.i < b.i : a.j < b.j;
    });
    return all;
  };
  for (FoundDraft& f : take_found()) {
    placed[f.i] = true;
    drafts.push_back(std::move(f.draft));
  }

  report("negations and antonyms", 0.5);
  // Rule 4: negation-flip and antonym-pair between assertions of different
  // sources, among the candidates. Every pair that may flip holds a
  // FlipAnchor (a negated or antonym statement, a minority of claims), so
  // only anchors gather candidates; a pair of two anchors is taken from the
  // first. Each pair is compared in claim order, as if found from its first.
  ParallelChunks(n, threads, [&](unsigned t, std::size_t first, std::size_t last) {
    std::vector<std::uint32_t> candidates;
    for (std::size_t i = first; i < last; ++i) {
      if (features.stance(i) != Stance::kAssert || !FlipAnchor(features.bag_shape(i))) continue;
      features.Candidates(i, kMinPairSimilarity, &scratch[t], &candidates);
      for (std::size_t j : candidates) {
        // The cheap tests first: most candidates fail MayFlip, which needs
        // only the bags' shapes.
        if (features.stance(j) != Stance::kAssert || (j < i && FlipAnchor(features.bag_shape(j)))) {
          continue;
        }
        const std::size_t a = std::min(i, j), b = std::max(i, j);
        if (!MayFlip(features.bag_shape(a), features.bag_shape(b)) || !opposed(a, b) ||
            features.Similarity(a, b) < kMinPairSimilarity) {
          continue;
        }
        const WordBag x = features.bag(a);
        const WordBag y = features.bag(b);
        Contradiction contradiction =
            CompareBags(claims[a], x, claims[b], y, features.vocabulary());
        if (!contradiction.found || contradiction.kind == "stance") continue;
        FoundDraft f{a, b, {}};
        Draft& draft = f.draft;
        draft.claims.insert(a);
        draft.counters.insert(b);
        draft.kind = contradiction.kind;
        draft.rule = contradiction.rule;
        draft.score = contradiction.score;
        // The negated content is the evidence: added once the contents of
        // the disputes' members are read again.
        if (contradiction.rule == "negation-flip") {
          draft.negated.insert(x.negations % 2 ? a : b);
        } else {
          draft.evidence.insert(contradiction.evidence);
        }
        found[t].push_back(std::move(f));
      }
    }
  });
  for (FoundDraft& f : take_found()) drafts.push_back(std::move(f.draft));

  report("diverging figures", 0.75);
  // Rule 5: numbers that disagree on the same quantity ("has killed 320,000
  // people" / "more than 400,000 people"), between claims of articles about
  // the same story. Claims are grouped by the quantity's verb and unit, so
  // only claims counting the same thing are compared.
  {
    // A figure counted by quantities.txt, as its claim and its index among
    // the compact figures read with the contents (ReadContentFacts), which
    // stay until this rule is done: 8 bytes a figure, where a Quantity
    // each (and a map of every claim's first figure's text) rose by 26 MiB
    // on the 1 GB store here.
    struct Counted {
      std::uint32_t claim;
      std::uint32_t figure;
    };
    // By verb and unit, ordered as the strings: the pool does not change
    // while the rule runs, so its views stay valid.
    std::map<std::pair<std::string_view, std::string_view>, std::vector<Counted>> by_key;
    for (std::size_t f = 0; f < facts.figures.size(); ++f) {
      const ContentFacts::Figure& figure = facts.figures[f];
      Quantity kind;
      kind.verb = std::string(facts.words[figure.verb]);
      kind.unit = std::string(facts.words[figure.unit]);
      if (!rules_.quantities().IsCounted(kind)) continue;
      by_key[{facts.words[figure.verb], facts.words[figure.unit]}].push_back(
          Counted{figure.claim, static_cast<std::uint32_t>(f)});
    }
    auto text_of = [&](const Counted& counted) {
      const ContentFacts::Figure& figure = facts.figures[counted.figure];
      return std::string_view(facts.texts).substr(figure.text_begin, figure.text_size);
    };
    // Each claim's first figure with a verb, as written: the topic of a
    // dispute it is the pivot of (the figures are in claim order).
    auto first_figure = [&](std::size_t claim) {
      auto first = std::lower_bound(
          facts.figures.begin(), facts.figures.end(), claim,
          [](const ContentFacts::Figure& figure, std::size_t c) { return figure.claim < c; });
      return std::string(facts.texts.substr(first->text_begin, first->text_size));
    };
    // What an article is about: its claims' most weighty words.
    std::map<int, std::set<int>> profiles;
    auto profile = [&](int doc) -> const std::set<int>& {
      auto found_profile = profiles.find(doc);
      if (found_profile != profiles.end()) return found_profile->second;
      std::map<int, double> weight;
      for (std::size_t c : by_doc[static_cast<std::size_t>(doc)]) {
        for (PackedVectors::Cursor at = features.vector(c); at.Next();) {
          weight[at.word] += features.weight(c, at);
        }
      }
      std::vector<std::pair<double, int>> ranked;
      for (const auto& [word, total] : weight) ranked.emplace_back(-total, word);
      std::sort(ranked.begin(), ranked.end());
      std::set<int>& top = profiles[doc];
      for (std::size_t k = 0; k < ranked.size() && k < kProfileWords; ++k) {
        top.insert(ranked[k].second);
      }
      return top;
    };
    // Posts of one page ("page.txt#2", "page.txt#5") belong together.
    auto page_of = [&](std::size_t c) { return claims.page_id(c); };
    // Across pages, the articles must tell one story (2 of their 40
    // weightiest words shared). A toll of a whole war ("320,000 people") is
    // then one quantity; a smaller figure counts one incident ("a car bomb
    // killed eight people"), so the two claims must also share two rare
    // words (a place and a name) to be about the same incident.
    auto same_story = [&](std::size_t a, std::size_t b, double smaller) {
      if (page_of(a) != page_of(b)) {
        const std::set<int>& x = profile(features.doc_id(a));
        const std::set<int>& y = profile(features.doc_id(b));
        int shared = 0;
        for (int w : x) shared += y.count(w) > 0;
          if (shared < 2) return false;
      }
      // One article often reports several incidents: the same rule holds there.
      if (smaller >= kAggregateFigure) return true;
      int rare = 0;
      for (int w : features.SharedWords(a, b)) rare += features.IsBlockingWord(w) ? 1 : 0;
      return rare >= 2;
    };
    SparseUnionFind components;
    std::map<std::size_t, std::vector<std::size_t>> disagree;  // claim -> claims it disagrees with
    std::map<std::pair<std::size_t, std::size_t>, std::string> pair_evidence;
    for (const auto& [key, list] : by_key) {
      // Long lists are common counts ("said 2 people"): compare each claim
      // with its neighbours only, so the cost stays linear.
      for (std::size_t x = 0; x < list.size(); ++x) {
        for (std::size_t y = x + 1; y < list.size() && y < x + 64; ++y) {
          std::size_t a = list[x].claim, b = list[y].claim;
          const ContentFacts::Figure& fx = facts.figures[list[x].figure];
          const ContentFacts::Figure& fy = facts.figures[list[y].figure];
          // Same verb and unit (the key): only the ranges are compared.
          if (a == b || !opposed(a, b) || !RangesDisagree(fx.low, fx.high, fy.low, fy.high)) {
            continue;
          }
          // Figures more than kMaxRatio apart count different things (a
          // day's dead and a war's), not one thing two ways.
          double low_a = std::max(1.0, fx.low);
          double low_b = std::max(1.0, fy.low);
          if (std::max(low_a, low_b) > kMaxRatio * std::min(low_a, low_b)) continue;
          if (!same_story(a, b, std::min(low_a, low_b))) continue;
          auto ordered = std::minmax(a, b);
          if (pair_evidence.count(ordered)) continue;
          const std::string_view x_text = text_of(list[x]), y_text = text_of(list[y]);
          pair_evidence[ordered] = a < b ? std::string(x_text) + " / " + std::string(y_text)
                                         : std::string(y_text) + " / " + std::string(x_text);
          disagree[a].push_back(b);
          disagree[b].push_back(a);
          components.Union(a, b);
        }
      }
    }
    // One draft per group of disagreeing claims: the claim that disagrees
    // with the most others is disputed by them.
    std::map<std::size_t, std::vector<std::size_t>> groups_of_claims;
    for (const auto& [claim, others] : disagree) groups_of_claims[components.Find(claim)].push_back(claim);
    for (const auto& [root, members] : groups_of_claims) {
      std::size_t pivot = members.front();
      for (std::size_t m : members) {
        if (disagree[m].size() > disagree[pivot].size()) pivot = m;
      }
      Draft draft;
      draft.claims.insert(pivot);
      for (std::size_t m : disagree[pivot]) draft.counters.insert(m);
      draft.kind = "numbers";
      draft.rule = "number-mismatch";
      draft.score = 0.6;
      for (std::size_t m : disagree[pivot]) {
        draft.evidence.insert(pair_evidence[std::minmax(pivot, m)]);
      }
      draft.topic = first_figure(pivot);
      drafts.push_back(std::move(draft));
    }
  }

  by_doc = ClaimsByArticle();  // the rules within articles are done
  std::vector<ContentFacts::Figure>().swap(facts.figures);
  std::string().swap(facts.texts);

  report("merging disputes", 0.8);
  // Merge disputes over the same claim: shared claims, or disputed claims of
  // one source or side that say nearly the same thing.
  UnionFind groups(drafts.size());
  std::unordered_map<std::size_t, std::size_t> draft_of_claim;
  for (std::size_t d = 0; d < drafts.size(); ++d) {
    for (std::size_t c : drafts[d].claims) {
      auto [it, added] = draft_of_claim.emplace(c, d);
      if (!added) groups.Union(d, it->second);
    }
  }
  auto same_speaker = [&](std::size_t a, std::size_t b) {
    return features.source_key(a) == features.source_key(b) ||
           (features.side_id(a) >= 0 && features.side_id(a) == features.side_id(b));
  };
  auto same_claim = [&](std::size_t a, std::size_t b) {
    return same_speaker(a, b) && features.Similarity(a, b) >= kMinPairSimilarity;
  };
  // Disputed claims of two drafts that say nearly the same thing: a
  // candidate pair (or one claim) passing same_claim.
  {
    std::vector<std::uint32_t> candidates;
    for (std::size_t d = 0; d < drafts.size(); ++d) {
      for (std::size_t a : drafts[d].claims) {
        features.Candidates(a, kMinPairSimilarity, &scratch[0], &candidates);
        for (std::size_t j : candidates) {
          auto other = draft_of_claim.find(j);
          if (other != draft_of_claim.end() && same_claim(a, j)) groups.Union(d, other->second);
        }
      }
    }
  }
  // Denials from one side of claims by one other side, close together in
  // one article, are one controversy: "That claim was denied by the
  // Pentagon" and "labeled the Russian claim as propaganda" a paragraph later.
  auto same_controversy = [&](const Draft& x, const Draft& y) {
    std::size_t a = *x.claims.begin(), b = *y.claims.begin();
    std::size_t c = *x.counters.begin(), d = *y.counters.begin();
    return features.side_id(a) >= 0 && features.side_id(a) == features.side_id(b) &&
           features.side_id(c) >= 0 && features.side_id(c) == features.side_id(d) &&
           Distance(claims[a], claims[b]) < 2000;
  };
  {
    std::map<int, std::vector<std::size_t>> references_by_doc;
    for (std::size_t d = 0; d < drafts.size(); ++d) {
      if (drafts[d].rule != "reference-denial") continue;
      references_by_doc[features.doc_id(*drafts[d].claims.begin())].push_back(d);
    }
    for (const auto& [doc, list] : references_by_doc) {
      for (std::size_t x = 0; x < list.size(); ++x) {
        for (std::size_t y = x + 1; y < list.size(); ++y) {
          if (same_controversy(drafts[list[x]], drafts[list[y]])) groups.Union(list[x], list[y]);
        }
      }
    }
  }
  // Each draft is freed as it is merged, so that the drafts and the merged
  // drafts are never both held whole (about 35 MB each for 10^6 claims).
  std::unordered_map<std::size_t, std::size_t>().swap(draft_of_claim);
  std::map<std::size_t, Draft> merged;
  for (std::size_t d = 0; d < drafts.size(); ++d) {
    Draft& into = merged[groups.Find(d)];
    const Draft from = std::move(drafts[d]);
    into.claims.insert(from.claims.begin(), from.claims.end());
    into.counters.insert(from.counters.begin(), from.counters.end());
    into.evidence.insert(from.evidence.begin(), from.evidence.end());
    into.negated.insert(from.negated.begin(), from.negated.end());
    if (from.score > into.score) {
      into.score = from.score;
      into.kind = from.kind;
      into.rule = from.rule;
      into.topic = from.topic;
    }
  }

  std::vector<Draft>().swap(drafts);

  // Each merged draft becomes a dispute on its own: in parallel, kept in order.
  std::vector<std::map<std::size_t, Draft>::iterator> merged_list;
  for (auto it = merged.begin(); it != merged.end(); ++it) merged_list.push_back(it);
  // Each merged draft becomes a dispute on its own, in two steps, each in
  // parallel and kept in order: first its members, then (with the members'
  // contents, read again) its topic and evidence.
  auto gather = [&](Draft& draft, unsigned t) -> bool {
    // Restatements and other reports of the disputed claim join it.
    std::set<std::size_t> more;
    std::vector<std::uint32_t> candidates;
    for (std::size_t a : draft.claims) {
      features.Candidates(a, 0.45, &scratch[t], &candidates);
      for (std::size_t j : candidates) {
        // same_claim, at the higher similarity a restatement asks.
        if (features.stance(j) == Stance::kAssert && !draft.counters.count(j) &&
            same_speaker(a, j) && features.Similarity(a, j) >= 0.45) {
          more.insert(j);
        }
      }
    }
    // The speaker's statement around the disputed claim: the same source's
    // claims right before it in the article ("Ja’afari says the offensive will
    // continue because “terrorist groups” control Ain al-Fijeh. He accused
    // insurgents of ... blaming an al-Qaida-linked group.").
    for (std::size_t a : draft.claims) {
      for (std::size_t j = a; j > 0; --j) {
        std::size_t prev = j - 1;
        if (features.doc_id(prev) != features.doc_id(a) ||
            features.source_key(prev) != features.source_key(a) ||
            claims.stance(prev) != Stance::kAssert || Distance(claims[prev], claims[a]) > 800) {
          break;
        }
        more.insert(prev);
      }
    }
    draft.claims.insert(more.begin(), more.end());
    for (std::size_t c : draft.counters) draft.claims.erase(c);
    // A source never disputes itself: no disputed claim shares a source with
    // a counter-claim (aliases included).
    for (auto it = draft.claims.begin(); it != draft.claims.end();) {
      bool own = false;
      for (std::size_t c : draft.counters)
        own = own || features.source_key(c) == features.source_key(*it);
      it = own ? draft.claims.erase(it) : std::next(it);
    }
    return !draft.claims.empty() && !draft.counters.empty();
  };
  std::vector<char> kept(merged_list.size());
  ParallelChunks(merged_list.size(), threads, [&](unsigned t, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k) kept[k] = gather(merged_list[k]->second, t);
  });

  // The members' contents (and the negated ones of negation-flips) of the
  // drafts being made into disputes, in one buffer (below).
  std::vector<std::size_t> held;
  std::string held_text;
  std::vector<std::pair<std::size_t, std::size_t>> held_spans;
  auto content_of = [&](std::size_t c) -> std::string_view {
    const std::size_t k =
        static_cast<std::size_t>(std::lower_bound(held.begin(), held.end(), c) - held.begin());
    return std::string_view(held_text).substr(held_spans[k].first, held_spans[k].second);
  };

  auto make = [&](Draft& draft) -> Dispute {
    for (std::size_t c : draft.negated) {
      draft.evidence.insert("negated: \"" + std::string(content_of(c)) + "\"");
    }
    Dispute dispute;
    dispute.kind = draft.kind;
    dispute.rule = draft.rule;
    dispute.score = draft.score;
    // Hedged claims count less: "reportedly" on either side lowers the score.
    std::set<std::string> hedges;
    for (const auto* group : {&draft.claims, &draft.counters}) {
      for (std::size_t m : *group) {
        const std::string_view hedge = claims[m].hedge;
        if (!hedge.empty()) hedges.emplace(hedge);
      }
    }
    if (!hedges.empty()) {
      dispute.score *= kHedgedFactor;
      for (const std::string& hedge : hedges) draft.evidence.insert("hedged: " + hedge);
    }
    dispute.evidence = Join(draft.evidence, "; ");
    // Topic: the pair of adjacent salient words that both a disputed claim
    // and a counter-claim use, shared by the most members ("joint mission");
    // else the pair most members share; else the rarest shared word.
    struct PairCount {
      int members = 0;
      bool in_claims = false;
      bool in_counters = false;
    };
    std::map<std::string, PairCount> pairs;
    std::map<int, int> singles;
    std::vector<std::size_t> members(draft.claims.begin(), draft.claims.end());
    members.insert(members.end(), draft.counters.begin(), draft.counters.end());
    for (std::size_t m : members) {
      bool counter = draft.counters.count(m) > 0;
      const std::vector<int> seq = features.sequence(content_of(m));
      std::set<std::string> seen_pairs;
      std::set<int> seen;
      for (std::size_t k = 0; k < seq.size(); ++k) {
        if (seen.insert(seq[k]).second) singles[seq[k]] += 1;
        if (k + 1 < seq.size() && seq[k] != seq[k + 1]) {
          std::string pair = features.word(seq[k]) + " " + features.word(seq[k + 1]);
          if (!seen_pairs.insert(pair).second) continue;
          PairCount& count = pairs[pair];
          ++count.members;
          (counter ? count.in_counters : count.in_claims) = true;
        }
      }
    }
    auto rank = [](const PairCount& c) { return c.members + (c.in_claims && c.in_counters ? 1000 : 0); };
    int best_rank = 1;
    for (const auto& [pair, count] : pairs) {
      if (rank(count) > best_rank) {
        best_rank = rank(count);
        dispute.topic = pair;
      }
    }
    if (dispute.topic.empty()) {
      int best_word = -1;
      for (const auto& [word, count] : singles) {
        if (count < 2) continue;
        if (best_word < 0 || features.idf(word) > features.idf(best_word)) best_word = word;
      }
      if (best_word >= 0) dispute.topic = features.word(best_word);
    }
    if (!draft.topic.empty()) dispute.topic = draft.topic;
    if (dispute.topic.empty()) {
      const std::vector<int> first = features.sequence(content_of(*draft.claims.begin()));
      if (!first.empty()) dispute.topic = features.word(first[0]);
    }
    // A topic named in topics.txt wins over the computed word pair when a
    // counter-claim or two members use one of its phrases.
    std::map<std::string, int> named;
    for (std::size_t m : members) {
      std::string topic = rules_.NamedTopicOf(content_of(m));
      if (!topic.empty()) named[topic] += draft.counters.count(m) ? 2 : 1;
    }
    int named_best = 1;
    for (const auto& [topic, votes] : named) {
      if (votes > named_best) {
        named_best = votes;
        dispute.topic = topic;
      }
    }
    for (std::size_t c : draft.claims) {
      dispute.members.push_back(DisputeMember{claims.id(c), DisputeRole::kClaim});
    }
    for (std::size_t c : draft.counters) {
      dispute.members.push_back(DisputeMember{claims.id(c), DisputeRole::kCounter});
    }
    return dispute;
  };
  // A part at a time: the drafts whose members number about part_size,
  // their contents read, their disputes made in parallel and kept in order,
  // and each draft freed once made; so neither all the members' contents
  // (26 MB for 10^6 synthetic claims) nor the drafts and the disputes are
  // ever held whole together.
  const std::size_t part = std::max<std::size_t>(1, options_.part_size);
  // One dispute per draft kept: room for them all at once, not a doubled
  // copy while they come (168 bytes each, 67,909 for 10^6 synthetic claims).
  result.disputes.reserve(static_cast<std::size_t>(std::count(kept.begin(), kept.end(), 1)));
  for (std::size_t begin = 0; begin < merged_list.size();) {
    held.clear();
    std::size_t end = begin;
    while (end < merged_list.size() && (end == begin || held.size() < part)) {
      if (kept[end]) {
        const Draft& draft = merged_list[end]->second;
        for (const auto* group : {&draft.claims, &draft.counters, &draft.negated}) {
          held.insert(held.end(), group->begin(), group->end());
        }
      }
      ++end;
    }
    std::sort(held.begin(), held.end());
    held.erase(std::unique(held.begin(), held.end()), held.end());
    held_text.clear();
    held_spans.assign(held.size(), {0, 0});
    Status status = contents(held, [&](std::size_t k, std::string_view content) {
      held_spans[k] = {held_text.size(), content.size()};
      held_text.append(content);
    });
    if (!status.ok()) return status;
    std::vector<std::optional<Dispute>> made(end - begin);
    ParallelChunks(end - begin, threads, [&](unsigned, std::size_t first, std::size_t last) {
      for (std::size_t k = first; k < last; ++k) {
        if (kept[begin + k]) made[k] = make(merged_list[begin + k]->second);
      }
    });
    for (std::optional<Dispute>& dispute : made) {
      if (dispute) result.disputes.push_back(std::move(*dispute));
    }
    for (std::size_t k = begin; k < end; ++k) merged.erase(merged_list[k]);
    begin = end;
  }
  std::stable_sort(result.disputes.begin(), result.disputes.end(),
                   [](const Dispute& a, const Dispute& b) {
                     if (a.score != b.score) return a.score > b.score;
                     if (a.members.size() != b.members.size()) return a.members.size() > b.members.size();
                     for (std::size_t k = 0; k < a.members.size(); ++k) {
                       if (a.members[k].claim_id != b.members[k].claim_id) {
                         return a.members[k].claim_id < b.members[k].claim_id;
                       }
                     }
                     return std::tie(a.rule, a.kind, a.topic) < std::tie(b.rule, b.kind, b.topic);
                   });
  for (std::size_t i = 0; i < n; ++i) {
    if (!features.side(i).empty()) {
      result.source_sides[std::string(claims.names()[claims.source_id(i)])] = features.side(i);
    }
  }
  return Status::Ok();
}

void DisputeFinder::ExportWords(const MatchClaims& claims, const ClaimFeatures& features,
                                MatchResult* out) const {
  MatchResult& result = *out;
  // Room for them all at once: a doubling vector held the postings twice
  // for a moment (16 bytes each, 573,130 on the 300 MB store).
  std::size_t words = 0, postings = 0;
  for (std::size_t id = 0; id < features.word_count(); ++id) {
    const int word = static_cast<int>(id);
    if (features.df(word) == 0) continue;
    ++words;
    postings += features.postings(word).size();
  }
  result.word_df.reserve(words);
  result.postings.reserve(postings);
  for (std::size_t id = 0; id < features.word_count(); ++id) {
    const int word = static_cast<int>(id);
    if (features.df(word) == 0) continue;  // a stem never salient (a stop word)
    const auto index = static_cast<std::uint32_t>(result.word_df.size());
    result.word_df.emplace_back(features.word(word), features.df(word));
    for (std::uint32_t c : features.postings(word))
      result.postings.emplace_back(index, claims.id(c));
  }
}

}  // namespace claimtrack
