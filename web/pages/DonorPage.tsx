import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDonor, useFunds } from '../api/hooks.js';
import { FigureTable } from '../components/FigureTable/FigureTable.js';
import { QueryState } from '../components/QueryState.js';
import { TableFrame } from '../components/TableFrame/TableFrame.js';
import { describeYearValue, formatQuantity } from '../format/figures.js';
import { formatPercent } from '../format/numbers.js';
import { useUiLanguage } from '../Layout.js';
import { entityName, fundShortNameById } from '../i18n/names.js';

export function DonorPage() {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const { donorId = '' } = useParams();
  const donor = useDonor(donorId);
  const funds = useFunds();
  const shortName = (id: string) => fundShortNameById(funds.data, id, lang);
  return (
    <QueryState query={donor}>
      {(data) => {
        const name = entityName(data.donor, lang);
        const figuresById = new Map(data.figures.map((f) => [f.id, f]));
        const money = (cell: Parameters<typeof describeYearValue>[0]) => {
          if (cell.figureIds.length === 0) return <span className="muted">{t('chart.notRecorded')}</span>;
          const { value, qualifiers } = describeYearValue(cell, 'usd_cents', figuresById, i18n.language, t);
          return (
            <>
              <span className="value">{value}</span>
              {qualifiers.length > 0 ? <span className="cell-qualifiers">{qualifiers.join('; ')}</span> : null}
            </>
          );
        };
        return (
          <>
            <h1>{t('views.donor.heading', { donor: name })}</h1>
            {data.donor.iso3 ? (
              <p>
                <Link to={`/${lang}/statements/${data.donor.iso3}`}>{t('views.donor.statement')}</Link>
              </p>
            ) : null}
            {data.funds.length === 0 ? <p>{t('views.donor.none')}</p> : null}
            {data.funds.map(({ fund, summary, rankings }) =>
              summary.years.length === 0 ? null : (
                <TableFrame
                  key={fund}
                  caption={t('views.donor.caption', { donor: name, fund: shortName(fund) })}
                  className="donor-years"
                  columns={[
                    { label: t('views.donor.year') },
                    { label: t('views.donor.pledged'), numeric: true },
                    { label: t('views.donor.received'), numeric: true },
                    { label: t('views.donor.outstanding'), numeric: true },
                    { label: t('views.donor.rank') },
                    { label: t('views.donor.share'), numeric: true },
                  ]}
                >
                  {summary.years.map((y) => {
                    const standing = rankings.find((r) => r.year === y.year);
                    const rank =
                      !standing || standing.rank === null
                        ? t('views.donor.notRanked')
                        : t(standing.complete ? 'views.donor.rankOf' : 'views.donor.rankIncomplete', { rank: standing.rank, count: standing.donorsRecorded });
                    return (
                      <tr key={y.year}>
                        <th scope="row">{y.year}</th>
                        <td className="num">{money(y.pledged)}</td>
                        <td className="num">{money(y.received)}</td>
                        <td className="num">{y.pledged.figureIds.length === 0 ? '—' : formatQuantity(y.outstanding, 'usd_cents', i18n.language, t)}</td>
                        <td>{rank}</td>
                        <td className="num">{standing?.share?.value == null ? t('value.unknown') : formatPercent(standing.share.value, i18n.language)}</td>
                      </tr>
                    );
                  })}
                </TableFrame>
              ),
            )}
            <h2>{t('views.donor.otherFigures')}</h2>
            <FigureTable figures={data.figures} caption={t('views.donor.figuresCaption', { donor: name })} />
          </>
        );
      }}
    </QueryState>
  );
}
