import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FUND_IDS, type FundId } from '../../server/contract/vocabulary.js';
import { SOURCES_AND_USES } from '../../server/contract/vocabulary.js';
import { useFunds, useReview } from '../api/hooks.js';
import { DonorBase } from '../components/DonorBase/DonorBase.js';
import { FigureTable } from '../components/FigureTable/FigureTable.js';
import { Field, SelectField } from '../components/Form/Field.js';
import { QueryState } from '../components/QueryState.js';
import { TableFrame } from '../components/TableFrame/TableFrame.js';
import { describeYearValue, formatQuantity } from '../format/figures.js';
import { formatPercent } from '../format/numbers.js';
import { useUiLanguage } from '../Layout.js';
import { fundShortNameById } from '../i18n/names.js';
import { CitationMarker } from '../components/SourceCitation/SourceCitation.js';
import { CompletenessCompact, DocumentsAnnex, ResultsTable, ReviewSummary } from './ReviewParts.js';
import './review.css';

type Review = NonNullable<ReturnType<typeof useReview>['data']>;

function Pack({ review, fundName }: { review: Review; fundName: string }) {
  const { t, i18n } = useTranslation();
  const figuresById = new Map(review.figures.map((f) => [f.id, f]));
  // Every amount in the pack carries the sources of the figures it rests on.
  const citationsOf = (figureIds: readonly string[]) => figureIds.flatMap((id) => review.citations[id] ?? []);
  const years = review.sourcesAndUses.map((s) => s.year);
  const made = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
  return (
    <article className="review-pack">
      <h2 className="pack-title">{t('views.review.title', { fund: fundName, from: review.from, to: review.to })}</h2>
      <p className="field-help pack-made">
        {t('views.review.madeFrom', { date: made, address: window.location.href })}
      </p>
      <p className="field-help">{t('views.review.generated', { date: new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : i18n.language, { dateStyle: 'long' }).format(new Date()) })}</p>

      <ReviewSummary review={review} fundName={fundName} figuresById={figuresById} />

      <section className="pack-section">
        <h3>{t('views.review.sourcesAndUses')}</h3>
        <TableFrame
          caption={t('views.review.sourcesAndUsesCaption', { from: review.from, to: review.to })}
          className="sources-uses"
          columns={[{ label: t('views.review.line') }, ...years.map((y) => ({ label: String(y), numeric: true }))]}
        >
          {SOURCES_AND_USES.map((metric) => (
            <tr key={metric}>
              <th scope="row">{t(`metric.${metric}`)}</th>
              {review.sourcesAndUses.map(({ year, values }) => {
                const cell = values[metric]!;
                if (cell.figureIds.length === 0) return <td key={year} className="num muted">{t('views.review.missing')}</td>;
                const { value, qualifiers } = describeYearValue(cell, 'usd_cents', figuresById, i18n.language, t);
                return (
                  <td key={year} className="num">
                    <span className="value">{value}</span>
                    <CitationMarker sources={citationsOf(cell.figureIds)} />
                    {qualifiers.length > 0 ? <span className="cell-qualifiers">{qualifiers.join('; ')}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </TableFrame>
      </section>

      <section className="pack-section">
        <h3>{t('views.review.resultsHeading')}</h3>
        <ResultsTable review={review} />
      </section>

      <section className="pack-section">
        <h3>{t('views.review.changes')}</h3>
        {review.yearOnYear.length === 0 ? (
          <p>{t('views.review.noChanges')}</p>
        ) : (
          <ul>
            {review.yearOnYear.map((c) => {
              const sign = (c.change.value ?? 0) < 0 ? '−' : '+';
              const change = `${sign}${formatQuantity({ ...c.change, value: Math.abs(c.change.value ?? 0) }, 'usd_cents', i18n.language, t)}`;
              const relative = c.relative.value === null ? t('value.unknown') : `${sign}${formatPercent(c.relative.value, i18n.language)}`;
              return (
                <li key={`${c.metric}-${c.year}`}>
                  {t('views.review.changeText', { metric: t(`metric.${c.metric}`), year: c.year, change, relative })} <CitationMarker sources={citationsOf(c.change.figureIds)} />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="pack-section">
        <h3>{t('views.donors.baseHeading')}</h3>
        <DonorBase fund={review.fund as FundId} fundName={fundName} from={review.from} to={review.to} citations={review.citations} />
      </section>

      <section className="pack-section">
        <h3>{t('views.review.did')}</h3>
        {review.activities.length === 0 ? <p>{t('views.review.noActivities')}</p> : <FigureTable figures={review.activities} caption={t('views.review.did')} />}
      </section>

      <section className="pack-section">
        <h3>{t('views.review.completeness')}</h3>
        <p>{t('views.review.completenessCompactIntro')}</p>
        <CompletenessCompact review={review} />
      </section>

      <DocumentsAnnex review={review} />
    </article>
  );
}

export function ReviewPage() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const funds = useFunds();
  const [params, setParams] = useSearchParams();
  const fund = (FUND_IDS as readonly string[]).includes(params.get('fund') ?? '') ? (params.get('fund') as FundId) : 'vftc';
  const from = Number(params.get('from') ?? 2019);
  const to = Number(params.get('to') ?? 2020);
  const [draft, setDraft] = useState({ fund, from: String(from), to: String(to) });
  const review = useReview(fund, from, to);
  const shortName = (id: string) => fundShortNameById(funds.data, id, lang);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ fund: draft.fund, from: draft.from, to: draft.to });
  };
  return (
    <>
      <div className="no-print">
        <h1>{t('views.review.heading')}</h1>
        <p className="intro">{t('views.review.intro')}</p>
        <form className="form" onSubmit={submit}>
          <div className="form-grid">
            <SelectField label={t('views.donors.fund')} value={draft.fund} options={FUND_IDS} optionLabel={shortName} onChange={(v) => setDraft({ ...draft, fund: v })} />
            <Field label={t('views.review.from')}>{(p) => <input {...p} inputMode="numeric" pattern="\d{4}" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />}</Field>
            <Field label={t('views.review.to')}>{(p) => <input {...p} inputMode="numeric" pattern="\d{4}" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />}</Field>
          </div>
          <div className="form-actions">
            <button type="submit">{t('views.review.show')}</button>
            <button type="button" className="secondary" onClick={() => window.print()}>
              {t('views.review.print')}
            </button>
          </div>
        </form>
      </div>
      <QueryState query={review}>{(data) => <Pack review={data} fundName={shortName(data.fund)} />}</QueryState>
    </>
  );
}
