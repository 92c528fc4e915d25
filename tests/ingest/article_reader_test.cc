// Tests for ReadArticles: files, directories, jsonl and stdin, each written to
// a fresh temporary directory that is removed afterwards.
#include "ingest/article_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace claimtrack {
namespace {

namespace fs = std::filesystem;

// A temporary directory that lives as long as the object.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = fs::temp_directory_path() /
            ("claimtrack_reader_test_" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `content` byte for byte to `relative` (creating folders) and
  // returns the full path.
  std::string Write(const std::string& relative, const std::string& content) const {
    fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << content;
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

struct ReadResult {
  std::vector<Article> articles;
  ReadReport report;
};

ReadResult Read(const std::vector<std::string>& paths, const std::string& stdin_text = "") {
  ReadResult result;
  std::istringstream in(stdin_text);
  ReadArticles(
      paths, in,
      [&](Article&& article) {
        result.articles.push_back(std::move(article));
        return true;
      },
      &result.report);
  CHECK(result.report.articles == static_cast<int>(result.articles.size()));
  return result;
}

TEST_CASE("ReadArticles reads a text file byte for byte", "[reader]") {
  TempDir dir;
  std::string text =
      "- Associated Press - Monday, January 23, 2017\r\n\r\nHeadline\r\n\r\n"
      "Spicer said \xE2\x80\x9Cvery clear.\xE2\x80\x9D\r\n";
  std::string path = dir.Write("sub/000_70c8.txt", text);
  ReadResult result = Read({path});
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.text == text);
  CHECK(article.doc == "000_70c8.txt");
  CHECK(article.origin == path);
  CHECK(article.date == "2017-01-23");
  CHECK(article.title == "Headline");
  CHECK(result.report.problems.empty());
}

TEST_CASE("ReadArticles reads a directory recursively in path order", "[reader]") {
  TempDir dir;
  dir.Write("b.txt", "B text");
  dir.Write("a/z.txt", "AZ text");
  dir.Write("a/notes.md", "ignored");
  dir.Write("c.jsonl",
            "{\"id\": \"c1\", \"text\": \"C one\"}\n{\"doc\": \"c2\", \"text\": \"C two\"}\n");
  dir.Write("empty.txt", "");
  ReadResult result = Read({dir.path()});
  std::vector<std::string> docs;
  for (const Article& article : result.articles) docs.push_back(article.doc);
  CHECK(docs == std::vector<std::string>{"z.txt", "b.txt", "c1", "c2"});
  CHECK(result.articles[2].origin == dir.path() + "/c.jsonl:1");
  CHECK(result.report.problems == std::vector<std::string>{dir.path() + "/empty.txt: empty file"});
}

TEST_CASE("ReadArticles reads jsonl metadata and reports bad lines", "[reader]") {
  TempDir dir;
  std::string path = dir.Write(
      "corpus.jsonl",
      "{\"id\": \"a1\", \"text\": \"Line one.\\r\\nTwo \\u201Cq\\u201D\", \"title\": \"T\","
      " \"date\": \"2017-01-24T10:00:00Z\", \"publisher\": \"AP\", \"url\": \"http://x\"}\n"
      "\n"
      "{\"id\": \"a2\" \"text\": \"broken\"}\n"
      "{\"id\": 7, \"text\": \"January 23, 2017\\nBody\", \"date\": \"someday\"}\r\n"
      "{\"id\": \"a4\", \"title\": \"no text\"}\n"
      "[\"not\", \"an object\"]\n"
      "{\"text\": \"no id\"}");  // last line without a newline
  ReadResult result = Read({path});
  REQUIRE(result.articles.size() == 3);

  const Article& first = result.articles[0];
  CHECK(first.doc == "a1");
  CHECK(first.text == "Line one.\r\nTwo \xE2\x80\x9Cq\xE2\x80\x9D");
  CHECK(first.title == "T");
  CHECK(first.date == "2017-01-24");
  CHECK(first.publisher == "AP");
  CHECK(first.url == "http://x");
  CHECK(first.origin == path + ":1");

  const Article& second = result.articles[1];
  CHECK(second.doc == "7");
  CHECK(second.date == "2017-01-23");  // unreadable date: taken from the text
  CHECK(second.title.empty());         // jsonl titles are never guessed
  CHECK(second.origin == path + ":4");

  CHECK(result.articles[2].doc == "corpus.jsonl:7");
  CHECK(result.report.problems == std::vector<std::string>{
                                      path + ":3: malformed JSON: column 13: expected ',' or '}'",
                                      path + ":5: no \"text\" field",
                                      path + ":6: not a JSON object",
                                  });
}

TEST_CASE("ReadArticles reports missing paths and goes on", "[reader]") {
  TempDir dir;
  std::string good = dir.Write("good.txt", "Text");
  std::string missing = dir.path() + "/missing.txt";
  ReadResult result = Read({missing, good, dir.path() + "/gone"});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].doc == "good.txt");
  CHECK(result.report.problems == std::vector<std::string>{
                                      missing + ": no such file or directory",
                                      dir.path() + "/gone: no such file or directory",
                                  });
}

