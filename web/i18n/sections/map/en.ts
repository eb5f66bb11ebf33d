// UI text for the map views, English and French (merged into web/i18n/en.ts and fr.ts).
// This file: the English text and the shape every language follows (web/i18n/sections/map/*.ts);
// one file per language, so that a reader loads only their own.

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const map = {
  heading: 'Beneficiary States on a map',
  intro:
    'Which States the four funds are recorded as supporting. No source read gives money per country, so the map does not show dollars: it counts the sourced figures that name each State as a beneficiary — delegates funded at a session, a project, a list of countries helped.',
  summary: {
    none: 'No State is named as a beneficiary in the recorded figures.',
    main_one: '{{states}} State is named as a beneficiary in {{figures}}',
    main_other: '{{states}} States are named as beneficiaries in {{figures}}',
    figures_one: '{{n}} sourced figure',
    figures_other: '{{n}} sourced figures',
    alone: '{{main}}.',
    withLead: '{{main}}; {{lead}} of those figures are from the {{fund}}.',
  },
  mapLabel: 'World map of recorded support. {{summary}}',
  shadeBy: 'Shade the map by',
  allFunds: 'All four funds',
  noneForFund: 'No recorded figure from the {{fund}} names a beneficiary State, so the map is plain. That is a gap in the records, not evidence that the fund supported no State.',
  legend: {
    title: 'Recorded instances of support: sourced figures naming the State as a beneficiary (a number of figures, not of dollars or people; figures whose source does not say the fund paid are left out)',
    titleFund: 'Recorded instances of support from the {{fund}}: sourced figures naming the State as a beneficiary (a number of figures, not of dollars or people)',
    none: 'no recorded support (not the same as none)',
  },
  value_one: '{{n}} sourced figure',
  value_other: '{{n}} sourced figures',
  range: '{{from}}–{{to}}',
  notDrawn_one:
    '{{count}} State with recorded support is too small to draw on a map at this scale (small island States). Every State is listed in the table below; this one is not on the map:',
  notDrawn_other:
    '{{count}} States with recorded support are too small to draw on a map at this scale (small island States). Every State is listed in the table below; these are not on the map:',
  shared:
    'A figure that names several States gives one number for all of them together (for example 16 delegates from 16 countries): it counts once for each State named, and its number is never attributed to any one of them.',
  table: {
    heading: 'The map as a table',
    caption: 'Every State named as a beneficiary, with the number of sourced figures naming it, per fund and in all (a blank cell: no figure from that fund names the State)',
    state: 'State',
    code: 'ISO3 code',
    total: 'All funds',
    figures: 'Figures',
    sources: 'Sources',
    sourceIds: 'Source ids',
    sourceUrls: 'Source URLs',
  },
  csv: 'Download CSV',
  csvFile: 'beneficiary-states-sourced-figures',
  csvComment:
    'Counts are numbers of sourced figures naming the State as a beneficiary (not dollars, not people). A figure naming several States counts once for each and its own number belongs to all of them together. A State not listed has no recorded support here, which is not the same as none. Every figure with its value, qualifiers and citation: {{url}}',
  sourcesHeading: 'Sources',
  sourcesNote:
    'Each count is a number of figures, each read from a cited public document (the table lists them for each State). Follow a State to its page to see every figure with its value, its qualifiers and its citation.',
  country: {
    backToMap: 'Back to the map',
    statement: 'Statement brief for this State',
    summary: '{{name}} appears in {{donor}} as a donor and {{beneficiary}} as a beneficiary.',
    figureCount_one: '{{n}} figure',
    figureCount_other: '{{n}} figures',
    donorHeading: 'As a donor',
    beneficiaryHeading: 'As a beneficiary',
    noneAsDonor: 'No figure names this State as a donor.',
    noneAsBeneficiary: 'No figure names this State as a beneficiary.',
    none: 'No figures are recorded for this State. That means none has been transcribed here — not that the State gave or received nothing.',
    unknown: '“{{code}}” is not the ISO 3166 alpha-3 code of a State.',
    donorCaption: '{{fund}}: figures naming {{name}} as a donor, as their sources state them',
    aloneCaption: '{{fund}}: figures about {{name}} alone, as their sources state them',
    sharedCaption: '{{fund}}: figures naming {{name}} together with other States — each number is one total for all the States named, not this State’s share',
    csvFile: 'figures-{{code}}',
    csvComment:
      'Values as each source states them (money in US dollars), to be read with their qualifiers. A figure naming several States gives one total for all of them. Citations: {{url}}',
    columns: {
      role: 'Role',
      id: 'Id',
      fund: 'Fund',
      year: 'Year',
      metric: 'What',
      value: 'Value',
      unit: 'Unit',
      qualifiers: 'Qualifiers',
      about: 'Donor / beneficiaries',
      sourceTitles: 'Sources',
      urls: 'URLs',
    },
    role: { donor: 'donor', beneficiary: 'beneficiary' },
    unit: { usd_cents: 'US dollars', count: 'number' },
  },
} as const;

export type MapMessages = Widen<typeof map>;
