// TokenizeForSearch and SearchTokenReplay: claim_search's tokens computed on
// any thread and replayed on the store's connection (store/search_tokens.h).
#include "store/search_tokens.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>

namespace claimtrack {
namespace {

// The arguments of claim_search's tokenizer, after its name:
// tokenize = 'unicode61 remove_diacritics 2'.
const char* const kArguments[] = {"remove_diacritics", "2"};
constexpr int kArgumentCount = 2;

// A packed token's header: flags, start, end, size; then `size` bytes.
constexpr std::size_t kHeaderBytes = 4 * sizeof(std::int32_t);

bool SearchArguments(const char** arguments, int count) {
  if (count != kArgumentCount) return false;
  for (int i = 0; i < count; ++i) {
    if (std::strcmp(arguments[i], kArguments[i]) != 0) return false;
  }
  return true;
}

// The FTS5 interface of `db` (SQLite's documented way to reach it), or null.
fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
    sqlite3_finalize(statement);
    return nullptr;
  }
  sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(statement);
  sqlite3_finalize(statement);
  return api;
}

// SQLite's unicode61 tokenizer, found once per process on a connection of
// its own (an empty in-memory database, kept open: the tokenizer's context
// belongs to it).
struct Unicode61 {
  fts5_tokenizer functions{};
  void* context = nullptr;
};

const Unicode61& ProcessUnicode61() {
  static const Unicode61 found = [] {
    ConfigureSqliteOnce();
    Unicode61 result;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) !=
        SQLITE_OK) {
      sqlite3_close(db);
      throw std::runtime_error("cannot open SQLite to tokenize for the search index");
    }
    fts5_api* api = Fts5Api(db);
    if (api == nullptr ||
        api->xFindTokenizer(api, "unicode61", &result.context, &result.functions) != SQLITE_OK) {
      sqlite3_close(db);
      throw std::runtime_error("SQLite has no FTS5 unicode61 tokenizer");
    }
    return result;
  }();
  return found;
}

// One unicode61 tokenizer per thread (an instance is not thread-safe).
struct ThreadTokenizer {
  Fts5Tokenizer* instance = nullptr;
  ~ThreadTokenizer() {
    if (instance != nullptr) ProcessUnicode61().functions.xDelete(instance);
  }
};

// The tokens of one text being packed: a buffer kept by the thread, which
// soon stops growing. Two std::string appends per token cost as much as
// tokenizing.
struct PackBuffer {
  std::unique_ptr<char[]> data;
  std::size_t size = 0;
  std::size_t capacity = 0;
};

int Pack(void* out, int flags, const char* token, int size, int start, int end) {
  PackBuffer& packed = *static_cast<PackBuffer*>(out);
  std::size_t bytes = kHeaderBytes + static_cast<std::size_t>(size);
  if (packed.size + bytes > packed.capacity) {
    std::size_t capacity = std::max<std::size_t>(2 * packed.capacity, packed.size + bytes + 1024);
    std::unique_ptr<char[]> data(new (std::nothrow) char[capacity]);
    if (data == nullptr) return SQLITE_NOMEM;
    if (packed.size > 0) std::memcpy(data.get(), packed.data.get(), packed.size);
    packed.data = std::move(data);
    packed.capacity = capacity;
  }
  const std::int32_t header[4] = {flags, start, end, size};
  char* at = packed.data.get() + packed.size;
  std::memcpy(at, header, kHeaderBytes);
  std::memcpy(at + kHeaderBytes, token, static_cast<std::size_t>(size));
  packed.size += bytes;
  return SQLITE_OK;
}

}  // namespace

std::string TokenizeForSearch(std::string_view text) {
  const Unicode61& unicode61 = ProcessUnicode61();
  thread_local ThreadTokenizer tokenizer;
  if (tokenizer.instance == nullptr) {
    const char* arguments[kArgumentCount] = {kArguments[0], kArguments[1]};
    if (unicode61.functions.xCreate(unicode61.context, arguments, kArgumentCount,
                                    &tokenizer.instance) != SQLITE_OK) {
      tokenizer.instance = nullptr;
      throw std::runtime_error("cannot create SQLite's unicode61 tokenizer");
    }
  }
  thread_local PackBuffer packed;
  packed.size = 0;
  int rc = unicode61.functions.xTokenize(tokenizer.instance, &packed, FTS5_TOKENIZE_DOCUMENT,
                                         text.data(), static_cast<int>(text.size()), &Pack);
  if (rc != SQLITE_OK) throw std::runtime_error("SQLite's unicode61 tokenizer failed");
  return std::string(packed.data.get(), packed.size);
}

