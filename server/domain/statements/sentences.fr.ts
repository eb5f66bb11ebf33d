// The French sentences, mirroring the English ones (sentences.en.ts) with French grammar.

import { deFr, frAt, isPlural, NBSP } from './format.js';
import { METRIC_LABEL, STATUS_NOTE, type Ctx } from './labels.js';
import { ordinal, sessionInfo } from './when.js';

type PeopleMetric = 'delegates' | 'fellows' | 'participants' | 'beneficiaries';

/** Noms au singulier et au pluriel : un bénéficiaire n'est jamais appelé délégué. */
const PEOPLE_FR: Record<PeopleMetric, [string, string]> = {
  delegates: ['délégué', 'délégués'],
  fellows: ['boursier', 'boursiers'],
  participants: ['participant (délégués et boursiers confondus)', 'participants (délégués et boursiers confondus)'],
  beneficiaries: ['bénéficiaire (la source ne précise pas s\'il s\'agit d\'un délégué ou d\'un boursier)', 'bénéficiaires (la source ne précise pas s\'il s\'agit de délégués ou de boursiers)'],
};
const SHORT_PLURAL_FR: Record<PeopleMetric, string> = { delegates: 'délégués', fellows: 'boursiers', participants: 'délégués et boursiers', beneficiaries: 'bénéficiaires' };
export const PLAN_NOTE_FR = 'annonce faite avant la session, et non décompte établi après';

export function donorFr(c: Ctx): string {
  const { f, S, F, V, w } = c;
  const none = f.value === null;
  const v = (sg: string, pl: string) => (S.plural ? pl : sg);
  const figure = v('figure', 'figurent');
  if (f.metric !== 'contributions') {
    const status = f.status ? [STATUS_NOTE.fr[f.status]] : [];
    return none
      ? `${S.subject} ${v('est désigné comme donateur', 'sont désignés comme donateurs')} dans un chiffre ${F.of} sur ${METRIC_LABEL.fr[f.metric]} ${w([...status, 'montant non indiqué'], true)}`
      : `Un chiffre ${F.of} sur ${METRIC_LABEL.fr[f.metric]} désigne ${S.plain} comme donateur${NBSP}: ${V} ${w(status)}`;
  }
  switch (f.status ?? 'unspecified') {
    case 'received':
      return none
        ? `${S.subject} ${v('a', 'ont')} versé des contributions financières ${F.to} ${w(['montant non indiqué'], true)}`
        : `${S.subject} ${v('a', 'ont')} versé ${V} ${F.to} ${w()}`;
    case 'pledged':
      return none
        ? `${S.subject} ${v('a', 'ont')} annoncé une contribution ${F.to} ${w(['montant non indiqué'], true)}`
        : `${S.subject} ${v('a', 'ont')} annoncé une contribution ${deFr(V)} ${F.to} ${w()}`;
    case 'pledged_and_received':
      return none
        ? `${S.subject} ${figure} parmi les donateurs ${F.of} ${w(['versements et annonces de contributions confondus', 'montant non indiqué'], true)}`
        : `Les contributions versées et annoncées ${S.of} ${F.to}, versements et annonces confondus, atteignent ${V} ${w()}`;
    case 'unspecified':
      return none
        ? `${S.subject} ${figure} parmi les donateurs ${F.of} ${w(['montant non indiqué'], true)}`
        : `${S.subject} ${figure} parmi les donateurs ${F.of} ${w()}, avec des contributions ${deFr(V)} (la source ne précise pas s'il s'agit de versements ou d'annonces de contributions)`;
  }
}

function totalTailFr(c: Ctx, noun: string): string {
  return `${NBSP}: ${c.V} ${noun} au total, pour l'ensemble des États concernés, et non le nombre concernant ${c.S.plain}`;
}

