// What the Human Rights Council asked of States about a fund, paragraph by paragraph, and, apart, what
// its Advisory Committee found and recommended (an expert body's words, not the Council's). The wording
// is ours, one per kind of call (i18n facts.calls.act.*), no stronger than the paragraph; each is cited.

import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fundForms } from '../../../server/contract/stateNames.js';
import type { CouncilCall, Fund } from '../../../server/contract/schemas.js';
import { formatPartialDate } from '../../format/numbers.js';
import type { UiLanguage } from '../../i18n/languages.js';
import { fundShortNameById } from '../../i18n/names.js';
import { DataNotes } from '../DataNotes/DataNotes.js';
import { listText } from '../FundEstablishment/FundEstablishment.js';
import { SourceCitation } from '../SourceCitation/SourceCitation.js';

/** The funds a paragraph names, as the sentence needs them: "the VFTC and the UPR Implementation Fund", "au Fonds …", "al Fondo …". */
function fundsText(ids: readonly string[], funds: readonly Fund[] | undefined, lang: UiLanguage): string {
  const names = ids.map((id) => fundShortNameById(funds, id, lang));
  const forms = names.map((name) => (lang === 'en' ? fundForms(name, 'en').the : lang === 'fr' ? fundForms(name, 'fr').to : lang === 'es' ? `al ${name}` : name));
  return listText(forms, lang);
}

/** "57/32" from "A/HRC/RES/57/32"; null for a report's symbol. */
const resolutionNumber = (symbol: string | null) => /RES\/(\d+\/\d+)$/.exec(symbol ?? '')?.[1] ?? null;
/** "5" from "para. 5"; the locator itself when it holds no number. */
const paragraphOf = (locator: string | null) => /(\d+)/.exec(locator ?? '')?.[1] ?? locator ?? '';

/** "Resolution 57/32, paragraph 5" or "Report A/HRC/43/31, paragraph 108". */
export function callReference(call: CouncilCall, t: TFunction): string {
  const paragraph = paragraphOf(call.source.locator);
  const number = call.body === 'human_rights_council' ? resolutionNumber(call.source.symbol) : null;
  return number
    ? t('facts.calls.resolutionRef', { number, paragraph })
    : t('facts.calls.reportRef', { symbol: call.source.symbol ?? call.source.title, paragraph });
}

/** "The Human Rights Council called upon States to continue contributing to …". */
export function callText(call: CouncilCall, funds: readonly Fund[] | undefined, lang: UiLanguage, t: TFunction): string {
  const act = t(`facts.calls.act.${call.call}`, { funds: fundsText(call.funds, funds, lang) });
  return t('facts.calls.sentence', { subject: t(`facts.calls.subject.${call.body}`), act });
}

function CallList({ calls, funds, lang }: { calls: readonly CouncilCall[]; funds: readonly Fund[] | undefined; lang: UiLanguage }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="council-calls">
      {calls.map((call) => (
        <li key={call.id} data-call-id={call.id} data-body={call.body}>
          <p className="call-ref">
            <strong>{callReference(call, t)}</strong>
            {' · '}
            {formatPartialDate(call.adopted, i18n.language)}
          </p>
          <p className="call-text">
            {callText(call, funds, lang, t)}
            {call.reference === 'relevant_funds' ? (
              <span className="call-reference-note"> {t(call.body === 'human_rights_council' ? 'facts.calls.relevantFunds.resolution' : 'facts.calls.relevantFunds.report')}</span>
            ) : null}
          </p>
          <SourceCitation source={call.source} />
          <DataNotes notes={call.note ? [{ text: call.note }] : []} />
        </li>
      ))}
    </ol>
  );
}

/** The fund page's section on the Council's calls, with the Advisory Committee's findings apart. */
export function CouncilCalls({ calls, funds, lang }: { calls: readonly CouncilCall[]; funds: readonly Fund[] | undefined; lang: UiLanguage }) {
  const { t } = useTranslation();
  const headingId = useId();
  const advisoryId = useId();
  const council = calls.filter((c) => c.body === 'human_rights_council');
  const advisory = calls.filter((c) => c.body === 'advisory_committee');
  return (
    <section aria-labelledby={headingId} className="council-calls-section">
      <h2 id={headingId}>{t('facts.calls.heading')}</h2>
      <p className="intro">{t('facts.calls.intro')}</p>
      {council.length === 0 ? <p className="no-data">{t('facts.calls.none')}</p> : <CallList calls={council} funds={funds} lang={lang} />}
      {advisory.length > 0 ? (
        <section aria-labelledby={advisoryId} className="advisory-findings">
          <h3 id={advisoryId}>{t('facts.calls.advisoryHeading')}</h3>
          <p className="intro">{t('facts.calls.advisoryIntro')}</p>
          <CallList calls={advisory} funds={funds} lang={lang} />
        </section>
      ) : null}
    </section>
  );
}
