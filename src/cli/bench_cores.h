// The machine's cores as `claimtrack bench` measures them: how fast each one
// runs a piece of work alone, and how fast they run it all at once.
//
// Virtual machines may give cores of unequal speed, which changes as the host
// is busy. The 2-core machine of docs/performance.md once ran the same
// extraction 1.5 times slower on its second core than on its first, with no
// steal time reported, and minutes later at the same speed on both. On such a
// machine "one core" must say which core, and N
// threads cannot gain N times: the ceiling is what all cores do together over
// what the fastest does alone. `bench` pins its one-thread phases to the
// fastest core and prints the ceiling beside the threaded ingest rows.
#pragma once

#include <functional>
#include <vector>

namespace claimtrack {

struct CoreTimes {
  int cpu = -1;         // the CPU's number, as sched_setaffinity counts them
  double alone = 0;     // seconds of one run of the work on this core, no other run going
  double together = 0;  // seconds of one run on this core while every core ran one
};

struct CoreSpeeds {
  std::vector<CoreTimes> cores;  // empty when the process may not pin threads
  int fastest = -1;              // index into `cores` of the fastest core alone; -1: none
  // Runs per second of all cores at once over runs per second of the fastest
  // core alone: the most that threads can gain over one thread on the
  // fastest core, for work like the measured one. 0 when not measured.
  double ceiling = 0;

  bool ok() const { return fastest >= 0; }
  int fastest_cpu() const { return ok() ? cores[static_cast<std::size_t>(fastest)].cpu : -1; }
  // This core's speed alone over the fastest's (1 for the fastest).
  double Relative(const CoreTimes& core) const;
};

// The CPUs this process may run on (sched_getaffinity), in ascending order;
// empty when the system does not say.
std::vector<int> AllowedCpus();

// Runs `work(worker)` on each allowed CPU alone (worker 0), then on all of
// them at once (worker i on the i-th CPU, each on a thread of its own), and
// that `rounds` times; each time is the fastest of its rounds. `work` must be
// safe to run for different workers at once. With fewer than two allowed CPUs
// or where threads cannot be pinned, returns a CoreSpeeds that is not ok().
CoreSpeeds MeasureCores(const std::function<void(int worker)>& work, int rounds);

// Pins the calling thread to one CPU while it lives, and with it the threads
// it starts meanwhile (Linux threads inherit their creator's CPU set);
// restores the earlier set when destroyed. A cpu < 0 pins nothing.
class CpuPin {
 public:
  explicit CpuPin(int cpu);
  ~CpuPin();
  CpuPin(const CpuPin&) = delete;
  CpuPin& operator=(const CpuPin&) = delete;

  bool ok() const { return pinned_; }  // false: the system refused, or cpu < 0

 private:
  bool pinned_ = false;
  std::vector<int> previous_;
};

}  // namespace claimtrack
