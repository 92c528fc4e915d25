// Article metadata found in the text itself, for articles read from plain
// text files: the publication date from a dateline or byline
// ("January 24, 2017", "- Associated Press - Monday, January 23, 2017",
// "Tuesday, Jan. 24, 2017") and a title (the first line that is not a byline,
// dateline or photo caption). Lines may end with LF, CRLF or CR.
#pragma once

#include <string>
#include <string_view>

namespace claimtrack {

// The first date written as "Month D, YYYY" (month full or abbreviated as
// "Jan." etc., optionally preceded by a weekday) within the first
// `max_lines` non-empty lines, as ISO "YYYY-MM-DD"; empty when none. Only
// short lines (at most 12 words: bylines, datelines) are searched, so a date
// mentioned in a body sentence is not taken for the publication date.
std::string FindArticleDate(std::string_view text, int max_lines = 8);

// The article's title as described above; empty when none.
std::string FindArticleTitle(std::string_view text);

// Converts a date given in jsonl metadata ("2017-01-24", "2017-01-24T10:00Z",
// "January 24, 2017") to ISO "YYYY-MM-DD"; empty when it cannot.
std::string NormalizeDate(std::string_view date);

}  // namespace claimtrack
