// When and by what a fund was established, with the source that says so. The data loader refuses an
// establishment date without a source (server/ingest/dataset.ts), so there is always one to cite;
// a fund with no sourced date shows nothing here (its note says why).

import { useTranslation } from 'react-i18next';
import type { Fund } from '../../../server/contract/schemas.js';
import { establishingResolution } from '../../i18n/names.js';
import type { UiLanguage } from '../../i18n/languages.js';

export function FundEstablishment({ fund, lang }: { fund: Fund; lang: UiLanguage }) {
  const { t } = useTranslation();
  const source = fund.establishmentSource;
  if (!fund.establishedYear || !source) return null;
  return (
    <>
      {t('overview.established', { year: fund.establishedYear, resolution: establishingResolution(fund, lang) ?? '' })}
      {' — '}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank">
          <bdi>{source.symbol ?? source.title}</bdi>
        </a>
      ) : (
        <bdi>{source.symbol ?? source.title}</bdi>
      )}
      {source.locator ? (
        <>
          , <bdi>{source.locator}</bdi>
        </>
      ) : null}
    </>
  );
}
