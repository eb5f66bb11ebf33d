import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { stateFormsEn, stateFormsFr } from '../../server/contract/stateNames.js';
import type { FigureSource } from '../../server/contract/schemas.js';
import { STATEMENT_LANGS, type StatementLang } from '../../server/contract/vocabulary.js';
import { memberStatesQuery, statementQuery } from '../api/queries.js';
import { SelectField } from '../components/Form/Field.js';
import { QueryState } from '../components/QueryState.js';
import { SourceCitation } from '../components/SourceCitation/SourceCitation.js';
import type { UiLanguage } from '../i18n/index.js';
import { useUiLanguage } from '../Layout.js';
import { entityName } from '../i18n/names.js';
import { formatCount } from '../format/numbers.js';

type StateOption = { iso3: string; name: { en: string; fr: string } };

/** The 193 Member States (a brief says what every delegation can say, whatever is recorded about the State), sorted by name in the reader's language. */
function useMemberStates(lang: UiLanguage) {
  return useQuery({
    ...memberStatesQuery(),
    select: (states: StateOption[]): StateOption[] => {
      const collator = new Intl.Collator(lang);
      return [...states].sort((a, b) => collator.compare(entityName(a, lang), entityName(b, lang)));
    },
  });
}

function useBrief(iso3: string | undefined, lang: StatementLang) {
  return useQuery({ ...statementQuery(iso3 ?? '', lang), enabled: iso3 !== undefined });
}

/** The clipboard, or the old way when the page may not use it; false when neither works. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // fall through
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

/** A State's name inside a sentence of the UI, with its article in English and French ("the Netherlands", "le Danemark"); the ISO package's name otherwise. */
const nameInText = (state: StateOption, lang: UiLanguage) =>
  lang === 'fr' ? stateFormsFr(state.name.fr).plain : lang === 'en' ? stateFormsEn(state.name.en).plain : entityName(state, lang);

