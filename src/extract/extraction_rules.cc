// Loading and checking the extraction rule files.
#include "extract/extraction_rules.h"

#include <filesystem>
#include <functional>

#include "base/rule_file.h"
#include "text/tokenizer.h"

namespace claimtrack {

std::string RuleFileDisplayName(const std::string& rules_dir, const std::string& file) {
  std::filesystem::path dir(rules_dir);
  std::string last = dir.filename().string();
  if (last.empty()) last = dir.parent_path().filename().string();
  return last.empty() ? file : last + "/" + file;
}

namespace {

// Splits "a,b,c" into trimmed, non-empty pieces.
std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> pieces;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string piece = list.substr(start, comma - start);
    while (!piece.empty() && piece.front() == ' ') piece.erase(piece.begin());
    while (!piece.empty() && piece.back() == ' ') piece.pop_back();
    if (!piece.empty()) pieces.push_back(piece);
    start = comma + 1;
  }
  return pieces;
}

Status LoadCues(const RuleFile& file, ExtractionRules* rules) {
  std::vector<Status> errors;
  for (const RuleLine& line : file.lines()) {
    Status keys = file.CheckKeys(line, {"forms", "stance", "frame", "complement"});
    if (!keys.ok()) {
      errors.push_back(keys);
      continue;
    }
    if (line.positional.size() != 1) {
      errors.push_back(Status::Error(file.ErrorAt(line, "expected one lemma before the fields")));
      continue;
    }
    Cue cue;
    cue.lemma = LowerText(line.positional[0]);
    cue.where = file.name() + ":" + std::to_string(line.number);
    std::string stance = line.Value("stance", "assert");
    if (!ParseStance(stance, &cue.stance)) {
      errors.push_back(Status::Error(
          file.ErrorAt(line, "unknown stance '" + stance + "' (expected assert or deny)")));
      continue;
    }
    std::string frame = line.Value("frame", "speech");
    if (frame == "speech") {
      cue.frame = CueFrame::kSpeech;
    } else if (frame == "tell") {
      cue.frame = CueFrame::kTell;
    } else if (frame == "call") {
      cue.frame = CueFrame::kCall;
    } else if (frame == "according") {
      cue.frame = CueFrame::kAccording;
    } else if (frame == "quoted") {
      cue.frame = CueFrame::kQuoted;
    } else {
      errors.push_back(Status::Error(file.ErrorAt(
          line, "unknown frame '" + frame + "' (expected speech, tell, call, according or quoted)")));
      continue;
    }
    std::string complement = line.Value("complement", "any");
    if (complement != "any" && complement != "that") {
      errors.push_back(Status::Error(file.ErrorAt(
          line, "unknown complement '" + complement + "' (expected any or that)")));
      continue;
    }
    cue.needs_that = complement == "that";
    // forms= lists every written form; without it, the lemma is the only one.
    std::vector<std::string> forms =
        line.Has("forms") ? SplitList(line.Value("forms")) : std::vector<std::string>{cue.lemma};
    for (const std::string& form : forms) {
      if (!rules->cues.Add(LowerText(form), cue)) {
        errors.push_back(Status::Error(file.ErrorAt(line, "duplicate cue form '" + form + "'")));
      }
    }
  }
  return JoinErrors(errors);
}

// Files with one word (or, when `phrases`, quoted phrase) per line and no fields.
Status LoadWordList(const RuleFile& file, bool phrases,
                    const std::function<bool(const std::string&)>& add) {
  std::vector<Status> errors;
  for (const RuleLine& line : file.lines()) {
    if (line.positional.size() != 1 || !line.keyed.empty()) {
      errors.push_back(Status::Error(file.ErrorAt(
          line, phrases ? "expected one word or quoted phrase" : "expected one word")));
    } else if (!phrases && line.positional[0].find(' ') != std::string::npos) {
      errors.push_back(Status::Error(
          file.ErrorAt(line, "expected one word: entries of this file are single words")));
    } else if (!add(LowerText(line.positional[0]))) {
      errors.push_back(
          Status::Error(file.ErrorAt(line, "duplicate entry '" + line.positional[0] + "'")));
    }
  }
  return JoinErrors(errors);
}

