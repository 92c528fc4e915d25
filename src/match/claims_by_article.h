// ClaimsByArticle: the claims of each article, by index, for the rules that
// look for a claim's neighbours in its article (DisputeFinder's rules within
// articles, rule 5's article profiles).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimtrack {

// The claims of each article, by index, ascending. When each article's
// claims are consecutive (as DisputeFinder::Find's contract has them: in
// document order), a range of indexes per article and no list of claims
// (4 bytes a claim less at the peak of the rules within articles); else a
// list per article. Indexes are 32 bits.
class ClaimsByArticle {
 public:
  ClaimsByArticle() = default;
  // The articles of claims [0, n): doc_of(i) is claim i's article, an id
  // below `articles`; ids are numbered from 0 in the order first seen.
  template <typename DocOf>
  ClaimsByArticle(std::size_t n, std::size_t articles, const DocOf& doc_of)
      : start_(articles + 1, 0) {
    bool consecutive = true;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t doc = doc_of(i);
      ++start_[doc + 1];
      if (i > 0 && doc != doc_of(i - 1) && doc != doc_of(i - 1) + 1) consecutive = false;
    }
    for (std::size_t doc = 0; doc < articles; ++doc) start_[doc + 1] += start_[doc];
    if (consecutive) return;
    flat_.resize(n);
    std::vector<std::uint32_t> cursor(start_.begin(), start_.end() - 1);
    for (std::size_t i = 0; i < n; ++i) flat_[cursor[doc_of(i)]++] = static_cast<std::uint32_t>(i);
  }

  class Iterator {
   public:
    Iterator(const std::uint32_t* flat, std::uint32_t at) : flat_(flat), at_(at) {}
    std::size_t operator*() const { return flat_ != nullptr ? flat_[at_] : at_; }
    Iterator& operator++() {
      ++at_;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return at_ != other.at_; }

   private:
    const std::uint32_t* flat_;
    std::uint32_t at_;
  };
  struct Range {
    Iterator first, last;
    Iterator begin() const { return first; }
    Iterator end() const { return last; }
  };
  // The claims of article `doc` (below `articles`), ascending.
  Range operator[](std::size_t doc) const {
    const std::uint32_t* flat = flat_.empty() ? nullptr : flat_.data();
    return Range{Iterator(flat, start_[doc]), Iterator(flat, start_[doc + 1])};
  }

 private:
  std::vector<std::uint32_t> start_;  // the article's claims are [start_[doc], start_[doc + 1])
  std::vector<std::uint32_t> flat_;   // of the list; empty when the claims are consecutive
};

}  // namespace claimtrack
