-- A figure an import created keeps the source it was imported from and what it states (its import
-- key: fund, year, metric, value, status, donor, period, precision, session, scope, start year,
-- date, attribution, basis and beneficiary States, written by server/ingest/importedFigures.ts),
-- and the database refuses a second imported figure with the same key from the same source. Six
-- identical imports racing on PostgreSQL used to create every figure six times (each checked, then
-- inserted); now the losers' INSERT ... ON CONFLICT DO NOTHING inserts nothing. The key is one text
-- because the beneficiary States live in another table, and because its absent parts (no year, no
-- donor) must count as equal, which NULLs in a unique index do not.
-- The shipped data holds figures that differ only in their beneficiary State (vftc-003 and vftc-004),
-- so nothing narrower would do. Figures entered otherwise (the data files, the edit form) have no
-- import source and are not constrained.
ALTER TABLE figures ADD COLUMN imported_from text REFERENCES sources(id) ON DELETE SET NULL;
ALTER TABLE figures ADD COLUMN import_key text;
ALTER TABLE figures ADD CHECK (imported_from IS NULL OR import_key IS NOT NULL);
CREATE UNIQUE INDEX figures_imported_once ON figures (imported_from, import_key) WHERE imported_from IS NOT NULL;
