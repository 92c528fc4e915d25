// JSON: a recursive-descent reader for RFC 8259 text (no extensions: no
// comments, no trailing commas, no NaN) and the string escaping shared by
// every JSON writer. Columns in error messages count bytes, 1-based, because
// jsonl input is read one line at a time and may hold any UTF-8.
#include "base/json.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "base/eight_bytes.h"
#include "base/sixteen_bytes.h"

namespace claimtrack {

const JsonValue* JsonValue::Find(std::string_view key) const {
  if (type_ != Type::kObject) return nullptr;
  auto it = object_.find(std::string(key));
  return it == object_.end() ? nullptr : &it->second;
}

std::string JsonValue::GetString(std::string_view key) const {
  const JsonValue* value = Find(key);
  if (value == nullptr) return "";
  if (value->is_string()) return value->as_string();
  if (!value->is_number()) return "";
  double d = value->as_number();
  // 2^63: the first double that no longer fits an int64.
  if (d == std::floor(d) && std::fabs(d) < 9223372036854775808.0) {
    return std::to_string(static_cast<std::int64_t>(d));
  }
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, d);
  return std::string(buffer, result.ptr);
}

JsonValue JsonValue::Null() { return JsonValue(); }

JsonValue JsonValue::Bool(bool b) {
  JsonValue v;
  v.type_ = Type::kBool;
  v.bool_ = b;
  return v;
}

JsonValue JsonValue::Number(double d) {
  JsonValue v;
  v.type_ = Type::kNumber;
  v.number_ = d;
  return v;
}

JsonValue JsonValue::String(std::string s) {
  JsonValue v;
  v.type_ = Type::kString;
  v.string_ = std::move(s);
  return v;
}

JsonValue JsonValue::Array(std::vector<JsonValue> items) {
  JsonValue v;
  v.type_ = Type::kArray;
  v.array_ = std::move(items);
  return v;
}

JsonValue JsonValue::Object(std::map<std::string, JsonValue> members) {
  JsonValue v;
  v.type_ = Type::kObject;
  v.object_ = std::move(members);
  return v;
}

