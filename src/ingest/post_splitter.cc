// Splitting aggregator pages at "The post ... appeared first on ..." lines.
#include "ingest/post_splitter.h"

#include <string_view>

#include "text/encoding.h"

namespace claimtrack {

namespace {

constexpr std::string_view kOpening = "The post ";
constexpr std::string_view kClosing = " appeared first on ";

struct PostEnd {
  std::size_t line_end;  // byte after the line's newline (or the text's end)
  std::string title;
};

std::vector<PostEnd> FindPostEnds(std::string_view text) {
  std::vector<PostEnd> ends;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Lines end with LF, CRLF or a lone CR.
    std::size_t eol = LineEnd(text, pos);
    std::size_t next = eol == text.size() ? text.size() : eol + 1;
    if (eol < text.size() && text[eol] == '\r' && next < text.size() && text[next] == '\n') {
      ++next;
    }
    std::string_view line = text.substr(pos, eol - pos);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.substr(0, kOpening.size()) == kOpening) {
      std::size_t closing = line.find(kClosing);
      if (closing != std::string_view::npos) {
        ends.push_back(PostEnd{next, std::string(line.substr(kOpening.size(), closing - kOpening.size()))});
      }
    }
    pos = next;
  }
  return ends;
}

}  // namespace

std::vector<Article> SplitPosts(const Article& page) {
  std::vector<PostEnd> ends = FindPostEnds(page.text);
  if (ends.size() < 2) return {page};
  std::vector<Article> posts;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < ends.size(); ++i) {
    std::size_t end = i + 1 == ends.size() ? page.text.size() : ends[i].line_end;
    Article post = page;
    post.text = page.text.substr(begin, end - begin);
    post.doc = page.doc + "#" + std::to_string(i + 1);
    post.title = ends[i].title;
    post.origin = page.origin + " bytes " + std::to_string(begin) + "-" + std::to_string(end);
    posts.push_back(std::move(post));
    begin = end;
  }
  return posts;
}

}  // namespace claimtrack
