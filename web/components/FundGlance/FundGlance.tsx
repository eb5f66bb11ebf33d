// The first screen of a fund page: four answers, each with its sources one click away (a source
// marker), decided by the funding module (server/domain/fundingGlance.ts) and only worded here:
// the latest year of each money figure and its age, received against spent, the trend over the years
// known, and the gap — or, where no requirement is published, what is known instead.

import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure, FundDetail, Quantity, YearValue } from '../../../server/contract/schemas.js';
import { isMoneyMetric } from '../../../server/contract/vocabulary.js';
import { describeYearValue, figureQualifiers, formatFigureValue, formatQuantity } from '../../format/figures.js';
import { formatPercent, formatYearAge } from '../../format/numbers.js';
import { CitationMarker } from '../SourceCitation/SourceCitation.js';

type Glance = FundDetail['glance'];
type FiguresById = ReadonlyMap<string, Figure>;

const sourcesOf = (ids: readonly string[], byId: FiguresById) => ids.flatMap((id) => byId.get(id)?.sources ?? []);

/** "2020 — 6 years ago" (Intl.RelativeTimeFormat, from today). */
export function YearAge({ year }: { year: number | null }) {
  const { t, i18n } = useTranslation();
  if (year === null) return <span className="glance-age">{t('screens.glance.noYear')}</span>;
  return <span className="glance-age">{t('screens.glance.yearAge', { year, age: formatYearAge(year, i18n.language) })}</span>;
}

