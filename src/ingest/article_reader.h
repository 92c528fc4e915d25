// Reading articles from the paths given on the command line.
//
// Accepted inputs:
//   - a .txt file (or any file that is not .jsonl): one article; its `doc` is
//     the file name without directories ("000_70c8.txt");
//   - a directory: every .txt and .jsonl file inside it, recursively, in
//     sorted path order;
//   - "-": one article read from standard input, `doc` "stdin";
//   - a .jsonl file: one article per line, a JSON object with `text` and
//     `id` or `doc`, and optional `title`, `date`, `publisher`, `url`.
//
// Text is decoded as text/encoding.h describes: a byte order mark is
// removed, UTF-16 with a mark is converted to UTF-8, and each invalid UTF-8
// sequence is replaced by U+FFFD with a warning naming the file (and jsonl
// line) and the byte offset in the file. Article::text is that decoded,
// repaired text: the store keeps it, and every claim offset counts bytes in
// it, not in the file. When nothing needed repair it is the file's bytes
// exactly, line ends (LF, CRLF or CR) included.
//
// Metadata is filled in from the text where it can be (see
// article_metadata.h): title and date for text files and stdin; for jsonl
// only a date that is missing or unreadable, since jsonl text usually starts
// with the body rather than a headline.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/article.h"

namespace claimtrack {

// The largest article text read, in bytes (16 MiB). A news article, even a
// day-long live blog, is a few hundred KB; an input larger than this is a
// dump or a mistake, and analysing it would take minutes and gigabytes.
// Larger files are skipped without being read.
inline constexpr std::size_t kMaxArticleBytes = 16u << 20;

// Receives each article as soon as it is read (the reader streams, so a large
// corpus is never held in memory at once) and returns whether to go on: false
// stops the reading, and nothing after that article is read or reported.
using ArticleSink = std::function<bool(Article&& article)>;

struct ReadReport {
  int articles = 0;  // articles passed to the sink
  // One message per skipped input, naming the file and the jsonl line or
  // byte offset: "a.txt: NUL byte at byte 4100; not a text file".
  std::vector<std::string> problems;
  // Inputs read but repaired: "a.txt: invalid UTF-8 replaced by U+FFFD at
  // byte 17".
  std::vector<std::string> warnings;
  bool stopped = false;  // the sink returned false
};

// Reads every path in order and passes each article to `sink`. A bad input is
// recorded in `report->problems` and reading goes on with the next input:
// a missing or unreadable path, an empty or blank file (a .jsonl file
// without a line that is not blank included), a binary file (NUL
// bytes, or many control bytes at its start), a file larger than
// kMaxArticleBytes, a malformed jsonl line, or a jsonl line without `text`
// (or with an empty, blank, too large or NUL-holding one). `stdin_stream` is
// used for "-".
void ReadArticles(const std::vector<std::string>& paths, std::istream& stdin_stream,
                  const ArticleSink& sink, ReadReport* report);

// Reads `in` as the contents of a .jsonl file called `name`, exactly as
// ReadArticles reads a .jsonl path: `name` starts every problem and warning
// ("NAME:LINE: ...") and gives an article without `id` or `doc` the doc
// "NAME:LINE". For jsonl that is not in a file (the fuzz target of
// tests/fuzz/ feeds it bytes this way).
void ReadJsonlArticles(std::istream& in, const std::string& name, const ArticleSink& sink,
                       ReadReport* report);

}  // namespace claimtrack
