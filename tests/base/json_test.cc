// Tests for the JSON reader, string escaping and JsonObjectWriter.
#include "base/json.h"

#include <catch2/catch.hpp>
#include <limits>
#include <string>
#include <utility>

namespace claimtrack {
namespace {

JsonValue MustParse(std::string_view text) {
  JsonValue value;
  Status status = ParseJson(text, &value);
  INFO(text << " -> " << status.message());
  REQUIRE(status.ok());
  return value;
}

TEST_CASE("ParseJson reads every kind of value", "[json]") {
  JsonValue v =
      MustParse(R"( {"s": "a\"b\\c\/\n\t", "n": -12.5e1, "i": 7, "t": true, "f": false, "z": null,)"
                R"( "a": [1, [], {}], "o": {"k": "v"}} )");
  REQUIRE(v.is_object());
  CHECK(v.GetString("s") == "a\"b\\c/\n\t");
  CHECK(v.Find("n")->as_number() == -125.0);
  CHECK(v.GetString("i") == "7");
  CHECK(v.Find("t")->as_bool());
  CHECK(v.Find("f")->type() == JsonValue::Type::kBool);
  CHECK_FALSE(v.Find("f")->as_bool());
  CHECK(v.Find("z")->type() == JsonValue::Type::kNull);
  CHECK(v.Find("a")->as_array().size() == 3);
  CHECK(v.Find("o")->GetString("k") == "v");
  CHECK(v.Find("missing") == nullptr);
  CHECK(v.GetString("t").empty());           // not a string or number
  CHECK(v.Find("s")->Find("x") == nullptr);  // not an object
}

TEST_CASE("ParseJson decodes \\u escapes to UTF-8", "[json]") {
  struct Case {
    const char* json;
    std::string expected;
  };
  const Case cases[] = {
      {R"("\u0041")", "A"},
      {R"("\u00e9")", "\xC3\xA9"},
      {R"("\u201C")", "\xE2\x80\x9C"},
      {R"("\uD83D\uDE00")", "\xF0\x9F\x98\x80"},  // surrogate pair: U+1F600
      {R"("\uD83Dx")", "\xEF\xBF\xBDx"},          // lone high surrogate
      {R"("\uDE00")", "\xEF\xBF\xBD"},            // lone low surrogate
      {R"("\uD83D\u0041")",
       "\xEF\xBF\xBD"
       "A"},                               // high surrogate, then no pair
      {"\"caf\xC3\xA9\"", "caf\xC3\xA9"},  // raw UTF-8 kept
  };
  for (const Case& c : cases) {
    INFO(c.json);
    CHECK(MustParse(c.json).as_string() == c.expected);
  }
}

// Strings are scanned eight bytes at a time between escapes: put each kind
// of byte that ends a plain run (an escape, the closing quote, a control
// character) at every offset of strings up to 20 bytes long, and near bytes
// that look like them (0x21, 0x5B, 0x5D, 0x1F + 1, UTF-8).
TEST_CASE("ParseJson finds escapes, quotes and control characters at any offset", "[json]") {
  const std::string filler = "abcdefghij\x21[]\xC3\xA9 \x7F" "0123456789";
  for (std::size_t length = 0; length <= 20; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      std::string plain;
      for (std::size_t k = 0; k < length; ++k) plain += filler[k % filler.size()];
      std::string head = plain.substr(0, at), tail = plain.substr(at);
      INFO("length " << length << ", at " << at);
      CHECK(MustParse("\"" + head + "\\n" + tail + "\"").as_string() == head + "\n" + tail);
      CHECK(MustParse("\"" + head + "\\\"" + tail + "\"").as_string() == head + "\"" + tail);
      CHECK(MustParse("\"" + head + "\"").as_string() == head);
      JsonValue value;
      Status status = ParseJson("\"" + head + "\x1F" + tail + "\"", &value);
      CHECK(status.message() ==
            "column " + std::to_string(at + 2) + ": control character in string");
    }
  }
}

TEST_CASE("ParseJson numbers and GetString rendering", "[json]") {
  JsonValue v = MustParse(R"({"id": 12, "big": 1e3, "frac": 0.25, "neg": -0, "e": 2E-2})");
  CHECK(v.GetString("id") == "12");
  CHECK(v.GetString("big") == "1000");
  CHECK(v.GetString("frac") == "0.25");
  CHECK(v.GetString("neg") == "0");
  CHECK(v.Find("e")->as_number() == Approx(0.02));
}

