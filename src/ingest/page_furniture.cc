// Page furniture: line-prefix matching over the article text.
#include "ingest/page_furniture.h"

#include "text/tokenizer.h"

namespace claimtrack {

namespace {

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

// A line "The post TITLE appeared first on SITE." closes one post of a page
// that strings several together; the furniture after it belongs to that post.
bool EndsPost(std::string_view lower_line) {
  return StartsWith(lower_line, "the post ") &&
         lower_line.find(" appeared first on") != std::string_view::npos;
}

}  // namespace

std::vector<Span> FindPageFurniture(std::string_view text,
                                    const std::vector<BoilerplateRule>& rules) {
  std::vector<Span> spans;
  if (rules.empty()) return spans;
  std::size_t section_start = std::string_view::npos;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Lines end with LF, CRLF or a lone CR.
    std::size_t eol = text.find_first_of("\r\n", pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::size_t begin = pos;
    while (begin < eol && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    std::string lower = LowerText(text.substr(begin, std::min<std::size_t>(eol - begin, 200)));
    if (EndsPost(lower)) {
      // The post's closing line itself is furniture too.
      std::size_t start = section_start != std::string_view::npos ? section_start : pos;
      spans.push_back(Span{start, eol});
      section_start = std::string_view::npos;
    } else if (section_start == std::string_view::npos && begin < eol) {
      for (const BoilerplateRule& rule : rules) {
        if (!StartsWith(lower, rule.prefix)) continue;
        if (rule.section) {
          section_start = pos;
        } else {
          spans.push_back(Span{pos, eol});
        }
        break;
      }
    }
    pos = eol + 1;
  }
  if (section_start != std::string_view::npos) spans.push_back(Span{section_start, text.size()});
  return spans;
}

}  // namespace claimtrack
