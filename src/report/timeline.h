// Timeline: the claims of a report's disputes in the order they were made,
// for `claimtrack timeline` and the html report's "who said what when".
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

#include "model/claim.h"
#include "model/dispute.h"
#include "report/reporter.h"

namespace claimtrack {

struct TimelineEntry {
  const Claim* claim = nullptr;            // points into the ReportInput's claims
  DisputeRole role = DisputeRole::kClaim;  // its role in the first dispute naming it
  // The numbers (DisputeNumber) of the disputes naming it, in input order.
  std::vector<std::int64_t> disputes;
};

// Every claim the input's disputes name (once, however many disputes name
// it), sorted by date (ClaimDate), then time of day (MinutesOfDay), then
// position (doc, then Claim::content_span.begin), then id. Claims with no
// date come after all dated ones, and on a date those with no time come
// after the timed ones. Members missing from input.claims are left out. The
// entries point into `input`, which must outlive them.
std::vector<TimelineEntry> BuildTimeline(const ReportInput& input);

// Minutes since midnight of a time as news writes it: "9:30 p.m.", "8 p.m.",
// "11 a.m.", "12:40 p.m.", "noon", "midnight", "21:30", "9.30pm" (case and
// spaces ignored). -1 when `time` is empty or not understood.
int MinutesOfDay(std::string_view time);

// The timeline as text, one line per entry, the when column padded to the
// widest entry so that the sources line up:
//   2017-01-23 8:30 p.m. | U.S. (United States) | says | Russia's claim ... is "rubbish."
// "date time | source (side) | cue | content"; the side's parenthesis is
// left out when unknown, and "no date" stands for an unknown date. Every
// field is OneLine'd: no line breaks or control characters from articles.
void WriteTimelineText(const ReportInput& input, std::ostream& out);

}  // namespace claimtrack