namespace {

// Nesting levels allowed: deep enough for any real document, shallow enough
// that "[[[[..." cannot exhaust the stack.
constexpr int kMaxDepth = 512;

void AppendUtf8(std::uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD

// A byte a string holds as it is: not its closing quote, not the start of
// an escape, not a control character (an error).
inline bool IsPlainStringByte(char c) {
  return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
}

// The first offset from `i` on whose byte is not plain (or text.size()).
// Eight bytes are tested at once: a byte b of a word w is zero exactly when
// (w - 0x01..01) & ~w & 0x80..80 has its high bit set (for the lowest such
// byte, which is all that decides whether the word has any); XOR with '"' or
// '\\' makes those bytes zero, and b < 0x20 sets the high bit of b - 0x20
// while ~b keeps it (b < 0x80). The byte loop then finds the exact offset.
// (Sixteen bytes are tested first as one vector, sixteen_bytes.h, where
// the comparisons are exact.)
std::size_t PlainRunEnd(std::string_view text, std::size_t i) {
  using namespace eight_bytes;
  while (i + 16 <= text.size()) {
    const sixteen_bytes::Bytes bytes = sixteen_bytes::Load(text.data() + i);
    if (sixteen_bytes::Any((bytes == '"') | (bytes == '\\') | (bytes < 0x20))) break;
    i += 16;
  }
  while (i + 8 <= text.size()) {
    const std::uint64_t word = Load(text.data() + i);
    if (ByteEquals(word, '"') | ByteEquals(word, '\\') | ByteBelow(word, 0x20)) break;
    i += 8;
  }
  while (i < text.size() && IsPlainStringByte(text[i])) ++i;
  return i;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Status Parse(JsonValue* out) {
    SkipSpace();
    if (!ParseValue(0, out)) return Status::Error(error_);
    SkipSpace();
    if (pos_ < text_.size()) {
      Fail("unexpected '" + std::string(1, text_[pos_]) + "' after the JSON value");
      return Status::Error(error_);
    }
    return Status::Ok();
  }

 private:
  // Records the first error, at the current position; always returns false.
  bool Fail(const std::string& problem) {
    if (error_.empty()) error_ = "column " + std::to_string(pos_ + 1) + ": " + problem;
    return false;
  }

  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return text_[pos_]; }

  void SkipSpace() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')) {
      ++pos_;
    }
  }

  bool Consume(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool ParseValue(int depth, JsonValue* out) {
    if (depth >= kMaxDepth) return Fail("nesting deeper than " + std::to_string(kMaxDepth));
    if (AtEnd()) return Fail("unexpected end of input");
    char c = Peek();
    if (c == '{') return ParseObject(depth, out);
    if (c == '[') return ParseArray(depth, out);
    if (c == '"') {
      std::string s;
      if (!ParseString(&s)) return false;
      *out = JsonValue::String(std::move(s));
      return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber(out);
    if (Consume("true")) {
      *out = JsonValue::Bool(true);
      return true;
    }
    if (Consume("false")) {
      *out = JsonValue::Bool(false);
      return true;
    }
    if (Consume("null")) {
      *out = JsonValue::Null();
      return true;
    }
    return Fail("unexpected '" + std::string(1, c) + "'");
  }

  bool ParseObject(int depth, JsonValue* out) {
    ++pos_;  // '{'
    std::map<std::string, JsonValue> members;
    SkipSpace();
    if (!AtEnd() && Peek() == '}') {
      ++pos_;
      *out = JsonValue::Object(std::move(members));
      return true;
    }
    while (true) {
      SkipSpace();
      if (AtEnd() || Peek() != '"') return Fail("expected '\"' to start a member name");
      std::string key;
      if (!ParseString(&key)) return false;
      SkipSpace();
      if (AtEnd() || Peek() != ':') return Fail("expected ':'");
      ++pos_;
      SkipSpace();
      JsonValue value;
      if (!ParseValue(depth + 1, &value)) return false;
      members.insert_or_assign(std::move(key), std::move(value));  // the last duplicate wins
      SkipSpace();
      if (AtEnd()) return Fail("expected ',' or '}'");
      if (Peek() == '}') break;
      if (Peek() != ',') return Fail("expected ',' or '}'");
      ++pos_;
    }
    ++pos_;  // '}'
    *out = JsonValue::Object(std::move(members));
    return true;
  }

  bool ParseArray(int depth, JsonValue* out) {
    ++pos_;  // '['
    std::vector<JsonValue> items;
    SkipSpace();
    if (!AtEnd() && Peek() == ']') {
      ++pos_;
      *out = JsonValue::Array(std::move(items));
      return true;
    }
    while (true) {
      SkipSpace();
      JsonValue item;
      if (!ParseValue(depth + 1, &item)) return false;
      items.push_back(std::move(item));
      SkipSpace();
      if (AtEnd()) return Fail("expected ',' or ']'");
      if (Peek() == ']') break;
      if (Peek() != ',') return Fail("expected ',' or ']'");
      ++pos_;
    }
    ++pos_;  // ']'
    *out = JsonValue::Array(std::move(items));
    return true;
  }

  // Reads the four hex digits after "\u" at pos_.
  bool ParseHex4(std::uint32_t* value) {
    if (text_.size() - pos_ < 4) return Fail("expected four hex digits after \\u");
    *value = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_];
      int digit = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
      if (digit < 0) return Fail("expected four hex digits after \\u");
      *value = *value * 16 + digit;
      ++pos_;
    }
    return true;
  }

  // A surrogate that is not part of a pair cannot be written as UTF-8; it
  // becomes U+FFFD rather than failing the whole line (as most readers do).
  bool ParseUnicodeEscape(std::string* out) {
    std::uint32_t cp = 0;
    if (!ParseHex4(&cp)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF && text_.substr(pos_, 2) == "\\u") {
      std::size_t after_high = pos_;
      pos_ += 2;
      std::uint32_t low = 0;
      if (!ParseHex4(&low)) return false;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00), out);
        return true;
      }
      pos_ = after_high;  // not a pair: read the second escape on its own
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      out->append(kReplacementChar);
    } else {
      AppendUtf8(cp, out);
    }
    return true;
  }

  // Bytes other than escapes are copied as they are; the reader does not
  // check UTF-8 (the text stage and AppendJsonString deal with bad bytes).
  bool ParseString(std::string* out) {
    ++pos_;  // opening quote
    while (true) {
      if (AtEnd()) return Fail("unterminated string");
      char c = Peek();
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return Fail("control character in string");
      if (c != '\\') {
        // A run of plain bytes is appended at once: an article's text is
        // kilobytes between escapes, and a push_back per byte made string
        // parsing most of the time `ingest` spends reading.
        std::size_t end = PlainRunEnd(text_, pos_ + 1);
        out->append(text_.data() + pos_, end - pos_);
        pos_ = end;
        continue;
      }
      ++pos_;
      if (AtEnd()) return Fail("unterminated string");
      char e = Peek();
      ++pos_;
      switch (e) {
        case '"':
          out->push_back('"');
          break;
        case '\\':
          out->push_back('\\');
          break;
        case '/':
          out->push_back('/');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u':
          if (!ParseUnicodeEscape(out)) return false;
          break;
        default:
          --pos_;
          return Fail("invalid escape '\\" + std::string(1, e) + "'");
      }
    }
  }

  // Checks the JSON number grammar (stricter than from_chars: no leading
  // zeros, no "+", no ".5"), then converts.
  bool ParseNumber(JsonValue* out) {
    std::size_t start = pos_;
    auto digits = [this] {
      std::size_t from = pos_;
      while (!AtEnd() && Peek() >= '0' && Peek() <= '9') ++pos_;
      return pos_ > from;
    };
    if (Peek() == '-') ++pos_;
    if (!AtEnd() && Peek() == '0') {
      ++pos_;
    } else if (!digits()) {
      return Fail("invalid number");
    }
    if (!AtEnd() && Peek() == '.') {
      ++pos_;
      if (!digits()) return Fail("invalid number: expected a digit after '.'");
    }
    if (!AtEnd() && (Peek() == 'e' || Peek() == 'E')) {
      ++pos_;
      if (!AtEnd() && (Peek() == '+' || Peek() == '-')) ++pos_;
      if (!digits()) return Fail("invalid number: expected a digit in the exponent");
    }
    double d = 0;
    auto result = std::from_chars(text_.data() + start, text_.data() + pos_, d);
    if (result.ec != std::errc()) {
      pos_ = start;
      return Fail("number out of range");
    }
    *out = JsonValue::Number(d);
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string error_;
};

