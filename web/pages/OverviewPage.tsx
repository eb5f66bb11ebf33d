import { useTranslation } from 'react-i18next';
import { useOverview } from '../api/hooks.js';
import { FundCard } from '../components/FundCard/FundCard.js';
import { useUiLanguage } from '../Layout.js';
import { QueryState } from '../components/QueryState.js';

export function OverviewPage() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  // One answer holds every card: the list of funds, their latest figures and their charts' values.
  const overview = useOverview();
  return (
    <>
      <h1>{t('overview.heading')}</h1>
      <p className="intro">{t('overview.intro')}</p>
      <QueryState query={overview}>
        {(cards) => (
          <div className="fund-grid">
            {cards.map((card) => (
              <FundCard key={card.fund.id} card={card} lang={lang} />
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}
