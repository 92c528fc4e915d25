// ClaimStore's queries for incremental matching: the match_state row, the
// word counts and postings of migration 005, the parts of the store an
// incremental match reads, and the one transaction that writes its result.
// Kept apart from claim_store.cc, whose writer is tuned for ingest speed.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <exception>
#include <numeric>

#include "store/claim_rows.h"
#include "store/claim_store.h"

namespace claimtrack {
namespace {

// The version that added the match_state tables.
constexpr int kMatchStateVersion = 5;

// Runs `body`, turning any exception into an error naming the store.
template <typename Body>
Status GuardedMatch(const std::string& path, int schema_version, Body&& body) {
  if (schema_version < kMatchStateVersion) {
    return Status::Error(path + ": schema version " + std::to_string(schema_version) +
                         " has no match state; run `claimtrack db upgrade --db " + path + "`");
  }
  try {
    return body();
  } catch (const std::exception& e) {
    return Status::Error(path + ": " + e.what());
  }
}

void WriteState(SQLite::Database& db, const MatchState& state) {
  SQLite::Statement insert(db,
                           "INSERT OR REPLACE INTO match_state "
                           "(id, last_claim_id, claims, rules, block_limit, stale) "
                           "VALUES (1, ?1, ?2, ?3, ?4, 0)");
  insert.bind(1, state.last_claim_id);
  insert.bind(2, state.claims);
  insert.bind(3, state.rules);
  insert.bind(4, state.block_limit);
  insert.exec();
}

// Writes the postings of `words` in word order, so the b-tree fills in order.
void WritePostings(SQLite::Database& db, const MatchWordIndex& words) {
  std::vector<std::uint32_t> order(words.df.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return words.df[a].first < words.df[b].first; });
  std::vector<std::uint32_t> rank(words.df.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  std::vector<std::pair<std::uint32_t, std::int64_t>> postings = words.postings;
  std::sort(postings.begin(), postings.end(), [&](const auto& a, const auto& b) {
    return rank[a.first] != rank[b.first] ? rank[a.first] < rank[b.first] : a.second < b.second;
  });
  SQLite::Statement insert(db, "INSERT OR IGNORE INTO match_postings (word, claim_id) VALUES (?1, ?2)");
  for (const auto& [index, claim] : postings) {
    insert.bind(1, words.df[index].first);
    insert.bind(2, claim);
    insert.exec();
    insert.reset();
  }
}

}  // namespace

Status ClaimStore::LoadMatchState(MatchState* state) {
  *state = MatchState();
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Database& db = database();
    SQLite::Statement query(db,
                            "SELECT last_claim_id, claims, rules, block_limit, stale "
                            "FROM match_state WHERE id = 1");
    if (query.executeStep()) {
      state->recorded = true;
      state->last_claim_id = query.getColumn(0).getInt64();
      state->claims = query.getColumn(1).getInt64();
      state->rules = query.getColumn(2).getString();
      state->block_limit = query.getColumn(3).getInt64();
      state->stale = query.getColumn(4).getInt64() != 0;
    }
    state->claims_now = db.execAndGet("SELECT count(*) FROM claims").getInt64();
    return Status::Ok();
  });
}

Status ClaimStore::ClearMatchState() {
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    database().exec("DELETE FROM match_state");
    return Status::Ok();
  });
}

Status ClaimStore::LoadClaimsAfter(std::int64_t claim_id, std::vector<Claim>* claims) {
  claims->clear();
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Statement query(database(), "SELECT " + ClaimColumns(schema_version_) + ClaimsFrom() +
                                            "WHERE c.id > ?1 ORDER BY d.id, c.start, c.\"end\", c.id");
    query.bind(1, claim_id);
    return ReadClaims(path_, query, claims);
  });
}

Status ClaimStore::LoadWordCounts(const std::vector<std::string>& words,
                                  std::unordered_map<std::string, int>* df) {
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Statement query(database(), "SELECT df FROM match_words WHERE word = ?1");
    for (const std::string& word : words) {
      query.bind(1, word);
      if (query.executeStep()) (*df)[word] = query.getColumn(0).getInt();
      query.reset();
    }
    return Status::Ok();
  });
}

Status ClaimStore::LoadPostings(const std::vector<std::string>& words,
                                std::set<std::int64_t>* claim_ids) {
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Statement query(database(), "SELECT claim_id FROM match_postings WHERE word = ?1");
    for (const std::string& word : words) {
      query.bind(1, word);
      while (query.executeStep()) claim_ids->insert(query.getColumn(0).getInt64());
      query.reset();
    }
    return Status::Ok();
  });
}

Status ClaimStore::LoadDisputeMembers(const std::set<std::int64_t>& claim_ids,
                                      std::map<std::int64_t, std::vector<std::int64_t>>* disputes) {
  disputes->clear();
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Database& db = database();
    SQLite::Statement of_claim(db, "SELECT dispute_id FROM dispute_claims WHERE claim_id = ?1");
    for (std::int64_t claim : claim_ids) {
      of_claim.bind(1, claim);
      while (of_claim.executeStep()) (*disputes)[of_claim.getColumn(0).getInt64()];
      of_claim.reset();
    }
    SQLite::Statement members(db,
                              "SELECT claim_id FROM dispute_claims WHERE dispute_id = ?1 "
                              "ORDER BY position");
    for (auto& [dispute, list] : *disputes) {
      members.bind(1, dispute);
      while (members.executeStep()) list.push_back(members.getColumn(0).getInt64());
      members.reset();
    }
    return Status::Ok();
  });
}

