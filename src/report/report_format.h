// Helpers shared by the report formats, internal to src/report/: a dispute
// split into the disputed claims and the counter-claims, the labels every
// format shows for a claim (who, where, when), a claim in its sentence, word
// wrapping for the terminal, the one escaping function of each text format
// (Markdown, HTML, CSV), and the constructors of the reporters that
// MakeReporter chooses from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/json.h"
#include "model/claim.h"
#include "model/dispute.h"
#include "report/reporter.h"

namespace claimtrack {

// A dispute's members resolved to claims, each group in dispute order. The
// pointers point into the ReportInput's `claims` and live as long as it.
struct DisputeClaims {
  std::vector<const Claim*> claims;    // DisputeRole::kClaim: under dispute
  std::vector<const Claim*> counters;  // DisputeRole::kCounter: deny/contradict
  std::vector<std::int64_t> missing;   // member ids absent from input.claims
};
DisputeClaims SplitDispute(const Dispute& dispute, const ReportInput& input);

// "claim" / "counter": the words used for DisputeRole in every format.
std::string_view DisputeRoleName(DisputeRole role);

// The number a reader sees for a dispute: its store id, or its 1-based
// position in the report while it has none (id 0).
std::int64_t DisputeNumber(const Dispute& dispute, std::size_t index);

// The side of the claim's source (input.sides keyed by Claim::source), or ""
// when unknown.
std::string SideOf(const Claim& claim, const ReportInput& input);

// Who made a claim, on one line: "Jeff Davis (Pentagon spokesman; side:
// United States)". The parenthesis lists, when known, the role, the mention as
// written when it differs from the source by more than case and a leading
// "the" (`as "He"`, but not `as "the Pentagon"`), and `side` if not empty.
// Falls back to the mention, then to "unknown source", when the source is
// empty. Not escaped for any format.
std::string WhoLabel(const Claim& claim, std::string_view side);

// Where and when a claim was made, on one line: `000_x.txt "Syria talks",
// 2017-01-23 9:30 p.m.`: the doc, the article's title when known, then the
// claim's date (else the article's) and time when known. Not escaped.
std::string ArticleLabel(const Claim& claim, const ReportInput& input);

// The date a claim was made: its own date, else its article's, else "".
std::string ClaimDate(const Claim& claim, const ReportInput& input);

// When a claim was made, on one line: "2017-01-23 9:30 p.m.", "2017-01-23",
// "9:30 p.m." or "" (ClaimDate, then Claim::time). Not escaped.
std::string WhenLabel(const Claim& claim, const ReportInput& input);

// A claim in the sentence that holds it, as three consecutive pieces of the
// article's text: what precedes the claim in the sentence, the claim's
// content (Claim::content_span), what follows it. The sentence is
// Claim::sentence_span widened to cover the content when the two overlap
// only in part (a quotation running over several sentences). Views into
// input.articles' text. Returns false, leaving `*parts` alone, when the
// article's text is not in the input or a span lies outside it.
struct SentenceParts {
  std::string_view before;
  std::string_view claim;
  std::string_view after;
};
bool ClaimInSentence(const Claim& claim, const ReportInput& input, SentenceParts* parts);

// "0.85": scores always with two decimals.
std::string FormatScore(double score);

// "1 dispute", "0 disputes", "3 claims": English plural by adding "s".
std::string CountNoun(std::size_t count, std::string_view singular);

// `text` on one line: every run of whitespace or control characters (C0,
// DEL, and C1 written as UTF-8) becomes one space, with none at either end.
// Article text shown on a terminal passes through here so that it can carry
// neither line breaks nor escape sequences.
std::string OneLine(std::string_view text);

// Columns `text` takes on a terminal, counted in UTF-8 code points (see
// WrapText).
std::size_t TextColumns(std::string_view text);

// OneLine(text) broken between words into lines of at most `width` columns,
// `indent` included; each line starts with `indent` and ends with '\n'. A word
// longer than a line stands alone on its line, unbroken. `width` <= 0 means no
// wrapping (one line). Columns are counted in UTF-8 code points, which is
// exact for the Latin, Greek and Cyrillic text of news articles (wide CJK
// characters count as one). Returns "" when `text` has no visible characters.
std::string WrapText(std::string_view text, int width, std::string_view indent);

// The one Markdown escaping function: OneLine(text) with a backslash before
// every character Markdown (CommonMark and GitHub tables) could read as
// markup: \ ` * _ [ ] < > # | ~ &. Safe inside a table cell, a heading and a
// paragraph; "<script>" comes out as "\<script\>" and "[x](javascript:y)"
// as "\[x\](javascript:y)", both shown literally; "&lt;" stays "&lt;" rather
// than becoming "<".
std::string EscapeMarkdown(std::string_view text);

// The one HTML escaping function: `text` safe as element content and as a
// double- or single-quoted attribute value. & < > " ' become character
// references; C0 control characters other than tab, line feed and carriage
// return, and DEL, become spaces (they are parse errors in HTML). Everything
// else, invalid UTF-8 included, passes through: the page declares UTF-8 and
// the browser shows invalid bytes as U+FFFD.
std::string EscapeHtml(std::string_view text);

// The one CSV escaping function (RFC 4180): `text` as is when it holds none
// of , " CR LF, else in double quotes with each " doubled. Line breaks stay
// inside the quoted field. Cells are not guarded against spreadsheet
// formulas ("=...", "+...", "-...", "@..."): the report keeps the article's
// words exactly.
std::string CsvField(std::string_view text);

// The reporters; MakeReporter picks one by name.
std::unique_ptr<Reporter> MakeTextReporter(const ReportOptions& options);
std::unique_ptr<Reporter> MakeMarkdownReporter();
std::unique_ptr<Reporter> MakeJsonReporter();
std::unique_ptr<Reporter> MakeCsvReporter();
std::unique_ptr<Reporter> MakeHtmlReporter();

}  // namespace claimtrack
