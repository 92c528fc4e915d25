// Tests that docs/querying.md tells the truth: a store is built from the
// sample articles by the real program (`claimtrack ingest` on tests/data/seeds,
// then `match`), every documented query runs on it and returns rows, and the
// results a reader would check are there: the Pentagon among the deniers, the
// joint-mission search finding the Russian Defense Ministry, and so on.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "../cli/run_binary.h"
#include "store_test_support.h"

namespace claimtrack::test {
namespace {

namespace fs = std::filesystem;

// One result row: column name -> value as text, nullopt for NULL.
using Row = std::map<std::string, std::optional<std::string>>;

std::vector<Row> RunQuery(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement query(db, sql);
  std::vector<Row> rows;
  while (query.executeStep()) {
    Row row;
    for (int i = 0; i < query.getColumnCount(); ++i) {
      SQLite::Column column = query.getColumn(i);
      row[column.getName()] =
          column.isNull() ? std::nullopt : std::optional<std::string>(column.getString());
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// The value of `column` in `row`, "" for NULL; fails the test when the query
// has no such column.
std::string Get(const Row& row, const std::string& column) {
  auto found = row.find(column);
  INFO("column " << column);
  REQUIRE(found != row.end());
  return found->second.value_or("");
}

long Number(const Row& row, const std::string& column) { return std::stol(Get(row, column)); }

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool AnyRow(const std::vector<Row>& rows, const std::function<bool(const Row&)>& test) {
  return std::any_of(rows.begin(), rows.end(), test);
}

// The bytes [begin, end) of claim `claim_id`'s document, cut in C++ from the
// stored text: what a `sentence` column must equal.
std::string SentenceOf(SQLite::Database& db, const std::string& claim_id) {
  SQLite::Statement query(db,
                          "SELECT d.text, c.sentence_start, c.sentence_end FROM claims c "
                          "JOIN documents d ON d.id = c.document_id WHERE c.id = ?1");
  query.bind(1, static_cast<std::int64_t>(std::stoll(claim_id)));
  REQUIRE(query.executeStep());
  std::string text = query.getColumn(0).getString();
  auto begin = static_cast<std::size_t>(query.getColumn(1).getInt64());
  auto end = static_cast<std::size_t>(query.getColumn(2).getInt64());
  REQUIRE(begin <= end);
  REQUIRE(end <= text.size());
  return text.substr(begin, end - begin);
}

// What a reader checks in each query's result, by query name. Every query
// must also return at least one row.
using Check = std::function<void(SQLite::Database&, const std::vector<Row>&)>;

std::map<std::string, Check> ExpectedResults() {
  std::map<std::string, Check> checks;
  checks["top_deniers"] = [](SQLite::Database&, const std::vector<Row>& rows) {
    CHECK(AnyRow(rows, [](const Row& row) { return Contains(Get(row, "source"), "Pentagon"); }));
    for (std::size_t i = 0; i < rows.size(); ++i) {
      CHECK(Number(rows[i], "denials") >= 1);
      if (i > 0) CHECK(Number(rows[i - 1], "denials") >= Number(rows[i], "denials"));
    }
  };
  checks["pentagon_disputes_january_2017"] = [](SQLite::Database&, const std::vector<Row>& rows) {
    // The joint-mission dispute, whatever rules/topics.txt names it.
    CHECK(AnyRow(rows, [](const Row& row) { return Contains(Get(row, "topic"), "joint"); }));
    // The Pentagon's own denial, and the Russian claim it denies.
    CHECK(AnyRow(rows, [](const Row& row) {
      return Contains(Get(row, "source"), "Pentagon") && Get(row, "stance") == "deny" &&
             Get(row, "day").starts_with("2017-01-");
    }));
    CHECK(AnyRow(rows, [](const Row& row) {
      return Get(row, "role") == "claim" && Contains(Get(row, "source"), "Russia");
    }));
  };
  checks["claims_by_side_per_day"] = [](SQLite::Database& db, const std::vector<Row>& rows) {
    CHECK(AnyRow(rows, [](const Row& row) {
      return Get(row, "day") == "2017-01-23" && Get(row, "side") == "Russia" &&
             Number(row, "claims") > 0;
    }));
    // Every claim with a known day is counted once.
    long sum = 0;
    for (const Row& row : rows) sum += Number(row, "claims");
    CHECK(sum == db.execAndGet("SELECT count(*) FROM claims c JOIN documents d "
                               "ON d.id = c.document_id "
                               "WHERE coalesce(c.date, d.date) IS NOT NULL")
                     .getInt64());
  };
  checks["search_joint_mission"] = [](SQLite::Database&, const std::vector<Row>& rows) {
    CHECK(AnyRow(rows, [](const Row& row) {
      return Get(row, "source") == "Russian Defense Ministry" && !Get(row, "disputes").empty();
    }));
    for (const Row& row : rows) {
      INFO(Get(row, "content"));
      CHECK(Contains(Lower(Get(row, "content")), "[joint mission]"));
    }
  };
  checks["disputed_claim_sentences"] = [](SQLite::Database& db, const std::vector<Row>& rows) {
    for (const Row& row : rows) {
      INFO("claim " << Get(row, "claim_id"));
      CHECK(Get(row, "sentence") == SentenceOf(db, Get(row, "claim_id")));
    }
    CHECK(AnyRow(rows, [](const Row& row) {
      return Contains(Get(row, "source"), "Pentagon") && Contains(Get(row, "sentence"), "denied");
    }));
  };
  checks["sources_most_disputes"] = [](SQLite::Database&, const std::vector<Row>& rows) {
    for (std::size_t i = 1; i < rows.size(); ++i) {
      CHECK(Number(rows[i - 1], "disputes") >= Number(rows[i], "disputes"));
    }
    CHECK(AnyRow(rows, [](const Row& row) {
      return Get(row, "source") == "Russian Defense Ministry" && Number(row, "disputed") > 0 &&
             Contains(Get(row, "topics"), "joint");
    }));
  };
  checks["sides_in_conflict"] = [](SQLite::Database&, const std::vector<Row>& rows) {
    CHECK(AnyRow(rows, [](const Row& row) {
      return Get(row, "claim_side") == "Russia" && Get(row, "counter_side") == "United States";
    }));
  };
  checks["source_timeline"] = [](SQLite::Database&, const std::vector<Row>& rows) {
    CHECK(AnyRow(rows, [](const Row& row) {
      return Contains(Get(row, "content"), "propaganda") && Get(row, "day") == "2017-01-23";
    }));
    // Known days first, in order.
    for (std::size_t i = 1; i < rows.size(); ++i) {
      std::string before = Get(rows[i - 1], "day"), after = Get(rows[i], "day");
      if (!after.empty()) CHECK((!before.empty() && before <= after));
    }
  };
  checks["unpaired_denials"] = [](SQLite::Database& db, const std::vector<Row>& rows) {
    for (const Row& row : rows) {
      INFO("claim " << Get(row, "claim_id"));
      SQLite::Statement query(db,
                              "SELECT stance, (SELECT count(*) FROM dispute_claims "
                              "WHERE claim_id = ?1) FROM claims WHERE id = ?1");
      query.bind(1, static_cast<std::int64_t>(std::stoll(Get(row, "claim_id"))));
      REQUIRE(query.executeStep());
      CHECK(query.getColumn(0).getString() == "deny");
      CHECK(query.getColumn(1).getInt() == 0);
    }
  };
  checks["ceasefire_by_side"] = [](SQLite::Database&, const std::vector<Row>& rows) {
    CHECK(AnyRow(rows, [](const Row& row) {
      return Get(row, "side") == "United Nations" && Contains(Get(row, "sources"), "de Mistura");
    }));
  };
  return checks;
}

TEST_CASE("every query in docs/querying.md runs on the sample store", "[docs]") {
  const std::string doc = std::string(CLAIMTRACK_DOCS_DIR) + "/querying.md";
  std::vector<DocumentedQuery> queries = DocumentedQueries(doc);
  REQUIRE(queries.size() >= 10);
  std::set<std::string> names;
  for (const DocumentedQuery& query : queries) {
    INFO("docs/querying.md:" << query.line);
    CHECK(names.insert(query.name).second);  // each name once
  }
  std::map<std::string, Check> checks = ExpectedResults();
  for (const auto& [name, check] : checks) {
    INFO("query " << name);
    CHECK(names.count(name) == 1);
  }

  TempDir dir;
  const std::string store = dir.File("claims.sqlite");
  ProcessResult ingest =
      RunClaimtrack({"ingest", "--db", store, std::string(CLAIMTRACK_TEST_DATA_DIR) + "/seeds"});
  INFO("ingest: " << ingest.out << ingest.err);
  REQUIRE(ingest.exit_code == 0);
  ProcessResult match = RunClaimtrack({"match", "--db", store});
  INFO("match: " << match.out << match.err);
  REQUIRE(match.exit_code == 0);

  SQLite::Database db(store, SQLite::OPEN_READONLY);
  for (const DocumentedQuery& query : queries) {
    INFO("query " << query.name << " (docs/querying.md:" << query.line << "):\n" << query.sql);
    std::vector<Row> rows;
    try {
      rows = RunQuery(db, query.sql);
    } catch (const SQLite::Exception& e) {
      FAIL("SQLite: " << e.what());
    }
    CHECK_FALSE(rows.empty());
    auto check = checks.find(query.name);
    if (check != checks.end() && !rows.empty()) check->second(db, rows);
  }
}

}  // namespace
}  // namespace claimtrack::test
