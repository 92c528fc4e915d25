// claimtrack's entry point: finds the subcommand in the table (suggesting the
// closest name on a typo) and runs it. The one catch-all for unexpected
// exceptions lives here.
#include <algorithm>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace {

// Edit distance, for "did you mean".
std::size_t Distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

void PrintHelp() {
  std::cout << "claimtrack " CLAIMTRACK_VERSION
               ": finds attributed claims in news articles and the claims that dispute them.\n\n"
               "Usage: claimtrack COMMAND [OPTIONS]\n\nCommands:\n";
  for (const claimtrack::Command& command : claimtrack::Commands()) {
    std::cout << "  " << command.name << std::string(10 - command.name.size(), ' ')
              << command.summary << "\n";
  }
  std::cout << "\nRun 'claimtrack COMMAND --help' for a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintHelp();
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "claimtrack " CLAIMTRACK_VERSION "\n";
    return 0;
  }
  const std::string name = args[0];
  args.erase(args.begin());
  try {
    const claimtrack::Command* closest = nullptr;
    std::size_t closest_distance = 3;
    for (const claimtrack::Command& command : claimtrack::Commands()) {
      if (command.name == name) return command.run(args);
      std::size_t distance = Distance(name, command.name);
      if (distance < closest_distance) {
        closest = &command;
        closest_distance = distance;
      }
    }
    std::cerr << "claimtrack: unknown command '" << name << "'";
    if (closest) std::cerr << "; did you mean '" << closest->name << "'?";
    std::cerr << "\nRun 'claimtrack --help' for the list of commands.\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "claimtrack " << name << ": " << e.what() << "\n";
    return 1;
  }
}
