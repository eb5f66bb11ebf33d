-- What the funding rules decide for one fund and one year (server/queries/fundingCells.ts), kept so
-- that a read costs one row per year instead of a pass over every figure. A cell is valid only for the
-- version its (fund, year) has now: triggers give the (fund, year) of every figure written a new
-- version in the write's own transaction, so no write path can leave a stale cell in use, and a reader
-- recomputes exactly the cells a write touched. Derived data: not backed up, rebuilt on demand.
CREATE SEQUENCE funding_cell_version_seq;

CREATE TABLE funding_cell_versions (
  fund_id text   NOT NULL,
  year    integer NOT NULL,
  version bigint NOT NULL,
  PRIMARY KEY (fund_id, year)
);

CREATE TABLE funding_cells (
  fund_id text    NOT NULL,
  year    integer NOT NULL,
  version bigint  NOT NULL,
  cell    json    NOT NULL, -- json, not jsonb: the answer keeps the order of its keys
  PRIMARY KEY (fund_id, year)
);

-- One new version per (fund, year) a statement touched, however many rows it wrote.
CREATE FUNCTION touch_funding_cells_of_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO funding_cell_versions (fund_id, year, version)
    SELECT fund_id, year, nextval('funding_cell_version_seq') FROM (SELECT DISTINCT fund_id, year FROM new_rows WHERE year IS NOT NULL) t
    ON CONFLICT (fund_id, year) DO UPDATE SET version = EXCLUDED.version;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO funding_cell_versions (fund_id, year, version)
    SELECT fund_id, year, nextval('funding_cell_version_seq')
      FROM (SELECT fund_id, year FROM new_rows WHERE year IS NOT NULL UNION SELECT fund_id, year FROM old_rows WHERE year IS NOT NULL) t
    ON CONFLICT (fund_id, year) DO UPDATE SET version = EXCLUDED.version;
  ELSE
    INSERT INTO funding_cell_versions (fund_id, year, version)
    SELECT fund_id, year, nextval('funding_cell_version_seq') FROM (SELECT DISTINCT fund_id, year FROM old_rows WHERE year IS NOT NULL) t
    ON CONFLICT (fund_id, year) DO UPDATE SET version = EXCLUDED.version;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION forget_funding_cells() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM funding_cells;
  -- Every version moves, so a cell computed before the truncation is never taken as current.
  UPDATE funding_cell_versions SET version = nextval('funding_cell_version_seq');
  RETURN NULL;
END
$$;

CREATE TRIGGER figures_cells_insert AFTER INSERT ON figures REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_figures();
CREATE TRIGGER figures_cells_update AFTER UPDATE ON figures REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_figures();
CREATE TRIGGER figures_cells_delete AFTER DELETE ON figures REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_figures();
CREATE TRIGGER figures_cells_truncate AFTER TRUNCATE ON figures FOR EACH STATEMENT EXECUTE FUNCTION forget_funding_cells();

-- A figure's States and its recorded disagreements enter the rules too (fund-level or not, sources
-- disagree): a change to them touches the cell of the figure it names. A deleted figure's links go
-- with it, and the figure's own trigger touched its cell.
CREATE FUNCTION touch_funding_cells_of_figure_ids(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO funding_cell_versions (fund_id, year, version)
  SELECT fund_id, year, nextval('funding_cell_version_seq')
    FROM (SELECT DISTINCT f.fund_id, f.year FROM figures f WHERE f.year IS NOT NULL AND f.id = ANY (ids)) t
  ON CONFLICT (fund_id, year) DO UPDATE SET version = EXCLUDED.version;
$$;

CREATE FUNCTION touch_funding_cells_of_countries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM touch_funding_cells_of_figure_ids(ARRAY(SELECT DISTINCT figure_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM touch_funding_cells_of_figure_ids(ARRAY(SELECT figure_id FROM new_rows UNION SELECT figure_id FROM old_rows));
  ELSE
    PERFORM touch_funding_cells_of_figure_ids(ARRAY(SELECT DISTINCT figure_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION touch_funding_cells_of_conflicts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM touch_funding_cells_of_figure_ids(ARRAY(SELECT figure_a FROM new_rows UNION SELECT figure_b FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM touch_funding_cells_of_figure_ids(ARRAY(
      SELECT figure_a FROM new_rows UNION SELECT figure_b FROM new_rows UNION SELECT figure_a FROM old_rows UNION SELECT figure_b FROM old_rows));
  ELSE
    PERFORM touch_funding_cells_of_figure_ids(ARRAY(SELECT figure_a FROM old_rows UNION SELECT figure_b FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER figure_countries_cells_insert AFTER INSERT ON figure_countries REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_countries();
CREATE TRIGGER figure_countries_cells_update AFTER UPDATE ON figure_countries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_countries();
CREATE TRIGGER figure_countries_cells_delete AFTER DELETE ON figure_countries REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_countries();
CREATE TRIGGER figure_conflicts_cells_insert AFTER INSERT ON figure_conflicts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_conflicts();
CREATE TRIGGER figure_conflicts_cells_update AFTER UPDATE ON figure_conflicts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_conflicts();
CREATE TRIGGER figure_conflicts_cells_delete AFTER DELETE ON figure_conflicts REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION touch_funding_cells_of_conflicts();
CREATE TRIGGER figure_countries_cells_truncate AFTER TRUNCATE ON figure_countries FOR EACH STATEMENT EXECUTE FUNCTION forget_funding_cells();
CREATE TRIGGER figure_conflicts_cells_truncate AFTER TRUNCATE ON figure_conflicts FOR EACH STATEMENT EXECUTE FUNCTION forget_funding_cells();
