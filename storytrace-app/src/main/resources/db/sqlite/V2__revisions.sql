-- Revisions: a page stored again with other text is a new article pointing at the version it replaces
-- (news pages are edited, and the edits are evidence for provenance). canonical_url is the article URL in
-- CanonicalUrl form, written by the store, so revisions are found by an index rather than by normalising
-- every stored URL. Articles stored before this version keep their URL as it was: the closest known form.
ALTER TABLE articles ADD COLUMN revision_of TEXT REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
UPDATE articles SET canonical_url = url;
CREATE INDEX articles_canonical_url ON articles (canonical_url, seq);
