// The French text of web/i18n/sections/facts/en.ts (see there), the same keys.

import type { FactsMessages } from './en.js';

const NB = '\u00a0'; // French spacing before ; : and inside « »

export const facts: FactsMessages = {
  cite: {
    quoted: `«${NB}{{title}}${NB}»`,
    described: '[{{title}}]',
    stagingCopy: 'consulté sur une copie de préproduction de cette page',
    copyAt: 'consulté sur une copie hébergée par {{host}}',
    marker_one: 'source',
    marker_other: '{{count}} sources',
    notListed_one: `et {{count}} autre chiffre, non listé ici${NB}: la liste des chiffres du fonds le contient`,
    notListed_other: `et {{count}} autres chiffres, non listés ici${NB}: la liste des chiffres du fonds les contient tous`,
  },
  dataNotes: {
    summary: 'Notes sur les données',
    intro: `Notes des personnes qui ont relevé les données (en anglais) et identifiants des enregistrements${NB}: pour vérifier, pas pour citer.`,
    record: 'Enregistrement {{id}}',
  },
  establishment: {
    heading: 'Création du fonds',
    none: 'Aucune source consultée à ce jour n’indique quand ni comment ce fonds a été créé.',
    noDate: 'Date non indiquée',
    line: '{{date}} — {{what}}',
    noAct: 'créé (la source ne nomme ni acte ni organe)',
    by: 'créé par {{body}}',
    under: 'créé en application {{instruments}}',
    byUnder: 'créé par {{body}} en application {{instruments}}',
    body: { secretary_general: 'le Secrétaire général', human_rights_council: 'le Conseil des droits de l’homme' },
    instrument: {
      chrResolution_one: 'de la résolution {{numbers}} de la Commission des droits de l’homme',
      chrResolution_other: 'des résolutions {{numbers}} de la Commission des droits de l’homme',
      ecosocDecision_one: 'de la décision {{numbers}} du Conseil économique et social',
      ecosocDecision_other: 'des décisions {{numbers}} du Conseil économique et social',
      hrcResolution_one: 'de la résolution {{numbers}} du Conseil des droits de l’homme',
      hrcResolution_other: 'des résolutions {{numbers}} du Conseil des droits de l’homme',
      ownResolution_one: 'de sa résolution {{numbers}}',
      ownResolution_other: 'de ses résolutions {{numbers}}',
    },
    yearsDisagree: 'Les sources divergent sur l’année',
  },
  calls: {
    heading: 'Ce que le Conseil a demandé aux États',
    intro: `Les paragraphes des résolutions du Conseil des droits de l’homme qui engagent les États à contribuer à ce fonds, du plus récent au plus ancien. La formulation est la nôtre et ne dit pas plus que le paragraphe${NB}; chacun est cité.`,
    none: 'Aucun appel du Conseil concernant ce fonds n’est enregistré.',
    advisoryHeading: 'Constatations et recommandations du Comité consultatif du Conseil',
    advisoryIntro:
      'Constatations et recommandations du Comité consultatif du Conseil des droits de l’homme, organe d’experts qui conseille le Conseil. Ce sont celles du Comité, et non des décisions du Conseil.',
    resolutionRef: 'Résolution {{number}}, paragraphe {{paragraph}}',
    reportRef: 'Rapport {{symbol}}, paragraphe {{paragraph}}',
    subject: { human_rights_council: 'Le Conseil des droits de l’homme', advisory_committee: 'Le Comité consultatif' },
    sentence: '{{subject}} {{act}}.',
    act: {
      contribute_to_meet_demand: 'a encouragé les États et les autres donateurs à contribuer {{funds}} pour répondre à la demande croissante d’assistance',
      contribute_especially_non_contributors:
        'a réaffirmé la nécessité d’accroître les contributions volontaires aux fonds des Nations Unies compétents pour l’assistance technique et le renforcement des capacités dans le domaine des droits de l’homme, et a encouragé les États, en particulier ceux qui ne l’ont pas encore fait, à y contribuer',
      contribute:
        'a réaffirmé la nécessité de continuer d’accroître les contributions volontaires aux fonds des Nations Unies compétents pour l’assistance technique et le renforcement des capacités dans le domaine des droits de l’homme, et a engagé les États à y contribuer',
      continue_contributing:
        'a engagé les États à continuer de contribuer aux fonds des Nations Unies compétents pour l’assistance technique et le renforcement des capacités dans le domaine des droits de l’homme ainsi qu’au programme d’assistance technique du Haut-Commissariat',
      reported_states_not_contributing:
        'a rapporté la remarque d’une organisation non gouvernementale selon laquelle de nombreux États ne contribuent pas aux fonds de contributions volontaires des Nations Unies pour l’assistance technique',
      increase_contributions:
        'a recommandé que les États, les institutions internationales concernées et les autres parties prenantes augmentent leurs contributions volontaires {{funds}}',
      contribute_regularly: 'a recommandé que les États contribuent régulièrement {{funds}} et, si possible, augmentent leurs contributions',
    },
    relevantFunds: {
      resolution: `(le paragraphe parle des fonds compétents des Nations Unies${NB}; la résolution nomme ce fonds)`,
      report: `(le paragraphe parle des fonds compétents des Nations Unies${NB}; le rapport nomme ce fonds)`,
    },
  },
  briefCalls: {
    intro: `Identique pour tous les États${NB}: ce que le Conseil a demandé aux États au sujet des fonds, et ce que son Comité consultatif a constaté et recommandé, sous forme de phrases à citer avec leurs sources.`,
    copy: 'Copier l’appel {{n}}',
    copied: 'Appel {{n}} copié.',
  },
  donors: {
    contributions: 'contributions de {{amount}}',
    paidOrPledgedNotStated: `versé ou annoncé${NB}: non précisé`,
    contributionNoAmount: 'contribution enregistrée, montant non indiqué',
    pledgeNoAmount: 'annonce de contribution enregistrée, montant non indiqué',
    paymentNotRecorded: '{{amount}} annoncés, versement non enregistré',
    matrixPaymentNotRecorded: 'versement non enregistré',
    noPledge: 'aucune annonce enregistrée',
    contributionsColumn: 'Contributions',
    totalContributions: 'Contributions, toutes années',
    totalPledged: 'Annoncé, toutes annonces (datées ou non)',
    pledgedPaymentNotRecorded: 'Annoncé, versement non enregistré',
    noneRecorded: 'aucune enregistrée',
    notRanked: {
      pledge_only: `non classé${NB}: seule une annonce de contribution est enregistrée pour cette année`,
      amount_not_stated: `non classé${NB}: le montant n’est pas indiqué`,
      amount_not_exact: `non classé${NB}: le montant n’est pas exact`,
    },
    shareUnknownNoTotal: `part inconnue${NB}: le total du fonds pour l’année n’est pas enregistré`,
    withoutMembers_one: '{{count}} des {{total}} États Membres n’a aucune contribution enregistrée pour ce fonds',
    withoutMembers_other: '{{count}} des {{total}} États Membres n’ont aucune contribution enregistrée pour ce fonds',
  },
};