TEST_CASE("ReadArticles treats a file that is not .jsonl as text", "[reader]") {
  TempDir dir;
  std::string path = dir.Write("story.md", "{\"text\": \"not parsed\"}");
  ReadResult result = Read({path});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].text == "{\"text\": \"not parsed\"}");
}

TEST_CASE("ReadArticles reads \"-\" from the given stream", "[reader]") {
  ReadResult result = Read({"-"}, "Headline\r\n\r\nJan. 24, 2017\r\nBody\r\n");
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.doc == "stdin");
  CHECK(article.origin == "-");
  CHECK(article.text == "Headline\r\n\r\nJan. 24, 2017\r\nBody\r\n");
  CHECK(article.title == "Headline");
  CHECK(article.date == "2017-01-24");

  ReadResult empty = Read({"-"}, "");
  CHECK(empty.articles.empty());
  CHECK(empty.report.problems == std::vector<std::string>{"-: empty input"});
}

// ---- Bad input: each case is a real file written to a temporary folder.

const std::string kFffd = "\xEF\xBF\xBD";

TEST_CASE("ReadArticles repairs invalid UTF-8 and names file and byte", "[reader][bad-input]") {
  TempDir dir;
  std::string path = dir.Write("latin1.txt", "Caf\xE9 owner said the caf\xE9 was closed.\n");
  ReadResult result = Read({path});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].text ==
        "Caf" + kFffd + " owner said the caf" + kFffd + " was closed.\n");
  CHECK(result.report.problems.empty());
  CHECK(result.report.warnings ==
        std::vector<std::string>{path +
                                 ": invalid UTF-8 replaced by U+FFFD at 2 places: bytes 3, 23"});
}

TEST_CASE("ReadArticles removes a UTF-8 byte order mark", "[reader][bad-input]") {
  TempDir dir;
  std::string path = dir.Write("bom.txt", "\xEF\xBB\xBFHeadline\n\nJan. 24, 2017\nBody.\n");
  ReadResult result = Read({path});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].text == "Headline\n\nJan. 24, 2017\nBody.\n");
  CHECK(result.articles[0].title == "Headline");
  CHECK(result.articles[0].date == "2017-01-24");
  CHECK(result.report.warnings.empty());
}

TEST_CASE("ReadArticles converts UTF-16 with a byte order mark", "[reader][bad-input]") {
  TempDir dir;
  const std::u16string text =
      u"Headline \u2014 Caf\u00E9\r\n\r\nJanuary 24, 2017\r\n\u201CYes,\u201D he said.";
  const std::string utf8 =
      "Headline \xE2\x80\x94 Caf\xC3\xA9\r\n\r\nJanuary 24, 2017\r\n\xE2\x80\x9CYes,\xE2\x80\x9D "
      "he said.";
  for (bool big_endian : {false, true}) {
    std::string bytes = big_endian ? "\xFE\xFF" : "\xFF\xFE";
    for (char16_t unit : text) {
      char high = static_cast<char>(unit >> 8), low = static_cast<char>(unit & 0xFF);
      bytes += big_endian ? std::string{high, low} : std::string{low, high};
    }
    std::string path = dir.Write(big_endian ? "be.txt" : "le.txt", bytes);
    ReadResult result = Read({path});
    INFO(path);
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].text == utf8);
    CHECK(result.articles[0].title == "Headline \xE2\x80\x94 Caf\xC3\xA9");
    CHECK(result.articles[0].date == "2017-01-24");
    CHECK(result.report.problems.empty());
    CHECK(result.report.warnings.empty());
  }
}

TEST_CASE("ReadArticles keeps CR line ends and finds the title across them",
          "[reader][bad-input]") {
  TempDir dir;
  std::string text = "- Associated Press - Monday, January 23, 2017\r\rHeadline\r\rBody said.\r";
  std::string path = dir.Write("mac.txt", text);
  ReadResult result = Read({path});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].text == text);
  CHECK(result.articles[0].title == "Headline");
  CHECK(result.articles[0].date == "2017-01-23");
}

