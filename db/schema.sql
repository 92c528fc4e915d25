-- claimtrack store, schema version 1: articles (documents), who speaks in
-- them (sources), what they claim (claims), and which claims contradict each
-- other (disputes, dispute_claims). Documented in docs/schema.md; users query
-- this file directly with sqlite3, so changes need a new version number.
--
-- Units: every offset is a UTF-8 byte offset into documents.text, 0-based,
-- and every range is half-open [start, end). Dates are ISO "YYYY-MM-DD".
-- Optional text is NULL when unknown, never ''.
--
-- claimtrack runs this whole file in one transaction when it creates a store,
-- with PRAGMA foreign_keys = ON set on the connection (it is a no-op inside a
-- transaction, so it is not set here).

-- One row per distinct article text.
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,  -- row id, referenced by claims.document_id
  doc          TEXT NOT NULL,        -- file name, or the jsonl `id`/`doc` field; not unique
  content_hash TEXT NOT NULL UNIQUE, -- FNV-1a 64 of text as 16 lowercase hex digits; finds re-ingests
  title        TEXT,                 -- headline, when known
  date         TEXT,                 -- publication date "YYYY-MM-DD", when known
  publisher    TEXT,                 -- outlet name, when known
  url          TEXT,                 -- where the article was published, when known
  origin       TEXT,                 -- where it was read from: "path", "path:line" or "-" (stdin)
  text         TEXT NOT NULL,        -- the article's UTF-8 text, byte for byte as read
  ingested_at  TEXT NOT NULL         -- when it was stored, UTC "YYYY-MM-DDTHH:MM:SSZ"
               DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One row per speaker, shared by all of that speaker's claims in all documents.
CREATE TABLE sources (
  id   INTEGER PRIMARY KEY,  -- row id, referenced by claims.source_id
  name TEXT NOT NULL UNIQUE, -- the speaker as resolved ("Sean Spicer", "the Pentagon")
  kind TEXT,                 -- "person", "organization", "group" or "unknown"
  side TEXT                  -- camp from rules/sides.txt, set by `claimtrack match`; NULL when unknown
);

-- One row per attributed statement: who said what, how, and where in the text.
CREATE TABLE claims (
  id             INTEGER PRIMARY KEY,   -- row id, referenced by dispute_claims.claim_id
  document_id    INTEGER NOT NULL       -- the article it was found in
                 REFERENCES documents(id) ON DELETE CASCADE,
  source_id      INTEGER NOT NULL       -- the speaker
                 REFERENCES sources(id),
  mention        TEXT NOT NULL,         -- the speaker as written in the sentence ("He")
  role           TEXT,                  -- title or affiliation ("Pentagon spokesman"), when given
  cue            TEXT NOT NULL,         -- the attribution cue as written ("said", "according to")
  cue_lemma      TEXT,                  -- the cue's dictionary form ("say")
  content        TEXT NOT NULL,         -- what is claimed, as written
  stance         TEXT NOT NULL          -- "assert", or "deny" when the speaker denies the content
                 CHECK (stance IN ('assert', 'deny')),
  quote          TEXT NOT NULL          -- "direct" (in quotation marks), "indirect" (reported) or "none"
                 CHECK (quote IN ('direct', 'indirect', 'none')),
  start          INTEGER NOT NULL,      -- byte offset of content in documents.text
  "end"          INTEGER NOT NULL,      -- byte offset just past content
  sentence_start INTEGER,               -- byte offset of the sentence holding the cue
  sentence_end   INTEGER,               -- byte offset just past that sentence
  rule           TEXT NOT NULL,         -- the extraction pattern that produced it
  target         TEXT,                  -- an earlier claim it refers to ("That claim"), when any
  evidence       TEXT,                  -- the word that made the stance "deny" ("denied"), when any
  date           TEXT,                  -- "YYYY-MM-DD" the claim was made, when known
  time           TEXT,                  -- local time of a live-blog entry ("9:30 p.m."), when given
  CHECK (start <= "end")
);

-- One row per group of contradicting claims; rebuilt by every `claimtrack match`.
CREATE TABLE disputes (
  id       INTEGER PRIMARY KEY,  -- row id; ids change when `match` runs again
  topic    TEXT NOT NULL,        -- salient words the claims share ("joint mission")
  kind     TEXT NOT NULL,        -- "denial", "rebuttal" or "stance"
  rule     TEXT NOT NULL,        -- the matching rule that produced it
  score    REAL NOT NULL         -- confidence, from 0 to 1
           CHECK (score BETWEEN 0 AND 1),
  evidence TEXT                  -- the words that triggered the rule, when any
);

-- The claims of each dispute: the disputed claim(s) and the counter-claims.
CREATE TABLE dispute_claims (
  dispute_id INTEGER NOT NULL    -- the dispute
             REFERENCES disputes(id) ON DELETE CASCADE,
  claim_id   INTEGER NOT NULL    -- one of its claims
             REFERENCES claims(id) ON DELETE CASCADE,
  role       TEXT NOT NULL       -- "claim" (under dispute) or "counter" (denies or contradicts it)
             CHECK (role IN ('claim', 'counter')),
  position   INTEGER NOT NULL,   -- order within the dispute, from 0; disputed claims first
  PRIMARY KEY (dispute_id, claim_id)
);

-- Joins from claims to their document and source, and back from a claim to
-- its disputes (also what ON DELETE CASCADE uses).
CREATE INDEX claims_document_id ON claims(document_id);
CREATE INDEX claims_source_id ON claims(source_id);
CREATE INDEX dispute_claims_claim_id ON dispute_claims(claim_id);
-- Look-ups by file name and by publication date.
CREATE INDEX documents_doc ON documents(doc);
CREATE INDEX documents_date ON documents(date);

PRAGMA user_version = 1;
