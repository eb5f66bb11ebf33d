// UI text for the first screens that answer (merged into web/i18n/*.ts as `screens`): a fund's answers
// at a glance, the donor ranking by year, the donor matrix's fund and year columns, the printable donor
// sheet, and the menu button of the collapsed navigation. The six languages, the same keys.
// This file: the English text and the shape every language follows (web/i18n/sections/screens/*.ts);
// one file per language, so that a reader loads only their own.

/** Plural forms English does not have but Arabic, Russian and others do (as in web/i18n/en.ts). */
type ExtraPluralKey = `${string}_${'zero' | 'two' | 'few' | 'many'}`;
type Shape<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> } & { [key: ExtraPluralKey]: string };

export const screens = {
  menu: 'Menu',
  glance: {
    heading: 'At a glance',
    latestHeading: 'Latest known money figures',
    yearAge: '{{year}} — {{age}}',
    partYear: '{{value}} (part of the year)',
    noYear: 'year not given',
    noMoney: 'No money figure is recorded for this fund.',
    balanceHeading: 'Received and spent',
    balanceMore: 'In {{year}} the fund received {{received}} and spent {{spent}}: {{difference}} more came in than went out.',
    balanceLess: 'In {{year}} the fund received {{received}} and spent {{spent}}: {{difference}} more went out than came in.',
    balanceEven: 'In {{year}} the fund received {{received}} and spent {{spent}}: as much came in as went out.',
    balanceUnknownYear: '{{year}}: received {{received}}, spent {{spent}}; the difference is unknown.',
    balanceNone: 'No year has both what the fund received and what it spent, so the difference is unknown.',
    trendHeading: 'Contributions over the years known',
    trendNone: 'No yearly contribution is recorded.',
    trendOne: 'Only {{year}} is known: {{value}}.',
    trend: {
      up: 'Up from {{first}} in {{firstYear}} to {{last}} in {{lastYear}}.',
      down: 'Down from {{first}} in {{firstYear}} to {{last}} in {{lastYear}}.',
      flat: 'The same in {{firstYear}} and {{lastYear}}: {{last}}.',
      unclear: 'From {{first}} in {{firstYear}} to {{last}} in {{lastYear}}; the sources’ qualifiers do not say whether it rose or fell.',
    },
    yearsKnown: 'Years known: {{years}}; the others are missing, not zero.',
    alsoKnownHeading: 'Other figures known',
    gapHeading: 'Gap',
    gapKnown: '{{year}}: a gap of {{gap}} against a requirement of {{requirement}}; received {{received}}, coverage {{coverage}}.',
    gapRequirementOnly: '{{year}}: a requirement of {{requirement}}; the gap is unknown, because what was received is not recorded.',
    noRequirement: 'No requirement (what the fund says it needs) is published in the sources read, so no gap is given: it is not guessed.',
    knownInstead: 'Known instead: {{metrics}} (above).',
    knownInsteadNothing: 'No other money figure is recorded either.',
    requirementDocuments_one: '{{count}} document not yet read may state the requirement',
    requirementDocuments_other: '{{count}} documents not yet read may state the requirement',
  },
  fund: {
    figuresToggle: 'Show every figure ({{count}}) with its sources',
    backlogToggle: 'Show the documents that hold the missing figures ({{count}})',
  },
  ranking: {
    heading: 'Donors ranked by what they paid: {{fund}}',
    intro: 'A ranking is given for a year only where the fund’s total received is recorded and the amounts ranked are exact; otherwise the reason is said instead of a guessed order.',
    none: 'No donor contribution is recorded by year for this fund, so there is nothing to rank.',
    caption: '{{fund}}, {{year}}: donors by the amount paid',
    rank: 'Rank',
    donor: 'Donor',
    paid: 'Paid',
    share: 'Share of the fund’s total',
    fundTotal: 'Fund’s total received: {{total}}',
    withheld: {
      fund_total_unknown: '{{year}}: not ranked — the fund’s total received for {{year}} is not recorded, so neither an order nor a share can be given.',
      no_exact_amounts: '{{year}}: not ranked — no donor’s amount for {{year}} is exact.',
    },
    notRankedHeading: 'Recorded for {{year}} but not ranked:',
  },
  matrix: {
    fund: 'Fund',
    recorded: 'Recorded',
    byYear: 'By year',
    noYears: 'no yearly amount',
    yearValue: '{{year}}: {{value}}',
    trendLabel: 'By year: {{values}}',
  },
  sheet: {
    sources: 'Sources',
    print: 'Print or save as PDF',
    heading: 'Donor sheet',
    made: 'Made on {{date}} from {{address}}',
    fundsRecorded: 'Funds with a record',
    yearsRecorded: 'Years with a yearly record',
    latestYear: 'Latest yearly record',
    noYears: 'none',
    hint: 'The sheet prints on one page without the site’s menus and buttons; the full list of figures is on this page below it.',
  },
} as const;

export type ScreensMessages = Shape<typeof screens>;