TEST_CASE("ReadArticles skips binary, empty and blank files with a message",
          "[reader][bad-input]") {
  TempDir dir;
  std::string nul = dir.Write("nul.txt", std::string("Text with a\0NUL.", 16));
  std::string image = dir.Write("image.txt", "\x89PNG\r\n\x1A\n" + std::string("\0\0\0\rIHDR", 8));
  std::string control = dir.Write("control.txt", "\x01\x02\x03\x04\x05 text");
  std::string empty = dir.Write("empty.txt", "");
  std::string blank = dir.Write("blank.txt", " \r\n\t\xC2\xA0\n");
  std::string mark_only = dir.Write("mark.txt", "\xEF\xBB\xBF");
  std::string empty_jsonl = dir.Write("empty.jsonl", "\xEF\xBB\xBF\n \r\n\n");
  std::string good = dir.Write("good.txt", "Good.");
  ReadResult result = Read({nul, image, control, empty, blank, mark_only, empty_jsonl, good});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].doc == "good.txt");
  CHECK(result.report.problems ==
        std::vector<std::string>{
            nul + ": NUL byte at byte 11; not a text file",
            image + ": NUL byte at byte 8; not a text file",
            control + ": binary file: 5 NUL or control bytes in the first 8 KB",
            empty + ": empty file",
            blank + ": no text, only white space",
            mark_only + ": no text, only white space",
            empty_jsonl + ": empty file",
        });
}

TEST_CASE("ReadArticles skips a file too large for one article without reading it",
          "[reader][bad-input]") {
  TempDir dir;
  std::string path = dir.path() + "/huge.txt";
  {
    // Sparse: the size is what counts, and no test should write 17 MB.
    std::ofstream out(path, std::ios::binary);
    out.seekp(static_cast<std::streamoff>(kMaxArticleBytes) + (1 << 20));
    out << "x";
  }
  ReadResult result = Read({path});
  CHECK(result.articles.empty());
  CHECK(
      result.report.problems ==
      std::vector<std::string>{path + ": too large for one article (17 MiB; the limit is 16 MiB)"});

  ReadResult piped = Read({"-"}, std::string(kMaxArticleBytes + 1, 'a'));
  CHECK(piped.report.problems ==
        std::vector<std::string>{
            "-: too large for one article (more than 16 MiB; the limit is 16 MiB)"});
}

TEST_CASE("ReadArticles reports bad jsonl lines with file, line and byte", "[reader][bad-input]") {
  TempDir dir;
  std::string path = dir.Write(
      "feed.jsonl",
      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"caf\xE9 said so\"}\n"  // line 1: bytes 0-42
      "{\"id\": \"b\", \"text\": \"nul \\u0000 inside\"}\n"
      "{\"id\": \"c\", \"text\": \" \\n\\t \"}\n"
      "{\"id\": \"d\", \"text\": 12}\n"
      "{\"id\": \"e\", \"text\": \"raw NUL " +
          std::string(1, '\0') +
          "\"}\n"
          "{\"id\": \"f\", \"text\": \"fine\"}");
  ReadResult result = Read({path});
  std::vector<std::string> docs;
  for (const Article& article : result.articles) docs.push_back(article.doc);
  REQUIRE(docs == std::vector<std::string>{"a", "f"});
  CHECK(result.articles[0].text == "caf" + kFffd + " said so");
  CHECK(result.report.warnings ==
        std::vector<std::string>{path + ":1: invalid UTF-8 replaced by U+FFFD at byte 27"});
  CHECK(result.report.problems ==
        std::vector<std::string>{
            path + ":2: \"text\" holds a NUL character (\\u0000) at byte 4 of the text",
            path + ":3: \"text\" holds only white space",
            path + ":4: \"text\" is not a string",
            path + ":5: malformed JSON: column 30: control character in string",
        });
}

TEST_CASE("ReadArticles skips a binary .jsonl file with one message", "[reader][bad-input]") {
  TempDir dir;
  std::string gzip = "\x1F\x8B\x08" + std::string(5, '\0') + "\n\n\n\xFF\xFF\n";
  std::string path = dir.Write("feed.jsonl", gzip);
  ReadResult result = Read({path});
  CHECK(result.articles.empty());
  CHECK(result.report.problems ==
        std::vector<std::string>{path + ": binary file: 7 NUL or control bytes in the first 8 KB"});
}

TEST_CASE("ReadArticles reads a UTF-16 jsonl file", "[reader][bad-input]") {
  TempDir dir;
  std::u16string lines =
      u"{\"id\": \"a\", \"text\": \"Caf\u00E9\"}\r\n{\"id\": \"b\", \"text\": \"Two\"}\r\n";
  std::string bytes = "\xFF\xFE";
  for (char16_t unit : lines) {
    bytes += static_cast<char>(unit & 0xFF);
    bytes += static_cast<char>(unit >> 8);
  }
  ReadResult result = Read({dir.Write("wide.jsonl", bytes)});
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0].text == "Caf\xC3\xA9");
  CHECK(result.articles[1].doc == "b");
  CHECK(result.report.problems.empty());
}

