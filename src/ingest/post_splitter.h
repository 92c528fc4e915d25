// Pages that string several posts together (blog aggregators: every post
// ends with "The post TITLE appeared first on SITE.") are split into one
// article per post, each with its own title, so that claims of different
// posts are never read as one article's.
#pragma once

#include <vector>

#include "model/article.h"

namespace claimtrack {

// The posts of `page`. A page with fewer than two post endings is returned
// whole. Otherwise each post is an article whose text is its slice of the
// page (offsets of its claims count from the slice's start), whose doc is
// "DOC#N" (N from 1), whose title comes from its "The post TITLE appeared
// first on" line, and whose origin records the slice: "ORIGIN bytes B-E".
// Text after the last post ending joins the last post.
std::vector<Article> SplitPosts(const Article& page);

}  // namespace claimtrack
