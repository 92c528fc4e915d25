-- claimtrack store, schema version 6: cheaper inserts into `claims`. Two
-- indexes go, `ingest` indexes its batches for full-text search in a
-- simpler way than version 4's, and the search index merges its segments
-- less often. No table or column changes meaning; the
-- search index still follows every change to `claims`, by claimtrack or by
-- hand. Documented in docs/schema.md and docs/performance.md. claimtrack
-- runs this file in the same transaction as any other pending migration and
-- then sets PRAGMA user_version = 5.

-- claims_stance (two values) and claims_date (mostly NULL) were the dearest
-- indexes to keep: every new claim lands in the middle of each, where SQLite
-- splits pages by rebalancing three at a time; each cost about 15% of an
-- ingest's store time. No documented query uses them (querying.md selects
-- by coalesce(date, document_date), which no index on `date` serves, and
-- by stance = 'deny', which holds about one claim in eight: a scan of
-- `claims` does as well). Create them again if your own queries need them;
-- ingest then pays for them.
DROP INDEX claims_stance;
DROP INDEX claims_date;

-- Version 4 made the insert trigger skip claimtrack's own batches while a
-- row existed in claim_search_deferred. A trigger that does nothing still
-- costs: SQLite gives every INSERT into a table with triggers a statement
-- journal and copies into it each page the insert changes. claimtrack now
-- drops the trigger inside its write transaction instead, indexes the
-- batch's claims itself, and creates the trigger again before committing,
-- so no other connection ever sees the store without it. The table and the
-- trigger's WHEN clause are therefore no longer needed. A claim inserted by
-- hand is indexed by the trigger, as in every version since 2.
DROP TRIGGER claims_search_insert;
DROP TABLE claim_search_deferred;
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claim_search (rowid, content) VALUES (new.id, new.content);
END;

-- FTS5 writes each batch's terms as one new index segment and merges
-- segments as they pile up, by default as soon as a level holds 4. Merging
-- at 8 rewrites each term's list fewer times as the store grows (about 12%
-- of the store time of a batch into a 90 MB store), at the price of up to
-- twice as many segments for a search to read. The setting is kept in
-- claim_search_config; 'optimize' still merges everything into one.
INSERT INTO claim_search (claim_search, rank) VALUES ('automerge', 8);
