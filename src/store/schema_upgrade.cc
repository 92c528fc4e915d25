// The schema's history from the embedded db/schema.sql and db/migrations/,
// checked at compile time, and the loop that applies it.
#include "store/schema_upgrade.h"

#include <SQLiteCpp/Exception.h>

#include <stdexcept>
#include <string_view>

// Written by the migrations block of CMakeLists.txt when cmake configures.
#if !__has_include("store/migrations_sql.h")
#error "no store/migrations_sql.h: CMakeLists.txt must embed db/migrations/*.sql"
#endif
#include "store/migrations_sql.h"
#include "store/schema_sql.h"

namespace claimtrack {
namespace {

// The version db/schema.sql creates; migrations are numbered from the next.
constexpr int kBaseVersion = 1;

// The version set by the last `PRAGMA user_version = N` in `sql`. The last one
// wins, and occurrences without `= N` (in comments) are skipped.
constexpr int ParseUserVersion(std::string_view sql) {
  constexpr std::string_view kPragma = "PRAGMA user_version";
  int version = 0;
  for (std::size_t at = sql.find(kPragma); at != std::string_view::npos;
       at = sql.find(kPragma, at + 1)) {
    std::size_t i = at + kPragma.size();
    while (i < sql.size() && (sql[i] == ' ' || sql[i] == '\t')) ++i;
    if (i >= sql.size() || sql[i] != '=') continue;
    ++i;
    while (i < sql.size() && (sql[i] == ' ' || sql[i] == '\t')) ++i;
    int value = 0;
    std::size_t digits = 0;
    while (i < sql.size() && sql[i] >= '0' && sql[i] <= '9' && digits < 9) {
      value = value * 10 + (sql[i] - '0');
      ++i;
      ++digits;
    }
    if (digits > 0) version = value;
  }
  return version;
}

// The number a migration's file name starts with ("002_views.sql" -> 2), or
// -1 when it does not start with digits and an underscore.
constexpr int MigrationNumber(std::string_view name) {
  int number = 0;
  std::size_t i = 0;
  for (; i < name.size() && name[i] >= '0' && name[i] <= '9' && i < 9; ++i) {
    number = number * 10 + (name[i] - '0');
  }
  return i > 0 && i < name.size() && name[i] == '_' ? number : -1;
}

constexpr bool MigrationsNumberedInOrder() {
  int expected = kBaseVersion + 1;
  for (const MigrationFile& file : kMigrationFiles) {
    if (file.name == nullptr) break;
    if (MigrationNumber(file.name) != expected) return false;
    ++expected;
  }
  return true;
}

static_assert(ParseUserVersion(kSchemaSql) == kBaseVersion,
              "db/schema.sql must end with PRAGMA user_version = 1: it is the version-1 base, "
              "and later changes go into db/migrations/");
static_assert(MigrationsNumberedInOrder(),
              "db/migrations/*.sql must be named 002_what.sql, 003_what.sql, ... "
              "numbered from 2 without gaps or repeats");

}  // namespace

const std::vector<SchemaStep>& SchemaSteps() {
  static const std::vector<SchemaStep> steps = [] {
    std::vector<SchemaStep> list = {{kBaseVersion, "db/schema.sql", kSchemaSql}};
    for (const MigrationFile& file : kMigrationFiles) {
      if (file.name == nullptr) break;
      list.push_back(
          {MigrationNumber(file.name), std::string("db/migrations/") + file.name, file.sql});
    }
    return list;
  }();
  return steps;
}

int LatestSchemaVersion() { return SchemaSteps().back().version; }

void UpgradeSchema(SQLite::Database& db, int version) {
  for (const SchemaStep& step : SchemaSteps()) {
    if (step.version <= version) continue;
    try {
      db.exec(step.sql);
      // Set here rather than in each file, so that a migration cannot forget
      // it; schema.sql sets it too, for people who run it by hand.
      db.exec("PRAGMA user_version = " + std::to_string(step.version));
    } catch (const SQLite::Exception& e) {
      throw std::runtime_error(step.file + ": " + e.what());
    }
  }
}

}  // namespace claimtrack
