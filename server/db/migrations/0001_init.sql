-- The model of what the sources say. Enumerations mirror server/domain/vocabulary.ts.

CREATE TABLE funds (
  id                      text PRIMARY KEY,
  name_en                 text NOT NULL,
  name_fr                 text NOT NULL,
  short_name_en           text NOT NULL,
  short_name_fr           text NOT NULL,
  established_year        integer,
  establishing_resolution_en text,
  establishing_resolution_fr text,
  source_id               text,
  source_locator          text,
  note                    text
);

CREATE TABLE entities (
  id      text PRIMARY KEY,
  kind    text NOT NULL CHECK (kind IN ('state', 'subnational', 'intergovernmental', 'private', 'region')),
  iso3    char(3) UNIQUE CHECK (iso3 ~ '^[A-Z]{3}$'),
  name_en text NOT NULL,
  name_fr text NOT NULL,
  CHECK ((kind = 'state') = (iso3 IS NOT NULL))
);

-- Names a donor is written under in sources, normalised for matching (lowercase, no accents or punctuation).
CREATE TABLE entity_aliases (
  entity_id  text NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias      text NOT NULL,
  normalized text NOT NULL,
  PRIMARY KEY (entity_id, normalized)
);
CREATE INDEX entity_aliases_normalized ON entity_aliases (normalized);

CREATE TABLE sources (
  id        text PRIMARY KEY,
  kind      text NOT NULL CHECK (kind IN ('official_report', 'ohchr_page', 'press_release', 'statement', 'secondary')),
  status    text NOT NULL CHECK (status IN ('cited', 'not_transcribed')),
  symbol    text,
  title     text NOT NULL,
  language  text CHECK (language IN ('en', 'fr', 'ar', 'es', 'ru', 'zh')),
  date      text CHECK (date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  url       text,
  mirror_of text,
  note      text,
  CHECK (status <> 'cited' OR url IS NOT NULL)
);

CREATE TABLE figures (
  id           text PRIMARY KEY,
  fund_id      text NOT NULL REFERENCES funds(id),
  year         integer CHECK (year BETWEEN 1980 AND 2100),
  metric       text NOT NULL,
  value        bigint,
  unit         text NOT NULL CHECK (unit IN ('usd_cents', 'count')),
  status       text CHECK (status IN ('received', 'pledged', 'pledged_and_received', 'unspecified')),
  precision    text NOT NULL CHECK (precision IN ('exact', 'rounded', 'lower_bound')),
  period       text NOT NULL CHECK (period IN ('calendar_year', 'year_to_date', 'cumulative', 'multi_year_average', 'session', 'point_in_time')),
  period_start integer,
  as_of        text CHECK (as_of ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  donor_id     text REFERENCES entities(id),
  scope        text,
  session      text,
  attribution  text NOT NULL DEFAULT 'direct' CHECK (attribution IN ('direct', 'unconfirmed')),
  note         text,
  CHECK (value IS NULL OR value >= 0),
  CHECK (unit = 'usd_cents' OR status IS NULL),
  CHECK (metric <> 'contributions' OR status IS NOT NULL)
);
CREATE INDEX figures_fund_year ON figures (fund_id, year);
CREATE INDEX figures_donor ON figures (donor_id);

CREATE TABLE figure_countries (
  figure_id text NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
  entity_id text NOT NULL REFERENCES entities(id),
  PRIMARY KEY (figure_id, entity_id)
);
CREATE INDEX figure_countries_entity ON figure_countries (entity_id);

CREATE TABLE figure_sources (
  figure_id text NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
  source_id text NOT NULL REFERENCES sources(id),
  locator   text,
  position  integer NOT NULL,
  PRIMARY KEY (figure_id, source_id)
);

-- Two figures for the same thing that disagree: both are kept, and each points at the other.
CREATE TABLE figure_conflicts (
  figure_a text NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
  figure_b text NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
  note     text,
  PRIMARY KEY (figure_a, figure_b),
  CHECK (figure_a < figure_b)
);

-- Documents known to hold figures not yet transcribed, and which ones: the data-entry backlog.
CREATE TABLE source_backlog (
  source_id text NOT NULL REFERENCES sources(id),
  fund_id   text NOT NULL REFERENCES funds(id),
  year_from integer,
  year_to   integer,
  metrics   text[] NOT NULL,
  locator   text,
  note      text,
  position  integer NOT NULL,
  PRIMARY KEY (source_id, fund_id, position)
);

CREATE TABLE dataset_meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);
