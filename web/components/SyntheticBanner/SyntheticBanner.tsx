import { useTranslation } from 'react-i18next';
import { useHealth } from '../../api/hooks.js';

/** Shown on every page, above everything, whenever the server holds synthetic (fictional) data. */
export function SyntheticBanner() {
  const { t } = useTranslation();
  const health = useHealth();
  if (!health.data?.synthetic) return null;
  return (
    <div className="synthetic-banner" role="alert" data-testid="synthetic-banner">
      <strong>{t('synthetic.title')}</strong> {t('synthetic.body')}
    </div>
  );
}
