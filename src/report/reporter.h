// Reporters: every output format of `report` behind one interface. A reporter
// receives plain structs (never the database) and writes to a stream.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "model/claim.h"
#include "model/dispute.h"

namespace claimtrack {

struct ReportInput {
  std::vector<Dispute> disputes;             // in the order to print
  std::map<std::int64_t, Claim> claims;      // every claim a dispute names, by id
  std::map<std::string, Article> articles;   // metadata by doc (title, date); text may be empty
  std::map<std::string, std::string> sides;  // Claim::source -> side, where known
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Writes the whole report for `input` to `out`; never fails by itself
  // (stream errors are the caller's to check). A member whose claim is
  // missing from input.claims is noted in text and markdown and left out of
  // json. Article text is shown escaped for the format: as one line without
  // control characters (text), Markdown-escaped (markdown), JSON strings (json).
  virtual void Write(const ReportInput& input, std::ostream& out) const = 0;
};

// The formats `report --format` accepts, in the order shown by --help.
const std::vector<std::string_view>& ReportFormats();

// A reporter for `format` ("text", "markdown", "json"), or nullptr when the
// format is unknown (names are case-sensitive). `width` is the text report's
// wrap width in columns (0 or less: no wrapping); the other formats ignore it.
std::unique_ptr<Reporter> MakeReporter(std::string_view format, int width = 0);

// One claim as a JSON object on one line. Contract fields: id, doc, source,
// mention, cue, content, stance, start, end; every key is always present (""
// when unknown), in the order listed in report/claim_json.cc.
std::string ClaimJson(const Claim& claim);

// `claims --format jsonl`: one ClaimJson per line.
void WriteClaimsJsonl(const std::vector<Claim>& claims, std::ostream& out);
// `claims --format text`: one readable block per claim.
void WriteClaimsText(const std::vector<Claim>& claims, std::ostream& out);

}  // namespace claimtrack
