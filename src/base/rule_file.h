// RuleFile: the reader shared by every file under rules/.
//
// Format, common to all rule files:
//   - one entry per line; blank lines are ignored;
//   - a field that starts with '#' starts a comment that runs to the end of
//     the line (so "# note" comments out the rest; "said#x" is one word);
//   - a line is a list of fields separated by spaces or tabs;
//   - a field is either a bare word (`said`), a quoted phrase
//     (`"according to"`), or `key=value` where value is a bare word or a
//     quoted phrase (`alias="the Pentagon"`); inside quotes, \" and \\ escape.
// Each rule file documents which positional fields and keys it accepts; see
// docs/rules.md. Errors read like a compiler's: `rules/cues.txt:12: unknown
// field 'stnce'`, followed by the offending line.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace claimtrack {

struct RuleField {
  std::string key;    // empty for a positional field
  std::string value;
};

struct RuleLine {
  int number = 0;           // 1-based line number in the file
  std::string text;         // the line as written, without its newline
  std::vector<std::string> positional;  // fields without a key, in order
  std::vector<RuleField> keyed;         // key=value fields, in order

  // Values of every `key=...` field on the line, in order.
  std::vector<std::string> Values(std::string_view key) const;
  // The value of the last `key=...` field, or `fallback` when absent.
  std::string Value(std::string_view key, std::string_view fallback = "") const;
  bool Has(std::string_view key) const;
};

class RuleFile {
 public:
  // Reads and splits `path`. `display_name` is used in messages
  // ("rules/cues.txt"). Fails when the file cannot be read or a line has an
  // unterminated quote; a missing file is an error unless `optional`, in which
  // case the result is an empty file.
  static Status Read(const std::string& path, const std::string& display_name, RuleFile* out,
                     bool optional = false);
  // Splits `content` as if read from a file named `display_name` (for tests).
  static Status Parse(std::string_view content, const std::string& display_name, RuleFile* out);

  const std::string& name() const { return name_; }
  const std::vector<RuleLine>& lines() const { return lines_; }

  // "rules/cues.txt:12: <problem>\n    <line text>"
  std::string ErrorAt(const RuleLine& line, std::string_view problem) const;
  // An error for every keyed field whose key is not in `allowed`; ok when none.
  // Several problems are joined by newlines.
  Status CheckKeys(const RuleLine& line, const std::vector<std::string_view>& allowed) const;

 private:
  std::string name_;
  std::vector<RuleLine> lines_;
};

// A rule file from a list of rules folders, each of which may hold its own
// copy: "--rules rules --rules mine" reads rules/cues.txt, then mine/cues.txt,
// and later entries win. With one folder the file must be there; with
// several, at least one of them must hold it. Messages name each copy as "FOLDER/FILE" (last component
// of the folder only).
Status ReadRuleFileLayers(const std::vector<std::string>& dirs, const std::string& name,
                          std::vector<RuleFile>* files);

// Reads `name` from the folders with ReadRuleFileLayers and passes each copy
// to `load`, in order; every problem (reading or loading) is appended to
// `errors`. The loaders of every rule file use it.
void LoadRuleFileLayers(const std::vector<std::string>& dirs, const std::string& name,
                        const std::function<Status(const RuleFile&)>& load,
                        std::vector<Status>* errors);

// "rules/cues.txt" for messages: the folder's last component and the file.
std::string RuleFileDisplayName(const std::string& rules_dir, const std::string& file);

// Joins the messages of failed statuses, one per line; ok when all are ok.
Status JoinErrors(const std::vector<Status>& statuses);

}  // namespace claimtrack
