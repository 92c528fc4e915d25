// DisputeFilter: which disputes a report shows, chosen by the claims they
// hold (source, side, article, date), their topic and their score. Shared by
// every report format and by `timeline`; applied in memory to plain structs,
// so a filter value is only ever compared with text, never run as a query.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "model/claim.h"
#include "model/dispute.h"
#include "report/reporter.h"

namespace claimtrack {

// Every field empty (or 0) lets everything through. Text comparisons fold
// ASCII letters only ("Russia" = "RUSSIA"; "É" and "é" differ).
struct DisputeFilter {
  // A claim matches when its Claim::source contains one of these (any case).
  // Default: none, every source.
  std::vector<std::string> sources;
  // A claim matches when its source's side (ReportInput::sides) equals one
  // of these (any case): "Russia" does not match "Russian opposition".
  // Default: none, every side (unknown ones too).
  std::vector<std::string> sides;
  // A claim matches when its Claim::doc equals one of these, or the file it
  // came from does ("004_x.txt" matches the post "004_x.txt#2"). Default:
  // none, every article.
  std::vector<std::string> docs;
  // ISO dates "YYYY-MM-DD", inclusive; a claim matches when its date
  // (its own, else its article's) lies within them. With either set, a
  // claim of unknown date does not match. Default: "", unbounded.
  std::string since;
  std::string until;
  // A dispute matches when its Dispute::topic contains this (any case).
  // Default: "", every topic.
  std::string topic;
  // A dispute matches when its score is at least this. Default 0.
  double min_score = 0;

  // Whether the fields make sense: dates are valid ISO dates, since is not
  // after until, min_score is within [0, 1]. The message names the flag
  // ("--since: '2017-13-01' is not a date (expected YYYY-MM-DD)").
  Status Check() const;

  // Whether `claim` passes every claim filter (sources, sides, docs, since,
  // until) at once.
  bool MatchesClaim(const Claim& claim, const ReportInput& input) const;

  // Whether `dispute` is kept: its score and topic match, and one of its
  // members (found in input.claims) passes MatchesClaim. A dispute with no
  // claim filter set needs no member to match.
  bool MatchesDispute(const Dispute& dispute, const ReportInput& input) const;

  // Removes from input->disputes those MatchesDispute rejects, keeping the
  // order of the others. Claims, articles and sides are left as they are.
  void Apply(ReportInput* input) const;
};

}  // namespace claimtrack
