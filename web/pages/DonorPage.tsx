import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDonor, useFunds } from '../api/hooks.js';
import { FigureTable } from '../components/FigureTable/FigureTable.js';
import { QueryState } from '../components/QueryState.js';
import { TableFrame } from '../components/TableFrame/TableFrame.js';
import { describeYearValue, figureQualifiers, formatQuantity } from '../format/figures.js';
import { formatPercent } from '../format/numbers.js';
import { useUiLanguage } from '../Layout.js';
import { entityName, fundShortNameById } from '../i18n/names.js';
import { YearAge } from '../components/FundGlance/FundGlance.js';
import { citationLine, uniqueSources } from '../components/SourceCitation/SourceCitation.js';

type DonorData = NonNullable<ReturnType<typeof useDonor>['data']>;
type FundEntry = DonorData['funds'][number];
type Summary = FundEntry['summary'];
type YearRow = Summary['years'][number];
type Cell = YearRow['pledged'];

/** One fund's record for the donor: totals over all years (undated pledges included), then year by year. */
function DonorFund({ entry, donorName, fundName, figuresById }: { entry: FundEntry; donorName: string; fundName: string; figuresById: ReadonlyMap<string, DonorData['figures'][number]> }) {
  const { t, i18n } = useTranslation();
  const { summary, rankings } = entry;
  const amount = (q: Summary['totalPledged']) => formatQuantity(q, 'usd_cents', i18n.language, t);

  /** A year's pledge or contribution: "not recorded", the amount with its qualifiers, or "… recorded, amount not stated". */
  const money = (cell: Cell, kind: 'pledge' | 'contribution') => {
    if (cell.figureIds.length === 0) return <span className="muted">{t('chart.notRecorded')}</span>;
    let { value, qualifiers } = describeYearValue(cell, 'usd_cents', figuresById, i18n.language, t);
    if (cell.value === null) {
      value = t(kind === 'pledge' ? 'facts.donors.pledgeNoAmount' : 'facts.donors.contributionNoAmount');
      const figure = cell.figureIds.length === 1 ? figuresById.get(cell.figureIds[0]!) : undefined;
      qualifiers = figure ? figureQualifiers(figure, i18n.language, t) : qualifiers;
    }
    return (
      <>
        <span className="value">{value}</span>
        {qualifiers.length > 0 ? <span className="cell-qualifiers">{qualifiers.join('; ')}</span> : null}
      </>
    );
  };

  /** What of a year's pledge is not recorded as paid; the pledge's amount when no payment at all is recorded for the year. */
  const unpaid = (y: YearRow) => {
    if (y.pledged.figureIds.length === 0) return <span className="muted">{t('facts.donors.noPledge')}</span>;
    if (y.outstanding.value !== null) return amount(y.outstanding);
    // One definition (server/domain/funding.ts donorFundSummary): the pledge when no payment is recorded.
    if (y.pledgedPaymentNotRecorded.figureIds.length > 0) return t('facts.donors.paymentNotRecorded', { amount: amount(y.pledgedPaymentNotRecorded) });
    return t('value.unknown');
  };

  const contributionsTotal = () => {
    const q = summary.totalContributions;
    // Records that give no yearly amount (a donor list, a cumulative mention) still say the donor gave.
    const listed = summary.otherFigureIds.some((id) => figuresById.get(id)?.status !== 'pledged');
    if (q.figureIds.length === 0) return listed ? t('views.donors.listedOnly') : t('facts.donors.noneRecorded');
    const text = q.value === null ? t('facts.donors.contributionNoAmount') : amount(q);
    return summary.contributionsAllReceived ? text : `${text} (${t('facts.donors.paidOrPledgedNotStated')})`;
  };
  const pledgedTotal = () => {
    const q = summary.totalPledged;
    if (q.figureIds.length === 0) return t('facts.donors.noneRecorded');
    return q.value === null ? t('facts.donors.pledgeNoAmount') : amount(q);
  };
  const notPaid = summary.pledgedPaymentNotRecorded;

  return (
    <section className="donor-fund" data-fund={entry.fund}>
      <h2>{fundName}</h2>
      <dl className="donor-totals">
        <div>
          <dt>{t('facts.donors.totalContributions')}</dt>
          <dd data-total="contributions">{contributionsTotal()}</dd>
        </div>
        <div>
          <dt>{t('facts.donors.totalPledged')}</dt>
          <dd data-total="pledged">{pledgedTotal()}</dd>
        </div>
        {notPaid.figureIds.length > 0 && notPaid.value !== null ? (
          <div>
            <dt>{t('facts.donors.pledgedPaymentNotRecorded')}</dt>
            <dd data-total="payment-not-recorded">{amount(notPaid)}</dd>
          </div>
        ) : null}
      </dl>
      {summary.years.length > 0 ? (
        <TableFrame
          caption={t('views.donor.caption', { donor: donorName, fund: fundName })}
          className="donor-years"
          columns={[
            { label: t('views.donor.year') },
            { label: t('views.donor.pledged'), numeric: true },
            { label: t('facts.donors.contributionsColumn'), numeric: true },
            { label: t('views.donor.outstanding'), numeric: true },
            { label: t('views.donor.rank') },
            { label: t('views.donor.share'), numeric: true },
          ]}
        >
          {summary.years.map((y) => {
            const standing = rankings.find((r) => r.year === y.year);
            const rank =
              standing && standing.rank !== null
                ? t(standing.complete ? 'views.donor.rankOf' : 'views.donor.rankIncomplete', { rank: standing.rank, count: standing.donorsRecorded })
                : standing?.notRankedReason
                  ? t(`facts.donors.notRanked.${standing.notRankedReason}`)
                  : t('views.donor.notRanked');
            const share =
              standing?.share?.value != null
                ? formatPercent(standing.share.value, i18n.language)
                : standing && !standing.fundTotalKnown
                  ? t('facts.donors.shareUnknownNoTotal')
                  : t('value.unknown');
            return (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="num">{money(y.pledged, 'pledge')}</td>
                <td className="num">{money(y.contributions, 'contribution')}</td>
                <td className="num">{unpaid(y)}</td>
                <td>{rank}</td>
                <td className="num">{share}</td>
              </tr>
            );
          })}
        </TableFrame>
      ) : null}
    </section>
  );
}

