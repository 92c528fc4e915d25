// Progress line on a terminal.
#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

#include "cli/cli_options.h"

namespace claimtrack {

Progress::Progress(std::string label)
    : label_(std::move(label)),
      enabled_(IsTerminal(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
}

void Progress::Update(long items, long long bytes, long extra, const char* extra_name) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double mb = static_cast<double>(bytes) / 1e6;
  std::fprintf(stderr, "\r\033[K%s: %ld articles, %.1f MB, %.1f MB/s, %ld %s", label_.c_str(), items,
               mb, seconds > 0 ? mb / seconds : 0.0, extra, extra_name);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Step(const std::string& what, double fraction) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r\033[K%s: %s, %.0f%% done, %.1f s", label_.c_str(), what.c_str(),
               fraction * 100.0, seconds);
  if (fraction > 0.05 && fraction < 1.0) {
    std::fprintf(stderr, ", about %.0f s left", seconds * (1.0 - fraction) / fraction);
  }
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace claimtrack