// Length of the well-formed UTF-8 sequence at s[i], or 0 when ill-formed;
// *consumed is then the length of its maximal valid prefix (at least 1), so
// that each ill-formed subsequence becomes one U+FFFD (Unicode 15, 3.9).
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i, std::size_t* consumed) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char lead = byte(i);
  std::size_t length;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    *consumed = 1;
    return 0;
  }
  std::size_t k = 1;
  for (; k < length && i + k < s.size(); ++k) {
    unsigned char b = byte(i + k);
    if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF)) break;
  }
  *consumed = k;
  return k == length ? length : 0;
}

}  // namespace

Status ParseJson(std::string_view text, JsonValue* out) {
  JsonValue value;
  Status status = Parser(text).Parse(&value);
  if (status.ok()) *out = std::move(value);
  return status;
}

namespace {

// The bytes a JSON string holds as they are: printable ASCII but '"' and '\\'.
constexpr std::array<bool, 256> MakePlainJsonBytes() {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}
constexpr std::array<bool, 256> kPlainJsonByte = MakePlainJsonBytes();

// True when the 8 bytes at `bytes` are all plain (kPlainJsonByte), tested at
// once: none has its high bit set, none is below 0x20, none is '"' or '\\'.
inline bool PlainJsonWord(const char* bytes) {
  using namespace eight_bytes;
  const std::uint64_t w = Load(bytes);
  return !(NonAscii(w) | ByteBelow(w, 0x20) | ByteEquals(w, '"') | ByteEquals(w, '\\'));
}

// The same for the 16 bytes at `bytes`, as one vector (sixteen_bytes.h).
inline bool PlainJsonBlock(const char* bytes) {
  const sixteen_bytes::Bytes b = sixteen_bytes::Load(bytes);
  return !sixteen_bytes::Any((b >= 0x80) | (b < 0x20) | (b == '"') | (b == '\\'));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    // A run of printable ASCII other than '"' and '\\' is copied as it is, at
    // once: most of any text is such runs.
    std::size_t run = i;
    while (run + 16 <= s.size() && PlainJsonBlock(s.data() + run)) run += 16;
    while (run + 8 <= s.size() && PlainJsonWord(s.data() + run)) run += 8;
    while (run < s.size() && kPlainJsonByte[static_cast<unsigned char>(s[run])]) ++run;
    if (run > i) {
      out->append(s.data() + i, run - i);
      i = run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t consumed;
      std::size_t length = Utf8SequenceLength(s, i, &consumed);
      if (length > 0) {
        out->append(s.substr(i, length));
      } else {
        out->append(kReplacementChar);
      }
      i += consumed;
      continue;
    }
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 0xF]);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  out->push_back('"');
}

