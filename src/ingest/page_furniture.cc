// Page furniture: line-prefix matching over the article text.
#include "ingest/page_furniture.h"

#include <string>

#include "text/encoding.h"
#include "text/tokenizer.h"

namespace claimtrack {

namespace {

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

constexpr std::string_view kPostOpening = "the post ";
constexpr std::string_view kPostClosing = " appeared first on";

// How much of a line is lowercased to compare it with the rules.
constexpr std::size_t kComparedBytes = 200;

// The start of one line, lowercased as LowerText would, but only as far as a
// comparison needs. Most lines are compared with a few short prefixes and
// fail on their first letters: lowercasing 200 bytes of every line for that
// was a tenth of extraction's time. While the line's bytes are ASCII,
// LowerText maps each byte to one byte, so a prefix is compared byte by byte
// up to the first other byte; from there on (or to search the whole start)
// the start is lowercased once with LowerText.
class LineStart {
 public:
  explicit LineStart(std::string_view start) : start_(start) {}

  // True when LowerText(start) begins with `lower_prefix`.
  bool StartsWith(std::string_view lower_prefix) {
    for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
      if (i >= start_.size()) return false;  // ASCII so far: the lowercase is as short
      unsigned char c = static_cast<unsigned char>(start_[i]);
      if (c >= 0x80) return claimtrack::StartsWith(Lower(), lower_prefix);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      if (static_cast<char>(c) != lower_prefix[i]) return false;
    }
    return true;
  }

  // LowerText(start).
  const std::string& Lower() {
    if (!lowered_) {
      lower_ = LowerText(start_);
      lowered_ = true;
    }
    return lower_;
  }

 private:
  std::string_view start_;
  std::string lower_;
  bool lowered_ = false;
};

// A line "The post TITLE appeared first on SITE." closes one post of a page
// that strings several together; the furniture after it belongs to that post.
bool EndsPost(LineStart& line) {
  return line.StartsWith(kPostOpening) &&
         std::string_view(line.Lower()).find(kPostClosing) != std::string_view::npos;
}

}  // namespace

std::vector<Span> FindPageFurniture(std::string_view text,
                                    const std::vector<BoilerplateRule>& rules) {
  std::vector<Span> spans;
  if (rules.empty()) return spans;
  std::size_t section_start = std::string_view::npos;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = LineEnd(text, pos);
    std::size_t begin = pos;
    // Leading blanks, and a transcript's opening quotation mark ('"Follow
    // Pam Key on Twitter @pamkeyNEN."'), come before the prefix.
    while (begin < eol && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    if (begin < eol && text[begin] == '"') ++begin;
    if (begin + 3 <= eol && text.substr(begin, 3) == "“") begin += 3;
    LineStart line(text.substr(begin, std::min<std::size_t>(eol - begin, kComparedBytes)));
    if (EndsPost(line)) {
      // The post's closing line itself is furniture too.
      std::size_t start = section_start != std::string_view::npos ? section_start : pos;
      spans.push_back(Span{start, eol});
      section_start = std::string_view::npos;
    } else if (section_start == std::string_view::npos && begin < eol) {
      for (const BoilerplateRule& rule : rules) {
        if (!line.StartsWith(rule.prefix)) continue;
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