export function beneficiaryFr(c: Ctx): string {
  const { f, S, F, V, w, k } = c;
  const none = f.value === null;
  const many = k > 1;
  const plural = isPlural(f, 'fr');
  const v = (sg: string, pl: string) => (S.plural ? pl : sg);
  const figure = v('figure', 'figurent');
  const session = sessionInfo(f.session);
  const yearPart = f.year !== null ? `, en ${f.year}` : '';
  const notStated = 'nombre non indiqué';

  switch (f.metric) {
    case 'delegates':
    case 'fellows':
    case 'participants':
    case 'beneficiaries': {
      const [one, some] = PEOPLE_FR[f.metric];
      const shortPlural = SHORT_PLURAL_FR[f.metric];
      // Annoncé avant la session : un projet, jamais présenté comme un soutien apporté.
      const planned = f.basis === 'planned';
      const planNote = planned ? [PLAN_NOTE_FR] : [];
      if (many) {
        const verb = planned ? 'a annoncé soutenir la participation' : 'a soutenu la participation';
        return none
          ? `${S.subject} ${figure} parmi les ${k} États nommés pour les ${shortPlural} dont ${F.the} ${verb} ${w([...planNote, notStated])}`
          : `${S.subject} ${figure} parmi les ${k} États nommés pour les ${shortPlural} dont ${F.the} ${verb} ${w(planNote)}${totalTailFr(c, plural ? some : one)}`;
      }
      const lead = planned ? `${F.The} a annoncé son soutien à la participation` : `${F.The} a soutenu la participation`;
      return none
        ? `${lead} de ${shortPlural} ${S.of} ${w([...planNote, notStated])}`
        : `${lead} ${deFr(`${V} ${plural ? some : one}`)} ${S.of} ${w(planNote)}`;
    }
    case 'projects': {
      const noun = plural ? 'projets' : 'projet';
      if (f.period === 'session' && session.kind === 'board') {
        const at = `à sa ${ordinal(session.n, 'fr')} session${yearPart}`;
        const yearNote = f.year !== null ? ["l'année est celle de la session du Conseil d'administration, non nécessairement celle du projet"] : [];
        const notes = (extra: string[]) => {
          const all = [...(f.asOf ? [`situation ${frAt(f.asOf)}`] : []), ...extra, ...yearNote];
          return all.length ? ` (${all.join(`${NBSP}; `)})` : '';
        };
        if (many) {
          return none
            ? `${S.subject} ${figure} parmi les ${k} États nommés pour les projets soumis pour examen au Conseil d'administration ${F.of} ${at}${notes([notStated])}`
            : `${S.subject} ${figure} parmi les ${k} États nommés pour les projets soumis pour examen au Conseil d'administration ${F.of} ${at}${notes([])}${totalTailFr(c, noun)}`;
        }
        return none
          ? `Le Conseil d'administration ${F.of} était saisi, pour examen ${at}, de projets concernant ${S.plain}${notes([notStated])}`
          : `Le Conseil d'administration ${F.of} était saisi, pour examen ${at}, ${deFr(`${V} ${noun}`)} concernant ${S.plain}${notes([])}`;
      }
      if (many) {
        return none
          ? `${S.subject} ${figure} parmi les ${k} États nommés pour des projets soutenus par ${F.the} ${w([notStated], true)}`
          : `${S.subject} ${figure} parmi les ${k} États nommés pour des projets soutenus par ${F.the} ${w()}${totalTailFr(c, noun)}`;
      }
      return none
        ? `${S.subject} ${figure} parmi les pays ayant bénéficié de projets soutenus par ${F.the} ${w(['nombre de projets non indiqué'], true)}`
        : `${F.The} a soutenu ${V} ${noun} concernant ${S.plain} ${w()}`;
    }
    case 'project_proposals': {
      const noun = plural ? 'propositions de projet' : 'proposition de projet';
      const submitted = plural || none ? 'soumises' : 'soumise';
      const board = f.period === 'session' && session.kind === 'board';
      const asOf = f.asOf ? [`situation ${frAt(f.asOf)}`] : [];
      const before = (extra: string[]) =>
        board
          ? `${submitted} au Conseil d'administration ${F.of} à sa ${ordinal(session.n, 'fr')} session${yearPart}${[...asOf, ...extra].length ? ` (${[...asOf, ...extra].join(`${NBSP}; `)})` : ''}`
          : `${submitted} ${F.to} ${w(extra)}`;
      const approval = `${NBSP}; leur approbation n'est pas indiquée`;
      if (many) {
        return none
          ? `${S.subject} ${figure} parmi les ${k} États nommés dans les propositions de projet ${before([notStated])}${approval}`
          : `${S.subject} ${figure} parmi les ${k} États nommés dans les propositions de projet ${before([])}${totalTailFr(c, plural ? 'propositions' : 'proposition')}${approval}`;
      }
      return none
        ? `${S.subject} ${v('a', 'ont')} fait l'objet de propositions de projet ${before([notStated])}${approval}`
        : `${S.subject} ${v('a', 'ont')} fait l'objet ${deFr(`${V} ${noun}`)} ${before([])}${approval}`;
    }
    case 'countries_supported': {
      const noun = plural ? 'pays' : 'pays';
      const named = many ? `${figure} parmi les ${k} États nommés parmi les pays aidés par` : `${figure} parmi les pays aidés par`;
      // One State named and a count of exactly 1: the State is that one country; nothing is dropped.
      return none || (!many && f.value === 1 && f.precision === 'exact')
        ? `${S.subject} ${named} ${F.the} ${w(none ? [notStated] : [], none)}`
        : `${S.subject} ${named} ${F.the} ${w()}${NBSP}: ${V} ${noun} au total, et non un nombre concernant ${S.plain}`;
    }
    case 'trainings': {
      const noun = plural ? 'formations ou ateliers' : 'formation ou atelier';
      if (many) {
        return none
          ? `${S.subject} ${figure} parmi les ${k} États nommés pour des formations ou ateliers ${F.of} ${w([notStated])}`
          : `${S.subject} ${figure} parmi les ${k} États nommés pour des formations ou ateliers ${F.of} ${w()}${totalTailFr(c, noun)}`;
      }
      return none
        ? `${F.The} a organisé des formations ou ateliers concernant ${S.plain} ${w([notStated])}`
        : `${F.The} a organisé ${V} ${noun} concernant ${S.plain} ${w()}`;
    }
    default: {
      const status = f.status ? [STATUS_NOTE.fr[f.status]] : [];
      const label = METRIC_LABEL.fr[f.metric];
      const noNumber = [...status, f.unit === 'usd_cents' ? 'montant non indiqué' : notStated];
      if (none) {
        return many
          ? `${S.subject} ${figure} parmi les ${k} États nommés dans un chiffre ${F.of} sur ${label} ${w(noNumber, true)}`
          : `Un chiffre ${F.of} sur ${label} concerne ${S.plain} ${w(noNumber, true)}`;
      }
      return many
        ? `${S.subject} ${figure} parmi les ${k} États nommés dans un chiffre ${F.of} sur ${label} ${w(status)}${NBSP}: ${V}, total pour l'ensemble des États concernés, et non un nombre concernant ${S.plain}`
        : `Un chiffre ${F.of} sur ${label} concerne ${S.plain} ${w(status)}${NBSP}: ${V}`;
    }
  }
}

