// Shared command-line helpers.
#include "cli/cli_options.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace claimtrack {

std::string DefaultRulesDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("CLAIMTRACK_RULES"); env && *env) return env;
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "claimtrack" / "rules";
    if (fs::is_directory(installed, error)) return installed.string();
  }
  if (fs::is_directory(CLAIMTRACK_SOURCE_RULES_DIR, error)) return CLAIMTRACK_SOURCE_RULES_DIR;
  return "rules";
}

void AddRulesOption(po::options_description* description, std::vector<std::string>* dirs) {
  description->add_options()(
      "rules", po::value(dirs)->composing(),
      ("folder of rule files; give it again to add a folder whose entries win over the earlier "
       "ones (default: " + DefaultRulesDir() + ")").c_str());
}

void FinishRulesDirs(std::vector<std::string>* dirs) {
  namespace fs = std::filesystem;
  if (dirs->empty()) {
    dirs->push_back(DefaultRulesDir());
    return;
  }
  // A folder holding only some rule files extends the default folder.
  static constexpr const char* kEveryFile[] = {
      "cues.txt",  "rebuttals.txt", "references.txt", "source_words.txt", "abbreviations.txt",
      "boilerplate.txt", "sides.txt", "aliases.txt", "stopwords.txt", "topics.txt", "antonyms.txt"};
  std::error_code error;
  bool complete = true;
  for (const char* file : kEveryFile) {
    complete = complete && fs::exists(fs::path((*dirs)[0]) / file, error);
  }
  if (!complete && fs::path((*dirs)[0]) != fs::path(DefaultRulesDir())) {
    dirs->insert(dirs->begin(), DefaultRulesDir());
  }
}

int ParseCommandLine(const std::string& name, const std::string& usage,
                     const po::options_description& description,
                     const po::positional_options_description& positional,
                     const std::vector<std::string>& args, po::variables_map* values) {
  try {
    po::store(po::command_line_parser(args).options(description).positional(positional).run(),
              *values);
    if (values->count("help")) {
      std::cout << "Usage: claimtrack " << name << " " << usage << "\n\n" << description;
      return 0;
    }
    po::notify(*values);
  } catch (const po::error& e) {
    std::cerr << "claimtrack " << name << ": " << e.what() << "\n"
              << "Try 'claimtrack " << name << " --help'.\n";
    return 2;
  }
  return -1;
}

bool IsTerminal(int fd) { return isatty(fd) == 1; }

int TerminalWidth() {
  if (!IsTerminal(STDOUT_FILENO)) return 0;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

int Fail(const std::string& message) {
  std::cerr << "claimtrack: " << message << "\n";
  return 1;
}

}  // namespace claimtrack
