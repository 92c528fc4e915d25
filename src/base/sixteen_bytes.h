// Sixteen bytes of text tested at once, as one GCC vector (clang has the
// same extension): the scans that pass over whole texts (quotation marks,
// JSON strings, the UTF-16 copy for ICU) use these where eight_bytes.h would
// test two 64-bit words. Comparing a Bytes with a byte (`bytes == '"'`,
// `bytes < 0x20`, unsigned) gives, in each byte, all ones where the
// comparison holds and zero elsewhere, exactly for every byte (no borrow
// crosses bytes); on x86-64 each comparison is one SSE2 instruction, and on
// a target without vectors the compiler writes the same result in plain code.
#pragma once

#include <cstdint>
#include <cstring>

namespace claimtrack::sixteen_bytes {

using Bytes = std::uint8_t __attribute__((vector_size(16)));

// The sixteen bytes at `bytes` (unaligned), in memory order.
inline Bytes Load(const void* bytes) {
  Bytes loaded;
  std::memcpy(&loaded, bytes, sizeof loaded);
  return loaded;
}

// Whether some byte of `mask` (comparisons of a Bytes, or'ed together) is
// set.
template <typename Mask>
inline bool Any(const Mask& mask) {
  std::uint64_t halves[2];
  static_assert(sizeof mask == sizeof halves, "a mask of sixteen bytes");
  std::memcpy(halves, &mask, sizeof halves);
  return (halves[0] | halves[1]) != 0;
}

}  // namespace claimtrack::sixteen_bytes
