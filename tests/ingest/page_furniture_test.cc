// Tests for FindPageFurniture (src/ingest/page_furniture.h): which lines are
// furniture, compared as LowerText lowercases them, with or without
// non-ASCII text at their start.
#include "ingest/page_furniture.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace claimtrack {
namespace {

const std::vector<BoilerplateRule> kRules = {
    {"click to read more", false},
    {"copyright ©", false},
    {"élysée says:", false},  // a prefix that starts outside ASCII
    {"more in local news", true},
};

// The furniture of `text` as the strings it covers.
std::vector<std::string> Furniture(const std::string& text) {
  std::vector<std::string> found;
  for (const Span& span : FindPageFurniture(text, kRules)) {
    found.push_back(text.substr(span.begin, span.end - span.begin));
  }
  return found;
}

using Strings = std::vector<std::string>;

TEST_CASE("FindPageFurniture compares line starts in lowercase", "[ingest]") {
  struct Case {
    std::string text;
    Strings furniture;
  };
  const Case cases[] = {
      {"", {}},
      {"Officials said the talks failed.\n", {}},
      {"Click to Read More\n", {"Click to Read More"}},
      {"CLICK TO READ MORE about it\n", {"CLICK TO READ MORE about it"}},
      {"  Click to read more\n", {"  Click to read more"}},  // leading blanks kept in the span
      {"Click to read\n", {}},                               // shorter than the prefix
      {"Click to read", {}},
      {"Click to read mor\xC3\xA9\n", {}},                         // differs in its non-ASCII byte
      {"COPYRIGHT \xC2\xA9 2019\n", {"COPYRIGHT \xC2\xA9 2019"}},  // © past the ASCII bytes
      {"\xC3\x89lys\xC3\xA9"
       "e says: no\n",
       {"\xC3\x89lys\xC3\xA9"
        "e says: no"}},  // É lowercases to é
      {"\xC3\x89lys\xC3\xA9"
       "e said: no\n",
       {}},
      {"Text.\r\nClick to read more\r\nMore text.\r\n", {"Click to read more"}},
      {"Text.\rClick to read more\rMore text.", {"Click to read more"}},  // lone CRs
      {"Text.\n\nMore in Local News\n\nTeaser one.\nTeaser two.\n",
       {"More in Local News\n\nTeaser one.\nTeaser two.\n"}},
      {"More in Local News\nTeaser.\nThe post A title appeared first on Site.\nNext post.\n",
       {"More in Local News\nTeaser.\nThe post A title appeared first on Site."}},
      {"THE POST A title APPEARED FIRST ON Site.\n", {"THE POST A title APPEARED FIRST ON Site."}},
      {"The post office appeared closed.\n", {}},
      // A transcript's opening quotation mark before the prefix.
      {"\"Click to read more.\"\n", {"\"Click to read more.\""}},
      {"\xE2\x80\x9C  Click to read more\n", {}},  // the mark, then blanks: no
      {"\xE2\x80\x9C"
       "Click to read more\n",
       {"\xE2\x80\x9C"
        "Click to read more"}},
  };
  for (const Case& c : cases) {
    INFO("text: " << c.text);
    CHECK(Furniture(c.text) == c.furniture);
  }
}

}  // namespace
}  // namespace claimtrack
