// The whole dataset as one download, offered where researchers and journalists look for it:
// the Sources page and the API page.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DATASET_ZIP_URL } from '../../api/queries.js';

export function DatasetDownload() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="dataset-download" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dataset.heading')}</h2>
      <p>{t('dataset.intro')}</p>
      <p>
        <a className="button-link" href={DATASET_ZIP_URL} download="hrtf-dataset.zip">
          {t('dataset.link')}
        </a>
      </p>
    </section>
  );
}
