import { useTranslation } from 'react-i18next';

/** Everything known about one State across the four funds (to be built). */
export function CountryPage() {
  const { t } = useTranslation();
  return <h1>{t('map.heading')}</h1>;
}
