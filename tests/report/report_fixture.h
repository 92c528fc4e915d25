// What the report tests share: a report rendered to a string, and a
// hand-built ReportInput from the AP live blog of 2017-01-23 (seed 000): the Russian Defense
// Ministry's joint-mission claim, denied by the Pentagon and called propaganda by Col. John Dorrian
// (dispute 1, "joint mission", score 0.85), and its coordinates claim
// contradicted by the United States (dispute 2, "coordinates targets", 0.6).
#pragma once

#include <string>
#include <string_view>

#include "report/reporter.h"

namespace claimtrack::report_test {

inline constexpr std::string_view kDoc = "000_70c8b4e9404839c6.txt";

// The sentences as the article has them, blank lines and curly quotes included.
extern const std::string kArticleText;

// Claims 1-5, all of kDoc dated 2017-01-23, with content spans into
// kArticleText (no sentence spans); sides Russia and United States; the
// article's title and text.
ReportInput SyriaInput();

// The report of `input` in `format` (REQUIREs the format to exist).
std::string Render(std::string_view format, const ReportInput& input,
                   const ReportOptions& options = {});

}  // namespace claimtrack::report_test
