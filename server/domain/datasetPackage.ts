// The whole dataset as one download (GET /api/dataset.zip): which CSV files it holds, their columns
// in order, and the Frictionless Data Package (datapackage.json) that describes them. The columns are
// those of data/*.csv wherever the database keeps the same thing, so a file from the download reads
// like the shipped dataset. The query (server/queries/dataset.ts) fills the rows in this order.

import {
  ATTRIBUTIONS,
  BASES,
  CALL_BODIES,
  CALL_KINDS,
  CALL_REFERENCES,
  CONTRIBUTION_STATUSES,
  ENTITY_KINDS,
  ESTABLISHING_BODIES,
  FUND_IDS,
  LANGUAGES,
  METRICS,
  PERIODS,
  PRECISIONS,
  SOURCE_KINDS,
  SOURCE_STATUSES,
  TITLE_KINDS,
} from '../contract/vocabulary.js';

/** A Frictionless Table Schema field. `unit` is ours (Frictionless allows extra properties): what money is counted in. */
export interface PackageField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  format?: 'uri';
  unit?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string; minimum?: number };
}

export interface PackageTable {
  /** Resource name and file stem: `figures` → figures.csv. */
  name: string;
  title: string;
  description: string;
  fields: readonly PackageField[];
  primaryKey?: readonly string[];
}

/** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is. */
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const LIST = 'several values separated by ";"';

const text = (name: string, description: string, extra: Partial<PackageField> = {}): PackageField => ({ name, type: 'string', description, ...extra });
const required = (field: PackageField): PackageField => ({ ...field, constraints: { ...field.constraints, required: true } });
const oneOf = (name: string, values: readonly string[], description: string): PackageField =>
  text(name, `${description} One of: ${values.join(', ')}.`, { constraints: { enum: values } });
const date = (name: string, description: string): PackageField =>
  text(name, `${description} YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source; empty when unknown.`, { constraints: { pattern: PARTIAL_DATE } });
const year = (name: string, description: string): PackageField => ({ name, type: 'integer', description: `${description} Empty when unknown.`, constraints: { minimum: 1980 } });
const sourceRef = (n: string) => text(`source${n}`, `Id of a source in sources.csv${n ? ' (a further source stating the same figure)' : ''}.`);
const locatorRef = (n: string) => text(`locator${n}`, 'Where in that source (paragraph, table, annex), in our words or the document’s.');

