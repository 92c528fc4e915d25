// Progress: one self-overwriting status line on standard error while long
// work runs ("ingest: 1,200 articles, 3.4 MB, 2.1 MB/s"), shown only when
// standard error is a terminal, so pipes and logs stay clean.
#pragma once

#include <chrono>
#include <string>

namespace claimtrack {

class Progress {
 public:
  explicit Progress(std::string label);
  ~Progress();  // clears the line

  // Reports `items` done and `bytes` read; redraws at most 5 times a second.
  void Update(long items, long long bytes, long extra, const char* extra_name);
  // Reports a stage of work (`what`) with the share done so far, in [0, 1],
  // and the time left at the rate so far; redraws at most 5 times a second.
  void Step(const std::string& what, double fraction);

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace claimtrack
