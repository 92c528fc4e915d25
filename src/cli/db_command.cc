// `claimtrack db info|upgrade`: the store file itself. `info` reads without
// writing anything, not even an upgrade; `upgrade` brings an older store to
// this program's schema version, as the next `ingest` or `match` would.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/cli_options.h"
#include "cli/command.h"
#include "store/claim_store.h"

namespace claimtrack {

namespace {

struct DbFlags {
  std::string action;  // "info" or "upgrade"
  std::string db = kDefaultStore;
};

// "1.3 MB (1327104 bytes)": the size people read, then the exact one.
std::string FormatSize(std::uintmax_t bytes) {
  const char* units[] = {"bytes", "KB", "MB", "GB", "TB"};
  double size = static_cast<double>(bytes);
  int unit = 0;
  while (size >= 1024 && unit < 4) {
    size /= 1024;
    ++unit;
  }
  if (unit == 0) return std::to_string(bytes) + " bytes";
  char text[64];
  std::snprintf(text, sizeof text, "%.1f %s (%ju bytes)", size, units[unit], bytes);
  return text;
}

// "documents:  10", values lined up after the longest label.
void PrintCount(const std::string& label, std::int64_t count) {
  std::string key = label + ":";
  std::cout << key << std::string(key.size() < 13 ? 13 - key.size() : 1, ' ') << count << '\n';
}

int Info(const DbFlags& flags) {
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(flags.db, /*read_only=*/true, &store);
  if (!status.ok()) return Fail(status.message());
  StoreCounts counts;
  status = store->Counts(&counts);
  if (!status.ok()) return Fail(status.message());

  std::cout << flags.db << ": schema version " << store->schema_version();
  if (store->schema_version() < ClaimStore::SchemaVersion()) {
    std::cout << " (will be upgraded to " << ClaimStore::SchemaVersion() << " on next write)";
  }
  std::cout << '\n';
  namespace fs = std::filesystem;
  std::error_code error;
  std::uintmax_t size = fs::file_size(flags.db, error);
  if (!error) {
    std::cout << "file size:   " << FormatSize(size);
    // Recent commits may still be in the write-ahead log beside the file.
    std::uintmax_t wal = fs::file_size(flags.db + "-wal", error);
    if (!error && wal > 0) std::cout << ", and " << FormatSize(wal) << " in " << flags.db << "-wal";
    std::cout << '\n';
  }
  PrintCount("documents", counts.documents);
  PrintCount("sources", counts.sources);
  PrintCount("claims", counts.claims);
  for (const auto& [stance, count] : counts.claims_by_stance) PrintCount("  " + stance, count);
  PrintCount("disputes", counts.disputes);
  return 0;
}

int Upgrade(const DbFlags& flags) {
  // Read-only first: a missing file is an error here, not a new store.
  int before = 0;
  {
    std::unique_ptr<ClaimStore> store;
    Status status = ClaimStore::Open(flags.db, /*read_only=*/true, &store);
    if (!status.ok()) return Fail(status.message());
    before = store->schema_version();
  }
  if (before == ClaimStore::SchemaVersion()) {
    std::cout << flags.db << ": schema version " << before << " is current; nothing to do\n";
    return 0;
  }
  std::unique_ptr<ClaimStore> store;
  Status status = ClaimStore::Open(flags.db, /*read_only=*/false, &store);
  if (!status.ok()) return Fail(status.message());
  std::cout << flags.db << ": upgraded schema version " << before << " to "
            << store->schema_version() << '\n';
  return 0;
}

}  // namespace

int RunDb(const std::vector<std::string>& args) {
  DbFlags flags;
  po::options_description description("Options");
  description.add_options()("help,h", "print this help")(
      "action", po::value(&flags.action), "info: version, size and counts; upgrade: migrate")(
      "db", po::value(&flags.db)->default_value(kDefaultStore), "the store (SQLite file)");
  po::positional_options_description positional;
  positional.add("action", 1);
  po::variables_map values;
  int parsed =
      ParseCommandLine("db", "info|upgrade [--db FILE]", description, positional, args, &values);
  if (parsed >= 0) return parsed;
  if (flags.action == "info") return Info(flags);
  if (flags.action == "upgrade") return Upgrade(flags);
  std::cerr << "claimtrack db: expected 'info' or 'upgrade'"
            << (flags.action.empty() ? "" : ", not '" + flags.action + "'") << "\n"
            << "Try 'claimtrack db --help'.\n";
  return 2;
}

}  // namespace claimtrack
