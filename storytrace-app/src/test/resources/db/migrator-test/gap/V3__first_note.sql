-- Run twice, this would leave two notes.
INSERT INTO notes (body, author) VALUES ('first', 'migration');
