// `claimtrack eval attributions --gold FILE`: extraction scored against
// hand-annotated attributions (see eval/attribution_eval.h). The gold texts
// are ingested into a temporary store, exactly as `ingest` would store them,
// and the stored claims are scored.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "base/phrase_map.h"
#include "cli/cli_options.h"
#include "cli/command.h"
#include "eval/attribution_eval.h"
#include "extract/claim_extractor.h"
#include "ingest/post_splitter.h"
#include "store/claim_store.h"
#include "text/tokenizer.h"

namespace claimtrack {

int RunEval(const std::vector<std::string>& args) {
  std::string what;
  std::string gold_path;
  std::vector<std::string> rules_dirs;
  std::string format = "text";
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "what", po::value(&what), "what to evaluate: attributions")(
      "gold", po::value(&gold_path), "gold jsonl file (PolNeAR format, code-point offsets)")(
      "format", po::value(&format)->default_value("text"), "text|json");
  AddRulesOption(&description, &rules_dirs);
  po::positional_options_description positional;
  positional.add("what", 1);
  po::variables_map values;
  int parsed = ParseCommandLine("eval", "attributions --gold FILE.jsonl [--rules DIR]... [--format text|json]",
                                description, positional, args, &values);
  if (parsed >= 0) return parsed;
  if (what != "attributions" || gold_path.empty() || (format != "text" && format != "json")) {
    std::cerr << "claimtrack eval: expected 'attributions --gold FILE.jsonl' and --format text|json\n"
              << "Try 'claimtrack eval --help'.\n";
    return 2;
  }

  FinishRulesDirs(&rules_dirs);
  ExtractionRules rules;
  Status status = ExtractionRules::Load(rules_dirs, &rules);
  if (!status.ok()) return Fail("invalid rules:\n" + status.message());
  std::unique_ptr<ClaimExtractor> extractor;
  status = ClaimExtractor::Create(std::move(rules), &extractor);
  if (!status.ok()) return Fail("invalid rules:\n" + status.message());
  std::vector<GoldArticle> gold;
  status = ReadGoldFile(gold_path, &gold);
  if (!status.ok()) return Fail(status.message());

  namespace fs = std::filesystem;
  fs::path store_path =
      fs::temp_directory_path() / ("claimtrack-eval-" + std::to_string(getpid()) + ".sqlite");
  auto remove_store = [&] {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(store_path.string() + suffix, ignored);
  };
  remove_store();
  std::vector<std::vector<Claim>> claims(gold.size());
  {
    std::unique_ptr<ClaimStore> store;
    status = ClaimStore::Open(store_path.string(), false, &store);
    if (!status.ok()) return Fail(status.message());
    // Pages of several posts are split as `ingest` splits them; claim
    // offsets are moved back from each post to the whole gold text.
    struct Place {
      std::size_t gold = 0;
      std::size_t base = 0;  // the post's first byte in the gold text
    };
    std::map<std::string, Place> place_of_doc;
    for (std::size_t i = 0; i < gold.size(); ++i) {
      std::size_t base = 0;
      for (const Article& post : SplitPosts(gold[i].article)) {
        std::vector<Claim> extracted = extractor->Extract(post);
        bool stored = false;
        status = store->AddArticle(post, &extracted, &stored);
        if (!status.ok()) {
          remove_store();
          return Fail(status.message());
        }
        place_of_doc[post.doc] = Place{i, base};
        base += post.text.size();
      }
    }
    std::vector<Claim> all;
    status = store->LoadClaims(&all);
    if (!status.ok()) {
      remove_store();
      return Fail(status.message());
    }
    for (Claim& claim : all) {
      auto it = place_of_doc.find(claim.doc);
      if (it == place_of_doc.end()) continue;
      claim.content_span.begin += it->second.base;
      claim.content_span.end += it->second.base;
      claims[it->second.gold].push_back(std::move(claim));
    }
  }
  remove_store();
  // A gold cue "has not yet said", "according to" holds a lexicon form when
  // some run of its lowercase words is one.
  auto lexicon_cue = [&](const std::string& cue) {
    std::string spaced = LowerText(cue);
    for (char& c : spaced) {
      const bool word_byte = (c >= 'a' && c <= 'z') || c == '\'' || (c & 0x80) != 0;
      if (!word_byte) c = ' ';
    }
    const std::vector<std::string> words = SplitWords(spaced);
    auto word_at = [&](std::size_t k) { return k < words.size() ? &words[k] : nullptr; };
    for (std::size_t k = 0; k < words.size(); ++k) {
      std::size_t length = 0;
      if (extractor->rules().cues.Match(k, word_at, &length) != nullptr) return true;
    }
    return false;
  };
  EvalReport report = Evaluate(gold, claims, lexicon_cue);
  if (format == "json") {
    WriteEvalJson(report, std::cout);
  } else {
    WriteEvalText(report, std::cout);
  }
  return 0;
}

}  // namespace claimtrack
