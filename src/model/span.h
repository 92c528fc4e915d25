// Span: a half-open range [begin, end) of UTF-8 byte offsets into an
// article's text. Every stage keeps offsets in this unit so that a claim can
// always be shown in its original sentence.
#pragma once

#include <cstddef>
#include <string_view>

namespace claimtrack {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end > begin ? end - begin : 0; }
  bool empty() const { return end <= begin; }
  bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
  std::string_view in(std::string_view text) const { return text.substr(begin, size()); }
};

}  // namespace claimtrack
