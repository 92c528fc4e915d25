// CpuPin and MeasureCores: which cores they report and pin to. Nothing here
// looks at how fast a core is (that depends on the machine and its load).
#include "cli/bench_cores.h"

#include <sched.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace claimtrack {
namespace {

TEST_CASE("AllowedCpus lists the CPUs this process may use", "[bench]") {
  std::vector<int> cpus = AllowedCpus();
  REQUIRE_FALSE(cpus.empty());
  CHECK(std::is_sorted(cpus.begin(), cpus.end()));
  CHECK(std::set<int>(cpus.begin(), cpus.end()).count(sched_getcpu()) == 1);
}

TEST_CASE("CpuPin keeps the thread and the threads it starts on one CPU", "[bench]") {
  std::vector<int> before = AllowedCpus();
  int target = before.back();
  {
    CpuPin pin(target);
    REQUIRE(pin.ok());
    CHECK(AllowedCpus() == std::vector<int>{target});
    CHECK(sched_getcpu() == target);
    std::vector<int> in_thread;
    std::thread([&] { in_thread = AllowedCpus(); }).join();
    CHECK(in_thread == std::vector<int>{target});
  }
  CHECK(AllowedCpus() == before);
}

TEST_CASE("CpuPin with no CPU pins nothing", "[bench]") {
  std::vector<int> before = AllowedCpus();
  CpuPin pin(-1);
  CHECK_FALSE(pin.ok());
  CHECK(AllowedCpus() == before);
}

TEST_CASE("MeasureCores runs the work on every CPU, alone and together", "[bench]") {
  std::vector<int> cpus = AllowedCpus();
  std::mutex mutex;
  std::map<int, int> runs_per_cpu;  // where each run of the work was
  std::set<int> workers;
  CoreSpeeds speeds = MeasureCores(
      [&](int worker) {
        volatile unsigned long sum = 0;
        for (unsigned long i = 0; i < 2'000'000; ++i) sum = sum + i;
        std::lock_guard<std::mutex> lock(mutex);
        workers.insert(worker);
        ++runs_per_cpu[sched_getcpu()];
      },
      2);
  if (cpus.size() < 2) {
    // One CPU: nothing to compare, and nothing pretends otherwise.
    CHECK_FALSE(speeds.ok());
    CHECK(speeds.ceiling == 0);
    return;
  }
  REQUIRE(speeds.ok());
  REQUIRE(speeds.cores.size() == cpus.size());
  for (std::size_t i = 0; i < cpus.size(); ++i) {
    CHECK(speeds.cores[i].cpu == cpus[i]);
    CHECK(speeds.cores[i].alone > 0);
    CHECK(speeds.cores[i].together > 0);
    // Two rounds, each a run alone and a run together on every CPU, pinned.
    CHECK(runs_per_cpu[cpus[i]] == 4);
  }
  // Together: one worker per CPU, numbered from 0.
  CHECK(workers.size() == cpus.size());
  CHECK(*workers.rbegin() == static_cast<int>(cpus.size()) - 1);
  CHECK(speeds.Relative(speeds.cores[static_cast<std::size_t>(speeds.fastest)]) == 1.0);
  for (const CoreTimes& core : speeds.cores) CHECK(speeds.Relative(core) <= 1.0);
  CHECK(speeds.ceiling > 0);
  CHECK(speeds.fastest_cpu() == speeds.cores[static_cast<std::size_t>(speeds.fastest)].cpu);
}

}  // namespace
}  // namespace claimtrack
