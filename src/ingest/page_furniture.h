// Page furniture: the lines of a scraped web page that are not article text
// ("Click to Read More", "Copyright ©", "More in Local News" and what follows
// it). The text is never changed, so offsets stay valid; extraction skips the
// byte spans returned here. Rules come from rules/boilerplate.txt.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/span.h"

namespace claimtrack {

struct BoilerplateRule {
  std::string prefix;    // lowercase; a line starting with it is furniture
  bool section = false;  // furniture runs from this line to the end of the post
};

// Byte spans of `text` that are furniture, in order and not overlapping. A
// section ends at the end of the text or at the next line that starts a new
// post ("The post ... appeared first on ..." ends a post).
std::vector<Span> FindPageFurniture(std::string_view text, const std::vector<BoilerplateRule>& rules);

}  // namespace claimtrack
