// The table of report formats: the names `report --format` accepts and the
// reporter each one makes.
#include "report/reporter.h"

#include "report/report_format.h"

namespace claimtrack {
namespace {

struct ReportFormat {
  std::string_view name;
  std::unique_ptr<Reporter> (*make)(int width);
};

// In the order --help shows them; text first as the default.
constexpr ReportFormat kFormats[] = {
    {"text", [](int width) { return MakeTextReporter(width); }},
    {"markdown", [](int) { return MakeMarkdownReporter(); }},
    {"json", [](int) { return MakeJsonReporter(); }},
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

std::unique_ptr<Reporter> MakeReporter(std::string_view format, int width) {
  for (const ReportFormat& entry : kFormats) {
    if (entry.name == format) return entry.make(width < 0 ? 0 : width);
  }
  return nullptr;
}

}  // namespace claimtrack
