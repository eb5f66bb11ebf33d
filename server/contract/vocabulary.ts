// The words of the model, shared by the loader, the database checks, the API schemas and the web
// (part of the API contract: nothing here imports the rest of the server).
// Each list is the single place a value is allowed; see data/README.md for what each one means.

export const FUND_IDS = ['vftc', 'upr-participation', 'ldc-sids', 'upr-implementation'] as const;
export type FundId = (typeof FUND_IDS)[number];

export const MONEY_METRICS = [
  'contributions',
  'expenditure',
  'requirement',
  'opening_balance',
  'closing_balance',
  'programme_support_costs',
  'funds_allocated',
  'other_income',
] as const;

export const COUNT_METRICS = [
  'number_of_donors',
  'new_donors',
  'delegates',
  'fellows',
  'participants',
  'beneficiaries',
  'projects',
  'project_proposals',
  'countries_supported',
  'trainings',
] as const;

export const METRICS = [...MONEY_METRICS, ...COUNT_METRICS] as const;
export type MoneyMetric = (typeof MONEY_METRICS)[number];
export type CountMetric = (typeof COUNT_METRICS)[number];
export type Metric = (typeof METRICS)[number];

export function isMoneyMetric(metric: string): metric is MoneyMetric {
  return (MONEY_METRICS as readonly string[]).includes(metric);
}

/** Sources and uses of funds, in the order a statement of income and expenditure gives them. */
export const SOURCES_AND_USES: readonly Metric[] = [
  'opening_balance',
  'contributions',
  'other_income',
  'expenditure',
  'programme_support_costs',
  'closing_balance',
];

/** Units as stored and served: money in integer US cents, everything else a whole count. */
export const UNITS = ['usd_cents', 'count'] as const;
export type Unit = (typeof UNITS)[number];

/** Money status. `pledged_and_received` and `unspecified` exist because sources say so. */
export const CONTRIBUTION_STATUSES = ['received', 'pledged', 'pledged_and_received', 'unspecified'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

export const PRECISIONS = ['exact', 'rounded', 'lower_bound'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const PERIODS = [
  'calendar_year',
  'year_to_date',
  'cumulative',
  'multi_year_average',
  'session',
  'point_in_time',
] as const;
export type Period = (typeof PERIODS)[number];

/** Periods whose value is (at least part of) one year's flow, so they may stand in a yearly series. */
export const YEARLY_PERIODS: readonly Period[] = ['calendar_year', 'year_to_date'];

/** Whether the source says the fund paid for what a figure counts: `unconfirmed` when it only names it near the fund. */
export const ATTRIBUTIONS = ['direct', 'unconfirmed'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const SOURCE_KINDS = ['resolution', 'official_report', 'ohchr_page', 'press_release', 'statement', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Whether a count was stated after the fact (`reported`) or announced beforehand (`planned`: "will support 16 delegates"). */
export const BASES = ['reported', 'planned'] as const;
export type Basis = (typeof BASES)[number];
/** Only people at a session are announced beforehand; an announced amount of money is a pledge. */
export const PLANNABLE_METRICS: readonly Metric[] = ['delegates', 'fellows', 'participants', 'beneficiaries'];

/** A source's title as the document prints it (`published`), or our description of an untitled or paraphrased one. */
export const TITLE_KINDS = ['published', 'description'] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

/** Who a source says created a fund. */
export const ESTABLISHING_BODIES = ['secretary_general', 'human_rights_council'] as const;
export type EstablishingBody = (typeof ESTABLISHING_BODIES)[number];

/** Acts named as the basis of a fund, written `<kind>:<number>` in data/establishment.csv (`hrc-resolution:6/17`). */
export const INSTRUMENT_KINDS = ['chr-resolution', 'ecosoc-decision', 'hrc-resolution'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Who made a call on States about the funds: the Council in a resolution, or its Advisory Committee in a report. */
export const CALL_BODIES = ['human_rights_council', 'advisory_committee'] as const;
export type CallBody = (typeof CALL_BODIES)[number];

/**
 * What a paragraph asks or reports, each with one wording per language (web i18n `calls.*`,
 * server/domain/statements): the words are ours, the paragraph is cited.
 */
export const CALL_KINDS = [
  'contribute_to_meet_demand',
  'contribute_especially_non_contributors',
  'contribute',
  'continue_contributing',
  'reported_states_not_contributing',
  'increase_contributions',
  'contribute_regularly',
] as const;
export type CallKind = (typeof CALL_KINDS)[number];

/** `named`: the paragraph names the fund; `relevant_funds`: it speaks of "the relevant UN funds", and the same document names the fund. */
export const CALL_REFERENCES = ['named', 'relevant_funds'] as const;
export type CallReference = (typeof CALL_REFERENCES)[number];

/** Staging mirrors of ohchr.org: a copy may have been read there, but readers are sent to the official address. */
export const MIRROR_HOSTS = /^https?:\/\/(web\.test\.ohchr\.un-icc\.cloud|web\.dev\.ohchr\.un-icc\.cloud|previous\.ohchr\.org)\//;

export const SOURCE_STATUSES = ['cited', 'not_transcribed'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const ENTITY_KINDS = ['state', 'subnational', 'intergovernmental', 'private', 'region'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const LANGUAGES = ['en', 'fr', 'ar', 'es', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages statement briefs are written in. */
export const STATEMENT_LANGS = ['en', 'fr'] as const;
export type StatementLang = (typeof STATEMENT_LANGS)[number];

/** Account roles, weakest first: viewers are signed in but write nothing; editors change data; admins also manage accounts. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const hasRole = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/**
 * What a row of a statement of income and expenditure is imported as. Each imported role becomes one
 * fund-level figure for the year (rows mapped to the same role are added up: "Interest income" and
 * "Miscellaneous income" are both other_income). `pledges_outstanding` — pledges not yet paid at the
 * statement's date — is stored as `contributions` with status `pledged` and period `point_in_time`
 * (as_of the statement's date), so it is cited but never read as the year's pledges or contributions.
 * The check-only roles are never imported: `total_income`, `total_expenditure` are the statement's own
 * totals, `other_changes` a line that moves the balance outside income and expenditure (transfers,
 * refunds to donors, prior-period adjustments, as printed: negative in parentheses).
 */
export const STATEMENT_ROLES = [
  'contributions',
  'other_income',
  'expenditure',
  'programme_support_costs',
  'opening_balance',
  'closing_balance',
  'pledges_outstanding',
  'total_income',
  'total_expenditure',
  'other_changes',
] as const;
export type StatementRole = (typeof STATEMENT_ROLES)[number];
