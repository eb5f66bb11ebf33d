-- One number that changes whenever anything an API answer can show changes. Every server instance
-- reads it per request, so caches keyed by it (server/cache.ts) can never serve stale data, whichever
-- instance made the write. Bumped by statement-level triggers, so no write path can forget it.
CREATE TABLE data_version (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  version  bigint NOT NULL
);
INSERT INTO data_version (only_row, version) VALUES (true, 1);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER funds_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON funds FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER entities_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON entities FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER entity_aliases_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON entity_aliases FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER sources_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sources FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER figures_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON figures FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER figure_countries_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON figure_countries FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER figure_sources_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON figure_sources FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER figure_conflicts_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON figure_conflicts FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER source_backlog_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON source_backlog FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER dataset_meta_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dataset_meta FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
