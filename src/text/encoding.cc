// DecodeToUtf8 with ICU's UTF-8 and UTF-16 macros. The macros rather than a
// ucnv converter, because they say where each ill-formed sequence is, and the
// warnings must name its byte offset; they also let well-formed UTF-8 (nearly
// every input) pass through with one read and no copy.
#include "text/encoding.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "base/eight_bytes.h"

namespace claimtrack {
namespace {

constexpr std::string_view kUtf8Mark = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeMark = "\xFF\xFE";
constexpr std::string_view kUtf16BeMark = "\xFE\xFF";
constexpr std::string_view kUtf32LeMark = std::string_view("\xFF\xFE\x00\x00", 4);
constexpr std::string_view kUtf32BeMark = std::string_view("\x00\x00\xFE\xFF", 4);
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Offsets listed in one warning; the rest are only counted.
constexpr std::size_t kListedOffsets = 5;

// The places where one kind of repair was made, for its warning.
class Repairs {
 public:
  explicit Repairs(std::string what) : what_(std::move(what)) {}

  void Add(std::size_t offset) {
    if (offsets_.size() < kListedOffsets) offsets_.push_back(offset);
    ++count_;
  }

  // "WHAT at byte 17" or "WHAT at 120 places: bytes 17, 40, 52, 60, 77, ...".
  void Report(std::vector<std::string>* warnings) const {
    if (count_ == 0 || warnings == nullptr) return;
    std::string message = what_ + " at ";
    if (count_ == 1) {
      message += "byte " + std::to_string(offsets_[0]);
    } else {
      message += std::to_string(count_) + " places: bytes ";
      for (std::size_t i = 0; i < offsets_.size(); ++i) {
        if (i > 0) message += ", ";
        message += std::to_string(offsets_[i]);
      }
      if (count_ > offsets_.size()) message += ", ...";
    }
    warnings->push_back(std::move(message));
  }

 private:
  std::string what_;
  std::vector<std::size_t> offsets_;
  std::size_t count_ = 0;
};

bool IsAsciiWord(const unsigned char* p) {
  return eight_bytes::NonAscii(eight_bytes::Load(p)) == 0;
}

}  // namespace

void RepairUtf8(std::string* text, std::vector<std::string>* warnings, std::size_t base) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text->data());
  const std::size_t size = text->size();
  Repairs invalid("invalid UTF-8 replaced by U+FFFD");
  std::string repaired;    // used from the first ill-formed sequence on
  std::size_t copied = 0;  // bytes of *text already in `repaired`
  std::size_t i = 0;
  while (i < size) {
    if (i + 8 <= size && IsAsciiWord(bytes + i)) {
      i += 8;
      continue;
    }
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    // U8_NEXT takes int32_t indices; a window of at most 4 bytes (the
    // longest sequence) keeps them small whatever the input's size.
    std::int32_t length = static_cast<std::int32_t>(std::min<std::size_t>(size - i, 4));
    std::int32_t next = 0;
    UChar32 c;
    U8_NEXT(bytes + i, next, length, c);
    if (c >= 0) {
      i += static_cast<std::size_t>(next);
      continue;
    }
    if (repaired.empty()) repaired.reserve(size + 64);
    repaired.append(*text, copied, i - copied);
    repaired.append(kReplacement);
    invalid.Add(base + i);
    i += static_cast<std::size_t>(next);
    copied = i;
  }
  if (copied == 0 && repaired.empty()) return;
  repaired.append(*text, copied, size - copied);
  text->swap(repaired);
  invalid.Report(warnings);
}

