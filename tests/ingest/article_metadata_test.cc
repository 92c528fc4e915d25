// Tests for dates and titles found in article text, using the datelines of
// the real articles under tests/data/seeds/.
#include "ingest/article_metadata.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

namespace claimtrack {
namespace {

std::string ReadSeed(const std::string& name) {
  std::ifstream in(std::string(CLAIMTRACK_TEST_DATA_DIR) + "/seeds/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST_CASE("FindArticleDate reads the seed articles' datelines", "[metadata]") {
  struct Case {
    const char* file;
    const char* date;
    const char* title;
  };
  const Case cases[] = {
      // "- Associated Press - Monday, January 23, 2017", then the body.
      {"000_70c8b4e9404839c6.txt", "2017-01-23", ""},
      // A headline, then "January 24, 2017" on its own line.
      {"001_4fcf9552b6ef5c08.txt", "2017-01-24",
       "The Latest: US welcomes attempt to reduce violence in Syria"},
      // Two "(AP Photo/...)" captions and a "By ..." byline before the headline.
      {"002_238b3804741a1fcd.txt", "", "Harsh exchanges on first day of Syria talks in Kazakhstan"},
      // The title keeps the no-break space the source wrote before "Syria".
      {"004_1108e0ff0e0d6043.txt", "",
       "US, Russian militaries hold unprecedented talks on\xC2\xA0Syria"},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    std::string text = ReadSeed(c.file);
    CHECK(FindArticleDate(text) == c.date);
    CHECK(FindArticleTitle(text) == c.title);
  }
}

TEST_CASE("FindArticleDate finds Month D, YYYY in the first lines", "[metadata]") {
  struct Case {
    const char* text;
    const char* date;
  };
  const Case cases[] = {
      {"- Associated Press - Monday, January 23, 2017\n\nBody.", "2017-01-23"},
      {"Title\n\nJanuary 24, 2017\nBody.", "2017-01-24"},
      {"Astana, Kazakhstan, Tuesday, Jan. 24, 2017. The talks", "2017-01-24"},
      {"Posted Sept. 9, 2016 by staff", "2016-09-09"},
      {"SEPTEMBER 30, 2016", "2016-09-30"},
      {"Dec 1 2015", "2015-12-01"},
      {"\xEF\xBB\xBF"
       "March 3, 2017\r\nBody",
       "2017-03-03"},
      {"Posted\xC2\xA0"
       "June\xC2\xA0"
       "5, 2017",
       "2017-06-05"},
      {"First January 2, 2017, then March 4, 2017", "2017-01-02"},
      // Not dates, or not on a dateline.
      {"Batman V. Superman: Dawn of Justice is scheduled to be released in movie theaters on "
       "March 25, 2016.",
       ""},
      {"\xE2\x80\x94 Mark Nixon (@markalannixon) February 3, 2015", ""},  // a tweet
      {"The marching band on Mayday 2017", ""},
      {"Remarks 24, 2017", ""},
      {"February 30, 2017", ""},
      {"January 24, 20170", ""},
      {"January 244, 2017", ""},
      {"No date here.", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(FindArticleDate(c.text) == c.date);
  }
}

TEST_CASE("FindArticleDate only looks at the first non-empty lines", "[metadata]") {
  std::string text = "1\n\n2\n\n\n3\nJanuary 24, 2017\n";
  CHECK(FindArticleDate(text, 4) == "2017-01-24");
  CHECK(FindArticleDate(text, 3).empty());
}

TEST_CASE("FindArticleTitle skips bylines, datelines and captions", "[metadata]") {
  struct Case {
    std::string text;
    std::string title;
  };
  const Case cases[] = {
      {"  Headline here  \r\nBody", "Headline here"},
      {"\n\n- Associated Press - Monday, January 23, 2017\nHeadline\n", "Headline"},
      {"Monday, January 23, 2017.\nHeadline", "Headline"},
      {"By Philip Issa / Associated Press\nHeadline", "Headline"},
      {"By the numbers: Syria's war", "By the numbers: Syria's war"},
      {"Talks in Astana on Monday. (AP Photo/Sergei Grits)\nHeadline", "Headline"},
      {"PHOTO: Delegates in Astana\nHeadline", "Headline"},
      {"WASHINGTON (AP) \xE2\x80\x94 The body starts here.\nLater line", ""},
      {"NEW YORK (Reuters) - The body starts here.", ""},
      {"Syria (again) - talks resume", "Syria (again) - talks resume"},
      {"", ""},
      {" \n\t\n", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(FindArticleTitle(c.text) == c.title);
  }
}

TEST_CASE("FindArticleTitle cuts long lines at a character boundary", "[metadata]") {
  std::string line = std::string(299, 'a') + "\xC3\xA9" + std::string(50, 'b');
  std::string title = FindArticleTitle(line);
  CHECK(title == std::string(299, 'a'));
  CHECK(FindArticleTitle(std::string(400, 'x')).size() == 300);
}

TEST_CASE("NormalizeDate accepts the usual metadata forms", "[metadata]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"2017-01-24", "2017-01-24"},
      {"2017-01-24T10:00:00Z", "2017-01-24"},
      {"2017-01-24T10:00Z", "2017-01-24"},
      {"2017-01-24 10:00:00", "2017-01-24"},
      {"2017/01/24", "2017-01-24"},
      {"2017-1-4", "2017-01-04"},
      {" January 24, 2017 ", "2017-01-24"},
      {"Jan. 24, 2017", "2017-01-24"},
      {"Tuesday, Jan. 24, 2017", "2017-01-24"},
      {"Tue, 24 Jan 2017 10:00:00 GMT", "2017-01-24"},
      {"2016-02-29", "2016-02-29"},
      // Rejected.
      {"", ""},
      {"yesterday", ""},
      {"2017-13-01", ""},
      {"2017-00-10", ""},
      {"2017-01-32", ""},
      {"2017-01-00", ""},
      {"2017-02-29", ""},
      {"2017-01/24", ""},
      {"20170124", ""},
      {"17-01-24", ""},
      {"January 24", ""},
      {"Smarch 24, 2017", ""},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(NormalizeDate(c.in) == c.out);
  }
}

}  // namespace
}  // namespace claimtrack
