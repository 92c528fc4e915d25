-- claimtrack store, schema version 3: claims.hedge records the word or phrase
-- that makes a claim tentative ("reportedly", "allegedly", "is believed to"),
-- as listed in rules/hedges.txt; NULL when the claim is stated plainly. The
-- matcher gives disputes over hedged claims a lower score. Claims stored
-- before this version have no hedge recorded (NULL) until re-ingested.
--
-- The views are re-created so that claim_view (and dispute_view, which
-- selects every column of claim_view) show the new column. Documented in
-- docs/schema.md. claimtrack runs this file in the same transaction as any
-- other pending migration and then sets PRAGMA user_version = 3.

ALTER TABLE claims ADD COLUMN hedge TEXT;

DROP VIEW dispute_view;
DROP VIEW claim_view;

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
       c.source_id,
       c.hedge
FROM claims AS c
JOIN documents AS d ON d.id = c.document_id
JOIN sources AS s ON s.id = c.source_id;

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
