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

#include "base/json.h"
#include "model/article.h"
#include "model/claim.h"
#include "model/dispute.h"

namespace claimtrack {

struct ReportInput {
  std::vector<Dispute> disputes;         // in the order to print
  std::map<std::int64_t, Claim> claims;  // every claim a dispute names, by id (may hold more)
  // Metadata by doc (title, date). `text` may be empty; when it holds the
  // article's text, the html report shows each claim in its sentence
  // (Claim::sentence_span) with the claim (Claim::content_span) highlighted,
  // and otherwise the claim alone. Other formats never read `text`.
  std::map<std::string, Article> articles;
  std::map<std::string, std::string> sides;  // Claim::source -> side, where known
};

// How a reporter writes, beyond the input. Each option says which formats
// read it; the others ignore it.
struct ReportOptions {
  // text: wrap width of the indented lines, in columns; 0 or less: no
  // wrapping. Default 0.
  int width = 0;
  // text: ANSI (SGR) colours and bold. Default false. The caller decides:
  // `report` turns it on only when standard output is a terminal and the
  // NO_COLOR environment variable is unset or empty (https://no-color.org).
  bool color = false;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Writes the whole report for `input` to `out`; never fails by itself
  // (stream errors are the caller's to check). A member whose claim is
  // missing from input.claims is noted in text and markdown and left out of
  // json and csv. Article text is shown escaped for the format: as one line
  // without control characters (text), Markdown-escaped (markdown), JSON
  // strings (json), RFC 4180 fields (csv), HTML-escaped (html).
  virtual void Write(const ReportInput& input, std::ostream& out) const = 0;
};

// The formats `report --format` accepts, in the order shown by --help.
const std::vector<std::string_view>& ReportFormats();

// A reporter for `format` (one of ReportFormats()), or nullptr when the
// format is unknown (names are case-sensitive).
std::unique_ptr<Reporter> MakeReporter(std::string_view format, const ReportOptions& options = {});

// One claim as a JSON object on one line. Contract fields: id, doc, source,
// mention, cue, content, stance, start, end; every key is always present (""
// when unknown), in the order listed in report/claim_json.cc.
std::string ClaimJson(const Claim& claim);

// The fields of ClaimJson, left open so that a caller can add its own keys
// before closing the object: the json report adds the claim's place in a
// dispute, and claims lines (ingest/claims_jsonl.h) the fields only the
// store keeps.
JsonObjectWriter ClaimJsonWriter(const Claim& claim);

// `claims --format jsonl`: one ClaimJson per line.
void WriteClaimsJsonl(const std::vector<Claim>& claims, std::ostream& out);
// `claims --format text`: one readable block per claim.
void WriteClaimsText(const std::vector<Claim>& claims, std::ostream& out);

}  // namespace claimtrack
