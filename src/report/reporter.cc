// The table of report formats: the names `report --format` accepts and the
// reporter each one makes.
#include "report/reporter.h"

#include "report/report_format.h"

namespace claimtrack {
namespace {

struct ReportFormat {
  std::string_view name;
  std::unique_ptr<Reporter> (*make)(const ReportOptions& options);
};

// In the order --help shows them; text first as the default.
constexpr ReportFormat kFormats[] = {
    {"text", [](const ReportOptions& options) { return MakeTextReporter(options); }},
    {"markdown", [](const ReportOptions&) { return MakeMarkdownReporter(); }},
    {"json", [](const ReportOptions&) { return MakeJsonReporter(); }},
    {"csv", [](const ReportOptions&) { return MakeCsvReporter(); }},
    {"html", [](const ReportOptions&) { return MakeHtmlReporter(); }},
};

}  // namespace

const std::vector<std::string_view>& ReportFormats() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> list;
    for (const ReportFormat& format : kFormats) list.push_back(format.name);
    return list;
  }();
  return names;
}

std::unique_ptr<Reporter> MakeReporter(std::string_view format, const ReportOptions& options) {
  for (const ReportFormat& entry : kFormats) {
    if (entry.name != format) continue;
    ReportOptions checked = options;
    if (checked.width < 0) checked.width = 0;
    return entry.make(checked);
  }
  return nullptr;
}

}  // namespace claimtrack
