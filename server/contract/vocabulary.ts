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

export const SOURCE_KINDS = ['official_report', 'ohchr_page', 'press_release', 'statement', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

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
