// Article: one news article as read from disk or standard input, before any
// analysis. `text` holds the article's bytes exactly as read (UTF-8), so that
// every byte offset stored later points back into it.
#pragma once

#include <string>

namespace claimtrack {

struct Article {
  std::string doc;        // file name, or the jsonl `id` / `doc` field
  std::string text;       // UTF-8 text; offsets of claims are bytes into it
  std::string title;      // optional; empty when unknown
  std::string date;       // ISO date "YYYY-MM-DD" when known, else empty
  std::string publisher;  // optional
  std::string url;        // optional
  std::string origin;     // where it was read from: "path", "path:line" or "-"
};

}  // namespace claimtrack