Status LoadSourceWords(const RuleFile& file, ExtractionRules* rules) {
  std::vector<Status> errors;
  for (const RuleLine& line : file.lines()) {
    Status keys = file.CheckKeys(line, {"kind"});
    if (!keys.ok()) {
      errors.push_back(keys);
      continue;
    }
    if (line.positional.size() != 1) {
      errors.push_back(Status::Error(file.ErrorAt(line, "expected one word before kind=")));
      continue;
    }
    std::string kind_name = line.Value("kind");
    SourceWordKind kind;
    if (kind_name == "title") {
      kind = SourceWordKind::kTitle;
    } else if (kind_name == "organization") {
      kind = SourceWordKind::kOrganization;
    } else if (kind_name == "group") {
      kind = SourceWordKind::kGroup;
    } else if (kind_name == "nominal") {
      kind = SourceWordKind::kNominal;
    } else {
      errors.push_back(Status::Error(file.ErrorAt(
          line, kind_name.empty() ? "missing kind=" : "unknown kind '" + kind_name + "'")));
      continue;
    }
    // A word listed twice keeps its first kind ("police" is both an
    // organization and a group of people; the first line wins).
    rules->source_words.Add(LowerText(line.positional[0]), kind);
  }
  return JoinErrors(errors);
}

Status LoadBoilerplate(const RuleFile& file, ExtractionRules* rules) {
  std::vector<Status> errors;
  for (const RuleLine& line : file.lines()) {
    Status keys = file.CheckKeys(line, {"line", "section"});
    if (!keys.ok()) {
      errors.push_back(keys);
      continue;
    }
    if (!line.positional.empty() || line.keyed.size() != 1) {
      errors.push_back(
          Status::Error(file.ErrorAt(line, "expected exactly one line=\"...\" or section=\"...\"")));
      continue;
    }
    BoilerplateRule rule{LowerText(line.keyed[0].value), line.keyed[0].key == "section"};
    bool duplicate = false;
    for (const BoilerplateRule& other : rules->boilerplate) duplicate = duplicate || other.prefix == rule.prefix;
    if (duplicate) {
      errors.push_back(Status::Error(
          file.ErrorAt(line, "duplicate entry '" + line.keyed[0].value + "' (case is ignored)")));
      continue;
    }
    rules->boilerplate.push_back(std::move(rule));
  }
  return JoinErrors(errors);
}

}  // namespace

Status ExtractionRules::Load(const std::string& rules_dir, ExtractionRules* out) {
  std::vector<Status> errors;
  auto read = [&](const std::string& name, RuleFile* file) {
    Status status = RuleFile::Read((std::filesystem::path(rules_dir) / name).string(),
                                   RuleFileDisplayName(rules_dir, name), file);
    if (!status.ok()) errors.push_back(status);
    return status.ok();
  };
  RuleFile file;
  if (read("cues.txt", &file)) errors.push_back(LoadCues(file, out));
  if (read("rebuttals.txt", &file)) {
    errors.push_back(
        LoadWordList(file, true, [&](const std::string& w) { return out->rebuttals.Add(w, true); }));
  }
  if (read("references.txt", &file)) {
    errors.push_back(LoadWordList(
        file, false, [&](const std::string& w) { return out->references.insert(w).second; }));
  }
  if (read("source_words.txt", &file)) errors.push_back(LoadSourceWords(file, out));
  if (read("abbreviations.txt", &file)) {
    for (const RuleLine& line : file.lines()) {
      if (line.positional.size() != 1 || !line.keyed.empty() ||
          line.positional[0].back() != '.') {
        errors.push_back(
            Status::Error(file.ErrorAt(line, "expected one abbreviation ending with '.'")));
      } else if (!out->abbreviation_set.insert(line.positional[0]).second) {
        errors.push_back(Status::Error(
            file.ErrorAt(line, "duplicate entry '" + line.positional[0] + "'")));
      } else {
        out->abbreviations.push_back(line.positional[0]);
      }
    }
  }
  if (read("boilerplate.txt", &file)) errors.push_back(LoadBoilerplate(file, out));
  return JoinErrors(errors);
}

}  // namespace claimtrack
