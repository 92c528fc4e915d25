// Claims lines: the output of `claimtrack extract` and the input of
// `claimtrack ingest --claims`. They carry extraction from one machine (or a
// thousand map tasks) to the store, losslessly: loading the lines stores the
// same documents and claims that `ingest` would have stored.
//
// One line per article (a post of a split page is its own line), a JSON
// object with these keys, always present and in this order:
//   format     "claimtrack-claims/1" (kClaimsFormat); a reader refuses others
//   doc, title, date, publisher, url, origin    the Article's fields ("" when
//              unknown); origin is where `extract` read it ("wire.jsonl:3")
//   claims     array of claim objects: ClaimJson's keys (report/reporter.h;
//              "id" is 0 and "doc" repeats the article's, both ignored when
//              read) followed by cue_lemma, sentence_start and sentence_end
//   text       the article's text; every offset counts UTF-8 bytes in it
// Unknown keys are ignored, so a later version 1 writer may add some.
// docs/scaling.md documents the format for users.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "ingest/article_reader.h"
#include "model/article.h"
#include "model/claim.h"

namespace claimtrack {

inline constexpr std::string_view kClaimsFormat = "claimtrack-claims/1";

// The claims line of `article` and its `claims`, without a line end. Every
// string is valid UTF-8 JSON (see AppendJsonString), so the line holds no
// raw line break.
std::string ClaimsLine(const Article& article, const std::vector<Claim>& claims);

// Parses one claims line into `*article` and `*claims` (replacing their
// contents). The line is refused, with a message that says which key or
// which claim is wrong ("claim 3: \"stance\" is 'maybe', not assert or
// deny") but not where the line is (the caller knows), when it is not JSON,
// has another or no format, lacks a key the store needs (doc, text, claims;
// a claim's source, mention, cue, content, stance, quote, start, end, rule),
// has a key of the wrong type, a date that is not YYYY-MM-DD, or a claim
// whose content is not the bytes [start, end) of the text.
Status ParseClaimsLine(std::string_view line, Article* article, std::vector<Claim>* claims);

// Receives each article read with its claims; returns whether to go on.
using ClaimsSink = std::function<bool(Article&& article, std::vector<Claim>&& claims)>;

// Reads claims lines from each of `paths` in order ("-" is `stdin_stream`)
// and passes every well-formed line to `sink`. Blank lines are skipped. A
// bad line is recorded in `report->problems` as "FILE:LINE: problem" (FILE
// is "-" for standard input) and reading goes on; so is a file that cannot
// be read. An empty file is no problem: a map task given no lines writes
// one. Invalid UTF-8 in a line is a problem, not repaired: the line was
// damaged after `extract` wrote it, and repairing would move the offsets.
void ReadClaimsFiles(const std::vector<std::string>& paths, std::istream& stdin_stream,
                     const ClaimsSink& sink, ReadReport* report);

}  // namespace claimtrack
