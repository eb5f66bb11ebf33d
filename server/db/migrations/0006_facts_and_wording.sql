-- What the founding documents state, and the fields that keep a sentence from saying more than its source.

-- Sources: the official address first; the copy actually read (a staging mirror, an aggregator) beside it.
ALTER TABLE sources ADD COLUMN copy_read text;
ALTER TABLE sources ADD COLUMN title_is text NOT NULL DEFAULT 'description' CHECK (title_is IN ('published', 'description'));
UPDATE sources SET copy_read = url, url = mirror_of WHERE mirror_of IS NOT NULL;
ALTER TABLE sources DROP COLUMN mirror_of;
ALTER TABLE sources DROP CONSTRAINT sources_kind_check;
ALTER TABLE sources ADD CONSTRAINT sources_kind_check
  CHECK (kind IN ('resolution', 'official_report', 'ohchr_page', 'press_release', 'statement', 'secondary'));

-- A count announced before a session is a plan, not a result.
ALTER TABLE figures ADD COLUMN basis text NOT NULL DEFAULT 'reported' CHECK (basis IN ('reported', 'planned'));

-- Member States of the United Nations (the base of "States with no recorded contribution").
ALTER TABLE entities ADD COLUMN un_member boolean NOT NULL DEFAULT false;

-- Establishment: one row per statement of a source, so that sources that disagree are all kept.
ALTER TABLE funds DROP COLUMN established_year;
ALTER TABLE funds DROP COLUMN establishing_resolution_en;
ALTER TABLE funds DROP COLUMN establishing_resolution_fr;
ALTER TABLE funds DROP COLUMN source_id;
ALTER TABLE funds DROP COLUMN source_locator;

CREATE TABLE fund_establishment (
  id          text PRIMARY KEY,
  fund_id     text NOT NULL REFERENCES funds(id),
  date        text CHECK (date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  body        text CHECK (body IN ('secretary_general', 'human_rights_council')),
  instruments text[] NOT NULL,
  source_id   text NOT NULL REFERENCES sources(id),
  locator     text,
  note        text,
  position    integer NOT NULL
);

-- Calls on States to contribute (Council resolutions) and the Advisory Committee's findings about the funds.
CREATE TABLE council_calls (
  id        text PRIMARY KEY,
  source_id text NOT NULL REFERENCES sources(id),
  locator   text NOT NULL,
  adopted   text NOT NULL CHECK (adopted ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  body      text NOT NULL CHECK (body IN ('human_rights_council', 'advisory_committee')),
  call      text NOT NULL,
  fund_ids  text[] NOT NULL,
  reference text NOT NULL CHECK (reference IN ('named', 'relevant_funds')),
  note      text,
  position  integer NOT NULL
);

CREATE TRIGGER fund_establishment_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON fund_establishment FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER council_calls_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON council_calls FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
