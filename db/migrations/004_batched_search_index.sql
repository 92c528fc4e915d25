-- claimtrack store, schema version 4: `ingest` indexes the claims of a whole
-- batch of articles for full-text search at once, instead of through the
-- insert trigger one claim at a time. No table or column changes meaning; the
-- index still follows every change to `claims`, by claimtrack or by hand.
--
-- Why: the trigger of version 2 makes every INSERT INTO claims open a
-- statement savepoint, and FTS5 writes its pending terms to a new index
-- segment at every savepoint. Each claim then wrote a segment of its own and
-- FTS5 spent more time merging them than all the other inserts together
-- (docs/performance.md). Terms inserted outside any trigger stay in memory
-- until the transaction commits and are written as one segment.
--
-- How: claim_search_deferred is empty, always, for every reader. claimtrack
-- inserts one row into it inside its own write transaction, stores a batch of
-- articles (the insert trigger skips their claims while the row is there),
-- deletes the row, indexes the batch's claims itself, and commits. No other
-- connection ever sees the row: SQLite shows a transaction's changes to
-- others only once committed, and by then the row is gone. A claim inserted
-- by hand (no row) is indexed by the trigger as before. Documented in
-- docs/schema.md. claimtrack runs this file in the same transaction as any
-- other pending migration and then sets PRAGMA user_version = 4.

CREATE TABLE claim_search_deferred (
  batch INTEGER  -- unused: only whether a row exists counts
);

DROP TRIGGER claims_search_insert;
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims
WHEN NOT EXISTS (SELECT 1 FROM claim_search_deferred) BEGIN
  INSERT INTO claim_search (rowid, content) VALUES (new.id, new.content);
END;
