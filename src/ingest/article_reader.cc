// ReadArticles: turning command-line paths (files, directories, "-") into
// Articles. Files are opened in binary mode and their bytes kept exactly, CRLF
// included, because claim offsets are byte offsets into Article::text. A
// .jsonl file is read one line at a time so a large corpus is never held in
// memory; a bad line is reported with its line number and reading goes on.
#include "ingest/article_reader.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

#include "base/json.h"
#include "ingest/article_metadata.h"

namespace claimtrack {
namespace {

namespace fs = std::filesystem;

std::string Lowercase(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

bool IsJsonl(const fs::path& path) { return Lowercase(path.extension().string()) == ".jsonl"; }
bool IsTxt(const fs::path& path) { return Lowercase(path.extension().string()) == ".txt"; }

// "dir/a.txt: permission denied": error_code messages, first letter lowered
// to read like the rest of the problems.
std::string Problem(const std::string& where, const std::error_code& error) {
  std::string message = error.message();
  if (!message.empty()) message[0] = Lowercase(message.substr(0, 1))[0];
  return where + ": " + message;
}

// Why the last open of `path` failed, as the OS reports it.
std::string OpenProblem(const std::string& path) {
  int error = errno;
  if (error == 0) return path + ": cannot open file";
  return Problem(path, std::error_code(error, std::generic_category()));
}

class Reader {
 public:
  Reader(const ArticleSink& sink, ReadReport* report) : sink_(sink), report_(report) {}

  void ReadPath(const std::string& path) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
      AddProblem(path + ": no such file or directory");
    } else if (error) {
      AddProblem(Problem(path, error));
    } else if (fs::is_directory(status)) {
      ReadDirectory(path);
    } else if (IsJsonl(path)) {
      ReadJsonl(path);
    } else {
      ReadTextFile(path);
    }
  }

  void ReadStdin(std::istream& in) {
    std::ostringstream content;
    content << in.rdbuf();
    Article article;
    article.text = std::move(content).str();
    if (article.text.empty()) return AddProblem("-: empty input");
    article.doc = "stdin";
    article.origin = "-";
    EmitWithTextMetadata(std::move(article));
  }

 private:
  void AddProblem(std::string problem) { report_->problems.push_back(std::move(problem)); }

  void Emit(Article&& article) {
    ++report_->articles;
    sink_(std::move(article));
  }

  void EmitWithTextMetadata(Article&& article) {
    article.title = FindArticleTitle(article.text);
    article.date = FindArticleDate(article.text);
    Emit(std::move(article));
  }

  // Collects the .txt and .jsonl files first so they are read in sorted path
  // order whatever order the file system lists them in. Symbolic links to
  // directories are not followed, which rules out cycles.
  void ReadDirectory(const std::string& root) {
    std::vector<std::string> files;
    CollectFiles(root, &files);
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
      if (IsJsonl(file)) {
        ReadJsonl(file);
      } else {
        ReadTextFile(file);
      }
    }
  }

  void CollectFiles(const fs::path& directory, std::vector<std::string>* files) {
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      const fs::directory_entry& entry = *it;
      std::error_code entry_error;
      bool is_link = entry.is_symlink(entry_error);
      if (!is_link && entry.is_directory(entry_error)) {
        CollectFiles(entry.path(), files);
      } else if ((IsTxt(entry.path()) || IsJsonl(entry.path())) &&
                 entry.is_regular_file(entry_error)) {
        files->push_back(entry.path().string());
      }
      if (entry_error) AddProblem(Problem(entry.path().string(), entry_error));
    }
    if (error) AddProblem(Problem(directory.string(), error));
  }

  void ReadTextFile(const std::string& path) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) return AddProblem(OpenProblem(path));
    std::ostringstream content;
    content << in.rdbuf();
    Article article;
    article.text = std::move(content).str();
    if (article.text.empty()) return AddProblem(path + ": empty file");
    article.doc = fs::path(path).filename().string();
    article.origin = path;
    EmitWithTextMetadata(std::move(article));
  }

  void ReadJsonl(const std::string& path) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) return AddProblem(OpenProblem(path));
    std::string file_name = fs::path(path).filename().string();
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      // A UTF-8 byte order mark is not JSON whitespace but editors write it.
      if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::string where = path + ":" + std::to_string(number);
      std::string problem = ReadJsonlLine(line, where, file_name + ":" + std::to_string(number));
      if (!problem.empty()) AddProblem(where + ": " + problem);
    }
    if (in.bad()) AddProblem(path + ": read error");
  }

  // Emits the article on `line` and returns "", or returns the problem.
  std::string ReadJsonlLine(const std::string& line, const std::string& origin,
                            const std::string& fallback_doc) {
    JsonValue value;
    Status status = ParseJson(line, &value);
    if (!status.ok()) return "malformed JSON: " + status.message();
    if (!value.is_object()) return "not a JSON object";
    const JsonValue* text = value.Find("text");
    if (text == nullptr) return "no \"text\" field";
    if (!text->is_string()) return "\"text\" is not a string";
    if (text->as_string().empty()) return "empty \"text\" field";

    Article article;
    article.text = text->as_string();
    article.doc = value.GetString("id");
    if (article.doc.empty()) article.doc = value.GetString("doc");
    if (article.doc.empty()) article.doc = fallback_doc;
    article.title = value.GetString("title");
    // A date that cannot be read is dropped rather than stored as written;
    // the text's own dateline is the next best source.
    article.date = NormalizeDate(value.GetString("date"));
    if (article.date.empty()) article.date = FindArticleDate(article.text);
    article.publisher = value.GetString("publisher");
    article.url = value.GetString("url");
    article.origin = origin;
    Emit(std::move(article));
    return "";
  }

  const ArticleSink& sink_;
  ReadReport* report_;
};

}  // namespace

void ReadArticles(const std::vector<std::string>& paths, std::istream& stdin_stream,
                  const ArticleSink& sink, ReadReport* report) {
  Reader reader(sink, report);
  for (const std::string& path : paths) {
    if (path == "-") {
      reader.ReadStdin(stdin_stream);
    } else {
      reader.ReadPath(path);
    }
  }
}

}  // namespace claimtrack
