// Reading articles from the paths given on the command line.
//
// Accepted inputs:
//   - a .txt file (or any file that is not .jsonl): one article, UTF-8; its
//     `doc` is the file name without directories ("000_70c8.txt");
//   - a directory: every .txt and .jsonl file inside it, recursively, in
//     sorted path order;
//   - "-": one article read from standard input, `doc` "stdin";
//   - a .jsonl file: one article per line, a JSON object with `text` and
//     `id` or `doc`, and optional `title`, `date`, `publisher`, `url`.
// The text of each article is kept byte for byte. Metadata is filled in from
// the text where it can be (see article_metadata.h): title and date for text
// files and stdin; for jsonl only a date that is missing or unreadable, since
// jsonl text usually starts with the body rather than a headline.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/article.h"

namespace claimtrack {

// Receives each article as soon as it is read; the reader streams, so a large
// corpus is never held in memory at once.
using ArticleSink = std::function<void(Article&& article)>;

struct ReadReport {
  int articles = 0;                   // articles passed to the sink
  std::vector<std::string> problems;  // one message per skipped input, naming file and line
};

// Reads every path in order and passes each article to `sink`. A bad input
// (missing file, malformed jsonl line, line without `text`) is recorded in
// `report->problems` and reading goes on with the next input. `stdin_stream`
// is used for "-".
void ReadArticles(const std::vector<std::string>& paths, std::istream& stdin_stream,
                  const ArticleSink& sink, ReadReport* report);

}  // namespace claimtrack
