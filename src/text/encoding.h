// Encoding: turning the bytes of an input file into the well-formed UTF-8
// text every later stage works on (and that the store's byte offsets count
// in). Files scraped from the web arrive with byte order marks, in UTF-16,
// with stray Latin-1 bytes, or are not text at all; this is the one place
// that decides what each of those becomes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace claimtrack {

// How much of the start of a file is looked at to tell text from binary.
inline constexpr std::size_t kBinaryProbeBytes = 8 * 1024;
// Control bytes (other than tab, line feed, vertical tab, form feed and
// carriage return) tolerated in the probe. A few turn up in real scraped text
// (an escape code, a stray BEL); an image or an archive has hundreds.
inline constexpr int kMaxControlBytesInProbe = 4;

// Decodes `*text`, the bytes of one input, into UTF-8 in place:
//   - a UTF-8 byte order mark (EF BB BF) is removed;
//   - UTF-16LE (FF FE) or UTF-16BE (FE FF) with a byte order mark is
//     converted to UTF-8 (with ICU), the mark removed; an unpaired surrogate
//     or an odd last byte becomes U+FFFD;
//   - every ill-formed UTF-8 sequence becomes one U+FFFD (ICU's U8_NEXT:
//     one per maximal subpart, as Unicode 15 section 3.9 recommends).
// Line ends (LF, CRLF, CR) and everything else are kept byte for byte, and
// well-formed UTF-8 without a mark is not copied at all.
//
// Each repair adds one message to `*warnings` (when not null), such as
// "invalid UTF-8 replaced by U+FFFD at byte 17" or, for many, "... at 120
// places: bytes 17, 40, 52, 60, 77, ...". Byte offsets count from the start
// of the input as given (before the mark is removed) plus `first_byte`, so a
// caller decoding one line of a file passes the line's offset in the file and
// the messages point into the file.
//
// Returns an error, with `*text` unspecified, when the input is not text:
// a NUL byte anywhere ("NUL byte at byte 4100; not a text file"), more than
// kMaxControlBytesInProbe other control bytes in the first
// kBinaryProbeBytes ("binary file: 37 NUL or control bytes in the first
// 8 KB"), or
// a UTF-32 byte order mark. NUL is refused rather than repaired because no
// news text holds one and SQLite leaves the meaning of TEXT values with
// embedded NULs undefined.
Status DecodeToUtf8(std::string* text, std::vector<std::string>* warnings,
                    std::size_t first_byte = 0);

// The last step of DecodeToUtf8 alone, for input already known to be UTF-8
// text (a line of a jsonl file, once the file's start has passed
// CheckTextStart): each ill-formed sequence becomes U+FFFD, with the same
// warning.
void RepairUtf8(std::string* text, std::vector<std::string>* warnings, std::size_t first_byte = 0);

// True when `start` (the first bytes of an input) opens with a UTF-16 or
// UTF-32 byte order mark: such an input must be decoded whole with
// DecodeToUtf8 before it can be split into lines.
bool HasWideByteOrderMark(std::string_view start);

// The test for a binary file applied to `start`, the first bytes of an input
// that is read piece by piece, such as a jsonl file (its first
// kBinaryProbeBytes suffice): an error when they hold more than
// kMaxControlBytesInProbe NUL or other control bytes ("binary file: 9 NUL or
// control bytes in the first 8 KB"). A single NUL is let through: in jsonl it
// makes only its own line malformed.
Status CheckTextStart(std::string_view start);

// The end of the line that holds byte `pos` of `text`: the offset of the
// first CR or LF at or after `pos`, or text.size() when none follows. Lines
// end with LF, CRLF or a lone CR (old Mac files, some scrapers), so both are
// line ends. Two memchr scans, for LF and then for CR before it:
// std::string_view::find_first_of("\r\n") instead calls memchr on its
// two-byte set once for every byte of the text.
std::size_t LineEnd(std::string_view text, std::size_t pos);

// True when `text` holds nothing but white space (ASCII, no-break space and
// the other Unicode space separators); such an input is treated as empty.
bool IsBlankText(std::string_view text);

}  // namespace claimtrack
