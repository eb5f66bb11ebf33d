import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../Layout.js';
import type { FundId } from '../../../server/contract/vocabulary.js';
import { useDonorBase } from '../../api/hooks.js';
import { formatQuantity } from '../../format/figures.js';
import { formatPercent } from '../../format/numbers.js';
import { QueryState } from '../QueryState.js';
import { TableFrame } from '../TableFrame/TableFrame.js';
import { entityName } from '../../i18n/names.js';
import type { FigureSource } from '../../../server/contract/schemas.js';
import { CitationMarker } from '../SourceCitation/SourceCitation.js';

/**
 * A fund's donor base by year: what sources state, and what the recorded contributions show. Given the
 * citations by figure id (the Board review pack), each stated count carries its source marker.
 */
export function DonorBase({ fund, fundName, from, to, citations }: { fund: FundId; fundName: string; from?: number; to?: number; citations?: Record<string, FigureSource[]> }) {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const base = useDonorBase(fund);
  return (
    <QueryState query={base}>
      {(data) => {
        const years = data.years.filter((y) => (from === undefined || y.year >= from) && (to === undefined || y.year <= to));
        const names = (ids: string[]) => (ids.length === 0 ? '—' : ids.map((id) => (data.donors[id] ? entityName(data.donors[id], lang) : id)).join(', '));
        const count = (q: (typeof years)[number]['statedDonors']) =>
          q.figureIds.length === 0 ? (
            <span className="muted">{t('chart.notRecorded')}</span>
          ) : (
            <>
              {formatQuantity(q, 'count', i18n.language, t)}
              {citations ? <CitationMarker sources={q.figureIds.flatMap((id) => citations[id] ?? [])} /> : null}
            </>
          );
        return (
          <>
            {years.length === 0 ? (
              <p>{t('views.donors.noBase')}</p>
            ) : (
              <>
                <TableFrame
                  caption={t('views.donors.baseCaption', { fund: fundName })}
                  className="donor-base"
                  columns={[
                    { label: t('views.donor.year') },
                    { label: t('views.donors.statedDonors'), numeric: true },
                    { label: t('views.donors.statedNew'), numeric: true },
                    { label: t('views.donors.recorded') },
                    { label: t('views.donors.firstRecorded') },
                    { label: t('views.donors.returning') },
                    { label: t('views.donors.lapsed') },
                    { label: t('views.donors.topFive'), numeric: true },
                  ]}
                >
                  {years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="num">{count(y.statedDonors)}</td>
                      <td className="num">{count(y.statedNewDonors)}</td>
                      <td>{names(y.recordedDonors)}</td>
                      <td>{names(y.firstRecorded)}</td>
                      <td>{names(y.returning)}</td>
                      <td>{names(y.lapsed)}</td>
                      <td className="num">{y.topFiveShare.value === null ? t('value.unknown') : formatPercent(y.topFiveShare.value, i18n.language)}</td>
                    </tr>
                  ))}
                </TableFrame>
                <p className="field-help">{t('views.donors.baseNote')}</p>
              </>
            )}
            <details>
              <summary>{t('facts.donors.withoutMembers', { count: data.withoutRecordedContribution.length, total: data.memberStates })}</summary>
              <p>{t('views.donors.withoutNote')}</p>
              <p className="state-list">{names(data.withoutRecordedContribution)}</p>
            </details>
          </>
        );
      }}
    </QueryState>
  );
}
