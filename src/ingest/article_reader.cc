// ReadArticles: turning command-line paths (files, directories, "-") into
// Articles. Files are opened in binary mode and decoded by DecodeToUtf8,
// which keeps well-formed UTF-8 byte for byte, CRLF included, because claim
// offsets are byte offsets into Article::text. A .jsonl file is read one line
// at a time so a large corpus is never held in memory; a bad line is reported
// with its line number and reading goes on.
#include "ingest/article_reader.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <system_error>
#include <utility>

#include "base/json.h"
#include "ingest/article_metadata.h"
#include "text/encoding.h"

namespace claimtrack {
namespace {

namespace fs = std::filesystem;

// Bytes read from a stream at a time.
constexpr std::size_t kChunkBytes = 1 << 20;

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

std::string TooLarge(const std::string& where, const std::string& size) {
  return where + ": too large for one article (" + size + "; the limit is " +
         std::to_string(kMaxArticleBytes >> 20) + " MiB)";
}

std::string Megabytes(std::uintmax_t bytes) {
  return std::to_string((bytes + (1 << 19)) >> 20) + " MiB";
}

// Reads `in` to its end into `*text`, at most `limit` bytes; false when
// there is more (then the rest is not read).
bool ReadAtMost(std::istream& in, std::size_t limit, std::string* text) {
  text->clear();
  while (in) {
    std::size_t old_size = text->size();
    std::size_t want = std::min(kChunkBytes, limit + 1 - old_size);
    text->resize(old_size + want);
    in.read(text->data() + old_size, static_cast<std::streamsize>(want));
    text->resize(old_size + static_cast<std::size_t>(in.gcount()));
    if (text->size() > limit) {
      text->clear();
      return false;
    }
  }
  return true;
}

// The lines of a stream and the byte offset where each starts, read a chunk
// at a time so that a line may be of any length and the start of the stream
// can be looked at (for a byte order mark, or binary bytes) before the first
// line is taken, even when the stream cannot seek (a pipe).
class LineReader {
 public:
  explicit LineReader(std::istream& in) : in_(in) {}

  // Up to `n` bytes from the start of the next line, not consumed.
  std::string_view Peek(std::size_t n) {
    while (buffer_.size() - pos_ < n && Fill()) {
    }
    return std::string_view(buffer_).substr(pos_, n);
  }

  // The next line without its '\n', and its offset in the stream; false at
  // the end.
  bool Next(std::string* line, std::size_t* offset) {
    if (pos_ >= kChunkBytes) {  // drop what has been consumed
      buffer_.erase(0, pos_);
      base_ += pos_;
      pos_ = 0;
    }
    std::size_t scanned = pos_;
    std::size_t eol;
    while ((eol = buffer_.find('\n', scanned)) == std::string::npos) {
      scanned = buffer_.size();
      if (!Fill()) break;
    }
    if (eol == std::string::npos && pos_ == buffer_.size()) return false;
    std::size_t end = eol == std::string::npos ? buffer_.size() : eol;
    line->assign(buffer_, pos_, end - pos_);
    *offset = base_ + pos_;
    pos_ = eol == std::string::npos ? end : eol + 1;
    return true;
  }

  // Everything not yet taken as lines, up to `limit` bytes; false when there
  // is more.
  bool ReadRest(std::size_t limit, std::string* rest) {
    std::string tail;
    if (!ReadAtMost(in_, limit, &tail)) return false;
    *rest = buffer_.substr(pos_) + tail;
    pos_ = buffer_.size();
    return rest->size() <= limit;
  }

  bool bad() const { return in_.bad(); }

 private:
  bool Fill() {
    if (!in_) return false;
    std::size_t old_size = buffer_.size();
    buffer_.resize(old_size + kChunkBytes);
    in_.read(buffer_.data() + old_size, static_cast<std::streamsize>(kChunkBytes));
    buffer_.resize(old_size + static_cast<std::size_t>(in_.gcount()));
    return buffer_.size() > old_size;
  }

  std::istream& in_;
  std::string buffer_;
  std::size_t pos_ = 0;   // start of the next line in buffer_
  std::size_t base_ = 0;  // stream offset of buffer_[0]
};

class Reader {
 public:
  Reader(const ArticleSink& sink, ReadReport* report) : sink_(sink), report_(report) {}

  bool stopped() const { return report_->stopped; }

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
      ReadTextFile(path, fs::is_regular_file(status));
    }
  }

  void ReadStdin(std::istream& in) {
    Article article;
    if (!ReadAtMost(in, kMaxArticleBytes, &article.text)) {
      return AddProblem(TooLarge("-", "more than " + Megabytes(kMaxArticleBytes)));
    }
    if (in.bad()) return AddProblem("-: read error");
    if (article.text.empty()) return AddProblem("-: empty input");
    article.doc = "stdin";
    article.origin = "-";
    EmitText("-", std::move(article));
  }

 private:
  void AddProblem(std::string problem) { report_->problems.push_back(std::move(problem)); }

  void AddWarnings(const std::string& where, const std::vector<std::string>& warnings) {
    for (const std::string& warning : warnings) report_->warnings.push_back(where + ": " + warning);
  }

