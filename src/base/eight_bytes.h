// Eight bytes of text tested at once, as one 64-bit word: the loops that
// pass over plain ASCII (JSON strings, quotation scanning, lowercasing,
// UTF-8 to UTF-16) use these instead of a test per byte. Each function that
// returns a mask sets the high bit (0x80) of a byte that has the property;
// a mask is non-zero exactly when some byte has it. Masks of the form
// (v - 0x01..01) & ~v & 0x80..80 may also mark a byte above one that has
// the property (a borrow), so they answer "is there one", not "which".
#pragma once

#include <cstdint>
#include <cstring>

namespace claimtrack::eight_bytes {

inline constexpr std::uint64_t kEach = 0x0101010101010101ULL;  // 0x01 in every byte
inline constexpr std::uint64_t kHigh = 0x8080808080808080ULL;  // 0x80 in every byte

// The eight bytes at `bytes` (unaligned), in memory order.
inline std::uint64_t Load(const void* bytes) {
  std::uint64_t word;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

// Bytes with the high bit set: not ASCII.
inline std::uint64_t NonAscii(std::uint64_t word) { return word & kHigh; }

// Some byte is zero.
inline std::uint64_t ZeroByte(std::uint64_t word) { return (word - kEach) & ~word & kHigh; }

// Some byte equals `byte`.
inline std::uint64_t ByteEquals(std::uint64_t word, unsigned char byte) {
  return ZeroByte(word ^ (kEach * byte));
}

// Some byte is below `bound` (at most 0x80), for a word of ASCII bytes.
inline std::uint64_t ByteBelow(std::uint64_t word, unsigned char bound) {
  return (word - kEach * bound) & ~word & kHigh;
}

// Exactly the bytes in [low, high] (both below 0x80), for a word of ASCII
// bytes: no borrow or carry crosses a byte here.
inline std::uint64_t BytesInRange(std::uint64_t word, unsigned char low, unsigned char high) {
  return (word + (0x80 - low) * kEach) & ~(word + (0x80 - high - 1) * kEach) & kHigh;
}

}  // namespace claimtrack::eight_bytes