/**
 * Un chiffre portant sur l'ensemble du Fonds (aucun État nommé), que toute délégation peut citer :
 * « Le Fonds PMA/PEID a soutenu la participation de 172 délégués au total depuis 2014 (situation au 28 février 2022) ».
 */
export function fundWideFr(c: Pick<Ctx, 'f' | 'F' | 'V' | 'w'>): string {
  const { f, F, V, w } = c;
  const plural = isPlural(f, 'fr');
  switch (f.metric) {
    case 'delegates':
    case 'fellows':
    case 'participants':
    case 'beneficiaries': {
      const [one, some] = PEOPLE_FR[f.metric];
      const planned = f.basis === 'planned';
      const lead = planned ? `${F.The} a annoncé son soutien à la participation` : `${F.The} a soutenu la participation`;
      return `${lead} ${deFr(`${V} ${plural ? some : one}`)} ${w(planned ? [PLAN_NOTE_FR] : [])}`;
    }
    case 'countries_supported':
      return `${F.The} a aidé ${V} pays ${w()}`;
    case 'funds_allocated':
      return `${F.The} a alloué ${V} à des projets ${w()}`;
    default:
      return `Un chiffre ${F.of} sur ${METRIC_LABEL.fr[f.metric]} indique ${V} ${w(f.status ? [STATUS_NOTE.fr[f.status]] : [])}`;
  }
}
