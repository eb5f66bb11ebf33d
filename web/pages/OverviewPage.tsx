import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFundDetail, useFunds } from '../api/hooks.js';
import { FundCard } from '../components/FundCard/FundCard.js';
import { loadFundingChart } from '../charts/FundingChart/LazyFundingChart.js';
import { useUiLanguage } from '../Layout.js';
import { QueryState } from '../components/QueryState.js';

function FundCardLoader({ id }: { id: string }) {
  const lang = useUiLanguage();
  const detail = useFundDetail(id);
  return <QueryState query={detail}>{(data) => <FundCard detail={data} lang={lang} />}</QueryState>;
}

export function OverviewPage() {
  const { t } = useTranslation();
  const funds = useFunds();
  // The cards' charts come after the page: their code starts loading now, alongside the figures.
  useEffect(() => {
    void loadFundingChart().catch(() => undefined); // if this fails, each chart's own load tries again
  }, []);
  return (
    <>
      <h1>{t('overview.heading')}</h1>
      <p className="intro">{t('overview.intro')}</p>
      <QueryState query={funds}>
        {(list) => (
          <div className="fund-grid">
            {list.map((fund) => (
              <FundCardLoader key={fund.id} id={fund.id} />
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}
