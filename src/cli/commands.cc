// The subcommand table.
#include "cli/command.h"

namespace claimtrack {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"ingest", "read articles, extract attributed claims, store them", RunIngest},
      {"extract", "read articles, write their claims as jsonl without a store (docs/scaling.md)",
       RunExtract},
      {"match", "find disputes among the stored claims (replaces earlier results)", RunMatch},
      {"report", "print the disputed claims with their sources, side by side", RunReport},
      {"sources", "list the sources with their side and numbers of claims and disputes", RunSources},
      {"timeline", "print the claims of disputes on a topic in time order", RunTimeline},
      {"claims", "list every stored claim", RunClaims},
      {"eval", "score extraction against hand-annotated attributions", RunEval},
      {"search", "full-text search of claim content, with the disputes of each claim", RunSearch},
      {"db", "the store: schema version, size and counts (info), or upgrade it", RunDb},
      {"rules", "check the rule files, or explain which rules produced a claim", RunRules},
      {"bench", "measure the speed and memory of each stage on corpora (docs/performance.md)", RunBench},
      {"compare", "tell whether two statements contradict each other, and why", RunCompare},
  };
  return kCommands;
}

}  // namespace claimtrack
