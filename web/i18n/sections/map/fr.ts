// The French text of web/i18n/sections/map/en.ts (see there), the same keys.

import type { MapMessages } from './en.js';

export const map: MapMessages = {
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