export const DATASET_TABLES: readonly PackageTable[] = [
  {
    name: 'funds',
    title: 'The four trust funds',
    description: 'One row per fund.',
    primaryKey: ['id'],
    fields: [
      required(oneOf('id', FUND_IDS, 'Fund id.')),
      required(text('name_en', 'Full name in English.')),
      required(text('name_fr', 'Full name in French.')),
      required(text('short_name_en', 'Short name in English.')),
      required(text('short_name_fr', 'Short name in French.')),
      text('note', 'Curation note, in English.'),
    ],
  },
  {
    name: 'figures',
    title: 'Figures',
    description:
      'One row per figure as a source states it, with its qualifiers. A figure no source gives is absent; an empty value means the source says the thing exists without a number — unknown, never zero.',
    primaryKey: ['id'],
    fields: [
      required(text('id', 'Stable figure id, <fund>-<nnn> for the shipped data.')),
      required(oneOf('fund', FUND_IDS, 'The fund the figure is about.')),
      year('year', 'The year the figure is about.'),
      required(oneOf('metric', METRICS, 'What is counted (see data/README.md).')),
      {
        name: 'value',
        type: 'number',
        description:
          'The amount as the source states it: US dollars as plain digits with up to two decimals (no rounding, no thousands separator) when unit is usd; a whole number when unit is count. Empty when the source gives no number (unknown, not zero). Read it with the precision and period columns: a lower bound, a rounded amount or part of a year is not an exact yearly total.',
        unit: 'USD when unit is usd; a count when unit is count',
        constraints: { minimum: 0 },
      },
      required(oneOf('unit', ['usd', 'count'], 'usd: value is US dollars; count: value is a whole number.')),
      oneOf('status', CONTRIBUTION_STATUSES, 'Money only: received (paid), pledged (promised, not known to be paid), pledged_and_received (the source combines both), unspecified. Empty for counts.'),
      required(oneOf('precision', PRECISIONS, 'exact; rounded (the source rounds: "about"); lower_bound (the source says "more than", "at least").')),
      required(
        oneOf(
          'period',
          PERIODS,
          'The span the value covers: calendar_year; year_to_date (part of the year, up to as_of); cumulative (from period_start to as_of); multi_year_average (average per year); session; point_in_time.',
        ),
      ),
      year('period_start', 'First year of a cumulative total or average.'),
      date('as_of', 'The date the figure is stated as of.'),
      text('donor', 'Entity id of the donor (ISO 3166 alpha-3 for a State) when the figure is one donor’s; see entities.csv.'),
      text('countries', `ISO 3166 alpha-3 codes of the beneficiary States the figure is about, ${LIST}.`),
      text('scope', 'What the countries column cannot say (a region, "global"), in English.'),
      text('session', 'The Council or Board session, for period=session (HRC34, VFTC Board 10).'),
      required(oneOf('attribution', ATTRIBUTIONS, 'direct: the source ties the figure to the fund; unconfirmed: it only names it in connection with the fund.')),
      required(oneOf('basis', BASES, 'reported: stated after the fact; planned: announced before the session.')),
      required(sourceRef('')),
      locatorRef(''),
      ...['_2', '_3', '_4', '_5'].flatMap((n) => [sourceRef(n), locatorRef(n)]),
      text('note', 'Curation note, in English: what a reader needs that the columns cannot carry.'),
    ],
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'Every public document figures were read from (status cited) or known to hold figures not yet transcribed (status not_transcribed).',
    primaryKey: ['id'],
    fields: [
      required(text('id', 'Stable source id.')),
      required(oneOf('kind', SOURCE_KINDS, 'What the document is; secondary means an NGO or news item.')),
      required(oneOf('status', SOURCE_STATUSES, 'cited: figures come from it; not_transcribed: it holds figures not yet entered.')),
      text('symbol', 'UN document symbol (A/HRC/49/92) when it has one.'),
      required(text('title', 'The title as printed (title_is=published) or our description of the document (title_is=description).')),
      required(oneOf('title_is', TITLE_KINDS, 'Whether title is the printed title or our description.')),
      oneOf('language', LANGUAGES, 'Language of the copy read.'),
      date('date', 'Date of the document.'),
      text('url', 'Official address readers are sent to.', { format: 'uri' }),
      text('copy_read', 'The copy actually read when it is not url (a staging mirror, an aggregator).', { format: 'uri' }),
      text('note', 'Curation note, in English.'),
    ],
  },
  {
    name: 'conflicts',
    title: 'Figures that disagree',
    description: 'Two figures for the same thing that disagree; both are kept in figures.csv.',
    primaryKey: ['figure_a', 'figure_b'],
    fields: [
      required(text('figure_a', 'Id of a figure in figures.csv.')),
      required(text('figure_b', 'Id of the figure it disagrees with.')),
      text('note', 'How they disagree, in English.'),
    ],
  },
  {
    name: 'backlog',
    title: 'Known documents not yet transcribed',
    description: 'Which missing figures a document would fill, for which fund and years.',
    fields: [
      required(text('source', 'Id of the document in sources.csv.')),
      required(oneOf('fund', FUND_IDS, 'The fund.')),
      year('year_from', 'First year the document covers.'),
      year('year_to', 'Last year the document covers.'),
      required(text('metrics', `The metrics it holds, ${LIST}; each one of: ${METRICS.join(', ')}.`)),
      text('locator', 'Where in the document.'),
      text('note', 'Curation note, in English.'),
    ],
  },
  {
    name: 'establishment',
    title: 'How each fund was established, as each source states it',
    description: 'One row per source statement, so that sources that disagree are all kept.',
    primaryKey: ['id'],
    fields: [
      required(text('id', 'Stable id.')),
      required(oneOf('fund', FUND_IDS, 'The fund.')),
      date('date', 'When the source says the fund was established.'),
      oneOf('body', ESTABLISHING_BODIES, 'Who the source says created the fund; empty when it names no one.'),
      text('instruments', `Acts named as the basis, <kind>:<number> (chr-resolution:1987/38), ${LIST}.`),
      required(text('source', 'Id of the source in sources.csv.')),
      text('locator', 'Where in that source.'),
      text('note', 'Curation note, in English.'),
    ],
  },
  {
    name: 'council_calls',
    title: 'The Council’s calls on States to contribute, and Advisory Committee findings',
    description: 'One row per paragraph. The words describing the call are ours; the paragraph is cited.',
    primaryKey: ['id'],
    fields: [
      required(text('id', 'Stable id.')),
      required(text('source', 'Id of the resolution or report in sources.csv.')),
      required(text('locator', 'The paragraph (para. N).')),
      required(date('adopted', 'Date of adoption (or of the report).')),
      required(oneOf('body', CALL_BODIES, 'human_rights_council (a resolution) or advisory_committee (its report).')),
      required(oneOf('call', CALL_KINDS, 'What the paragraph asks or reports.')),
      required(text('funds', `Fund ids the paragraph bears on, ${LIST}.`)),
      required(oneOf('reference', CALL_REFERENCES, 'named: the paragraph names the fund; relevant_funds: it speaks of "the relevant UN funds" and the same document names the fund.')),
      text('note', 'Curation note, in English.'),
    ],
  },
  {
    name: 'entities',
    title: 'Donors and beneficiaries',
    description: 'States (ISO 3166 alpha-3) and the other donors and places figures refer to, with English and French names.',
    primaryKey: ['id'],
    fields: [
      required(text('id', 'Entity id: the ISO3 code for a State, a slug otherwise.')),
      required(oneOf('kind', ENTITY_KINDS, 'What the entity is.')),
      text('iso3', 'ISO 3166 alpha-3 code, for a State.'),
      required(text('name_en', 'Name in English.')),
      required(text('name_fr', 'Name in French.')),
      required({ name: 'un_member', type: 'boolean', description: 'Whether the entity is a Member State of the United Nations.' }),
      text('aliases', `Other spellings found in sources, ${LIST}.`),
    ],
  },
];

