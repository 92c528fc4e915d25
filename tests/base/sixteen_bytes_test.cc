// Tests for sixteen_bytes.h: every byte value at every position of a block.
#include "base/sixteen_bytes.h"

#include <catch2/catch.hpp>
#include <cstring>

namespace claimtrack {
namespace {

TEST_CASE("sixteen_bytes compares each byte exactly", "[sixteen_bytes]") {
  using namespace sixteen_bytes;
  // A block of 'a' with one byte changed: each comparison holds for that
  // byte alone, whatever its value and place (no carry or borrow between
  // bytes, as eight_bytes.h's masks may have).
  for (int at = 0; at < 16; ++at) {
    for (int value = 0; value < 256; ++value) {
      unsigned char block[16];
      std::memset(block, 'a', sizeof block);
      block[at] = static_cast<unsigned char>(value);
      const Bytes bytes = Load(block);
      INFO("byte " << value << " at " << at);
      CHECK(Any(bytes == '"') == (value == '"'));
      CHECK(Any(bytes < 0x20) == (value < 0x20));
      CHECK(Any(bytes >= 0x80) == (value >= 0x80));
      CHECK(Any((bytes == '\n') | (bytes == '\\')) == (value == '\n' || value == '\\'));
      CHECK(!Any(bytes == 'b') == (value != 'b'));
    }
  }
}

TEST_CASE("sixteen_bytes loads unaligned bytes in memory order", "[sixteen_bytes]") {
  using namespace sixteen_bytes;
  char text[40];
  for (int k = 0; k < 40; ++k) text[k] = static_cast<char>('A' + k);
  for (int offset = 0; offset + 16 <= 40; ++offset) {
    const Bytes bytes = Load(text + offset);
    for (int k = 0; k < 16; ++k) CHECK(bytes[k] == static_cast<unsigned char>('A' + offset + k));
  }
}

}  // namespace
}  // namespace claimtrack
