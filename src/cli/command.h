// Subcommands of the `claimtrack` program, from one table of {name, summary,
// handler}. Handlers parse their own flags (Boost.Program_options, used only
// in this folder) into a plain struct, check them, then run. They return the
// process exit status: 0 success, 1 failure (a message was printed), 2 bad
// usage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimtrack {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const std::vector<std::string>& args);
};

// Every subcommand, in the order `claimtrack --help` lists them.
const std::vector<Command>& Commands();

int RunIngest(const std::vector<std::string>& args);
int RunExtract(const std::vector<std::string>& args);
int RunMatch(const std::vector<std::string>& args);
int RunReport(const std::vector<std::string>& args);
int RunSources(const std::vector<std::string>& args);
int RunTimeline(const std::vector<std::string>& args);
int RunClaims(const std::vector<std::string>& args);
int RunEval(const std::vector<std::string>& args);
int RunSearch(const std::vector<std::string>& args);
int RunDb(const std::vector<std::string>& args);
int RunRules(const std::vector<std::string>& args);
int RunBench(const std::vector<std::string>& args);
int RunCompare(const std::vector<std::string>& args);

}  // namespace claimtrack
