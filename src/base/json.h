// JSON: a small reader for the jsonl input format and the one place where
// strings are escaped for JSON output. Only what claimtrack needs: objects,
// arrays, strings (with \uXXXX and surrogate pairs), numbers, true/false/null.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace claimtrack {

class JsonValue {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  Type type() const { return type_; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_object() const { return type_ == Type::kObject; }
  bool is_number() const { return type_ == Type::kNumber; }

  // Valid for the matching type only (default value otherwise).
  bool as_bool() const { return bool_; }
  double as_number() const { return number_; }
  const std::string& as_string() const { return string_; }
  const std::vector<JsonValue>& as_array() const { return array_; }
  const std::map<std::string, JsonValue>& as_object() const { return object_; }

  // Member `key` of an object, or nullptr when absent or not an object.
  const JsonValue* Find(std::string_view key) const;
  // The string member `key`; numbers are rendered as integers when whole
  // (so `"id": 12` reads as "12"); empty when absent or of another type.
  std::string GetString(std::string_view key) const;

  static JsonValue Null();
  static JsonValue Bool(bool b);
  static JsonValue Number(double d);
  static JsonValue String(std::string s);
  static JsonValue Array(std::vector<JsonValue> items);
  static JsonValue Object(std::map<std::string, JsonValue> members);

 private:
  Type type_ = Type::kNull;
  bool bool_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<JsonValue> array_;
  std::map<std::string, JsonValue> object_;
};

// Parses one complete JSON text. On failure the message says what is wrong
// and at which byte column (1-based), e.g. "column 17: expected ':'".
Status ParseJson(std::string_view text, JsonValue* out);

// Appends `s` as a quoted JSON string: escapes '"', '\\' and control
// characters; invalid UTF-8 bytes become U+FFFD so the output is always valid.
void AppendJsonString(std::string_view s, std::string* out);
std::string JsonQuote(std::string_view s);

// Builds one JSON object in insertion order: {"a":1,"b":"x"}.
class JsonObjectWriter {
 public:
  // Room for a claim's object (about 460 bytes) from the start: growing
  // the buffer from nothing reallocated it five times per claim.
  JsonObjectWriter() : JsonObjectWriter(512) {}
  // Room for `capacity` bytes of text from the start; more is made as needed.
  explicit JsonObjectWriter(std::size_t capacity) { buffer_.reserve(capacity); }
  JsonObjectWriter& Add(std::string_view key, std::string_view value);
  JsonObjectWriter& Add(std::string_view key, const char* value) {
    return Add(key, std::string_view(value));
  }
  JsonObjectWriter& Add(std::string_view key, std::int64_t value);
  JsonObjectWriter& Add(std::string_view key, int value) {
    return Add(key, static_cast<std::int64_t>(value));
  }
  JsonObjectWriter& Add(std::string_view key, double value);
  JsonObjectWriter& Add(std::string_view key, bool value);
  // Adds already-serialized JSON (an array or object built elsewhere).
  JsonObjectWriter& AddRaw(std::string_view key, std::string_view json);
  // The object's text.
  std::string str() const& { return buffer_ + "}"; }
  std::string str() && {
    buffer_.push_back('}');
    return std::move(buffer_);
  }
  // Appends the object's text to `out`, as str() would return it: an
  // object inside an array being built, with no copy of its own.
  void AppendTo(std::string* out) const {
    out->append(buffer_);
    out->push_back('}');
  }

 private:
  void Key(std::string_view key);
  std::string buffer_ = "{";
};

}  // namespace claimtrack
