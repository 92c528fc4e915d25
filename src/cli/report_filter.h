// The filter flags shared by `report` and `timeline`: --source, --side,
// --topic, --doc, --since, --until, --min-score, parsed into a DisputeFilter.
#pragma once

#include "cli/cli_options.h"
#include "report/dispute_filter.h"

namespace claimtrack {

// A "Filters" group of options writing into `*filter`, which must outlive
// the parse. --source, --side and --doc may be given more than once (a
// claim matches any of the values). Check the result with filter->Check().
po::options_description FilterOptions(DisputeFilter* filter);

}  // namespace claimtrack