/** The statement brief for a delegation: one State, English or French, sentences to quote with their sources. */
export function StatementPage() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { iso3: rawIso3 } = useParams();
  const iso3 = rawIso3?.toUpperCase();
  const asked = params.get('lang');
  const briefLang: StatementLang = asked === 'en' || asked === 'fr' ? asked : lang === 'fr' ? 'fr' : 'en';
  const states = useMemberStates(lang);
  const brief = useBrief(iso3, briefLang);
  // What was copied last (a sentence's index, or all), and what the live region says about it.
  const [copied, setCopied] = useState<{ key: number | string; ok: boolean; message: string } | null>(null);
  const headingId = useId();
  const callsId = useId();
  const fundWideId = useId();
  const contextId = useId();

  const options = states.data ?? [];
  const known = new Map(options.map((s) => [s.iso3, s]));
  const current: StateOption | undefined = iso3 ? (known.get(iso3) ?? (brief.data ? brief.data.country : undefined)) : undefined;
  const selectOptions = iso3 && !known.has(iso3) ? [iso3, ...options.map((s) => s.iso3)] : options.map((s) => s.iso3);

  const copy = async (text: string, key: number | string, done: string) => {
    const ok = await copyText(text);
    setCopied({ key, ok, message: ok ? done : t('statements.copyFailed') });
  };
  // One live region, always in the page, so that screen readers hear each "copied".
  const status = (
    <span role="status" aria-live="polite" data-testid="copy-feedback" className={copied && !copied.ok ? 'error' : 'success'}>
      {copied?.message ?? ''}
    </span>
  );

  return (
    <>
      <h1>{t('statements.heading')}</h1>
      <p className="intro">{t('statements.intro')}</p>

      <form className="form" aria-label={t('statements.choose')} onSubmit={(e) => e.preventDefault()}>
        <div className="form-grid">
          <SelectField
            label={t('statements.state')}
            value={iso3 ?? ''}
            options={selectOptions}
            optionLabel={(code) => {
              const state = known.get(code) ?? (current?.iso3 === code ? current : undefined);
              return state ? entityName(state, lang) : code;
            }}
            emptyLabel={t('statements.chooseState')}
            disabled={states.isPending}
            onChange={(code) => {
              setCopied(null);
              void navigate(code ? `/${lang}/statements/${code}?lang=${briefLang}` : `/${lang}/statements?lang=${briefLang}`);
            }}
          />
          <fieldset className="field" style={{ border: 'none', padding: 0, margin: '0 0 0.5rem', background: 'none' }}>
            <legend style={{ fontSize: '0.85rem', fontWeight: 600, padding: 0 }}>
              {t('statements.briefLanguage')}
            </legend>
            <div className="radio-row">
              {STATEMENT_LANGS.map((option) => (
                <label key={option} lang={option}>
                  <input
                    type="radio"
                    name="brief-language"
                    value={option}
                    checked={briefLang === option}
                    onChange={() => {
                      setCopied(null);
                      const next = new URLSearchParams(params);
                      next.set('lang', option);
                      setParams(next);
                    }}
                  />{' '}
                  {t(`languages.${option}`)}
                </label>
              ))}
            </div>
            {lang !== 'en' && lang !== 'fr' ? <p className="field-help">{t('statements.briefLanguagesNote')}</p> : null}
          </fieldset>
        </div>
      </form>
      {states.isError ? (
        <p className="error" role="alert">
          {t('app.loadError', { message: states.error.message })}
        </p>
      ) : null}

      {!iso3 ? (
        <p className="no-data">{t('statements.pickPrompt')}</p>
      ) : (
        <QueryState query={brief}>
          {(data) => {
            if (data === null) {
              return (
                <p className="no-data" role="alert">
                  {t('statements.unknownState', { code: iso3 })}
                </p>
              );
            }
            // "Copy all" copies what may be quoted: the State's sentences, the fund-wide figures, the calls (never the context).
            const quotable = [...data.sentences, ...data.fundWide, ...data.calls];
            // A brief that leaves figures out says so in what is copied too, in its own language.
            const all = [...quotable.map((s) => s.text), ...(data.notShown ? [data.notShown.message] : [])].join('\n\n');
            const { notShown } = data;
            // Where a section leaves figures out: how many, and the page listing every figure about the State.
            const more = (count: number, testId: string) =>
              notShown && count > 0 ? (
                <p className="note" data-testid={testId}>
                  {t('statements.notShown', { count, n: formatCount(count, lang), shown: formatCount(notShown.perSection, lang) })}{' '}
                  <Link to={`/${lang}/countries/${data.country.iso3}`}>{t('statements.allFigures', { state: nameInText(data.country, lang) })}</Link>
                </p>
              ) : null;
            // A brief is in English or French: left to right, whatever the interface's direction.
            const item = (key: string | number, text: string, sources: readonly FigureSource[], label: string, done: string) => (
              <>
                <p className="statement-text" lang={data.lang} dir="ltr">
                  {text}
                </p>
                <div className="statement-tools">
                  <button type="button" className="secondary small" aria-label={label} onClick={() => void copy(text, key, done)}>
                    {t('statements.copy')}
                  </button>
                  {copied?.key === key ? (
                    <span className={copied.ok ? 'success' : 'error'} aria-hidden="true" style={{ fontSize: '0.8rem' }}>
                      {copied.ok ? t('statements.copiedMark') : t('statements.copyFailedMark')}
                    </span>
                  ) : null}
                  <span className="citation statement-sources">
                    <span className="muted">{t('statements.sources')} </span>
                    {sources.map((source, j) => (
                      <span key={`${source.id}|${source.locator ?? ''}`}>
                        {j > 0 ? '; ' : ''}
                        <SourceCitation source={source} compact />
                      </span>
                    ))}
                  </span>
                </div>
              </>
            );
            return (
              <section aria-labelledby={headingId} className="statement-brief" data-iso3={data.country.iso3} data-lang={data.lang}>
                <h2 id={headingId}>{t('statements.briefFor', { state: nameInText(data.country, lang) })}</h2>
                {data.noRecordedFigures ? (
                  <p className="no-data" lang={data.lang} data-testid="no-figures">
                    {data.message}
                  </p>
                ) : null}
                <div className="form-actions" style={{ alignItems: 'center' }}>
                  <button type="button" aria-label={t('statements.copyAllLabel', { count: quotable.length })} onClick={() => void copy(all, 'all', t('statements.copiedAll', { count: quotable.length }))}>
                    {t('statements.copyAll')}
                  </button>
                  {status}
                </div>
                {notShown ? (
                  <p className="muted" lang={data.lang} dir="ltr" data-testid="not-shown-message">
                    {notShown.message}
                  </p>
                ) : null}
                {data.sentences.length > 0 ? (
                  <>
                    <h3 className="card-subheading">{t('statements.sentences')}</h3>
                    <p className="muted">
                      {t('statements.sentenceCount', { count: data.sentences.length })}. {t('statements.coverage')}
                    </p>
                    <ol className="statement-sentences">
                      {data.sentences.map((sentence, i) => (
                        <li key={sentence.figureIds.join(' ')} data-figure-ids={sentence.figureIds.join(' ')}>
                          {item(i, sentence.text, sentence.sources, t('statements.copySentence', { n: i + 1 }), t('statements.copied', { n: i + 1 }))}
                        </li>
                      ))}
                    </ol>
                    {more(notShown?.sentences ?? 0, 'not-shown-sentences')}
                  </>
                ) : null}
                {data.fundWide.length > 0 ? (
                  <section aria-labelledby={fundWideId} className="statement-fund-wide">
                    <h3 id={fundWideId} className="card-subheading">
                      {t('statements.fundWide')}
                    </h3>
                    <p className="muted">{t('statements.fundWideIntro')}</p>
                    <ol className="statement-fund-wide-list">
                      {data.fundWide.map((sentence, i) => (
                        <li key={sentence.figureIds.join(' ')} data-figure-ids={sentence.figureIds.join(' ')}>
                          {item(`fund-${i}`, sentence.text, sentence.sources, t('statements.copyFundWide', { n: i + 1 }), t('statements.copiedFundWide', { n: i + 1 }))}
                        </li>
                      ))}
                    </ol>
                  </section>
                ) : null}
                {data.calls.length > 0 ? (
                  <section aria-labelledby={callsId} className="statement-calls-section">
                    <h3 id={callsId} className="card-subheading">
                      {t('facts.calls.heading')}
                    </h3>
                    <p className="muted">{t('facts.briefCalls.intro')}</p>
                    <ol className="statement-calls">
                      {data.calls.map((call, i) => (
                        <li key={call.callId} data-call-id={call.callId}>
                          {item(`call-${i}`, call.text, call.sources, t('facts.briefCalls.copy', { n: i + 1 }), t('facts.briefCalls.copied', { n: i + 1 }))}
                        </li>
                      ))}
                    </ol>
                  </section>
                ) : null}
                {data.context.length > 0 ? (
                  <section aria-labelledby={contextId} className="statement-context">
                    <h3 id={contextId} className="card-subheading">
                      {t('statements.context')}
                    </h3>
                    <p className="muted">{t('statements.contextIntro')}</p>
                    <ul className="statement-context-list">
                      {data.context.map((sentence) => (
                        <li key={sentence.figureIds.join(' ')} data-figure-ids={sentence.figureIds.join(' ')}>
                          <p className="statement-text" lang={data.lang} dir="ltr">
                            {sentence.text}
                          </p>
                        </li>
                      ))}
                    </ul>
                    {more(notShown?.context ?? 0, 'not-shown-context')}
                  </section>
                ) : null}
              </section>
            );
          }}
        </QueryState>
      )}
    </>
  );
}