  void Emit(Article&& article) {
    ++report_->articles;
    if (!sink_(std::move(article))) report_->stopped = true;
  }

  // A whole file or stdin: decoded, checked, given a title and date.
  void EmitText(const std::string& where, Article&& article) {
    std::vector<std::string> warnings;
    Status status = DecodeToUtf8(&article.text, &warnings);
    if (!status.ok()) return AddProblem(where + ": " + status.message());
    AddWarnings(where, warnings);
    if (IsBlankText(article.text)) return AddProblem(where + ": no text, only white space");
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
      if (stopped()) return;
      if (IsJsonl(file)) {
        ReadJsonl(file);
      } else {
        ReadTextFile(file, /*regular=*/true);
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

  // `regular` is false for a pipe or device named on the command line: its
  // size is unknown, so the reading itself stops at the limit.
  void ReadTextFile(const std::string& path, bool regular) {
    std::error_code error;
    std::uintmax_t size = regular ? fs::file_size(path, error) : 0;
    if (regular && !error && size > kMaxArticleBytes) {
      return AddProblem(TooLarge(path, Megabytes(size)));
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) return AddProblem(OpenProblem(path));
    Article article;
    if (regular && !error) article.text.reserve(static_cast<std::size_t>(size));
    if (!ReadAtMost(in, kMaxArticleBytes, &article.text)) {
      return AddProblem(TooLarge(path, "more than " + Megabytes(kMaxArticleBytes)));
    }
    if (in.bad()) return AddProblem(path + ": read error");
    if (article.text.empty()) return AddProblem(path + ": empty file");
    article.doc = fs::path(path).filename().string();
    article.origin = path;
    EmitText(path, std::move(article));
  }

  void ReadJsonl(const std::string& path) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) return AddProblem(OpenProblem(path));
    ReadJsonlStream(in, path);
    if (in.bad()) AddProblem(path + ": read error");
  }

 public:
  // A .jsonl file's contents, `path` naming it in messages.
  void ReadJsonlStream(std::istream& in, const std::string& path) {
    LineReader lines(in);
    std::string_view start = lines.Peek(kBinaryProbeBytes);
    if (HasWideByteOrderMark(start)) {
      // UTF-16 (rare for jsonl) is decoded whole and then read as UTF-8;
      // line offsets then count in the decoded text.
      std::string text;
      if (!lines.ReadRest(kMaxArticleBytes * 4, &text)) {
        return AddProblem(path +
                          ": a UTF-16 jsonl file this large is not supported; "
                          "convert it to UTF-8");
      }
      std::vector<std::string> warnings;
      Status status = DecodeToUtf8(&text, &warnings);
      if (!status.ok()) return AddProblem(path + ": " + status.message());
      AddWarnings(path, warnings);
      std::istringstream decoded(std::move(text));
      return ReadJsonlStream(decoded, path);
    }
    std::size_t mark = start.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    // A binary file named .jsonl would give one error per "line" otherwise.
    Status status = CheckTextStart(start.substr(mark));
    if (!status.ok()) return AddProblem(path + ": " + status.message());

    std::string file_name = fs::path(path).filename().string();
    std::string line;
    std::size_t offset = 0;
    bool any_line = false;
    for (int number = 1; !stopped() && lines.Next(&line, &offset); ++number) {
      // A UTF-8 byte order mark is not JSON whitespace but editors write it.
      if (offset == 0 && mark > 0) {
        line.erase(0, mark);
        offset = mark;
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      any_line = true;
      std::string where = path + ":" + std::to_string(number);
      std::vector<std::string> warnings;
      RepairUtf8(&line, &warnings, offset);
      AddWarnings(where, warnings);
      std::string problem = ReadJsonlLine(line, where, file_name + ":" + std::to_string(number));
      if (!problem.empty()) AddProblem(where + ": " + problem);
    }
    if (lines.bad()) {
      AddProblem(path + ": read error");
    } else if (!any_line && !stopped()) {
      AddProblem(path + ": empty file");
    }
  }

 private:
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
    const std::string& body = text->as_string();
    if (body.empty()) return "empty \"text\" field";
    if (body.size() > kMaxArticleBytes) return TooLarge("\"text\"", Megabytes(body.size()));
    // "\u0000" is valid JSON; see DecodeToUtf8 for why NUL is refused.
    std::size_t nul = body.find('\0');
    if (nul != std::string::npos) {
      return "\"text\" holds a NUL character (\\u0000) at byte " + std::to_string(nul) +
             " of the text";
    }
    if (IsBlankText(body)) return "\"text\" holds only white space";

    Article article;
    article.text = body;
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
    if (reader.stopped()) return;
    if (path == "-") {
      reader.ReadStdin(stdin_stream);
    } else {
      reader.ReadPath(path);
    }
  }
}

void ReadJsonlArticles(std::istream& in, const std::string& name, const ArticleSink& sink,
                       ReadReport* report) {
  Reader reader(sink, report);
  reader.ReadJsonlStream(in, name);
  if (in.bad()) report->problems.push_back(name + ": read error");
}

}  // namespace claimtrack