TEST_CASE("ReadArticles reads a jsonl line longer than its read buffer", "[reader][bad-input]") {
  TempDir dir;
  std::string long_text(3 << 20, 'w');  // 3 MB: several 1 MB reads
  std::string path = dir.Write("long.jsonl", "{\"id\": \"long\", \"text\": \"" + long_text +
                                                 "\"}\n{\"id\": \"x\", \"text\": \"\xFF\"}\n");
  ReadResult result = Read({path});
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0].text == long_text);
  // Offsets are counted in the file: line 1 is 24 + 3 MB + 3 bytes long,
  // and the bad byte is the 22nd of line 2.
  CHECK(result.report.warnings ==
        std::vector<std::string>{path + ":2: invalid UTF-8 replaced by U+FFFD at byte " +
                                 std::to_string(24 + long_text.size() + 3 + 21)});
}

TEST_CASE("ReadArticles reports unreadable paths and directories", "[reader][bad-input]") {
  TempDir dir;
  std::string locked = dir.Write("locked.txt", "Secret.");
  std::string locked_dir = dir.path() + "/locked_dir";
  dir.Write("locked_dir/inside.txt", "Inside.");
  fs::permissions(locked, fs::perms::none);
  fs::permissions(locked_dir, fs::perms::none);
  bool enforced = !std::ifstream(locked).is_open();
  if (!enforced) {
    // Root (or CAP_DAC_OVERRIDE) reads mode-000 files; the CLI tests drop
    // that capability in a child process instead.
    WARN("SKIPPED: permissions are not enforced for this user (root?)");
  } else {
    ReadResult result = Read({locked, locked_dir});
    CHECK(result.articles.empty());
    CHECK(result.report.problems == std::vector<std::string>{
                                        locked + ": permission denied",
                                        locked_dir + ": permission denied",
                                    });
  }
  fs::permissions(locked_dir, fs::perms::owner_all);
}

TEST_CASE("ReadArticles stops when the sink says so", "[reader]") {
  TempDir dir;
  dir.Write("a.txt", "A.");
  dir.Write("b.jsonl", "{\"text\": \"B1\"}\n{\"text\": \"B2\"}\n{\"text\": \"B3\"}\n");
  dir.Write("c.txt", "C.");
  std::vector<std::string> seen;
  ReadReport report;
  std::istringstream in;
  ReadArticles(
      {dir.path(), dir.path() + "/missing.txt"}, in,
      [&](Article&& article) {
        seen.push_back(article.text);
        return article.text != "B2";
      },
      &report);
  CHECK(seen == std::vector<std::string>{"A.", "B1", "B2"});
  CHECK(report.stopped);
  CHECK(report.problems.empty());  // the missing path is never looked at
}

TEST_CASE("ReadJsonlArticles reads a stream as ReadArticles reads a .jsonl file", "[reader]") {
  std::string feed =
      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"caf\xE9\", \"date\": \"Jan. 24, 2017\"}\r\n"
      "\n"
      "{\"text\": 12}\n"
      "{\"text\": \"no id\"}";
  TempDir dir;
  ReadResult from_file = Read({dir.Write("feed.jsonl", feed)});
  std::istringstream in(feed);
  std::vector<Article> articles;
  ReadReport report;
  ReadJsonlArticles(
      in, "feed.jsonl",
      [&](Article&& article) {
        articles.push_back(std::move(article));
        return true;
      },
      &report);
  REQUIRE(articles.size() == 2);
  REQUIRE(from_file.articles.size() == 2);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    CHECK(articles[i].doc == from_file.articles[i].doc);
    CHECK(articles[i].text == from_file.articles[i].text);
    CHECK(articles[i].date == from_file.articles[i].date);
  }
  CHECK(articles[0].text == "caf" + kFffd);
  CHECK(articles[0].date == "2017-01-24");
  CHECK(articles[1].doc == "feed.jsonl:4");
  CHECK(articles[1].origin == "feed.jsonl:4");
  CHECK(report.articles == 2);
  CHECK(report.warnings ==
        std::vector<std::string>{"feed.jsonl:1: invalid UTF-8 replaced by U+FFFD at byte 27"});
  CHECK(report.problems == std::vector<std::string>{"feed.jsonl:3: \"text\" is not a string"});
}

}  // namespace
}  // namespace claimtrack
