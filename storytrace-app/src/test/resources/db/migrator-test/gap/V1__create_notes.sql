-- Each step depends on the one before, so running them out of order fails.
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
