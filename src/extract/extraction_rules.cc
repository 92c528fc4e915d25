// Loading and checking the extraction rule files.
#include "extract/extraction_rules.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include "base/rule_file.h"
#include "text/tokenizer.h"

namespace claimtrack {

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

// Every loader reads one copy of a file: within it a repeated entry is a
// mistake; a later rules folder's copy overrides earlier entries (Set).
Status LoadCues(const RuleFile& file, ExtractionRules* rules) {
  std::vector<Status> errors;
  std::set<std::string> seen;
  for (const RuleLine& line : file.lines()) {
    Status keys =
        file.CheckKeys(line, {"forms", "stance", "frame", "complement", "agentless", "nouns"});
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
    std::string agentless = line.Value("agentless", "no");
    if (agentless != "yes" && agentless != "no") {
      errors.push_back(Status::Error(
          file.ErrorAt(line, "unknown agentless '" + agentless + "' (expected yes or no)")));
      continue;
    }
    cue.agentless = agentless == "yes";
    // forms= lists every written form; without it, the lemma is the only one.
    std::vector<std::string> forms =
        line.Has("forms") ? SplitList(line.Value("forms")) : std::vector<std::string>{cue.lemma};
    // nouns= names the forms that are also nouns; each must be a form.
    std::set<std::string> nouns;
    bool nouns_ok = true;
    for (const std::string& noun :
         line.Has("nouns") ? SplitList(line.Value("nouns")) : std::vector<std::string>{}) {
      std::string lower = LowerText(noun);
      if (std::none_of(forms.begin(), forms.end(),
                       [&](const std::string& form) { return LowerText(form) == lower; })) {
        errors.push_back(Status::Error(
            file.ErrorAt(line, "nouns lists '" + noun + "', which is not one of the forms")));
        nouns_ok = false;
      }
      nouns.insert(std::move(lower));
    }
    if (!nouns_ok) continue;
    for (const std::string& form : forms) {
      cue.noun_form = nouns.count(LowerText(form)) > 0;
      rules->cues.Set(LowerText(form), cue);
      if (!seen.insert(LowerText(form)).second) {
        errors.push_back(Status::Error(file.ErrorAt(line, "duplicate cue form '" + form + "'")));
      }
    }
  }
  return JoinErrors(errors);
}

// Files with one word (or, when `phrases`, quoted phrase) per line and no fields.
Status LoadWordList(const RuleFile& file, bool phrases,
                    const std::function<void(const std::string&)>& add) {
  std::vector<Status> errors;
  std::set<std::string> seen;
  for (const RuleLine& line : file.lines()) {
    if (line.positional.size() != 1 || !line.keyed.empty()) {
      errors.push_back(Status::Error(file.ErrorAt(
          line, phrases ? "expected one word or quoted phrase" : "expected one word")));
    } else if (!phrases && line.positional[0].find(' ') != std::string::npos) {
      errors.push_back(Status::Error(
          file.ErrorAt(line, "expected one word: entries of this file are single words")));
    } else if (add(LowerText(line.positional[0])), !seen.insert(LowerText(line.positional[0])).second) {
      errors.push_back(
          Status::Error(file.ErrorAt(line, "duplicate entry '" + line.positional[0] + "'")));
    }
  }
  return JoinErrors(errors);
}

Status LoadSourceWords(const RuleFile& file, ExtractionRules* rules) {
  std::vector<Status> errors;
  std::set<std::string> seen;
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
    // A word listed twice in one file keeps its first kind ("police" is both
    // an organization and a group of people; the first line wins); a later
    // rules folder overrides it.
    std::string word = LowerText(line.positional[0]);
    if (seen.insert(word).second) rules->source_words.Set(word, kind);
  }
  return JoinErrors(errors);
}

Status LoadBoilerplate(const RuleFile& file, ExtractionRules* rules) {
  std::vector<Status> errors;
  std::set<std::string> seen;
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
    bool earlier = false;
    for (const BoilerplateRule& other : rules->boilerplate) earlier = earlier || other.prefix == rule.prefix;
    if (!seen.insert(rule.prefix).second) {
      errors.push_back(Status::Error(
          file.ErrorAt(line, "duplicate entry '" + line.keyed[0].value + "' (case is ignored)")));
      continue;
    }
    if (!earlier) rules->boilerplate.push_back(std::move(rule));
  }
  return JoinErrors(errors);
}

}  // namespace

Status ExtractionRules::Load(const std::string& rules_dir, ExtractionRules* out) {
  return Load(std::vector<std::string>{rules_dir}, out);
}

Status ExtractionRules::Load(const std::vector<std::string>& rules_dirs, ExtractionRules* out) {
  std::vector<Status> errors;
  auto each = [&](const std::string& name, const std::function<Status(const RuleFile&)>& load) {
    LoadRuleFileLayers(rules_dirs, name, load, &errors);
  };
  each("cues.txt", [&](const RuleFile& f) { return LoadCues(f, out); });
  each("rebuttals.txt", [&](const RuleFile& f) {
    return LoadWordList(f, true, [&](const std::string& w) { out->rebuttals.Set(w, true); });
  });
  each("hedges.txt", [&](const RuleFile& f) {
    return LoadWordList(f, true, [&](const std::string& w) { out->hedges.Set(w, true); });
  });
  each("references.txt", [&](const RuleFile& f) {
    return LoadWordList(f, false, [&](const std::string& w) { out->references.Set(w, true); });
  });
  each("source_words.txt", [&](const RuleFile& f) { return LoadSourceWords(f, out); });
  each("abbreviations.txt", [&](const RuleFile& file) {
    std::vector<Status> problems;
    std::set<std::string> seen;
    for (const RuleLine& line : file.lines()) {
      if (line.positional.size() != 1 || !line.keyed.empty() ||
          line.positional[0].back() != '.') {
        problems.push_back(
            Status::Error(file.ErrorAt(line, "expected one abbreviation ending with '.'")));
      } else if (!seen.insert(line.positional[0]).second) {
        problems.push_back(Status::Error(
            file.ErrorAt(line, "duplicate entry '" + line.positional[0] + "'")));
      } else if (out->abbreviation_set.insert(line.positional[0]).second) {
        out->abbreviations.push_back(line.positional[0]);
      }
    }
    return JoinErrors(problems);
  });
  each("boilerplate.txt", [&](const RuleFile& f) { return LoadBoilerplate(f, out); });
  return JoinErrors(errors);
}

}  // namespace claimtrack
