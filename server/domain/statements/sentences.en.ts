// The English sentences: one per figure, as donor or as beneficiary.

import { formatPartialDate, isPlural } from './format.js';
import { METRIC_LABEL, STATUS_NOTE, type Ctx } from './labels.js';
import { ordinal, sessionInfo } from './when.js';

type PeopleMetric = 'delegates' | 'fellows' | 'participants' | 'beneficiaries';

/** Singular and plural nouns: a beneficiary is never called a delegate. */
const PEOPLE_EN: Record<PeopleMetric, [string, string]> = {
  delegates: ['delegate', 'delegates'],
  fellows: ['fellow', 'fellows'],
  participants: ['participant (delegates and fellows combined)', 'participants (delegates and fellows combined)'],
  beneficiaries: ['beneficiary (the source does not say whether delegate or fellow)', 'beneficiaries (the source does not say whether delegates or fellows)'],
};
const SHORT_PLURAL_EN: Record<PeopleMetric, string> = { delegates: 'delegates', fellows: 'fellows', participants: 'delegates and fellows', beneficiaries: 'beneficiaries' };
export const PLAN_NOTE_EN = 'announced before the session, not a count made after it';

export function donorEn(c: Ctx): string {
  const { f, S, F, V, w } = c;
  const none = f.value === null;
  if (f.metric !== 'contributions') {
    const status = f.status ? [STATUS_NOTE.en[f.status]] : [];
    return none
      ? `${S.subject} is named as the donor in a record ${F.of} on ${METRIC_LABEL.en[f.metric]} ${w([...status, 'amount not stated'], true)}`
      : `${S.subject} is named as the donor in a record ${F.of} on ${METRIC_LABEL.en[f.metric]}: ${V} ${w(status)}`;
  }
  switch (f.status ?? 'unspecified') {
    case 'received':
      return none
        ? `${S.subject} made financial contributions ${F.to} ${w(['amount not stated'], true)}`
        : `${S.subject} contributed ${V} ${F.to} ${w()}`;
    case 'pledged':
      return none ? `${S.subject} announced a pledge ${F.to} ${w(['amount not stated'], true)}` : `${S.subject} pledged ${V} ${F.to} ${w()}`;
    case 'pledged_and_received':
      return none
        ? `${S.subject} is listed among the donors ${F.to} ${w(['contributions and pledges combined', 'amount not stated'], true)}`
        : `${S.subject} is recorded with ${V} in contributions and pledges combined ${F.to} ${w()}`;
    case 'unspecified':
      return none
        ? `${S.subject} is listed among the donors ${F.to} ${w(['amount not stated'], true)}`
        : `${S.subject} is recorded as a donor ${F.to} ${w()}, with contributions of ${V} (the source does not say whether paid or pledged)`;
  }
}

function totalTailEn(c: Ctx, noun: string): string {
  return `: ${c.V} ${noun} in all, a total for all the States concerned, not the number for ${c.S.plain}`;
}