namespace {

// Converts UTF-16 `bytes` (without the mark) to UTF-8. `base` is the input
// offset of bytes[0].
std::string Utf16ToUtf8(std::string_view bytes, bool big_endian, std::size_t base,
                        std::vector<std::string>* warnings) {
  Repairs unpaired("unpaired UTF-16 surrogate replaced by U+FFFD");
  std::string utf8;
  utf8.reserve(bytes.size() * 3 / 2);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t units = bytes.size() / 2;
  auto unit_at = [&](std::size_t k) -> UChar {
    return big_endian ? static_cast<UChar>(p[2 * k] << 8 | p[2 * k + 1])
                      : static_cast<UChar>(p[2 * k + 1] << 8 | p[2 * k]);
  };
  for (std::size_t k = 0; k < units;) {
    UChar32 c = unit_at(k);
    std::size_t offset = base + 2 * k;
    ++k;
    if (U16_IS_LEAD(c) && k < units && U16_IS_TRAIL(unit_at(k))) {
      c = U16_GET_SUPPLEMENTARY(c, unit_at(k));
      ++k;
    } else if (U16_IS_SURROGATE(c)) {
      c = 0xFFFD;
      unpaired.Add(offset);
    }
    char buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    utf8.append(buffer, static_cast<std::size_t>(length));
  }
  unpaired.Report(warnings);
  if (bytes.size() % 2 != 0) {
    utf8.append(kReplacement);
    if (warnings != nullptr) {
      warnings->push_back("odd last byte of UTF-16 text replaced by U+FFFD at byte " +
                          std::to_string(base + bytes.size() - 1));
    }
  }
  return utf8;
}

bool IsControlByte(unsigned char b) {
  if (b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r') return false;
  return b < 0x20 || b == 0x7F;
}

// A hint for a NUL-laden file: ASCII text in UTF-16 has a NUL in every other
// byte, and a mark is all it lacks to be read.
bool LooksLikeUtf16WithoutMark(std::string_view text) {
  std::size_t pairs = std::min<std::size_t>(text.size(), kBinaryProbeBytes) / 2;
  if (pairs < 4) return false;
  std::size_t even_nuls = 0, odd_nuls = 0;
  for (std::size_t k = 0; k < pairs; ++k) {
    if (text[2 * k] == '\0') ++even_nuls;
    if (text[2 * k + 1] == '\0') ++odd_nuls;
  }
  return std::max(even_nuls, odd_nuls) * 10 >= pairs * 9 && std::min(even_nuls, odd_nuls) == 0;
}

// Too many NUL or other control bytes in the first kBinaryProbeBytes.
Status CheckProbe(std::string_view text) {
  std::string_view probe = text.substr(0, kBinaryProbeBytes);
  int controls = 0;
  for (char c : probe) controls += IsControlByte(static_cast<unsigned char>(c)) ? 1 : 0;
  if (controls > kMaxControlBytesInProbe) {
    return Status::Error("binary file: " + std::to_string(controls) +
                         " NUL or control bytes in the first " +
                         std::to_string(kBinaryProbeBytes / 1024) + " KB");
  }
  return Status::Ok();
}

// Refuses text that is not text: see DecodeToUtf8. `base` is the input
// offset of text[0]; `converted` is set when the text no longer has the
// input's offsets (it came from UTF-16), so no offset is given.
Status CheckIsText(std::string_view text, std::size_t base, bool converted) {
  std::size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    std::string message = "NUL byte";
    if (!converted) message += " at byte " + std::to_string(base + nul);
    message += "; not a text file";
    if (!converted && LooksLikeUtf16WithoutMark(text)) {
      message += " (it looks like UTF-16 without a byte order mark)";
    }
    return Status::Error(message);
  }
  return CheckProbe(text);
}

}  // namespace

Status DecodeToUtf8(std::string* text, std::vector<std::string>* warnings, std::size_t first_byte) {
  std::string_view input = *text;
  if (input.starts_with(kUtf32LeMark) || input.starts_with(kUtf32BeMark)) {
    return Status::Error("UTF-32 text is not supported; convert it to UTF-8");
  }
  bool little = input.starts_with(kUtf16LeMark);
  if (little || input.starts_with(kUtf16BeMark)) {
    std::size_t mark = kUtf16LeMark.size();
    std::string utf8 = Utf16ToUtf8(input.substr(mark), !little, first_byte + mark, warnings);
    text->swap(utf8);
    return CheckIsText(*text, 0, /*converted=*/true);
  }
  std::size_t mark = input.starts_with(kUtf8Mark) ? kUtf8Mark.size() : 0;
  // Checked before anything is copied, so that a large binary file costs
  // only the search for a NUL.
  Status status = CheckIsText(input.substr(mark), first_byte + mark, /*converted=*/false);
  if (!status.ok()) return status;
  if (mark > 0) text->erase(0, mark);
  RepairUtf8(text, warnings, first_byte + mark);
  return Status::Ok();
}

bool HasWideByteOrderMark(std::string_view start) {
  return start.starts_with(kUtf16LeMark) || start.starts_with(kUtf16BeMark) ||
         start.starts_with(kUtf32BeMark);
}

Status CheckTextStart(std::string_view start) { return CheckProbe(start); }

bool IsBlankText(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    if (bytes[i] < 0x80) {
      if (bytes[i] != ' ' && (bytes[i] < '\t' || bytes[i] > '\r')) return false;
      ++i;
      continue;
    }
    std::int32_t length = static_cast<std::int32_t>(std::min<std::size_t>(text.size() - i, 4));
    std::int32_t next = 0;
    UChar32 c;
    U8_NEXT(bytes + i, next, length, c);
    if (c < 0 || !u_isUWhiteSpace(c)) return false;
    i += static_cast<std::size_t>(next);
  }
  return true;
}

std::size_t LineEnd(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return text.size();
  const char* start = text.data() + pos;
  std::size_t length = text.size() - pos;
  if (const void* lf = std::memchr(start, '\n', length)) {
    length = static_cast<std::size_t>(static_cast<const char*>(lf) - start);
  }
  if (const void* cr = std::memchr(start, '\r', length)) {
    length = static_cast<std::size_t>(static_cast<const char*>(cr) - start);
  }
  return pos + length;
}

}  // namespace claimtrack
