import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Fund } from '../../server/contract/schemas.js';
import { useFundDetail, useGaps } from '../api/hooks.js';
import { FundingTable } from '../components/FundingTable/FundingTable.js';
import { QueryState } from '../components/QueryState.js';
import { formatQuantity } from '../format/figures.js';
import { useUiLanguage } from '../Layout.js';
import { fundName } from '../i18n/names.js';
import { sourceLabel } from '../components/SourceCitation/SourceCitation.js';
import type { TitleKind } from '../../server/contract/vocabulary.js';

/** One fund's yearly funding with gap and coverage, read through its figures so qualifiers show. */
function FundGaps({ fund, documents }: { fund: Fund; documents: { source: { id: string; symbol: string | null; title: string; titleIs: TitleKind; url: string | null } }[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const detail = useFundDetail(fund.id);
  return (
    <section className="gap-fund" aria-labelledby={`gaps-${fund.id}`} data-fund={fund.id}>
      <h2 id={`gaps-${fund.id}`}>
        <Link to={`/${lang}/funds/${fund.id}`}>{fundName(fund, lang, 'short')}</Link>
      </h2>
      <QueryState query={detail}>
        {(data) => {
          const hasRequirement = data.funding.some((y) => y.requirement.value !== null);
          return (
            <>
              {!hasRequirement ? <p className="requirement-missing">{t('views.gaps.requirementNotPublished')}</p> : null}
              {data.funding.length > 0 ? (
                <FundingTable funding={data.funding} figuresById={new Map(data.figures.map((f) => [f.id, f]))} caption={t('fund.fundingTableCaption', { fund: fundName(fund, lang, 'short') })} />
              ) : (
                <p className="no-data">{t('overview.noYearlyMoney')}</p>
              )}
            </>
          );
        }}
      </QueryState>
      {documents.length > 0 ? (
        <>
          <p>{t('views.gaps.requirementDocuments')}</p>
          <ul className="backlog">
            {[...new Map(documents.map((d) => [d.source.id, d.source])).values()].map((s) => (
              <li key={s.id}>{s.url ? <a href={s.url} rel="noopener noreferrer" target="_blank"><bdi>{sourceLabel(s, t)}</bdi></a> : <bdi>{sourceLabel(s, t)}</bdi>}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('views.gaps.noRequirementDocuments')}</p>
      )}
    </section>
  );
}

export function GapsPage() {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const gaps = useGaps();
  return (
    <>
      <h1>{t('views.gaps.heading')}</h1>
      <p className="intro">{t('views.gaps.intro')}</p>
      <details className="formula">
        <summary>{t('views.gaps.formulaSummary')}</summary>
        <p>{t('views.gaps.formula')}</p>
      </details>
      <QueryState query={gaps}>
        {(data) => (
          <>
            <h2>{t('views.gaps.ranking')}</h2>
            {data.ranking.length === 0 ? (
              <p className="no-ranking">{t('views.gaps.noRanking')}</p>
            ) : (
              <ol className="gap-ranking">
                {data.ranking.map((id) => {
                  const row = data.funds.find((f) => f.fund.id === id)!;
                  const latest = row.latestWithRequirement!;
                  return (
                    <li key={id}>
                      {fundName(row.fund, lang, 'short')} — {t('views.gaps.gapFor', { gap: formatQuantity(latest.gap, 'usd_cents', i18n.language, t), year: latest.year })}
                    </li>
                  );
                })}
              </ol>
            )}
            {data.funds.map((row) => (
              <FundGaps key={row.fund.id} fund={row.fund} documents={row.requirementDocuments} />
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
