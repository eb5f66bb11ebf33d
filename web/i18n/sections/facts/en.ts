// UI text for the facts the founding documents add, in the six languages (merged into web/i18n/*.ts):
// citations (official address first, the copy read second; published titles quoted, descriptions not),
// how each fund was established, what the Council asked of States, donor totals and the reasons a
// donor is not ranked, and the "data notes" disclosure that keeps curation notes out of readers' text.
//
// Wording rule for `calls.act.*`: the same meaning as the server's briefs (server/domain/statements/calls.ts),
// never stronger than the paragraph. Instrument names under `establishment.instrument` are in the form the
// `under` and `byUnder` templates need (French with "de", Russian in the instrumental case).
// This file: the English text and the shape every language follows (web/i18n/sections/facts/*.ts);
// one file per language, so that a reader loads only their own.

/** Plural forms English does not have but Arabic, Russian and others do (as in web/i18n/en.ts). */
type ExtraPluralKey = `${string}_${'zero' | 'two' | 'few' | 'many'}`;
type Shape<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> } & { [key: ExtraPluralKey]: string };

export const facts = {
  cite: {
    quoted: '“{{title}}”',
    described: '[{{title}}]',
    stagingCopy: 'read on a staging copy of this page',
    copyAt: 'read on a copy at {{host}}',
    marker_one: 'source',
    marker_other: '{{count}} sources',
    notListed_one: 'and {{count}} more figure, not listed here: the fund’s figure list has it',
    notListed_other: 'and {{count}} more figures, not listed here: the fund’s figure list has them all',
  },
  dataNotes: {
    summary: 'Data notes',
    intro: 'Notes by the people who transcribed the data (in English) and record ids: for checking, not for quoting.',
    record: 'Record {{id}}',
  },
  establishment: {
    heading: 'How the fund was created',
    none: 'No source read so far states when or how this fund was created.',
    noDate: 'Date not stated',
    line: '{{date}} — {{what}}',
    noAct: 'created (the source names neither an act nor a body)',
    by: 'created by {{body}}',
    under: 'created under {{instruments}}',
    byUnder: 'created by {{body}} under {{instruments}}',
    body: { secretary_general: 'the Secretary-General', human_rights_council: 'the Human Rights Council' },
    instrument: {
      chrResolution_one: 'Commission on Human Rights resolution {{numbers}}',
      chrResolution_other: 'Commission on Human Rights resolutions {{numbers}}',
      ecosocDecision_one: 'ECOSOC decision {{numbers}}',
      ecosocDecision_other: 'ECOSOC decisions {{numbers}}',
      hrcResolution_one: 'Human Rights Council resolution {{numbers}}',
      hrcResolution_other: 'Human Rights Council resolutions {{numbers}}',
      ownResolution_one: 'its resolution {{numbers}}',
      ownResolution_other: 'its resolutions {{numbers}}',
    },
    yearsDisagree: 'Sources disagree on the year',
  },
  calls: {
    heading: 'What the Council asked of States',
    intro:
      'Paragraphs of Human Rights Council resolutions that call on States to contribute to this fund, newest first. The wording is ours and says no more than the paragraph does; each is cited.',
    none: 'No call of the Council concerning this fund is recorded.',
    advisoryHeading: 'What the Council’s Advisory Committee found and recommended',
    advisoryIntro:
      'Findings and recommendations of the Human Rights Council Advisory Committee, an expert body that advises the Council. They are the Committee’s, not decisions of the Council.',
    resolutionRef: 'Resolution {{number}}, paragraph {{paragraph}}',
    reportRef: 'Report {{symbol}}, paragraph {{paragraph}}',
    subject: { human_rights_council: 'The Human Rights Council', advisory_committee: 'The Advisory Committee' },
    sentence: '{{subject}} {{act}}.',
    act: {
      contribute_to_meet_demand: 'encouraged States and other donors to contribute to {{funds}} to meet the growing demand for assistance',
      contribute_especially_non_contributors:
        'reaffirmed the continuing need to increase voluntary contributions to the relevant United Nations funds for technical assistance and capacity-building in human rights, and encouraged States, in particular those that have not yet done so, to contribute to them',
      contribute:
        'reaffirmed the need to keep increasing voluntary contributions to the relevant United Nations funds for technical assistance and capacity-building in human rights, and called upon States to contribute to them',
      continue_contributing:
        'called upon States to continue contributing to the relevant United Nations funds for technical assistance and capacity-building in human rights and to the technical assistance programme of the Office of the High Commissioner',
      reported_states_not_contributing:
        'reported the remark of a non-governmental organization that many States do not contribute to the United Nations voluntary funds for technical assistance',
      increase_contributions: 'recommended that States, the international institutions concerned and other stakeholders increase their voluntary contributions to {{funds}}',
      contribute_regularly: 'recommended that States contribute regularly to {{funds}} and, if possible, increase their contributions',
    },
    relevantFunds: {
      resolution: '(the paragraph speaks of the relevant UN funds; the resolution names this fund)',
      report: '(the paragraph speaks of the relevant UN funds; the report names this fund)',
    },
  },
  briefCalls: {
    intro:
      'The same for every State: what the Council asked of States about the funds, and what its Advisory Committee found and recommended, as sentences to quote with their sources.',
    copy: 'Copy call {{n}}',
    copied: 'Call {{n}} copied.',
  },
  donors: {
    contributions: 'contributions {{amount}}',
    paidOrPledgedNotStated: 'paid or pledged not stated',
    contributionNoAmount: 'contribution recorded, amount not stated',
    pledgeNoAmount: 'pledge recorded, amount not stated',
    paymentNotRecorded: '{{amount}} pledged, payment not recorded',
    matrixPaymentNotRecorded: 'payment not recorded',
    noPledge: 'no pledge recorded',
    contributionsColumn: 'Contributions',
    totalContributions: 'Contributions, all years',
    totalPledged: 'Pledged, every pledge (with or without a year)',
    pledgedPaymentNotRecorded: 'Pledged, payment not recorded',
    noneRecorded: 'none recorded',
    notRanked: {
      pledge_only: 'not ranked: only a pledge is recorded for this year',
      amount_not_stated: 'not ranked: the amount is not stated',
      amount_not_exact: 'not ranked: the amount is not exact',
    },
    shareUnknownNoTotal: 'share unknown: the fund’s total for the year is not recorded',
    withoutMembers_one: '{{count}} of the {{total}} Member States has no contribution recorded for this fund',
    withoutMembers_other: '{{count}} of the {{total}} Member States have no contribution recorded for this fund',
  },
} as const;

export type FactsMessages = Shape<typeof facts>;
