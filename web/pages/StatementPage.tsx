import { useTranslation } from 'react-i18next';

/** The statement brief for a delegation (to be built). */
export function StatementPage() {
  const { t } = useTranslation();
  return <h1>{t('statements.heading')}</h1>;
}
