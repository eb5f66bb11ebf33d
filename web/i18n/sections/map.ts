// UI text for the map views, English and French (merged into web/i18n/en.ts and fr.ts).
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const en = {
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

const fr: Widen<typeof en> = {
  heading: 'Les États bénéficiaires sur une carte',
  intro:
    'Les États que les quatre fonds ont soutenus selon les données enregistrées. Aucune des sources consultées ne donne de montants par pays : la carte n’indique donc pas de dollars, mais le nombre de chiffres sourcés qui citent chaque État comme bénéficiaire — délégués financés pour une session, projet, liste de pays aidés.',
  summary: {
    none: 'Aucun État n’est cité comme bénéficiaire dans les chiffres enregistrés.',
    main_one: '{{states}} État est cité comme bénéficiaire dans {{figures}}',
    main_other: '{{states}} États sont cités comme bénéficiaires dans {{figures}}',
    figures_one: '{{n}} chiffre sourcé',
    figures_other: '{{n}} chiffres sourcés',
    alone: '{{main}}.',
    withLead: '{{main}} ; {{lead}} de ces chiffres proviennent du {{fund}}.',
  },
  mapLabel: 'Carte du monde du soutien enregistré. {{summary}}',
  shadeBy: 'Colorer la carte selon',
  allFunds: 'Les quatre fonds',
  noneForFund: 'Aucun chiffre enregistré du {{fund}} ne cite d’État bénéficiaire : la carte reste donc vierge. C’est une lacune des données, non la preuve que le fonds n’a soutenu aucun État.',
  legend: {
    title: 'Soutien enregistré : nombre de chiffres sourcés citant l’État comme bénéficiaire (un nombre de chiffres, non de dollars ni de personnes ; les chiffres dont la source ne dit pas que le fonds a payé sont exclus)',
    titleFund: 'Soutien enregistré du {{fund}} : nombre de chiffres sourcés citant l’État comme bénéficiaire (un nombre de chiffres, non de dollars ni de personnes)',
    none: 'aucun soutien enregistré (ce qui ne veut pas dire aucun soutien)',
  },
  value_one: '{{n}} chiffre sourcé',
  value_other: '{{n}} chiffres sourcés',
  range: '{{from}} à {{to}}',
  notDrawn_one:
    '{{count}} État ayant un soutien enregistré est trop petit pour figurer sur une carte à cette échelle (petits États insulaires). Tous les États figurent dans le tableau ci-dessous ; celui-ci n’apparaît pas sur la carte :',
  notDrawn_other:
    '{{count}} États ayant un soutien enregistré sont trop petits pour figurer sur une carte à cette échelle (petits États insulaires). Tous les États figurent dans le tableau ci-dessous ; ceux-ci n’apparaissent pas sur la carte :',
  shared:
    'Un chiffre qui cite plusieurs États donne un seul nombre pour l’ensemble (par exemple 16 délégués de 16 pays) : il compte une fois pour chaque État cité, et son nombre n’est jamais attribué à l’un d’eux seul.',
  table: {
    heading: 'La carte sous forme de tableau',
    caption: 'Chaque État cité comme bénéficiaire, avec le nombre de chiffres sourcés qui le citent, par fonds et au total (case vide : aucun chiffre de ce fonds ne cite l’État)',
    state: 'État',
    code: 'Code ISO3',
    total: 'Tous les fonds',
    figures: 'Chiffres',
    sources: 'Sources',
    sourceIds: 'Identifiants des sources',
    sourceUrls: 'URL des sources',
  },
  csv: 'Télécharger en CSV',
  csvFile: 'etats-beneficiaires-chiffres-sources',
  csvComment:
    'Les valeurs sont des nombres de chiffres sourcés citant l’État comme bénéficiaire (ni des dollars ni des personnes). Un chiffre citant plusieurs États compte une fois pour chacun, et son propre nombre vaut pour l’ensemble de ces États. Un État absent de la liste n’a aucun soutien enregistré ici, ce qui ne veut pas dire aucun soutien. Chaque chiffre avec sa valeur, ses précisions et sa source : {{url}}',
  sourcesHeading: 'Sources',
  sourcesNote:
    'Chaque valeur est un nombre de chiffres, chacun tiré d’un document public cité (le tableau indique ces documents pour chaque État). La page de chaque État présente chaque chiffre avec sa valeur, ses précisions et sa source.',
  country: {
    backToMap: 'Retour à la carte',
    statement: 'Note pour déclaration sur cet État',
    summary: '{{name}} : cité comme donateur dans {{donor}} et comme bénéficiaire dans {{beneficiary}}.',
    figureCount_one: '{{n}} chiffre',
    figureCount_other: '{{n}} chiffres',
    donorHeading: 'En tant que donateur',
    beneficiaryHeading: 'En tant que bénéficiaire',
    noneAsDonor: 'Aucun chiffre ne cite cet État comme donateur.',
    noneAsBeneficiary: 'Aucun chiffre ne cite cet État comme bénéficiaire.',
    none: 'Aucun chiffre n’est enregistré pour cet État. Cela signifie qu’aucun chiffre n’a été relevé ici — et non que l’État n’a rien donné ni rien reçu.',
    unknown: '« {{code}} » n’est pas le code ISO 3166 alpha-3 d’un État.',
    donorCaption: '{{fund}} : chiffres citant cet État ({{name}}) comme donateur, tels que leurs sources les donnent',
    aloneCaption: '{{fund}} : chiffres concernant cet État ({{name}}) seul, tels que leurs sources les donnent',
    sharedCaption: '{{fund}} : chiffres citant cet État ({{name}}) avec d’autres États — chaque nombre est un total pour l’ensemble des États cités, non la part de cet État',
    csvFile: 'chiffres-{{code}}',
    csvComment:
      'Valeurs telles que chaque source les donne (montants en dollars des États-Unis), à lire avec leurs précisions. Un chiffre citant plusieurs États donne un seul total pour l’ensemble. Sources : {{url}}',
    columns: {
      role: 'Rôle',
      id: 'Identifiant',
      fund: 'Fonds',
      year: 'Année',
      metric: 'Indicateur',
      value: 'Valeur',
      unit: 'Unité',
      qualifiers: 'Précisions',
      about: 'Donateur / bénéficiaires',
      sourceTitles: 'Sources',
      urls: 'URL',
    },
    role: { donor: 'donateur', beneficiary: 'bénéficiaire' },
    unit: { usd_cents: 'dollars des États-Unis', count: 'nombre' },
  },
};

export const mapMessages = { en, fr };
