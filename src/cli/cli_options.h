// Helpers shared by the subcommands: the --db and --rules defaults, flag
// parsing with uniform error messages, and the terminal's properties.
#pragma once

#include <boost/program_options.hpp>
#include <string>
#include <vector>

namespace claimtrack {

namespace po = boost::program_options;

// --db default: claims.sqlite in the working directory.
inline constexpr const char kDefaultStore[] = "claims.sqlite";

// --rules default, first that exists: $CLAIMTRACK_RULES; the installed
// share/claimtrack/rules beside the program; the source tree's rules/.
std::string DefaultRulesDir();

// Adds `--rules DIR` to `description`. It may be given several times: each
// folder's files are read after the previous folder's, and later entries
// win, so a user's own folder extends the built-in one. Call
// FinishRulesDirs after parsing: with no --rules, the default folder; a user
// folder that holds only some files is read on top of the default folder.
void AddRulesOption(po::options_description* description, std::vector<std::string>* dirs);
void FinishRulesDirs(std::vector<std::string>* dirs);

// Parses `args` for subcommand `name`. Prints --help (with `usage` and
// `description`) and returns 0 when asked; prints a usage error and returns
// 2 on bad flags; returns -1 when the command should run.
int ParseCommandLine(const std::string& name, const std::string& usage,
                     const po::options_description& description,
                     const po::positional_options_description& positional,
                     const std::vector<std::string>& args, po::variables_map* values);

// True when `fd` is a terminal.
bool IsTerminal(int fd);
// Columns of the terminal on standard output, or 0 when it is not one.
int TerminalWidth();

// Prints "claimtrack: <message>" on standard error; returns 1.
int Fail(const std::string& message);

}  // namespace claimtrack
