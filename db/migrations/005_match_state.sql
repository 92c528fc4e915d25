-- claimtrack store, schema version 5: what the last `claimtrack match` covered,
-- so that the next one can match only the claims stored since (an incremental
-- match, docs/cli.md). No existing table or column changes meaning.
--
--   match_state     one row: the highest claim id the last match saw, how many
--                   claims the store held, the fingerprint of the rule files
--                   and the --block-limit it ran with, and whether a claim was
--                   deleted or changed since (then the next match is a full one)
--   match_words     every salient word (lowercase, lightly stemmed) of the
--                   matched claims, with the number of claims holding it: the
--                   document frequencies the word weights are computed from
--   match_postings  for the words held by at most block_limit claims (the
--                   blocking words), which claims hold them: how a new claim
--                   finds its candidates without reading every claim
--
-- All three are written by `match` alone and may be emptied by hand at any
-- time: without a match_state row the next match is a full one. claimtrack
-- runs this file in the same transaction as any other pending migration and
-- then sets PRAGMA user_version = 5. Documented in docs/schema.md.

CREATE TABLE match_state (
  id            INTEGER PRIMARY KEY CHECK (id = 1),  -- one row at most
  last_claim_id INTEGER NOT NULL,  -- the highest claims.id the last match saw
  claims        INTEGER NOT NULL,  -- how many claims the store held then
  rules         TEXT NOT NULL,     -- fingerprint of the rule files and of the matcher
  block_limit   INTEGER NOT NULL,  -- the --block-limit it ran with
  stale         INTEGER NOT NULL DEFAULT 0  -- 1 once a claim was deleted or changed since
);

CREATE TABLE match_words (
  word TEXT PRIMARY KEY,  -- a salient word as the matcher compares it ("warplane")
  df   INTEGER NOT NULL   -- how many matched claims hold it
) WITHOUT ROWID;

CREATE TABLE match_postings (
  word     TEXT NOT NULL,     -- a blocking word (match_words.df <= block_limit)
  claim_id INTEGER NOT NULL,  -- a claim holding it (claims.id)
  PRIMARY KEY (word, claim_id)
) WITHOUT ROWID;

-- A deleted or edited claim changes what the last match saw: the next match
-- must start over. Inserts need no trigger: new claims have higher ids than
-- last_claim_id, and that is how the next match finds them.
CREATE TRIGGER match_state_claim_deleted AFTER DELETE ON claims BEGIN
  UPDATE match_state SET stale = 1;
END;
CREATE TRIGGER match_state_claim_updated AFTER UPDATE ON claims BEGIN
  UPDATE match_state SET stale = 1;
END;
