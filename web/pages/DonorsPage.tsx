import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FUND_IDS, type FundId } from '../../server/contract/vocabulary.js';
import { useDonorMatrix, useFunds } from '../api/hooks.js';
import { DonorBase } from '../components/DonorBase/DonorBase.js';
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
  return (
    <>
      <h1>{t('views.donors.heading')}</h1>
      <p className="intro">{t('views.donors.intro')}</p>
      <QueryState query={matrix}>
        {(donors) => (
          <TableFrame
            caption={t('views.donors.matrixCaption')}
            className="donor-matrix"
            columns={[{ label: t('views.donors.donor') }, ...FUND_IDS.map((id) => ({ label: shortName(id) }))]}
          >
            {donors.map((row) => (
              <tr key={row.donor.id} data-donor={row.donor.id}>
                <th scope="row">
                  <Link to={`/${lang}/donors/${row.donor.id}`}>{entityName(row.donor, lang)}</Link>
                </th>
                {FUND_IDS.map((id) => (
                  <td key={id}>{cell(row.funds[id] ?? undefined)}</td>
                ))}
              </tr>
            ))}
          </TableFrame>
        )}
      </QueryState>
      <h2>{t('views.donors.baseHeading')}</h2>
      <div className="form narrow">
        <SelectField label={t('views.donors.fund')} value={baseFund} options={FUND_IDS} optionLabel={shortName} onChange={(v) => setParams({ fund: v })} />
      </div>
      <DonorBase fund={baseFund} fundName={shortName(baseFund)} />
    </>
  );
}
