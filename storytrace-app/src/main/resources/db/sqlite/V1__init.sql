-- The first schema of the embedded store. STRICT tables make SQLite refuse a value of the wrong type
-- instead of storing it silently, the way PostgreSQL would.

-- A story exists as long as articles point at it; created_seq is the seq of the article that opened it.
CREATE TABLE stories (
    id          TEXT NOT NULL PRIMARY KEY CHECK (trim(id) <> ''),
    created_seq INTEGER NOT NULL
) STRICT;

-- Times are ISO-8601 text (Instant.toString) because that keeps nanoseconds and reads back exactly.
-- visible_fraction is NULL when a truncated article shows an unknown share (NaN in the model).
-- origin_name is the origin's file name without a JSONL ":line" suffix, kept so resolve can use an index.
-- minhash holds big-endian 32-bit ints; the list columns hold JSON arrays of strings.
-- The story reference is checked at commit, so a write may touch its rows in any order inside one transaction.
CREATE TABLE articles (
    id                 TEXT NOT NULL PRIMARY KEY CHECK (trim(id) <> ''),
    content_hash       TEXT NOT NULL UNIQUE CHECK (substr(content_hash, 1, length(id)) = id),
    seq                INTEGER NOT NULL UNIQUE,
    story_id           TEXT NOT NULL REFERENCES stories (id) DEFERRABLE INITIALLY DEFERRED,
    origin             TEXT NOT NULL,
    origin_name        TEXT NOT NULL,
    url                TEXT,
    title              TEXT,
    outlet             TEXT,
    byline             TEXT,
    published          TEXT,
    language           TEXT,
    body               TEXT NOT NULL,
    truncated          INTEGER NOT NULL CHECK (truncated IN (0, 1)),
    visible_fraction   REAL CHECK (visible_fraction IS NULL OR visible_fraction BETWEEN 0 AND 1),
    truncation_markers TEXT NOT NULL,
    furniture          TEXT NOT NULL,
    ingested_at        TEXT NOT NULL,
    minhash            BLOB NOT NULL,
    fingerprint_keys   TEXT NOT NULL
) STRICT;

-- storyMembers and the story summaries read by story in insertion order.
CREATE INDEX articles_story ON articles (story_id, seq);
-- resolve looks up by origin, by origin file name prefix and by url.
CREATE INDEX articles_origin ON articles (origin);
CREATE INDEX articles_origin_name ON articles (origin_name);
CREATE INDEX articles_url ON articles (url);
