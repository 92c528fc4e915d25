// Per-core speeds for `claimtrack bench`: each CPU alone, then all at once.
#include "cli/bench_cores.h"

#include <sched.h>

#include <algorithm>
#include <barrier>
#include <chrono>
#include <limits>
#include <thread>

namespace claimtrack {

namespace {

using Clock = std::chrono::steady_clock;

bool SetCpus(const std::vector<int>& cpus) {
  cpu_set_t set;
  CPU_ZERO(&set);
  for (int cpu : cpus) {
    if (cpu >= 0 && cpu < CPU_SETSIZE) CPU_SET(cpu, &set);
  }
  return sched_setaffinity(0, sizeof set, &set) == 0;
}

double TimeOnce(const std::function<void(int)>& work, int worker) {
  Clock::time_point start = Clock::now();
  work(worker);
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

double CoreSpeeds::Relative(const CoreTimes& core) const {
  if (!ok() || core.alone <= 0) return 0;
  return cores[static_cast<std::size_t>(fastest)].alone / core.alone;
}

std::vector<int> AllowedCpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  std::vector<int> cpus;
  if (sched_getaffinity(0, sizeof set, &set) != 0) return cpus;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &set)) cpus.push_back(cpu);
  }
  return cpus;
}

CpuPin::CpuPin(int cpu) {
  if (cpu < 0) return;
  previous_ = AllowedCpus();
  if (previous_.empty()) return;
  pinned_ = SetCpus({cpu});
}

CpuPin::~CpuPin() {
  if (pinned_) SetCpus(previous_);
}

CoreSpeeds MeasureCores(const std::function<void(int worker)>& work, int rounds) {
  CoreSpeeds speeds;
  std::vector<int> cpus = AllowedCpus();
  if (cpus.size() < 2) return speeds;
  constexpr double kNone = std::numeric_limits<double>::max();
  for (int cpu : cpus) speeds.cores.push_back(CoreTimes{cpu, kNone, kNone});
  rounds = std::max(rounds, 1);
  for (int round = 0; round < rounds; ++round) {
    // Alone: the calling thread moves from core to core.
    for (CoreTimes& core : speeds.cores) {
      CpuPin pin(core.cpu);
      if (!pin.ok()) return CoreSpeeds{};
      core.alone = std::min(core.alone, TimeOnce(work, 0));
    }
    // Together: a thread per core, started at one barrier.
    std::size_t n = speeds.cores.size();
    std::vector<double> seconds(n, kNone);
    std::vector<char> pinned(n, 0);
    std::barrier start(static_cast<std::ptrdiff_t>(n));
    {
      std::vector<std::jthread> threads;
      for (std::size_t i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
          CpuPin pin(speeds.cores[i].cpu);
          pinned[i] = pin.ok();
          start.arrive_and_wait();
          if (pinned[i]) seconds[i] = TimeOnce(work, static_cast<int>(i));
        });
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (!pinned[i]) return CoreSpeeds{};
      speeds.cores[i].together = std::min(speeds.cores[i].together, seconds[i]);
    }
  }
  auto fastest =
      std::min_element(speeds.cores.begin(), speeds.cores.end(),
                       [](const CoreTimes& a, const CoreTimes& b) { return a.alone < b.alone; });
  speeds.fastest = static_cast<int>(fastest - speeds.cores.begin());
  double runs_per_second = 0;
  for (const CoreTimes& core : speeds.cores) {
    if (core.together > 0) runs_per_second += 1 / core.together;
  }
  if (fastest->alone > 0) speeds.ceiling = runs_per_second * fastest->alone;
  return speeds;
}

}  // namespace claimtrack
