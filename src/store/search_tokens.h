// The claim_search index's tokens, computed apart from the store's
// connection. Internal to src/store/.
//
// claim_search (db/migrations/002_views_and_search.sql) tokenizes each
// claim's content with FTS5's unicode61 tokenizer (remove_diacritics 2).
// That is pure work on the text, about a sixth of what storing a batch costs
// (docs/performance.md), and with IngestPipeline's threads it was done by
// the one thread that writes to the store, the critical path. Now any
// thread can tokenize (TokenizeForSearch), and a store's connection replays
// the tokens when FTS5 asks to tokenize that same text (SearchTokenReplay):
// the index gets exactly the tokens, in the same order, with the same
// offsets, as SQLite's own tokenizer gives.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace claimtrack {

// Applies claimtrack's process-wide SQLite settings before SQLite first
// initializes (claim_store.cc); call before opening any connection.
void ConfigureSqliteOnce();

// The tokens of `text` as claim_search's tokenizer gives them, packed for
// SearchTokenReplay: for each token, its start and end byte offsets in
// `text` and its size (three 32-bit integers), then its bytes. Thread-safe:
// each thread has its own tokenizer. Throws std::runtime_error when SQLite
// cannot provide the tokenizer.
std::string TokenizeForSearch(std::string_view text);

// Registers on one connection a tokenizer named "unicode61" in place of
// SQLite's own (FTS5 looks tokenizers up per connection, newest first).
// Created with the arguments TokenizeForSearch uses, it replays the packed
// tokens given to Expect() when FTS5 tokenizes exactly the text given with
// them; any other text, or any other arguments, it hands to SQLite's
// unicode61. So what the index holds never depends on it, only the time.
class SearchTokenReplay {
 public:
  // Registers on `db`. The connection owns the result: it is valid until
  // `db` is closed. Throws std::runtime_error when FTS5 is unavailable.
  static SearchTokenReplay* Install(sqlite3* db);
  SearchTokenReplay(const SearchTokenReplay&) = delete;
  SearchTokenReplay& operator=(const SearchTokenReplay&) = delete;

  // Until the next call: when FTS5 tokenizes a document whose text equals
  // `text`, it gets the tokens of `*packed` (TokenizeForSearch(text)). A null
  // `packed` expects nothing. Both must live until the next call.
  void Expect(std::string_view text, const std::string* packed) {
    text_ = text;
    packed_ = packed;
  }

  // How many texts were replayed, for tests.
  long replayed() const { return replayed_; }

 private:
  struct Tokenizer;
  SearchTokenReplay() = default;
  static void Destroy(void* replay);
  static int Create(void* context, const char** args, int arg_count, Fts5Tokenizer** out);
  static void Delete(Fts5Tokenizer* tokenizer);
  static int Tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text,
                      int size, int (*token)(void*, int, const char*, int, int, int));

  fts5_tokenizer sqlite_{};  // SQLite's unicode61
  void* sqlite_context_ = nullptr;
  std::string_view text_;
  const std::string* packed_ = nullptr;
  long replayed_ = 0;
};

}  // namespace claimtrack
