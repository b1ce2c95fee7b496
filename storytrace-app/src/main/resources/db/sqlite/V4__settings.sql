-- Facts the archive keeps about itself, such as how its stored MinHash signatures were computed: when that
-- changes, the application recomputes them (Archive) and records the new way here.
CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY CHECK (trim(key) <> ''),
    value TEXT NOT NULL
) STRICT;