export function beneficiaryEn(c: Ctx): string {
  const { f, S, F, V, w, k } = c;
  const none = f.value === null;
  const many = k > 1;
  const plural = isPlural(f, 'en');
  const session = sessionInfo(f.session);
  const yearPart = f.year !== null ? `, in ${f.year}` : '';
  const notStated = 'number not stated';

  switch (f.metric) {
    case 'delegates':
    case 'fellows':
    case 'participants':
    case 'beneficiaries': {
      const [one, some] = PEOPLE_EN[f.metric];
      const shortPlural = SHORT_PLURAL_EN[f.metric];
      // Announced before the session: a plan, never said as support given.
      const planned = f.basis === 'planned';
      const supported = planned ? 'announced it would support' : 'supported';
      const planNote = planned ? [PLAN_NOTE_EN] : [];
      if (many) {
        return none
          ? `${S.subject} is among the ${k} States named for the ${shortPlural} whose participation ${F.the} ${planned ? 'announced it would support' : 'supported'} ${w([...planNote, notStated])}`
          : `${S.subject} is among the ${k} States named for the ${shortPlural} whose participation ${F.the} ${planned ? 'announced it would support' : 'supported'} ${w(planNote)}${totalTailEn(c, plural ? some : one)}`;
      }
      return none
        ? `${F.The} ${supported} the participation of ${shortPlural} from ${S.plain} ${w([...planNote, notStated])}`
        : `${F.The} ${supported} the participation of ${V} ${plural ? some : one} from ${S.plain} ${w(planNote)}`;
    }
    case 'projects': {
      const noun = plural ? 'projects' : 'project';
      if (f.period === 'session' && session.kind === 'board') {
        const at = `at its ${ordinal(session.n, 'en')} session${yearPart}`;
        const yearNote = f.year !== null ? ['the year is that of the Board session, not necessarily of the project'] : [];
        const notes = (extra: string[]) => {
          const all = [...(f.asOf ? [`as of ${formatPartialDate(f.asOf, 'en')}`] : []), ...extra, ...yearNote];
          return all.length ? ` (${all.join('; ')})` : '';
        };
        if (many) {
          return none
            ? `${S.subject} is among the ${k} States named for the projects before the Board of Trustees ${F.of} for review ${at}${notes([notStated])}`
            : `${S.subject} is among the ${k} States named for the projects before the Board of Trustees ${F.of} for review ${at}${notes([])}${totalTailEn(c, noun)}`;
        }
        return none
          ? `The Board of Trustees ${F.of} had before it for review projects concerning ${S.plain} ${at}${notes([notStated])}`
          : `The Board of Trustees ${F.of} had before it for review ${V} ${noun} concerning ${S.plain} ${at}${notes([])}`;
      }
      if (many) {
        return none
          ? `${S.subject} is among the ${k} States named for projects supported by ${F.the} ${w([notStated], true)}`
          : `${S.subject} is among the ${k} States named for projects supported by ${F.the} ${w()}${totalTailEn(c, noun)}`;
      }
      return none
        ? `${S.subject} is named among the countries with projects supported by ${F.the} ${w(['number of projects not stated'], true)}`
        : `${F.The} supported ${V} ${noun} concerning ${S.plain} ${w()}`;
    }
    case 'project_proposals': {
      const noun = plural ? 'project proposals' : 'project proposal';
      const board = f.period === 'session' && session.kind === 'board';
      const asOf = f.asOf ? [`as of ${formatPartialDate(f.asOf, 'en')}`] : [];
      const before = (extra: string[]) =>
        board
          ? `put before the Board of Trustees ${F.of} at its ${ordinal(session.n, 'en')} session${yearPart}${[...asOf, ...extra].length ? ` (${[...asOf, ...extra].join('; ')})` : ''}`
          : `submitted ${F.to} ${w(extra)}`;
      if (many) {
        return none
          ? `${S.subject} is among the ${k} States named in the project proposals ${before([notStated])}; approval is not stated`
          : `${S.subject} is among the ${k} States named in the project proposals ${before([])}${totalTailEn(c, noun)}; approval is not stated`;
      }
      return none
        ? `${S.subject} was the subject of project proposals ${before([notStated])}; approval is not stated`
        : `${S.subject} was the subject of ${V} ${noun} ${before([])}; approval is not stated`;
    }
    case 'countries_supported': {
      const noun = plural ? 'countries' : 'country';
      const named = many ? `is among the ${k} States named among the countries supported by` : 'is named among the countries supported by';
      // One State named and a count of exactly 1: the State is that one country; nothing is dropped.
      return none || (!many && f.value === 1 && f.precision === 'exact')
        ? `${S.subject} ${named} ${F.the} ${w(none ? [notStated] : [], none)}`
        : `${S.subject} ${named} ${F.the} ${w()}: ${V} ${noun} in all, a total, not a number for ${S.plain}`;
    }
    case 'trainings': {
      const noun = plural ? 'training events or workshops' : 'training event or workshop';
      if (many) {
        return none
          ? `${S.subject} is among the ${k} States named for training events or workshops of ${F.the} ${w([notStated])}`
          : `${S.subject} is among the ${k} States named for training events or workshops of ${F.the} ${w()}${totalTailEn(c, noun)}`;
      }
      return none
        ? `${F.The} held training events or workshops concerning ${S.plain} ${w([notStated])}`
        : `${F.The} held ${V} ${noun} concerning ${S.plain} ${w()}`;
    }
    default: {
      const status = f.status ? [STATUS_NOTE.en[f.status]] : [];
      const label = METRIC_LABEL.en[f.metric];
      const noNumber = [...status, f.unit === 'usd_cents' ? 'amount not stated' : notStated];
      if (none) {
        return many
          ? `${S.subject} is among the ${k} States named in a record ${F.of} on ${label} ${w(noNumber, true)}`
          : `${S.subject} is named in a record ${F.of} on ${label} ${w(noNumber, true)}`;
      }
      return many
        ? `${S.subject} is among the ${k} States named in a record ${F.of} on ${label} ${w(status)}: ${V}, a total for all the States concerned, not a number for ${S.plain}`
        : `A record ${F.of} on ${label} concerns ${S.plain} ${w(status)}: ${V}`;
    }
  }
}

// French ----------------------------------------------------------------------------------------

/**
 * A figure about the whole fund (no State named), which every delegation can quote: "The LDC/SIDS
 * Trust Fund supported the participation of 172 delegates cumulatively since 2014 (as of 28 February 2022)".
 */
export function fundWideEn(c: Pick<Ctx, 'f' | 'F' | 'V' | 'w'>): string {
  const { f, F, V, w } = c;
  const plural = isPlural(f, 'en');
  switch (f.metric) {
    case 'delegates':
    case 'fellows':
    case 'participants':
    case 'beneficiaries': {
      const [one, some] = PEOPLE_EN[f.metric];
      const planned = f.basis === 'planned';
      return `${F.The} ${planned ? 'announced it would support' : 'supported'} the participation of ${V} ${plural ? some : one} ${w(planned ? [PLAN_NOTE_EN] : [])}`;
    }
    case 'countries_supported':
      return `${F.The} supported ${V} ${plural ? 'countries' : 'country'} ${w()}`;
    case 'funds_allocated':
      return `${F.The} allocated ${V} to projects ${w()}`;
    default:
      return `A record ${F.of} on ${METRIC_LABEL.en[f.metric]} gives ${V} ${w(f.status ? [STATUS_NOTE.en[f.status]] : [])}`;
  }
}
