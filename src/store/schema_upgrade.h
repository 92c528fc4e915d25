// How a store's schema reaches the current version. Version 1 is
// db/schema.sql; each migration db/migrations/NNN_what.sql turns version NNN-1
// into NNN. Both are embedded into the program at build time (see
// CMakeLists.txt), so it upgrades stores without the source tree. The build
// fails when the migrations are not numbered 002, 003, ... without gaps.
//
// Internal to src/store/ (the only user of SQLiteCpp) and its tests.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace claimtrack {

// One step of the schema's history.
struct SchemaStep {
  int version = 0;            // the version a store has after this step
  std::string file;           // where it comes from: "db/migrations/002_views_and_search.sql"
  const char* sql = nullptr;  // the file's whole text, embedded
};

// Every step in version order: db/schema.sql (version 1), then each migration.
const std::vector<SchemaStep>& SchemaSteps();

// The version of the last step: what this program creates and upgrades to.
int LatestSchemaVersion();

// Brings the store `db` from `version` to LatestSchemaVersion(): runs every
// step after `version` (0, an empty file, runs them all, so that a new store
// is created at version 1 and then migrated like an old one), each followed by
// PRAGMA user_version = its version.
//
// Precondition: the caller holds a write transaction on `db`, and commits it
// when this returns or rolls it back when it throws, so that an upgrade is
// applied whole or not at all. Throws std::runtime_error naming the failing
// file and giving SQLite's reason ("db/migrations/002_views_and_search.sql:
// view claim_view already exists").
void UpgradeSchema(SQLite::Database& db, int version);

}  // namespace claimtrack
