// When and by what act a fund was established, as each source says it, with that source: the fund page
// lists every account (sources that disagree on the year say so); the overview card shows the first that gives a date.
// The data loader refuses an establishment event without a source (server/ingest), so each has one.

import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EstablishmentEvent, Fund } from '../../../server/contract/schemas.js';
import type { InstrumentKind } from '../../../server/contract/vocabulary.js';
import { formatPartialDate } from '../../format/numbers.js';
import { CitationMarker, SourceCitation } from '../SourceCitation/SourceCitation.js';

type InstrumentKey = 'chrResolution' | 'ecosocDecision' | 'hrcResolution' | 'ownResolution';
const INSTRUMENT_KEY: Record<InstrumentKind, InstrumentKey> = {
  'chr-resolution': 'chrResolution',
  'ecosoc-decision': 'ecosocDecision',
  'hrc-resolution': 'hrcResolution',
};

/** "A and B" in the reader's language (UN English: no serial comma). */
export const listText = (items: readonly string[], lang: string) =>
  new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction', style: 'long' }).format(items);

/** "Commission on Human Rights resolution 1987/38 and ECOSOC decision 1987/147"; "its resolutions 5/1 and 6/17" when the Council acted under its own. */
function instrumentsText(event: EstablishmentEvent, lang: string, t: TFunction): string {
  const groups = new Map<InstrumentKey, string[]>();
  for (const instrument of event.instruments) {
    const own = instrument.kind === 'hrc-resolution' && event.body === 'human_rights_council';
    const key = own ? 'ownResolution' : INSTRUMENT_KEY[instrument.kind];
    groups.set(key, [...(groups.get(key) ?? []), instrument.number]);
  }
  const parts = [...groups].map(([key, numbers]) => t(`facts.establishment.instrument.${key}`, { count: numbers.length, numbers: listText(numbers, lang) }));
  return listText(parts, lang);
}

/** "November 1987 — created by the Secretary-General under Commission on Human Rights resolution 1987/38 and ECOSOC decision 1987/147". */
export function establishmentText(event: EstablishmentEvent, lang: string, t: TFunction): string {
  const date = event.date ? formatPartialDate(event.date, lang) : t('facts.establishment.noDate');
  const body = event.body ? t(`facts.establishment.body.${event.body}`) : null;
  const instruments = event.instruments.length > 0 ? instrumentsText(event, lang, t) : null;
  const what =
    body && instruments
      ? t('facts.establishment.byUnder', { body, instruments })
      : body
        ? t('facts.establishment.by', { body })
        : instruments
          ? t('facts.establishment.under', { instruments })
          : t('facts.establishment.noAct');
  const line = t('facts.establishment.line', { date, what });
  // The line starts with the date: "Novembre 1987", not "novembre 1987".
  return line.charAt(0).toLocaleUpperCase(lang) + line.slice(1);
}

/** The account a card shows: the first that gives a date, in the data's order (which puts the official account first), else the first. */
export function leadingEvent(events: readonly EstablishmentEvent[]): EstablishmentEvent | undefined {
  return events.find((e) => e.date !== null) ?? events[0];
}

function Disagreement() {
  const { t } = useTranslation();
  return <span className="qualifier conflict establishment-disagree">{t('facts.establishment.yearsDisagree')}</span>;
}

/** The overview card's line: the leading account with a source marker, and "sources disagree on the year" when they do. */
export function FundEstablishmentCompact({ fund }: { fund: Fund }) {
  const { t, i18n } = useTranslation();
  const event = leadingEvent(fund.establishment);
  if (!event) return null;
  return (
    <div className="fund-established" data-testid="establishment">
      <span className="establishment-text">{establishmentText(event, i18n.language, t)}</span> <CitationMarker sources={[event.source]} />
      {fund.establishmentYearsDisagree ? (
        <>
          {' '}
          <Disagreement />
        </>
      ) : null}
    </div>
  );
}

/** The fund page's section: every source's account of the establishment, each with its citation. */
export function FundEstablishment({ fund }: { fund: Fund }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="fund-establishment" data-testid="establishment">
      <h2 id={headingId}>{t('facts.establishment.heading')}</h2>
      {fund.establishmentYearsDisagree ? (
        <p>
          <Disagreement />
        </p>
      ) : null}
      {fund.establishment.length === 0 ? (
        <p className="no-data">{t('facts.establishment.none')}</p>
      ) : (
        <ul className="establishment-events">
          {fund.establishment.map((event) => (
            <li key={event.id} data-date={event.date ?? ''}>
              <span className="establishment-text">{establishmentText(event, i18n.language, t)}</span>
              <span className="establishment-source">
                <SourceCitation source={event.source} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