// An instance of the replaying tokenizer: SQLite's own beside it, for what
// it does not replay.
struct SearchTokenReplay::Tokenizer {
  SearchTokenReplay* owner = nullptr;
  Fts5Tokenizer* sqlite = nullptr;
  bool replays = false;  // created with TokenizeForSearch's arguments
};

SearchTokenReplay* SearchTokenReplay::Install(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr) throw std::runtime_error("SQLite has no FTS5");
  SearchTokenReplay* replay = new SearchTokenReplay;
  // Found before registering: afterwards "unicode61" is this one.
  if (api->xFindTokenizer(api, "unicode61", &replay->sqlite_context_, &replay->sqlite_) !=
      SQLITE_OK) {
    delete replay;
    throw std::runtime_error("SQLite has no FTS5 unicode61 tokenizer");
  }
  fts5_tokenizer functions{&Create, &Delete, &Tokenize};
  if (api->xCreateTokenizer(api, "unicode61", replay, &functions, &Destroy) != SQLITE_OK) {
    delete replay;
    throw std::runtime_error("cannot register the search index's tokenizer");
  }
  return replay;
}

void SearchTokenReplay::Destroy(void* replay) { delete static_cast<SearchTokenReplay*>(replay); }

int SearchTokenReplay::Create(void* context, const char** arguments, int count,
                              Fts5Tokenizer** out) {
  auto* owner = static_cast<SearchTokenReplay*>(context);
  auto* tokenizer = new (std::nothrow) Tokenizer;
  if (tokenizer == nullptr) return SQLITE_NOMEM;
  tokenizer->owner = owner;
  tokenizer->replays = SearchArguments(arguments, count);
  int rc = owner->sqlite_.xCreate(owner->sqlite_context_, arguments, count, &tokenizer->sqlite);
  if (rc != SQLITE_OK) {
    delete tokenizer;
    return rc;
  }
  *out = reinterpret_cast<Fts5Tokenizer*>(tokenizer);
  return SQLITE_OK;
}

void SearchTokenReplay::Delete(Fts5Tokenizer* instance) {
  auto* tokenizer = reinterpret_cast<Tokenizer*>(instance);
  tokenizer->owner->sqlite_.xDelete(tokenizer->sqlite);
  delete tokenizer;
}

int SearchTokenReplay::Tokenize(Fts5Tokenizer* instance, void* context, int flags,
                                const char* text, int size,
                                int (*token)(void*, int, const char*, int, int, int)) {
  auto* tokenizer = reinterpret_cast<Tokenizer*>(instance);
  SearchTokenReplay* owner = tokenizer->owner;
  bool replay = tokenizer->replays && owner->packed_ != nullptr &&
                (flags & FTS5_TOKENIZE_DOCUMENT) != 0 &&
                std::string_view(text, static_cast<std::size_t>(size)) == owner->text_;
  if (!replay) return owner->sqlite_.xTokenize(tokenizer->sqlite, context, flags, text, size, token);
  ++owner->replayed_;
  // As unicode61 does: stop at the first callback that does not return
  // SQLITE_OK; SQLITE_DONE means stop without error.
  const std::string& packed = *owner->packed_;
  int rc = SQLITE_OK;
  for (std::size_t at = 0; rc == SQLITE_OK && at + kHeaderBytes <= packed.size();) {
    std::int32_t header[4];
    std::memcpy(header, packed.data() + at, kHeaderBytes);
    at += kHeaderBytes;
    rc = token(context, header[0], packed.data() + at, header[3], header[1], header[2]);
    at += static_cast<std::size_t>(header[3]);
  }
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

}  // namespace claimtrack
