// Running the real claimtrack program from tests, the way a user does: a child
// process with its own arguments, standard input, working directory and exit
// status, and temporary directories that clean up after themselves; and two
// small helpers for reading what it printed.
#pragma once

#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace claimtrack::test {

// A temporary directory, created empty under the system's temporary folder
// and removed with everything in it when the object is destroyed.
class TempDir {
 public:
  TempDir();  // throws std::runtime_error when no directory can be made
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // path() / name, as a string (for command-line arguments).
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  // Writes `content` byte for byte to path() / name; returns the full path.
  std::string Write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

struct ProcessResult {
  int exit_code = -1;  // the exit status; 128 + N when killed by signal N
  bool timed_out = false;
  std::string out;  // everything written to standard output
  std::string err;  // everything written to standard error
};

struct ProcessOptions {
  // Standard input; /dev/null when absent, so that a program waiting for
  // input cannot hang a test.
  std::optional<std::string> stdin_text;
  // Working directory; the test's own when empty.
  std::string working_dir;
  // The process (and its process group, e.g. a shell's children) is killed
  // after this long, and the result is marked timed_out.
  int timeout_seconds = 60;
};

// Runs `argv[0]` (a path, not looked up in PATH) with arguments argv[1...],
// waits for it and returns what it printed and its exit status. Never throws
// for a failing program; a program that cannot be started exits 127.
ProcessResult RunProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// RunProcess on the built claimtrack program (CLAIMTRACK_BINARY).
ProcessResult RunClaimtrack(const std::vector<std::string>& args,
                            const ProcessOptions& options = {});

// The subcommands `claimtrack --help` lists under "Commands:", in its order
// (empty when it cannot be run).
std::vector<std::string> ListedSubcommands();

// The whole content of a file, byte for byte ("" when it cannot be read).
std::string ReadFile(const std::filesystem::path& path);

// Whether `part` occurs in `text` (what a program printed, a report).
inline bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The lines of `text`, without their line ends.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace claimtrack::test
