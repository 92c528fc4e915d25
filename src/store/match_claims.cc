// ClaimStore::ForEachMatchClaim: the claims as the full match reads them,
// one row at a time; ForEachClaimContent: the contents it reads again for
// the claims in disputes. Kept apart from claim_store.cc: only `match` uses it,
// and it reads fewer columns than LoadClaims into one reused Claim, so that
// matching a large store never holds its claims as whole Claims.
#include <SQLiteCpp/SQLiteCpp.h>

#include <exception>

#include "store/claim_store.h"

namespace claimtrack {
namespace {

// The version that added claims.hedge: older stores, opened read-only,
// read as unhedged.
constexpr int kHedgeVersion = 3;

// Copies a column into `out`, reusing its buffer; NULL reads as empty.
void Assign(const SQLite::Column& column, std::string* out) {
  const char* text = column.getText("");  // before getBytes, as SQLite asks
  out->assign(text, static_cast<std::size_t>(column.getBytes()));
}

// A byte offset; rows edited by hand could hold anything.
Status ReadOffset(const std::string& path, const SQLite::Column& column, std::int64_t claim_id,
                  std::size_t* offset) {
  const std::int64_t value = column.isNull() ? 0 : column.getInt64();
  if (value < 0) {
    return Status::Error(path + ": claim " + std::to_string(claim_id) + " has a negative byte offset");
  }
  *offset = static_cast<std::size_t>(value);
  return Status::Ok();
}

}  // namespace

Status ClaimStore::ForEachMatchClaim(const std::function<void(const Claim&)>& each) {
  try {
    SQLite::Statement query(
        database(),
        std::string("SELECT c.id, d.doc, s.name, c.mention, c.role, c.cue, c.content, c.stance, "
                    "c.start, c.\"end\", c.sentence_start, c.sentence_end, c.target, c.evidence, ") +
            (schema_version() >= kHedgeVersion ? "c.hedge" : "NULL") +
            " FROM claims c JOIN sources s ON s.id = c.source_id "
            "JOIN documents d ON d.id = c.document_id "
            "ORDER BY d.id, c.start, c.\"end\", c.id");
    Claim claim;
    std::string stance;
    while (query.executeStep()) {
      claim.id = query.getColumn(0).getInt64();
      Assign(query.getColumn(1), &claim.doc);
      Assign(query.getColumn(2), &claim.source);
      Assign(query.getColumn(3), &claim.mention);
      Assign(query.getColumn(4), &claim.role);
      Assign(query.getColumn(5), &claim.cue);
      Assign(query.getColumn(6), &claim.content);
      Assign(query.getColumn(7), &stance);
      if (!ParseStance(stance, &claim.stance)) {
        return Status::Error(path() + ": claim " + std::to_string(claim.id) +
                             " has an unknown stance '" + stance + "'");
      }
      for (auto [column, offset] : {std::pair{8, &claim.content_span.begin},
                                    std::pair{9, &claim.content_span.end},
                                    std::pair{10, &claim.sentence_span.begin},
                                    std::pair{11, &claim.sentence_span.end}}) {
        Status status = ReadOffset(path(), query.getColumn(column), claim.id, offset);
        if (!status.ok()) return status;
      }
      Assign(query.getColumn(12), &claim.target);
      Assign(query.getColumn(13), &claim.evidence);
      Assign(query.getColumn(14), &claim.hedge);
      each(claim);
    }
    return Status::Ok();
  } catch (const std::exception& e) {
    return Status::Error(path() + ": " + e.what());
  }
}

Status ClaimStore::CountClaims(std::size_t* count) {
  try {
    SQLite::Statement query(database(), "SELECT count(*) FROM claims");
    query.executeStep();
    *count = static_cast<std::size_t>(query.getColumn(0).getInt64());
    return Status::Ok();
  } catch (const std::exception& e) {
    return Status::Error(path() + ": " + e.what());
  }
}

Status ClaimStore::ForEachClaimContent(
    std::span<const std::int64_t> ids,
    const std::function<void(std::size_t, std::string_view)>& each) {
  try {
    // One lookup by primary key per claim: the claims in disputes are a
    // small share of a store, scattered through it.
    SQLite::Statement query(database(), "SELECT content FROM claims WHERE id = ?");
    for (std::size_t k = 0; k < ids.size(); ++k) {
      query.bind(1, static_cast<std::int64_t>(ids[k]));
      if (query.executeStep()) {
        const SQLite::Column column = query.getColumn(0);
        const char* text = column.getText("");  // before getBytes, as SQLite asks
        each(k, std::string_view(text, static_cast<std::size_t>(column.getBytes())));
      }
      query.reset();
    }
    return Status::Ok();
  } catch (const std::exception& e) {
    return Status::Error(path() + ": " + e.what());
  }
}

}  // namespace claimtrack
