// The parts of the Board review pack that read the funding module's results: the opening summary,
// the computed result lines, the compact completeness table and the annex of documents to read.

import { useTranslation } from 'react-i18next';
import type { Figure } from '../../server/contract/schemas.js';
import type { useReview } from '../api/hooks.js';
import { CitationMarker, titleText } from '../components/SourceCitation/SourceCitation.js';
import { TableFrame } from '../components/TableFrame/TableFrame.js';
import { describeYearValue, formatQuantity } from '../format/figures.js';

type Review = NonNullable<ReturnType<typeof useReview>['data']>;
type Citations = Review['citations'];
type Document = Review['undatedDocuments'][number];

const citationsOf = (citations: Citations, figureIds: readonly string[]) =>
  figureIds.flatMap((id) => citations[id] ?? []);

/** One paragraph a Board member can read first: how complete the period is, the latest known result, balances, what to read. */
export function ReviewSummary({
  review,
  fundName,
  figuresById,
}: {
  review: Review;
  fundName: string;
  figuresById: ReadonlyMap<string, Figure>;
}) {
  const { t, i18n } = useTranslation();
  const { summary } = review;
  const parts: React.ReactNode[] = [
    t('views.review.summaryLines', {
      fund: fundName,
      from: review.from,
      to: review.to,
      recorded: summary.linesRecorded,
      total: summary.linesTotal,
    }),
  ];
  let qualifiers: string[] = [];
  if (summary.latestResult) {
    const { year, contributions, expenditure, difference } = summary.latestResult;
    const income = describeYearValue(contributions, 'usd_cents', figuresById, i18n.language, t);
    const spent = describeYearValue(expenditure, 'usd_cents', figuresById, i18n.language, t);
    qualifiers = [...new Set([...income.qualifiers, ...spent.qualifiers])];
    const value = difference.value ?? 0;
    const gap = formatQuantity({ ...difference, value: Math.abs(value) }, 'usd_cents', i18n.language, t);
    parts.push(
      <span key="result">
        {t(value >= 0 ? 'views.review.summaryMore' : 'views.review.summaryLess', {
          year,
          contributions: income.value,
          expenditure: spent.value,
          difference: gap,
        })}
        <CitationMarker sources={citationsOf(review.citations, difference.figureIds)} />
      </span>,
    );
  } else {
    parts.push(t('views.review.summaryNoResult'));
    if (summary.latestContributions) {
      const { year, value } = summary.latestContributions;
      const income = describeYearValue(value, 'usd_cents', figuresById, i18n.language, t);
      qualifiers = income.qualifiers;
      parts.push(
        <span key="contributions">
          {t('views.review.summaryLatestContributions', { year, contributions: income.value })}
          <CitationMarker sources={citationsOf(review.citations, value.figureIds)} />
        </span>,
      );
    }
  }
  if (qualifiers.length > 0)
    parts.push(t('views.review.summaryQualifiers', { qualifiers: qualifiers.join('; ') }));
  parts.push(
    summary.balancesRecorded > 0
      ? t('views.review.summaryBalances', { count: summary.balancesRecorded })
      : t('views.review.summaryNoBalance'),
  );
  parts.push(t('views.review.summaryDocuments', { count: summary.documentsToRead }));
  return (
    <section className="pack-section pack-summary" aria-labelledby="pack-summary-heading">
      <h3 id="pack-summary-heading">{t('views.review.summaryHeading')}</h3>
      <p>
        {parts.map((part, i) => (
          <span key={i}>
            {i > 0 ? ' ' : ''}
            {part}
          </span>
        ))}
      </p>
    </section>
  );
}

/** The lines computed from the recorded ones; a line is unknown when any line it needs is unknown. */
export function ResultsTable({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const rows = [
    { key: 'contributionsLessExpenditure', label: t('views.review.contributionsLessExpenditure') },
    { key: 'impliedClosingBalance', label: t('views.review.impliedClosingBalance') },
  ] as const;
  return (
    <>
      <TableFrame
        caption={t('views.review.resultsCaption', { from: review.from, to: review.to })}
        className="review-results"
        columns={[
          { label: t('views.review.line') },
          ...review.results.map((r) => ({ label: String(r.year), numeric: true })),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {review.results.map((r) => {
              const q = r[row.key];
              if (q.value === null)
                return (
                  <td key={r.year} className="num muted">
                    {t('value.unknown')}
                  </td>
                );
              const sign = q.value < 0 ? '−' : '';
              return (
                <td key={r.year} className="num">
                  <span className="value">
                    {sign + formatQuantity({ ...q, value: Math.abs(q.value) }, 'usd_cents', i18n.language, t)}
                  </span>
                  <CitationMarker sources={citationsOf(review.citations, q.figureIds)} />
                </td>
              );
            })}
          </tr>
        ))}
      </TableFrame>
      <p className="field-help">{t('views.review.impliedFormula')}</p>
    </>
  );
}

export const documentLabel = (d: Document, t: ReturnType<typeof useTranslation>['t']) =>
  (d.source.symbol ? d.source.symbol : titleText(d.source, t)) + (d.locator ? ` (${d.locator})` : '');

/** Per year: how many lines are recorded, which are missing, how many documents would fill them. */
export function CompletenessCompact({ review }: { review: Review }) {
  const { t } = useTranslation();
  const years = review.sourcesAndUses.map((s) => s.year);
  return (
    <TableFrame
      caption={t('views.review.completeness')}
      className="completeness"
      columns={[
        { label: t('views.donor.year') },
        { label: t('views.review.linesRecorded') },
        { label: t('views.review.linesMissing') },
        { label: t('views.review.documentsFor') },
      ]}
    >
      {years.map((year) => {
        const lines = review.completeness.filter((c) => c.year === year);
        const missing = lines.filter((c) => !c.recorded);
        const documents = [
          ...new Map(
            missing.flatMap((c) => c.documents).map((d) => [`${d.source.id}|${d.locator ?? ''}`, d]),
          ).values(),
        ];
        return (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td>
              {t('views.review.recordedOf', { recorded: lines.length - missing.length, total: lines.length })}
            </td>
            <td>
              {missing.length === 0
                ? t('views.review.noneMissing')
                : missing.map((c) => t(`metric.${c.metric}`)).join(', ')}
            </td>
            <td>
              {documents.length === 0
                ? t('views.review.noDocuments')
                : documents.map((d) => documentLabel(d, t)).join('; ')}
            </td>
          </tr>
        );
      })}
    </TableFrame>
  );
}

/** Every document known to hold a figure not yet transcribed: those for the period's years, then the undated ones. */
export function DocumentsAnnex({ review }: { review: Review }) {
  const { t } = useTranslation();
  const dated = [
    ...new Map(
      review.completeness.flatMap((c) => c.documents).map((d) => [`${d.source.id}|${d.locator ?? ''}`, d]),
    ).values(),
  ];
  const all = [...dated, ...review.undatedDocuments];
  if (all.length === 0) return null;
  const lines = (d: Document) => d.metrics.map((m) => t(`metric.${m}`)).join(', ');
  return (
    <section className="pack-section pack-annex" aria-labelledby="pack-annex-heading">
      <h3 id="pack-annex-heading">{t('views.review.annex')}</h3>
      <p>{t('views.review.annexIntro')}</p>
      <ul className="backlog">
        {all.map((d, i) => (
          <li key={`${d.source.id}-${d.locator ?? ''}-${i}`}>
            {t('views.review.annexWouldFill', { document: documentLabel(d, t), lines: lines(d) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