/** The printed sheet's sources, one line each (on screen they are in the figure list below). */
function SheetSources({ figures }: { figures: DonorData['figures'] }) {
  const { t, i18n } = useTranslation();
  const lines = [...new Set(uniqueSources(figures.flatMap((f) => f.sources)).map((s) => citationLine(s, i18n.language, t)))];
  if (lines.length === 0) return null;
  return (
    <section className="print-only sheet-sources">
      <h2>{t('screens.sheet.sources')}</h2>
      <ol>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </section>
  );
}

/** The sheet's head: what is recorded where and when, the date it was made and its address; a print button (not printed). */
function SheetSummary({ data, shortName }: { data: DonorData; shortName: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const years = [...new Set(data.funds.flatMap((f) => f.summary.years.map((y) => y.year)))].sort((a, b) => a - b);
  const latest = years[years.length - 1];
  const made = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : i18n.language, { dateStyle: 'long' }).format(new Date());
  return (
    <div className="donor-sheet-head">
      <dl className="donor-totals">
        <div>
          <dt>{t('screens.sheet.fundsRecorded')}</dt>
          <dd>{data.funds.length === 0 ? t('screens.sheet.noYears') : data.funds.map((f) => shortName(f.fund)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('screens.sheet.yearsRecorded')}</dt>
          <dd>{years.length === 0 ? t('screens.sheet.noYears') : years.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('screens.sheet.latestYear')}</dt>
          <dd>{latest === undefined ? t('screens.sheet.noYears') : <YearAge year={latest} />}</dd>
        </div>
      </dl>
      <p className="sheet-made">{t('screens.sheet.made', { date: made, address: window.location.href })}</p>
      <p className="no-print sheet-tools">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('screens.sheet.print')}
        </button>{' '}
        <span className="field-help">{t('screens.sheet.hint')}</span>
      </p>
    </div>
  );
}

export function DonorPage() {
  const { t } = useTranslation();
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
        return (
          <article className="donor-sheet" data-testid="donor-sheet">
            <p className="sheet-kind">{t('screens.sheet.heading')}</p>
            <h1>{t('views.donor.heading', { donor: name })}</h1>
            <SheetSummary data={data} shortName={shortName} />
            {data.donor.iso3 ? (
              <p className="no-print">
                <Link to={`/${lang}/statements/${data.donor.iso3}`}>{t('views.donor.statement')}</Link>
              </p>
            ) : null}
            {data.funds.length === 0 ? <p>{t('views.donor.none')}</p> : null}
            {data.funds.map((entry) => (
              <DonorFund key={entry.fund} entry={entry} donorName={name} fundName={shortName(entry.fund)} figuresById={figuresById} />
            ))}
            <SheetSources figures={data.figures} />
            {/* The full list is on the page, not on the one-page sheet. */}
            <section className="no-print">
              <h2>{t('views.donor.otherFigures')}</h2>
              <FigureTable figures={data.figures} caption={t('views.donor.figuresCaption', { donor: name })} />
            </section>
          </article>
        );
      }}
    </QueryState>
  );
}
