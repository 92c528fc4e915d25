-- claimtrack store, schema version 2: on top of version 1 (db/schema.sql),
-- two views for querying by hand (claim_view, dispute_view), a full-text
-- index over claim content (claim_search) kept in step with `claims` by
-- triggers, and indexes for the filters of `claimtrack report`. No table
-- changes: every version-1 column keeps its meaning. Documented in
-- docs/schema.md and docs/querying.md.
--
-- claimtrack runs this file on a version-1 store, in the same transaction as
-- any later migration, and then sets PRAGMA user_version = 2; if any statement
-- fails, the whole upgrade is rolled back and the store stays at version 1.
-- (To apply it by hand: BEGIN; .read this file; PRAGMA user_version = 2; COMMIT;)

-- One row per claim, joined with its document and its source: the columns a
-- reader asks about, under names that need no join. `kind` is the source's
-- (`source_kind`), `date`/`time` are the claim's and `document_date` the
-- article's. `sentence` is the sentence holding the cue, sliced by byte
-- offsets (a BLOB substr counts bytes; a TEXT one would count characters).
CREATE VIEW claim_view AS
SELECT c.id AS claim_id,
       d.doc,
       d.title,
       d.date AS document_date,
       s.name AS source,
       s.side,
       s.kind AS source_kind,
       c.role,
       c.mention,
       c.cue,
       c.content,
       c.stance,
       c.quote,
       c.start,
       c."end",
       c.rule,
       c.date,
       c.time,
       c.cue_lemma,
       c.evidence,
       c.target,
       c.sentence_start,
       c.sentence_end,
       CAST(substr(CAST(d.text AS BLOB), c.sentence_start + 1,
                   c.sentence_end - c.sentence_start) AS TEXT) AS sentence,
       d.publisher,
       c.document_id,
       c.source_id
FROM claims AS c
JOIN documents AS d ON d.id = c.document_id
JOIN sources AS s ON s.id = c.source_id;

-- One row per claim in a dispute: the dispute's columns, the claim's place in
-- it, then every column of claim_view. The dispute's rule and evidence are
-- renamed so as not to clash with the claim's own `rule` and `evidence`.
CREATE VIEW dispute_view AS
SELECT d.id AS dispute_id,
       d.topic,
       d.kind,
       d.score,
       d.rule AS dispute_rule,
       d.evidence AS dispute_evidence,
       dc.role AS role_in_dispute,
       dc.position,
       cv.*
FROM disputes AS d
JOIN dispute_claims AS dc ON dc.dispute_id = d.id
JOIN claim_view AS cv ON cv.claim_id = dc.claim_id;

-- Full-text index over claims.content. An external-content FTS5 table: it
-- stores only the index and reads the text back from `claims` (rowid =
-- claims.id), so the text is not stored twice. Words are split at anything
-- but letters and digits ("Russia’s" holds the words russia and s), case is
-- ignored, and remove_diacritics 2 lets an accented name match its plain form
-- ("Dürrenmatt" finds "Durrenmatt"). There is no stemming: a word matches only
-- itself, and a prefix query (`deni*`) finds its forms.
CREATE VIRTUAL TABLE claim_search USING fts5(
  content,
  content = 'claims',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- The triggers keep the index in step with every change to `claims`, by
-- claimtrack or by hand, including deletions cascading from `documents`. An
-- external-content index must be told the old text to remove it.
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claim_search (rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claim_search (claim_search, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER claims_search_update AFTER UPDATE OF id, content ON claims BEGIN
  INSERT INTO claim_search (claim_search, rowid, content) VALUES ('delete', old.id, old.content);
  INSERT INTO claim_search (rowid, content) VALUES (new.id, new.content);
END;

-- Index the claims stored before this version.
INSERT INTO claim_search (claim_search) VALUES ('rebuild');

-- Indexes for the filters of `report` and the questions of docs/querying.md:
-- by stance, by claim date, by side, by score and by topic. (By source name,
-- doc and document date were already indexed in version 1: sources.name is
-- UNIQUE, and documents_doc and documents_date exist.)
CREATE INDEX claims_stance ON claims(stance);
CREATE INDEX claims_date ON claims(date);
CREATE INDEX sources_side ON sources(side);
CREATE INDEX disputes_score ON disputes(score);
CREATE INDEX disputes_topic ON disputes(topic);
