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
      paths, in, [&](Article&& article) { result.articles.push_back(std::move(article)); },
      &result.report);
  CHECK(result.report.articles == static_cast<int>(result.articles.size()));
  return result;
}

TEST_CASE("ReadArticles reads a text file byte for byte", "[reader]") {
  TempDir dir;
  std::string text =
      "- Associated Press - Monday, January 23, 2017\r\n\r\nHeadline\r\n\r\n"
      "Spicer said \xE2\x80\x9Cvery clear.\xE2\x80\x9D\r\n\xFF";
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

}  // namespace
}  // namespace claimtrack