function LatestMoney({ glance, byId }: { glance: Glance; byId: FiguresById }) {
  const { t, i18n } = useTranslation();
  if (glance.latestMoney.length === 0) return <p className="muted">{t('screens.glance.noMoney')}</p>;
  return (
    <dl className="glance-latest">
      {glance.latestMoney.map((latest) => {
        const figure = byId.get(latest.figureId);
        if (!figure) return null;
        const qualifiers = figureQualifiers(figure, i18n.language, t);
        return (
          <div key={latest.metric} data-metric={latest.metric}>
            <dt>{t(`metric.${latest.metric}`)}</dt>
            <dd>
              <span className="value">{formatFigureValue(figure, i18n.language, t)}</span>
              <CitationMarker sources={figure.sources} />
              <YearAge year={latest.year} />
              {qualifiers.length > 0 ? <span className="cell-qualifiers">{qualifiers.join('; ')}</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** A value as its source worded it (one figure) or as computed ("≥", "≈" kept), and "part of the year" where it is. */
function valueText(cell: YearValue, byId: FiguresById, lang: string, t: TFunction): string {
  const { value } = describeYearValue(cell, 'usd_cents', byId, lang, t);
  return cell.partialYear ? t('screens.glance.partYear', { value }) : value;
}

/** The size of a difference whatever its sign, keeping what its bound says of that size. */
const magnitude = (q: Quantity): Quantity =>
  q.value !== null && q.value < 0 ? { ...q, value: -q.value, bound: q.bound === 'at_least' ? 'at_most' : q.bound === 'at_most' ? 'at_least' : 'exact' } : q;

function ReceivedAndSpent({ glance, byId }: { glance: Glance; byId: FiguresById }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const latest = glance.receivedAndSpent.find((y) => y.year === glance.latestBalancedYear);
  const others = glance.receivedAndSpent.filter((y) => y !== latest);
  const line = (y: Glance['receivedAndSpent'][number]) => {
    const parts = { year: y.year, received: y.received.figureIds.length > 0 ? valueText(y.received, byId, lang, t) : t('chart.notRecorded'), spent: y.spent.figureIds.length > 0 ? valueText(y.spent, byId, lang, t) : t('chart.notRecorded') };
    const d = y.difference;
    if (d.value === null) return t('screens.glance.balanceUnknownYear', parts);
    const difference = formatQuantity(magnitude(d), 'usd_cents', lang, t);
    if (d.value === 0 && d.bound === 'exact') return t('screens.glance.balanceEven', parts);
    return t(d.value > 0 ? 'screens.glance.balanceMore' : 'screens.glance.balanceLess', { ...parts, difference });
  };
  return (
    <>
      {latest ? (
        <p data-testid="received-vs-spent">
          {line(latest)}
          <CitationMarker sources={sourcesOf([...latest.received.figureIds, ...latest.spent.figureIds], byId)} />
        </p>
      ) : (
        <p data-testid="received-vs-spent">{t('screens.glance.balanceNone')}</p>
      )}
      {others.length > 0 ? (
        <ul className="glance-years">
          {others.slice(0, 4).map((y) => (
            <li key={y.year}>
              {line(y)}
              <CitationMarker sources={sourcesOf([...y.received.figureIds, ...y.spent.figureIds], byId)} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Trend({ glance, byId }: { glance: Glance; byId: FiguresById }) {
  const { t, i18n } = useTranslation();
  const { points, direction } = glance.contributionsTrend;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return <p className="muted">{t('screens.glance.trendNone')}</p>;
  const text = (p: typeof first) => valueText(p.value, byId, i18n.language, t);
  const sentence =
    first === last
      ? t('screens.glance.trendOne', { year: first.year, value: text(first) })
      : t(`screens.glance.trend.${direction ?? 'unclear'}`, { first: text(first), firstYear: first.year, last: text(last), lastYear: last.year, count: points.length });
  return (
    <>
      <p>
        {sentence}
        <CitationMarker sources={sourcesOf([...first.value.figureIds, ...last.value.figureIds], byId)} />
      </p>
      {points.length > 2 ? (
        <p className="glance-years-known">{t('screens.glance.yearsKnown', { years: points.map((p) => p.year).join(', ') })}</p>
      ) : null}
    </>
  );
}

/** Where no requirement is published: the latest of every count known (delegates, donors, countries…), with age and sources. */
function AlsoKnown({ known, byId }: { known: Extract<Glance['gap'], { kind: 'no_requirement' }>['knownInstead']; byId: FiguresById }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const counts = known.filter((k) => !isMoneyMetric(k.metric));
  return (
    <dl className="glance-latest glance-counts">
      {counts.map((k) => {
        const figure = byId.get(k.figureId);
        if (!figure) return null;
        const qualifiers = figureQualifiers(figure, lang, t);
        return (
          <div key={k.metric} data-metric={k.metric}>
            <dt>{t(`metric.${k.metric}`)}</dt>
            <dd>
              <span className="value">{formatFigureValue(figure, lang, t)}</span>
              <CitationMarker sources={figure.sources} />
              <YearAge year={k.year} />
              {qualifiers.length > 0 ? <span className="cell-qualifiers">{qualifiers.join('; ')}</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function Gap({ glance, byId, requirementDocuments, backlogAnchor }: { glance: Glance; byId: FiguresById; requirementDocuments: number; backlogAnchor: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const gap = glance.gap;
  if (gap.kind === 'known') {
    const coverage = gap.coverage.value === null ? t('value.unknown') : formatPercent(gap.coverage.value, lang);
    return (
      <p data-testid="gap">
        {t('screens.glance.gapKnown', {
          year: gap.year,
          gap: formatQuantity(gap.gap, 'usd_cents', lang, t),
          requirement: valueText(gap.requirement, byId, lang, t),
          received: gap.received.figureIds.length > 0 ? valueText(gap.received, byId, lang, t) : t('chart.notRecorded'),
          coverage,
        })}
        <CitationMarker sources={sourcesOf([...gap.gap.figureIds, ...gap.requirement.figureIds], byId)} notListed={gap.gap.figureIdsOmitted} />
      </p>
    );
  }
  if (gap.kind === 'requirement_only') {
    return (
      <p data-testid="gap">
        {t('screens.glance.gapRequirementOnly', { year: gap.year, requirement: valueText(gap.requirement, byId, lang, t) })}
        <CitationMarker sources={sourcesOf(gap.requirement.figureIds, byId)} />
      </p>
    );
  }
  const money = gap.knownInstead.filter((k) => isMoneyMetric(k.metric)).map((k) => t(`metric.${k.metric}`));
  return (
    <>
      <p data-testid="gap">{t('screens.glance.noRequirement')}</p>
      <p>{money.length > 0 ? t('screens.glance.knownInstead', { metrics: new Intl.ListFormat(lang, { type: 'conjunction' }).format(money) }) : t('screens.glance.knownInsteadNothing')}</p>
      {requirementDocuments > 0 ? (
        <p>
          <a href={`#${backlogAnchor}`}>{t('screens.glance.requirementDocuments', { count: requirementDocuments })}</a>
        </p>
      ) : null}
    </>
  );
}

export function FundGlance({ detail, backlogAnchor }: { detail: FundDetail; backlogAnchor: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const byId = new Map(detail.figures.map((f) => [f.id, f]));
  const requirementDocuments = detail.backlog.filter((b) => b.metrics.includes('requirement')).length;
  const gap = detail.glance.gap;
  const cards = [
    { key: 'latest', heading: t('screens.glance.latestHeading'), body: <LatestMoney glance={detail.glance} byId={byId} /> },
    { key: 'balance', heading: t('screens.glance.balanceHeading'), body: <ReceivedAndSpent glance={detail.glance} byId={byId} /> },
    { key: 'trend', heading: t('screens.glance.trendHeading'), body: <Trend glance={detail.glance} byId={byId} /> },
    { key: 'gap', heading: t('screens.glance.gapHeading'), body: <Gap glance={detail.glance} byId={byId} requirementDocuments={requirementDocuments} backlogAnchor={backlogAnchor} /> },
    ...(gap.kind === 'no_requirement' && gap.knownInstead.some((k) => !isMoneyMetric(k.metric))
      ? [{ key: 'also-known', heading: t('screens.glance.alsoKnownHeading'), body: <AlsoKnown known={gap.knownInstead} byId={byId} /> }]
      : []),
  ];
  return (
    <section aria-labelledby={headingId} className="fund-glance" data-testid="fund-glance">
      <h2 id={headingId} className="visually-hidden">
        {t('screens.glance.heading')}
      </h2>
      <div className="glance-grid">
        {cards.map((card) => (
          <section key={card.key} className="glance-card" data-answer={card.key} aria-label={card.heading}>
            <h3>{card.heading}</h3>
            {card.body}
          </section>
        ))}
      </div>
    </section>
  );
}
