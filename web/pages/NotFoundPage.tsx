import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUiLanguage } from '../Layout.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  return (
    <>
      <h1>{t('app.notFound')}</h1>
      <p>
        <Link to={`/${lang}/`}>{t('app.backToOverview')}</Link>
      </p>
    </>
  );
}
