import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FUND_IDS, type FundId } from '../../server/contract/vocabulary.js';
import { useDonorMatrix, useFunds } from '../api/hooks.js';
import { DonorBase } from '../components/DonorBase/DonorBase.js';
import { DonorRanking } from '../components/DonorRanking/DonorRanking.js';
import { SelectField } from '../components/Form/Field.js';
import { QueryState } from '../components/QueryState.js';
import { TableFrame } from '../components/TableFrame/TableFrame.js';
import { formatQuantity } from '../format/figures.js';
import { useUiLanguage } from '../Layout.js';
import { entityName, fundShortNameById } from '../i18n/names.js';

type Summary = NonNullable<ReturnType<typeof useDonorMatrix>['data']>[number]['funds'][string];

export function DonorsPage() {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const [params, setParams] = useSearchParams();
  const matrix = useDonorMatrix();
  const funds = useFunds();
  const baseFund = (FUND_IDS as readonly string[]).includes(params.get('fund') ?? '') ? (params.get('fund') as FundId) : 'ldc-sids';
  const shortName = (id: string) => fundShortNameById(funds.data, id, lang);
  const money = (q: NonNullable<Summary>['totalPledged']) => formatQuantity(q, 'usd_cents', i18n.language, t);
  /**
   * One donor and fund: contributions as their sources qualify them, every pledge (dated or not) and
   * what of it has no payment recorded. A record without an amount says so; it is never a dash.
   */
  const cell = (summary: Summary | undefined) => {
    if (!summary) return t('views.donors.notRecorded');
    const parts: string[] = [];
    const contributions = summary.totalContributions;
    if (contributions.figureIds.length > 0) {
      const amount =
        contributions.value === null
          ? t('facts.donors.contributionNoAmount')
          : t(summary.contributionsAllReceived ? 'views.donors.received' : 'facts.donors.contributions', { amount: money(contributions) });
      parts.push(summary.contributionsAllReceived ? amount : `${amount} (${t('facts.donors.paidOrPledgedNotStated')})`);
    }
    if (summary.totalPledged.figureIds.length > 0) {
      const pledged = summary.totalPledged.value === null ? t('facts.donors.pledgeNoAmount') : t('views.donors.pledged', { amount: money(summary.totalPledged) });
      const unpaid = summary.pledgedPaymentNotRecorded;
      const allUnpaid = unpaid.figureIds.length > 0 && unpaid.value !== null && unpaid.value === summary.totalPledged.value && unpaid.bound === summary.totalPledged.bound;
      parts.push(
        unpaid.figureIds.length === 0 || unpaid.value === null
          ? pledged
          : allUnpaid
            ? `${pledged} (${t('facts.donors.matrixPaymentNotRecorded')})`
            : `${pledged}; ${t('facts.donors.paymentNotRecorded', { amount: money(unpaid) })}`,
      );
    }
    if (parts.length === 0 && summary.otherFigureIds.length > 0) parts.push(t('views.donors.listedOnly'));
    return parts.join('; ') || t('views.donors.notRecorded');
  };
  /** One donor and fund, year by year: what was given (or, failing that, pledged), with a small bar per year. */
  const byYear = (summary: NonNullable<Summary>) => {
    const points = summary.years.map((y) => {
      const given = y.contributions.figureIds.length > 0;
      const cell = given ? y.contributions : y.pledged;
      const amount = cell.value === null ? t(given ? 'facts.donors.contributionNoAmount' : 'facts.donors.pledgeNoAmount') : money(cell);
      return { year: y.year, value: cell.value, text: t('screens.matrix.yearValue', { year: y.year, value: given ? amount : t('views.donors.pledged', { amount }) }) };
    });
    if (points.length === 0) return <span className="muted">{t('screens.matrix.noYears')}</span>;
    return (
      <>
        <YearBars points={points} />
        <ul className="year-values">
          {points.map((p) => (
            <li key={p.year}>{p.text}</li>
          ))}
        </ul>
      </>
    );
  };
  return (
    <>
      <h1>{t('views.donors.heading')}</h1>
      <p className="intro">{t('views.donors.intro')}</p>
      <QueryState query={matrix}>
        {(donors) => (
          <TableFrame
            caption={t('views.donors.matrixCaption')}
            className="donor-matrix"
            columns={[{ label: t('views.donors.donor') }, { label: t('screens.matrix.fund') }, { label: t('screens.matrix.recorded') }, { label: t('screens.matrix.byYear') }]}
          >
            {donors.flatMap((row) =>
              FUND_IDS.filter((id) => row.funds[id]).map((id) => {
                const summary = row.funds[id]!;
                return (
                  <tr key={`${row.donor.id}-${id}`} data-donor={row.donor.id} data-fund={id}>
                    <th scope="row">
                      <Link to={`/${lang}/donors/${row.donor.id}`}>{entityName(row.donor, lang)}</Link>
                    </th>
                    <td data-label={t('screens.matrix.fund')}>{shortName(id)}</td>
                    <td data-label={t('screens.matrix.recorded')}>{cell(summary)}</td>
                    <td data-label={t('screens.matrix.byYear')} className="by-year">
                      {byYear(summary)}
                    </td>
                  </tr>
                );
              }),
            )}
          </TableFrame>
        )}
      </QueryState>
      <h2>{t('views.donors.baseHeading')}</h2>
      <div className="form narrow">
        <SelectField label={t('views.donors.fund')} value={baseFund} options={FUND_IDS} optionLabel={shortName} onChange={(v) => setParams({ fund: v })} />
      </div>
      <DonorRanking fund={baseFund} fundName={shortName(baseFund)} />
      <DonorBase fund={baseFund} fundName={shortName(baseFund)} />
    </>
  );
}

/** Bars for the years with a known amount, scaled to the largest; decoration (the years and amounts are written beside it). */
function YearBars({ points }: { points: readonly { year: number; value: number | null }[] }) {
  const known = points.filter((p): p is { year: number; value: number } => p.value !== null && p.value > 0);
  if (known.length < 2) return null;
  const max = Math.max(...known.map((p) => p.value));
  const width = 8;
  return (
    <svg className="year-bars" aria-hidden="true" width={points.length * (width + 3)} height={24} viewBox={`0 0 ${points.length * (width + 3)} 24`}>
      {points.map((p, i) =>
        p.value !== null && p.value > 0 ? <rect key={p.year} x={i * (width + 3)} y={24 - Math.max(2, (p.value / max) * 24)} width={width} height={Math.max(2, (p.value / max) * 24)} /> : <rect key={p.year} className="year-bars-none" x={i * (width + 3)} y={22} width={width} height={2} />,
      )}
    </svg>
  );
}
