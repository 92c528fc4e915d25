// The filter flags (see report_filter.h). The help text is the user's
// documentation of DisputeFilter, so it states each rule in full.
#include "cli/report_filter.h"

namespace claimtrack {

po::options_description FilterOptions(DisputeFilter* filter) {
  po::options_description filters(
      "Filters (a dispute is kept when one of its claims matches every claim filter\n"
      "given, and its topic and score match; values are compared as text, any case)");
  filters.add_options()(
      "source", po::value(&filter->sources)->composing()->value_name("TEXT"),
      "claims whose source contains TEXT, e.g. --source Pentagon (repeatable: any of them)")(
      "side", po::value(&filter->sides)->composing()->value_name("SIDE"),
      "claims whose source's side is SIDE, e.g. --side Russia (whole name; repeatable)")(
      "doc", po::value(&filter->docs)->composing()->value_name("DOC"),
      "claims from article DOC, e.g. --doc 001_x.txt; a file also matches its posts "
      "(001_x.txt#2) (repeatable)")(
      "since", po::value(&filter->since)->value_name("DATE"),
      "claims made on or after DATE (YYYY-MM-DD; the claim's date, else its article's; "
      "claims of unknown date are left out)")(
      "until", po::value(&filter->until)->value_name("DATE"),
      "claims made on or before DATE (YYYY-MM-DD), as --since")(
      "topic", po::value(&filter->topic)->value_name("TEXT"), "disputes whose topic contains TEXT")(
      "min-score", po::value(&filter->min_score)->default_value(0.0, "0")->value_name("SCORE"),
      "disputes scoring at least this (0 to 1)");
  return filters;
}

}  // namespace claimtrack
