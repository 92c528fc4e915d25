// Helpers shared by the report formats: dispute splitting, claim labels, a
// claim in its sentence, word wrapping, and the Markdown, HTML and CSV
// escaping functions (see report_format.h).
#include "report/report_format.h"

#include <algorithm>
#include <cstdio>

namespace claimtrack {
namespace {

// Number of code points in UTF-8 `s`: every byte that is not a continuation
// byte (10xxxxxx) starts one. Invalid bytes count as one column each.
std::size_t Columns(std::string_view s) {
  std::size_t columns = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++columns;
  }
  return columns;
}

// Whether the mention as written tells a reader something the resolved
// source does not: "He", "Davis" or "Russia's Defense Ministry" do, while "the
// Pentagon" for "Pentagon" only adds the article that English requires.
bool MentionAddsInformation(std::string_view mention, std::string_view source) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  };
  std::string folded_mention = lower(mention);
  if (folded_mention.rfind("the ", 0) == 0) folded_mention.erase(0, 4);
  return folded_mention != lower(source);
}

}  // namespace

DisputeClaims SplitDispute(const Dispute& dispute, const ReportInput& input) {
  DisputeClaims split;
  for (const DisputeMember& member : dispute.members) {
    auto it = input.claims.find(member.claim_id);
    if (it == input.claims.end()) {
      split.missing.push_back(member.claim_id);
    } else if (member.role == DisputeRole::kCounter) {
      split.counters.push_back(&it->second);
    } else {
      split.claims.push_back(&it->second);
    }
  }
  return split;
}

std::string_view DisputeRoleName(DisputeRole role) {
  return role == DisputeRole::kCounter ? "counter" : "claim";
}

std::int64_t DisputeNumber(const Dispute& dispute, std::size_t index) {
  return dispute.id != 0 ? dispute.id : static_cast<std::int64_t>(index) + 1;
}

std::string SideOf(const Claim& claim, const ReportInput& input) {
  auto it = input.sides.find(claim.source);
  return it == input.sides.end() ? std::string() : it->second;
}

std::string WhoLabel(const Claim& claim, std::string_view side) {
  std::string source = OneLine(claim.source);
  std::string mention = OneLine(claim.mention);
  std::string label = !source.empty() ? source : !mention.empty() ? mention : "unknown source";

  std::vector<std::string> details;
  if (std::string role = OneLine(claim.role); !role.empty()) details.push_back(role);
  if (!source.empty() && !mention.empty() && MentionAddsInformation(mention, source)) {
    details.push_back("as \"" + mention + "\"");
  }
  if (std::string one_line_side = OneLine(side); !one_line_side.empty()) {
    details.push_back("side: " + one_line_side);
  }
  if (details.empty()) return label;
  label += " (";
  for (std::size_t i = 0; i < details.size(); ++i) {
    if (i > 0) label += "; ";
    label += details[i];
  }
  label += ")";
  return label;
}

std::string ArticleLabel(const Claim& claim, const ReportInput& input) {
  std::string label = OneLine(claim.doc);
  if (auto it = input.articles.find(claim.doc); it != input.articles.end()) {
    if (std::string title = OneLine(it->second.title); !title.empty()) {
      label += " \"" + title + "\"";
    }
  }
  if (std::string when = WhenLabel(claim, input); !when.empty()) label += ", " + when;
  return label;
}

std::string ClaimDate(const Claim& claim, const ReportInput& input) {
  if (!claim.date.empty()) return claim.date;
  auto it = input.articles.find(claim.doc);
  return it == input.articles.end() ? std::string() : it->second.date;
}

std::string WhenLabel(const Claim& claim, const ReportInput& input) {
  std::string when = OneLine(ClaimDate(claim, input));
  if (std::string time = OneLine(claim.time); !time.empty()) {
    if (!when.empty()) when += " ";
    when += time;
  }
  return when;
}

bool ClaimInSentence(const Claim& claim, const ReportInput& input, SentenceParts* parts) {
  auto it = input.articles.find(claim.doc);
  if (it == input.articles.end() || it->second.text.empty()) return false;
  const std::string_view text = it->second.text;
  const Span& content = claim.content_span;
  const Span& sentence = claim.sentence_span;
  if (content.end < content.begin || content.end > text.size()) return false;
  std::size_t begin = content.begin, end = content.end;
  // {0, 0} means the sentence is unknown; a sentence that does not touch the
  // content belongs to another claim's record and is not shown.
  const bool known = !(sentence.begin == 0 && sentence.end == 0);
  if (known && sentence.begin <= content.end && content.begin <= sentence.end &&
      sentence.end <= text.size()) {
    begin = std::min(begin, sentence.begin);
    end = std::max(end, sentence.end);
  }
  parts->before = text.substr(begin, content.begin - begin);
  parts->claim = text.substr(content.begin, content.size());
  parts->after = text.substr(content.end, end - content.end);
  return true;
}

std::string FormatScore(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string CountNoun(std::size_t count, std::string_view singular) {
  std::string text = std::to_string(count) + " ";
  text += singular;
  if (count != 1) text += "s";
  return text;
}

std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool blank = c <= 0x20 || c == 0x7F;
    // C1 controls U+0080..U+009F (0xC2 0x80..0x9F): some terminals read
    // U+009B as the start of an escape sequence.
    if (c == 0xC2 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) {
        blank = true;
        ++i;
      }
    }
    if (blank) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::size_t TextColumns(std::string_view text) { return Columns(text); }

std::string WrapText(std::string_view text, int width, std::string_view indent) {
  const std::string flat = OneLine(text);
  if (flat.empty()) return "";
  std::string out(indent);
  if (width <= 0) return out + flat + "\n";

  const std::size_t limit = static_cast<std::size_t>(width);
  const std::size_t indent_columns = Columns(indent);
  std::size_t line_columns = indent_columns;
  bool line_empty = true;
  std::size_t pos = 0;
  while (pos < flat.size()) {  // OneLine left single spaces between words
    std::size_t space = flat.find(' ', pos);
    if (space == std::string::npos) space = flat.size();
    std::string_view word = std::string_view(flat).substr(pos, space - pos);
    pos = space + 1;

    const std::size_t word_columns = Columns(word);
    if (!line_empty && line_columns + 1 + word_columns > limit) {
      out += '\n';
      out += indent;
      line_columns = indent_columns;
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++line_columns;
    }
    out += word;
    line_columns += word_columns;
    line_empty = false;
  }
  out += '\n';
  return out;
}

std::string EscapeMarkdown(std::string_view text) {
  // '~' is GitHub's strikethrough; '&' starts an entity reference ("&lt;"
  // would show as "<"); the others are CommonMark's inline markup, links and
  // images, raw HTML and autolinks, headings, and table cell separators.
  static constexpr std::string_view kSignificant = "\\`*_[]<>#|~&";
  const std::string flat = OneLine(text);
  std::string out;
  out.reserve(flat.size() + flat.size() / 8);
  for (char c : flat) {
    if (kSignificant.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += c;
        break;
      default: {
        const unsigned char byte = static_cast<unsigned char>(c);
        out += (byte < 0x20 || byte == 0x7F) ? ' ' : c;
      }
    }
  }
  return out;
}

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace claimtrack
