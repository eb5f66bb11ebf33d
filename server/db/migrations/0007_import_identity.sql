-- A figure an import created keeps the source it was imported from, and the database refuses a second
-- imported figure stating the same thing from the same source. Six identical imports racing on
-- PostgreSQL used to create every figure six times (each checked, then inserted); now the losers'
-- INSERT ... ON CONFLICT DO NOTHING inserts nothing. NULLs (no year, no value, no status, no donor,
-- no session) are folded to one value so that they count as the same, as IS NOT DISTINCT FROM does.
-- Figures entered otherwise (the data files, the edit form) have no import source and are not
-- constrained: the shipped data may hold two figures for the same thing from one source.
ALTER TABLE figures ADD COLUMN imported_from text REFERENCES sources(id) ON DELETE SET NULL;
CREATE UNIQUE INDEX figures_imported_once ON figures (
  imported_from, fund_id, COALESCE(year, 0), metric, COALESCE(value, -1), COALESCE(status, ''),
  COALESCE(donor_id, ''), period, precision, COALESCE(session, '')
) WHERE imported_from IS NOT NULL;
