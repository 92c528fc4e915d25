// Tests for DecodeToUtf8 and its helpers (src/text/encoding.h): what each odd
// input becomes, and the exact warning or error it gives. They sit with the
// reader's tests because the reader is their one caller.
#include "text/encoding.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace claimtrack {
namespace {

using Strings = std::vector<std::string>;

const std::string kFffd = "\xEF\xBF\xBD";

// `s` as UTF-16 code units, little or big endian, with the mark first.
std::string Utf16(const std::u16string& s, bool big_endian) {
  std::string bytes = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char16_t unit : s) {
    char high = static_cast<char>(unit >> 8), low = static_cast<char>(unit & 0xFF);
    bytes += big_endian ? std::string{high, low} : std::string{low, high};
  }
  return bytes;
}

TEST_CASE("DecodeToUtf8 repairs and converts text", "[encoding]") {
  struct Case {
    const char* name;
    std::string input;
    std::string output;
    Strings warnings;
  };
  const Case cases[] = {
      {"well-formed UTF-8 is kept",
       "Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D",
       "Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D",
       {}},
      {"CRLF and CR line ends are kept", "One.\r\nTwo.\rThree.\n", "One.\r\nTwo.\rThree.\n", {}},
      {"a UTF-8 byte order mark is removed", "\xEF\xBB\xBFHeadline", "Headline", {}},
      {"a Latin-1 byte becomes U+FFFD, its offset named",
       "caf\xE9!",
       "caf" + kFffd + "!",
       {"invalid UTF-8 replaced by U+FFFD at byte 3"}},
      {"offsets count the mark, as the file does",
       "\xEF\xBB\xBF"
       "ab\xFF",
       "ab" + kFffd,
       {"invalid UTF-8 replaced by U+FFFD at byte 5"}},
      {"a truncated sequence is one U+FFFD",
       "x\xE2\x80y",
       "x" + kFffd + "y",
       {"invalid UTF-8 replaced by U+FFFD at byte 1"}},
      {"a sequence cut by the end of the text",
       "end\xF0\x9F\x98",
       "end" + kFffd,
       {"invalid UTF-8 replaced by U+FFFD at byte 3"}},
      {"an overlong form is one U+FFFD per byte",
       "\xC0\xAF",
       kFffd + kFffd,
       {"invalid UTF-8 replaced by U+FFFD at 2 places: bytes 0, 1"}},
      {"an encoded surrogate is not UTF-8",
       "\xED\xA0\x80",
       kFffd + kFffd + kFffd,
       {"invalid UTF-8 replaced by U+FFFD at 3 places: bytes 0, 1, 2"}},
      {"many repairs list the first five offsets",
       "\xFF"
       "a\xFF"
       "b\xFF"
       "c\xFF"
       "d\xFF"
       "e\xFF"
       "f\xFF",
       kFffd + "a" + kFffd + "b" + kFffd + "c" + kFffd + "d" + kFffd + "e" + kFffd + "f" + kFffd,
       {"invalid UTF-8 replaced by U+FFFD at 7 places: bytes 0, 2, 4, 6, 8, ..."}},
      {"UTF-16LE with a mark is converted",
       Utf16(u"Caf\u00E9 \u201Cq\u201D \U0001F600\r\n", false),
       "Caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80\r\n",
       {}},
      {"UTF-16BE with a mark is converted",
       Utf16(u"Line one.\rLine two.", true),
       "Line one.\rLine two.",
       {}},
      {"an unpaired UTF-16 surrogate becomes U+FFFD",
       Utf16(std::u16string(u"a") + char16_t(0xD800) + u"b", false),
       "a" + kFffd + "b",
       {"unpaired UTF-16 surrogate replaced by U+FFFD at byte 4"}},
      {"an odd last byte of UTF-16 becomes U+FFFD",
       Utf16(u"ab", false) + "c",
       "ab" + kFffd,
       {"odd last byte of UTF-16 text replaced by U+FFFD at byte 6"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    std::string text = c.input;
    Strings warnings;
    Status status = DecodeToUtf8(&text, &warnings);
    INFO(status.message());
    REQUIRE(status.ok());
    CHECK(text == c.output);
    CHECK(warnings == c.warnings);
  }
}

TEST_CASE("DecodeToUtf8 refuses what is not text", "[encoding]") {
  struct Case {
    const char* name;
    std::string input;
    std::string error;
  };
  std::string png = "\x89PNG\r\n\x1A\n" + std::string("\0\0\0\rIHDR", 8);
  const Case cases[] = {
      {"a NUL byte", std::string("Text\0more", 9), "NUL byte at byte 4; not a text file"},
      {"a NUL byte far past the first 8 KB", std::string(20000, 'a') + std::string(1, '\0'),
       "NUL byte at byte 20000; not a text file"},
      {"an image", png, "NUL byte at byte 8; not a text file"},
      {"control bytes without NUL", "\x01\x02\x03\x04\x05\x06text",
       "binary file: 6 NUL or control bytes in the first 8 KB"},
      {"UTF-16 without a mark", std::string("H\0e\0l\0l\0o\0", 10),
       "NUL byte at byte 1; not a text file (it looks like UTF-16 without a byte order mark)"},
      {"UTF-16 with a mark holding NUL", Utf16(std::u16string(u"a") + char16_t(0) + u"b", false),
       "NUL byte; not a text file"},
      {"UTF-32", std::string("\xFF\xFE\0\0h\0\0\0", 8),
       "UTF-32 text is not supported; convert it to UTF-8"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    std::string text = c.input;
    Status status = DecodeToUtf8(&text, nullptr);
    CHECK_FALSE(status.ok());
    CHECK(status.message() == c.error);
  }
  // A few control bytes are tolerated: scraped text has the odd one.
  std::string few = "\x1B[1mBold\x1B[0m and a bell\x07.";
  CHECK(DecodeToUtf8(&few, nullptr).ok());
  // Only the first 8 KB are searched for control bytes.
  std::string late = std::string(kBinaryProbeBytes, 'a') + "\x01\x02\x03\x04\x05\x06";
  CHECK(DecodeToUtf8(&late, nullptr).ok());
}

TEST_CASE("RepairUtf8 and CheckTextStart work on a part of a file", "[encoding]") {
  std::string line = "{\"text\": \"caf\xE9\"}";
  Strings warnings;
  RepairUtf8(&line, &warnings, 1000);
  CHECK(line == "{\"text\": \"caf" + kFffd + "\"}");
  CHECK(warnings == Strings{"invalid UTF-8 replaced by U+FFFD at byte 1013"});

  CHECK(CheckTextStart("{\"text\": \"x\"}\n").ok());
  CHECK(CheckTextStart(std::string("\x1F\x8B\x08\0\0\0", 6)).message() ==
        "binary file: 5 NUL or control bytes in the first 8 KB");
  CHECK(CheckTextStart(std::string("{\"text\": \"\0\"}", 14)).ok());  // one bad line only
  CHECK(HasWideByteOrderMark("\xFF\xFEx"));
  CHECK(HasWideByteOrderMark("\xFE\xFFx"));
  CHECK_FALSE(HasWideByteOrderMark("\xEF\xBB\xBFx"));
}

TEST_CASE("IsBlankText knows Unicode white space", "[encoding]") {
  CHECK(IsBlankText(""));
  CHECK(IsBlankText(" \t\r\n\f\v"));
  CHECK(IsBlankText("\xC2\xA0\xE2\x80\x83\xE3\x80\x80"));  // no-break, em and ideographic spaces
  CHECK_FALSE(IsBlankText("  x "));
  CHECK_FALSE(IsBlankText(" \xFF "));
}

TEST_CASE("LineEnd stops at LF, CR or the end of the text", "[encoding]") {
  struct Case {
    std::string text;
    std::size_t pos;
    std::size_t end;
  };
  const Case cases[] = {
      {"", 0, 0},
      {"one line", 0, 8},
      {"one\ntwo", 0, 3},
      {"one\ntwo", 3, 3},         // at a line end already
      {"one\ntwo", 4, 7},         // the last line has no line end
      {"one\r\ntwo", 0, 3},       // CRLF: the CR ends the line
      {"one\rtwo\nthree", 0, 3},  // a lone CR before a later LF
      {"one\ntwo\rthree", 0, 3},  // an LF before a later CR
      {"one\ntwo\rthree", 4, 7},
      {"x\n", 2, 2},  // past the last line end
      {"x", 5, 1},    // past the end
  };
  for (const Case& c : cases) {
    INFO("text: " << c.text << ", pos " << c.pos);
    CHECK(LineEnd(c.text, c.pos) == c.end);
  }
}

TEST_CASE("DecodeToUtf8 handles a large file in one pass", "[encoding]") {
  // 16 MB of well-formed text with one bad byte near the end: repaired, and
  // no slower than reading it (the test binary's own time shows it).
  std::string text(16 << 20, 'a');
  text[text.size() - 10] = '\x80';
  Strings warnings;
  REQUIRE(DecodeToUtf8(&text, &warnings).ok());
  CHECK(text.size() == (16u << 20) + 2);
  CHECK(warnings ==
        Strings{"invalid UTF-8 replaced by U+FFFD at byte " + std::to_string((16 << 20) - 10)});
}

}  // namespace
}  // namespace claimtrack
