// RuleFile: splitting rule-file lines into fields (see rule_file.h for the
// format). Hand-written rather than regex-based so that every error can name
// the exact line.
#include "base/rule_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace claimtrack {

std::vector<std::string> RuleLine::Values(std::string_view key) const {
  std::vector<std::string> values;
  for (const RuleField& field : keyed) {
    if (field.key == key) values.push_back(field.value);
  }
  return values;
}

std::string RuleLine::Value(std::string_view key, std::string_view fallback) const {
  for (auto it = keyed.rbegin(); it != keyed.rend(); ++it) {
    if (it->key == key) return it->value;
  }
  return std::string(fallback);
}

bool RuleLine::Has(std::string_view key) const {
  for (const RuleField& field : keyed) {
    if (field.key == key) return true;
  }
  return false;
}

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Reads a quoted phrase starting at text[*pos] == '"'. On success leaves *pos
// after the closing quote.
bool ReadQuoted(std::string_view text, std::size_t* pos, std::string* out) {
  std::size_t i = *pos + 1;
  out->clear();
  while (i < text.size()) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size()) {
      out->push_back(text[i + 1]);
      i += 2;
    } else if (c == '"') {
      *pos = i + 1;
      return true;
    } else {
      out->push_back(c);
      ++i;
    }
  }
  return false;
}

// Splits one line into fields; returns an empty string or a problem.
std::string SplitLine(std::string_view text, RuleLine* line) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsBlank(text[i])) ++i;
    if (i >= text.size() || text[i] == '#') break;
    std::string key;
    std::string value;
    if (text[i] == '"') {
      if (!ReadQuoted(text, &i, &value)) return "unterminated quote";
      line->positional.push_back(value);
    } else {
      std::size_t start = i;
      while (i < text.size() && !IsBlank(text[i]) && text[i] != '=' && text[i] != '"') ++i;
      std::string word(text.substr(start, i - start));
      if (i < text.size() && text[i] == '=') {
        ++i;
        if (word.empty()) return "'=' without a field name";
        if (i < text.size() && text[i] == '"') {
          if (!ReadQuoted(text, &i, &value)) return "unterminated quote";
        } else {
          std::size_t vstart = i;
          while (i < text.size() && !IsBlank(text[i])) ++i;
          value = std::string(text.substr(vstart, i - vstart));
        }
        if (value.empty()) return "empty value for '" + word + "'";
        line->keyed.push_back({word, value});
      } else {
        if (i < text.size() && text[i] == '"') return "quote inside a word";
        line->positional.push_back(word);
      }
    }
    if (i < text.size() && !IsBlank(text[i]) && text[i] != '#') {
      return "missing space after a field";
    }
  }
  return "";
}

}  // namespace

Status RuleFile::Parse(std::string_view content, const std::string& display_name, RuleFile* out) {
  out->name_ = display_name;
  out->lines_.clear();
  std::vector<Status> errors;
  int number = 0;
  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view text = content.substr(pos, eol - pos);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    pos = eol + 1;
    ++number;
    RuleLine line;
    line.number = number;
    line.text = std::string(text);
    std::string problem = SplitLine(text, &line);
    if (!problem.empty()) {
      errors.push_back(Status::Error(out->ErrorAt(line, problem)));
      continue;
    }
    if (line.positional.empty() && line.keyed.empty()) continue;
    out->lines_.push_back(std::move(line));
  }
  return JoinErrors(errors);
}

Status RuleFile::Read(const std::string& path, const std::string& display_name, RuleFile* out,
                      bool optional) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (optional) {
      out->name_ = display_name;
      out->lines_.clear();
      return Status::Ok();
    }
    return Status::Error(display_name + ": cannot read rule file '" + path + "'");
  }
  std::ostringstream content;
  content << in.rdbuf();
  return Parse(content.str(), display_name, out);
}

std::string RuleFile::ErrorAt(const RuleLine& line, std::string_view problem) const {
  return name_ + ":" + std::to_string(line.number) + ": " + std::string(problem) + "\n    " +
         line.text;
}

Status RuleFile::CheckKeys(const RuleLine& line,
                           const std::vector<std::string_view>& allowed) const {
  std::vector<Status> errors;
  for (const RuleField& field : line.keyed) {
    bool known = false;
    for (std::string_view key : allowed) known = known || key == field.key;
    if (!known) errors.push_back(Status::Error(ErrorAt(line, "unknown field '" + field.key + "'")));
  }
  return JoinErrors(errors);
}

std::string RuleFileDisplayName(const std::string& rules_dir, const std::string& file) {
  std::filesystem::path dir(rules_dir);
  std::string last = dir.filename().string();
  if (last.empty()) last = dir.parent_path().filename().string();
  return last.empty() ? file : last + "/" + file;
}

Status ReadRuleFileLayers(const std::vector<std::string>& dirs, const std::string& name,
                          std::vector<RuleFile>* files) {
  files->clear();
  std::vector<Status> errors;
  for (const std::string& dir : dirs) {
    std::filesystem::path path = std::filesystem::path(dir) / name;
    std::error_code missing;
    if (dirs.size() > 1 && !std::filesystem::exists(path, missing)) continue;
    RuleFile file;
    Status status = RuleFile::Read(path.string(), RuleFileDisplayName(dir, name), &file);
    if (status.ok()) {
      files->push_back(std::move(file));
    } else {
      errors.push_back(status);
    }
  }
  if (errors.empty() && files->empty()) {
    errors.push_back(Status::Error(RuleFileDisplayName(dirs.empty() ? "rules" : dirs.front(), name) +
                                   ": no rules folder holds this file"));
  }
  return JoinErrors(errors);
}

void LoadRuleFileLayers(const std::vector<std::string>& dirs, const std::string& name,
                        const std::function<Status(const RuleFile&)>& load,
                        std::vector<Status>* errors) {
  std::vector<RuleFile> files;
  Status status = ReadRuleFileLayers(dirs, name, &files);
  if (!status.ok()) errors->push_back(status);
  for (const RuleFile& file : files) errors->push_back(load(file));
}

Status JoinErrors(const std::vector<Status>& statuses) {
  std::string message;
  for (const Status& status : statuses) {
    if (status.ok()) continue;
    if (!message.empty()) message += "\n";
    message += status.message();
  }
  return message.empty() ? Status::Ok() : Status::Error(message);
}

}  // namespace claimtrack