std::string JsonQuote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  AppendJsonString(s, &out);
  return out;
}

void JsonObjectWriter::Key(std::string_view key) {
  // A key is a name written in the code, short and plain: it goes in with
  // its comma, quotes and colon in one append, where escaping it cost three
  // appends and a call.
  constexpr std::size_t kShortKey = 32;
  if (key.size() <= kShortKey && std::all_of(key.begin(), key.end(), [](char c) {
        return kPlainJsonByte[static_cast<unsigned char>(c)];
      })) {
    char text[kShortKey + 4];
    std::size_t size = 0;
    if (buffer_.size() > 1) text[size++] = ',';
    text[size++] = '"';
    std::memcpy(text + size, key.data(), key.size());
    size += key.size();
    text[size++] = '"';
    text[size++] = ':';
    buffer_.append(text, size);
    return;
  }
  if (buffer_.size() > 1) buffer_.push_back(',');
  AppendJsonString(key, &buffer_);
  buffer_.push_back(':');
}

JsonObjectWriter& JsonObjectWriter::Add(std::string_view key, std::string_view value) {
  Key(key);
  AppendJsonString(value, &buffer_);
  return *this;
}

JsonObjectWriter& JsonObjectWriter::Add(std::string_view key, std::int64_t value) {
  Key(key);
  char digits[24];  // the longest int64, "-9223372036854775808", is 20
  auto result = std::to_chars(digits, digits + sizeof digits, value);
  buffer_.append(digits, result.ptr - digits);
  return *this;
}

// Scores and ratios: four decimals are plenty and keep golden files stable
// across platforms. Fixed notation (never "1e-05"); trailing zeros dropped
// ("0.85", "1"). NaN and infinities have no JSON form and become null.
JsonObjectWriter& JsonObjectWriter::Add(std::string_view key, double value) {
  Key(key);
  if (!std::isfinite(value)) {
    buffer_ += "null";
    return *this;
  }
  char digits[400];  // fixed notation of the largest double needs 309 + 5
  auto result = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed, 4);
  std::string_view text(digits, result.ptr - digits);
  while (text.back() == '0') text.remove_suffix(1);
  if (text.back() == '.') text.remove_suffix(1);
  buffer_ += text == "-0" ? "0" : text;
  return *this;
}

JsonObjectWriter& JsonObjectWriter::Add(std::string_view key, bool value) {
  Key(key);
  buffer_ += value ? "true" : "false";
  return *this;
}

JsonObjectWriter& JsonObjectWriter::AddRaw(std::string_view key, std::string_view json) {
  Key(key);
  buffer_ += json;
  return *this;
}

}  // namespace claimtrack
