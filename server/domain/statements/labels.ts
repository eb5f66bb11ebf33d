// What a sentence knows of its figure, and the words for metrics and money statuses.

import type { Figure } from '../../contract/schemas.js';
import type { FundForms, StateForms } from './grammar.js';
import type { StatementLang } from './types.js';

export interface Ctx {
  f: Figure;
  lang: StatementLang;
  S: StateForms;
  F: FundForms;
  /** Number of States the figure names. */
  k: number;
  /** Phrase for the period, its notes included; `extra` adds notes to the same parenthesis. */
  w: (extra?: string[], presence?: boolean) => string;
  V: string;
}

export const METRIC_LABEL: Record<StatementLang, Record<Figure['metric'], string>> = {
  en: {
    contributions: 'contributions',
    expenditure: 'expenditure',
    requirement: 'funding requirements',
    opening_balance: 'the opening balance',
    closing_balance: 'the closing balance',
    programme_support_costs: 'programme support costs',
    funds_allocated: 'funds allocated to projects',
    other_income: 'other income',
    number_of_donors: 'the number of donors',
    new_donors: 'new donors',
    delegates: 'delegates',
    fellows: 'fellows',
    participants: 'delegates and fellows',
    beneficiaries: 'beneficiaries (delegates, fellows or both)',
    projects: 'projects',
    project_proposals: 'project proposals',
    countries_supported: 'countries supported',
    trainings: 'training events and workshops',
  },
  fr: {
    contributions: 'les contributions',
    expenditure: 'les dépenses',
    requirement: 'les besoins de financement',
    opening_balance: "le solde d'ouverture",
    closing_balance: 'le solde de clôture',
    programme_support_costs: "les dépenses d'appui aux programmes",
    funds_allocated: 'les fonds alloués à des projets',
    other_income: 'les autres recettes',
    number_of_donors: 'le nombre de donateurs',
    new_donors: 'les nouveaux donateurs',
    delegates: 'les délégués',
    fellows: 'les boursiers',
    participants: 'les délégués et boursiers',
    beneficiaries: 'les bénéficiaires (délégués, boursiers ou les deux)',
    projects: 'les projets',
    project_proposals: 'les propositions de projet',
    countries_supported: 'les pays aidés',
    trainings: 'les formations et ateliers',
  },
};

export const STATUS_NOTE: Record<StatementLang, Record<NonNullable<Figure['status']>, string>> = {
  en: {
    received: 'received',
    pledged: 'pledged',
    pledged_and_received: 'contributions and pledges combined',
    unspecified: 'the source does not say whether paid or pledged',
  },
  fr: {
    received: 'montant versé',
    pledged: 'montant annoncé',
    pledged_and_received: 'versements et annonces confondus',
    unspecified: "la source ne précise pas s'il s'agit de versements ou d'annonces",
  },
};

// English ---------------------------------------------------------------------------------------