Status ClaimStore::LoadClaimsWithIds(const std::set<std::int64_t>& claim_ids,
                                     std::vector<Claim>* claims) {
  claims->clear();
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Statement query(database(),
                            "SELECT " + ClaimColumns(schema_version_) + ClaimsFrom() + "WHERE c.id = ?1");
    for (std::int64_t id : claim_ids) {
      query.bind(1, id);
      Status status = ReadClaims(path_, query, claims);
      if (!status.ok()) return status;
      query.reset();
    }
    return Status::Ok();
  });
}

Status ClaimStore::LoadArticleClaims(const std::set<std::int64_t>& claim_ids,
                                     std::vector<Claim>* claims) {
  claims->clear();
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Database& db = database();
    std::set<std::int64_t> documents;  // ascending: LoadClaims order
    SQLite::Statement document_of(db, "SELECT document_id FROM claims WHERE id = ?1");
    for (std::int64_t claim : claim_ids) {
      document_of.bind(1, claim);
      if (document_of.executeStep()) documents.insert(document_of.getColumn(0).getInt64());
      document_of.reset();
    }
    SQLite::Statement query(db, "SELECT " + ClaimColumns(schema_version_) + ClaimsFrom() +
                                    "WHERE c.document_id = ?1 ORDER BY c.start, c.\"end\", c.id");
    for (std::int64_t document : documents) {
      query.bind(1, document);
      Status status = ReadClaims(path_, query, claims);
      if (!status.ok()) return status;
      query.reset();
    }
    return Status::Ok();
  });
}

Status ClaimStore::WriteMatchIndex(const MatchWordIndex& words, const MatchState& state) {
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Database& db = database();
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    db.exec("DELETE FROM match_words");
    db.exec("DELETE FROM match_postings");
    std::vector<std::pair<std::string, int>> sorted = words.df;
    std::sort(sorted.begin(), sorted.end());
    SQLite::Statement insert(db, "INSERT INTO match_words (word, df) VALUES (?1, ?2)");
    for (const auto& [word, df] : sorted) {
      insert.bind(1, word);
      insert.bind(2, df);
      insert.exec();
      insert.reset();
    }
    WritePostings(db, words);
    WriteState(db, state);
    transaction.commit();
    return Status::Ok();
  });
}

Status ClaimStore::ApplyIncrementalMatch(const std::vector<std::int64_t>& removed,
                                         std::vector<Dispute>* added,
                                         const std::map<std::string, std::string>& source_sides,
                                         const MatchWordIndex& words, const MatchState& state,
                                         std::int64_t matched_after) {
  return GuardedMatch(path_, schema_version_, [&]() -> Status {
    SQLite::Database& db = database();
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // A changed store since the state was read (another match, a deletion)
    // would make this result wrong: refuse it.
    {
      SQLite::Statement check(db, "SELECT last_claim_id, stale FROM match_state WHERE id = 1");
      if (!check.executeStep() || check.getColumn(0).getInt64() != matched_after ||
          check.getColumn(1).getInt64() != 0) {
        return Status::Error(path_ + ": the store changed during the match; nothing was stored");
      }
    }
    SQLite::Statement remove(db, "DELETE FROM disputes WHERE id = ?1");  // cascades to members
    for (std::int64_t id : removed) {
      remove.bind(1, id);
      remove.exec();
      remove.reset();
    }
    SQLite::Statement insert_dispute(db,
                                     "INSERT INTO disputes (topic, kind, rule, score, evidence) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    SQLite::Statement insert_member(db,
                                    "INSERT INTO dispute_claims (dispute_id, claim_id, role, position) "
                                    "VALUES (?1, ?2, ?3, ?4)");
    std::vector<std::int64_t> ids;
    for (const Dispute& dispute : *added) {
      insert_dispute.bind(1, dispute.topic);
      insert_dispute.bind(2, dispute.kind);
      insert_dispute.bind(3, dispute.rule);
      insert_dispute.bind(4, dispute.score);
      if (dispute.evidence.empty()) {
        insert_dispute.bind(5);
      } else {
        insert_dispute.bind(5, dispute.evidence);
      }
      insert_dispute.exec();
      insert_dispute.reset();
      ids.push_back(db.getLastInsertRowid());
      for (std::size_t position = 0; position < dispute.members.size(); ++position) {
        const DisputeMember& member = dispute.members[position];
        insert_member.bind(1, ids.back());
        insert_member.bind(2, member.claim_id);
        insert_member.bind(3, member.role == DisputeRole::kCounter ? "counter" : "claim");
        insert_member.bind(4, static_cast<std::int64_t>(position));
        insert_member.exec();
        insert_member.reset();
      }
    }
    SQLite::Statement set_side(db, "UPDATE sources SET side = ?1 WHERE name = ?2");
    for (const auto& [name, side] : source_sides) {
      set_side.bind(1, side);
      set_side.bind(2, name);
      set_side.exec();
      set_side.reset();
    }
    SQLite::Statement add_count(db,
                                "INSERT INTO match_words (word, df) VALUES (?1, ?2) "
                                "ON CONFLICT (word) DO UPDATE SET df = df + excluded.df");
    for (const auto& [word, df] : words.df) {
      add_count.bind(1, word);
      add_count.bind(2, df);
      add_count.exec();
      add_count.reset();
    }
    SQLite::Statement drop(db, "DELETE FROM match_postings WHERE word = ?1");
    for (const std::string& word : words.dropped) {
      drop.bind(1, word);
      drop.exec();
      drop.reset();
    }
    WritePostings(db, words);
    WriteState(db, state);
    transaction.commit();
    for (std::size_t i = 0; i < added->size(); ++i) (*added)[i].id = ids[i];
    return Status::Ok();
  });
}

}  // namespace claimtrack
