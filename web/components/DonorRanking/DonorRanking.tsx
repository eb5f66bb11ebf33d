// A fund's donors ranked by what they paid, year by year, newest first — or, for a year where the
// funding module withholds the ranking (server/domain/fundingDonors.ts fundDonorRankings), the reason.
// Donors recorded but not ranked are listed with their own reason, never silently left out.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FundId } from '../../../server/contract/vocabulary.js';
import { useDonorBase } from '../../api/hooks.js';
import { formatQuantity } from '../../format/figures.js';
import { formatPercent } from '../../format/numbers.js';
import { entityName } from '../../i18n/names.js';
import { useUiLanguage } from '../../Layout.js';
import { QueryState } from '../QueryState.js';
import { TableFrame } from '../TableFrame/TableFrame.js';

export function DonorRanking({ fund, fundName }: { fund: FundId; fundName: string }) {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const headingId = useId();
  const base = useDonorBase(fund);
  return (
    <section aria-labelledby={headingId} className="donor-ranking" data-testid="donor-ranking">
      <h2 id={headingId}>{t('screens.ranking.heading', { fund: fundName })}</h2>
      <p className="intro">{t('screens.ranking.intro')}</p>
      <QueryState query={base}>
        {(data) => {
          const name = (id: string) => (data.donors[id] ? entityName(data.donors[id], lang) : id);
          const donorLink = (id: string) => <Link to={`/${lang}/donors/${id}`}>{name(id)}</Link>;
          if (data.rankings.length === 0) return <p>{t('screens.ranking.none')}</p>;
          return data.rankings.map((year) => (
            <div key={year.year} className="ranking-year" data-year={year.year}>
              {year.withheldReason ? (
                <p className="no-ranking" data-withheld={year.withheldReason}>
                  {t(`screens.ranking.withheld.${year.withheldReason}`, { year: year.year })}
                </p>
              ) : (
                <>
                  <TableFrame
                    caption={t('screens.ranking.caption', { fund: fundName, year: year.year })}
                    className="ranking-table"
                    columns={[{ label: t('screens.ranking.rank'), numeric: true }, { label: t('screens.ranking.donor') }, { label: t('screens.ranking.paid'), numeric: true }, { label: t('screens.ranking.share'), numeric: true }]}
                  >
                    {year.standings.map((s) => (
                      <tr key={s.donorId} data-donor={s.donorId}>
                        <td className="num">{s.rank}</td>
                        <th scope="row">{donorLink(s.donorId)}</th>
                        <td className="num">{formatQuantity(s.received, 'usd_cents', i18n.language, t)}</td>
                        <td className="num">{s.share.value === null ? t('value.unknown') : formatPercent(s.share.value, i18n.language)}</td>
                      </tr>
                    ))}
                  </TableFrame>
                  <p className="field-help">{t('screens.ranking.fundTotal', { total: formatQuantity(year.fundReceived, 'usd_cents', i18n.language, t) })}</p>
                </>
              )}
              {year.notRanked.length > 0 ? (
                <>
                  <p className="ranking-not-ranked-heading">{t('screens.ranking.notRankedHeading', { year: year.year })}</p>
                  <ul className="ranking-not-ranked">
                    {year.notRanked.map((n) => (
                      <li key={n.donorId} data-donor={n.donorId}>
                        {donorLink(n.donorId)} — {t(`facts.donors.notRanked.${n.reason}`)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ));
        }}
      </QueryState>
    </section>
  );
}