TEST_CASE("ParseJson rejects invalid JSON and names the column", "[json]") {
  struct Case {
    const char* json;
    const char* message;
  };
  const Case cases[] = {
      {"", "column 1: unexpected end of input"},
      {"   ", "column 4: unexpected end of input"},
      {R"({"a" 1})", "column 6: expected ':'"},
      {R"({"a": 1,})", "column 9: expected '\"' to start a member name"},
      {R"({a: 1})", "column 2: expected '\"' to start a member name"},
      {R"({"a": 1 "b": 2})", "column 9: expected ',' or '}'"},
      {"[1 2]", "column 4: expected ',' or ']'"},
      {"[1,]", "column 4: unexpected ']'"},
      {R"({"a": 1} x)", "column 10: unexpected 'x' after the JSON value"},
      {R"("abc)", "column 5: unterminated string"},
      {"\"a\tb\"", "column 3: control character in string"},
      {R"("\x")", "column 3: invalid escape '\\x'"},
      {R"("\u12G4")", "column 6: expected four hex digits after \\u"},
      {"01", "column 2: unexpected '1' after the JSON value"},
      {"-", "column 2: invalid number"},
      {"1.", "column 3: invalid number: expected a digit after '.'"},
      {"1e+", "column 4: invalid number: expected a digit in the exponent"},
      {"+1", "column 1: unexpected '+'"},
      {"1e999", "column 1: number out of range"},
      {"tru", "column 1: unexpected 't'"},
      {"NaN", "column 1: unexpected 'N'"},
  };
  for (const Case& c : cases) {
    INFO(c.json);
    JsonValue value = JsonValue::String("untouched");
    Status status = ParseJson(c.json, &value);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message() == c.message);
    CHECK(value.as_string() == "untouched");  // output left alone on failure
  }
}

TEST_CASE("ParseJson limits nesting depth", "[json]") {
  JsonValue value;
  std::string ok = std::string(512, '[') + std::string(512, ']');
  CHECK(ParseJson(ok, &value).ok());
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  Status status = ParseJson(deep, &value);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == "column 513: nesting deeper than 512");
}

TEST_CASE("JsonQuote escapes what JSON requires", "[json]") {
  struct Case {
    std::string in;
    std::string out;
  };
  const Case cases[] = {
      {"plain", R"("plain")"},
      {"say \"hi\"", R"("say \"hi\"")"},
      {"back\\slash", R"("back\\slash")"},
      // Escapes at either end of a run of plain bytes, and two in a row.
      {"\"a\"\"b\\", R"("\"a\"\"b\\")"},
      {"a\nb\tc\rd\be\ff", R"("a\nb\tc\rd\be\ff")"},
      {std::string("nul\0x", 5), R"("nul\u0000x")"},
      {"\x1f\x7f", "\"\\u001f\x7f\""},
      {"\xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80",
       "\"\xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80\""},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(JsonQuote(c.in) == c.out);
  }
}

TEST_CASE("JsonQuote replaces invalid UTF-8 with U+FFFD", "[json]") {
  const std::string fffd = "\xEF\xBF\xBD";
  struct Case {
    std::string in;
    std::string out;
  };
  const Case cases[] = {
      {"a\xFFz", "a" + fffd + "z"},                     // never valid
      {"a\x80z", "a" + fffd + "z"},                     // stray continuation
      {"a\xC3z", "a" + fffd + "z"},                     // truncated pair
      {"\xE2\x80", fffd},                               // truncated at the end: one replacement
      {"\xC0\xAF", fffd + fffd},                        // overlong '/'
      {"\xED\xA0\x80", fffd + fffd + fffd},             // encoded surrogate
      {"\xF4\x90\x80\x80", fffd + fffd + fffd + fffd},  // above U+10FFFF
      {"\xF0\x9F\x98"
       "!",
       fffd + "!"},  // truncated 4-byte sequence
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(JsonQuote(c.in) == "\"" + c.out + "\"");
  }
}

TEST_CASE("JsonQuote output parses back to the input", "[json]") {
  std::string all;
  for (int c = 1; c < 0x80; ++c) all.push_back(static_cast<char>(c));
  all += std::string("\0", 1) + "\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";
  JsonValue value;
  REQUIRE(ParseJson(JsonQuote(all), &value).ok());
  CHECK(value.as_string() == all);
}

TEST_CASE("JsonObjectWriter writes members in order", "[json]") {
  std::string json = JsonObjectWriter()
                         .Add("doc", "a\"b.txt")
                         .Add("count", 3)
                         .Add("big", std::int64_t{-9007199254740993})
                         .Add("score", 0.85)
                         .Add("whole", 2.0)
                         .Add("round", 0.123456)
                         .Add("tiny", -0.00001)
                         .Add("ok", true)
                         .Add("bad", false)
                         .AddRaw("list", "[1,2]")
                         .str();
  CHECK(json == R"({"doc":"a\"b.txt","count":3,"big":-9007199254740993,"score":0.85,"whole":2,)"
                R"("round":0.1235,"tiny":0,"ok":true,"bad":false,"list":[1,2]})");
  JsonValue value;
  CHECK(ParseJson(json, &value).ok());
  CHECK(JsonObjectWriter().str() == "{}");
  CHECK(JsonObjectWriter(0).Add("a", 1).str() == R"({"a":1})");  // room made as needed
  CHECK(JsonObjectWriter().Add("x", std::numeric_limits<double>::infinity()).str() ==
        R"({"x":null})");
}

TEST_CASE("JsonObjectWriter escapes keys that are not plain, and appends or moves its text",
          "[json]") {
  // Plain short keys take a path of their own; the others are escaped.
  const std::string long_key(40, 'k');
  JsonObjectWriter writer;
  writer.Add("a\"b", "1").Add(long_key, std::int64_t{-9223372036854775807 - 1}).Add("c\n", "");
  const std::string expected =
      R"({"a\"b":"1",")" + long_key + R"(":-9223372036854775808,"c\n":""})";
  CHECK(writer.str() == expected);
  std::string array = "[";
  writer.AppendTo(&array);
  CHECK(array == "[" + expected);
  CHECK(std::move(writer).str() == expected);
}

}  // namespace
}  // namespace claimtrack
