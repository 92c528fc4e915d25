// Reading claims from query rows, shared by the files of ClaimStore
// (claim_store.cc, match_state.cc). Internal to src/store/.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

#include "base/status.h"
#include "model/claim.h"

namespace claimtrack {

// The columns ReadClaim reads, for a query that joins claims AS c, sources AS
// s and documents AS d. A store older than version 3, opened read-only as it
// is, has no hedge column: its claims read as unhedged.
std::string ClaimColumns(int schema_version);

// The claim in the current row of a query selecting ClaimColumns() first. An
// unknown stance or quote is an error naming `path` and the claim. May throw
// SQLite::Exception (the caller turns it into a Status).
Status ReadClaim(const std::string& path, SQLite::Statement& query, Claim* claim);

// Every row of `query` (selecting ClaimColumns() first) as a claim, appended
// to `*claims`. May throw SQLite::Exception, as ReadClaim.
Status ReadClaims(const std::string& path, SQLite::Statement& query, std::vector<Claim>* claims);

// " FROM claims c JOIN sources s ... JOIN documents d ... ": the tables
// ClaimColumns() reads, for "SELECT " + ClaimColumns(v) + ClaimsFrom() + ...
std::string ClaimsFrom();

}  // namespace claimtrack
