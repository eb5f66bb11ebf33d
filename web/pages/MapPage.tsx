import { useTranslation } from 'react-i18next';

/** The world map of beneficiary States (to be built). */
export function MapPage() {
  const { t } = useTranslation();
  return <h1>{t('map.heading')}</h1>;
}