export interface PackageMeta {
  /** The data version the files were read at (GET /api/health, the ETag). */
  dataVersion: string;
  /** When the package was made, ISO 8601. */
  created: string;
}

/** datapackage.json for the tables (Frictionless Data Package v1, readable by frictionless-py and the Data Package tools). */
export function datasetPackage(meta: PackageMeta) {
  return {
    profile: 'tabular-data-package',
    name: 'human-rights-trust-funds',
    title: 'UN human-rights trust funds: figures and their sources',
    description:
      'Sourced figures of the four UN human-rights trust funds (VFTC, UPR Participation, LDC/SIDS, UPR Implementation), every figure with its qualifiers and citation. Money is in US dollars with cents as the sources state it; an empty cell is unknown, never zero. Cells that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) begin with an apostrophe.',
    version: meta.dataVersion,
    created: meta.created,
    licenses: [{ name: 'MIT', title: 'MIT License (the project’s licence, for this compilation; the documents cited keep their publishers’ terms)', path: 'https://opensource.org/license/mit' }],
    sources: [
      { title: 'Office of the United Nations High Commissioner for Human Rights (OHCHR)', path: 'https://www.ohchr.org' },
      { title: 'United Nations Official Document System', path: 'https://undocs.org' },
      { title: 'The documents listed in sources.csv, each with its address' },
    ],
    resources: DATASET_TABLES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.fields.map((field) => (field.type === 'number' ? { ...field, decimalChar: '.', bareNumber: true } : field)),
        missingValues: [''],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      },
    })),
  };
}
