import { useTranslation } from 'react-i18next';
import { useSources } from '../api/hooks.js';
import { QueryState } from '../components/QueryState.js';
import { DatasetDownload } from '../components/DatasetDownload/DatasetDownload.js';
import { CopyReadNote, sourceLabel } from '../components/SourceCitation/SourceCitation.js';
import { formatPartialDate } from '../format/numbers.js';
import { Link } from 'react-router';
import { useCanEdit } from '../auth/RequireRole.js';
import { useUiLanguage } from '../Layout.js';

export function SourcesPage() {
  const { t, i18n } = useTranslation();
  const sources = useSources();
  const canEdit = useCanEdit();
  const lang = useUiLanguage();
  return (
    <>
      <h1>{t('sourcesPage.heading')}</h1>
      <p className="intro">{t('sourcesPage.intro')}</p>
      <DatasetDownload />
      {canEdit ? (
        <p>
          <Link className="button-link" to={`/${lang}/sources/new`}>
            {t('edit.newSource')}
          </Link>
        </p>
      ) : null}
      <QueryState query={sources}>
        {(list) => (
          <>
            {(['cited', 'not_transcribed'] as const).map((status) => (
              <section key={status}>
                <h2>{t(status === 'cited' ? 'sourcesPage.cited' : 'sourcesPage.pending')}</h2>
                <ul className="source-index">
                  {list
                    .filter((s) => s.status === status)
                    .map((s) => (
                      <li key={s.id} id={`source-${s.id}`}>
                        {s.url ? (
                          <a href={s.url} rel="noopener noreferrer" target="_blank">
                            <bdi>{sourceLabel(s, t)}</bdi>
                          </a>
                        ) : (
                          <bdi>{sourceLabel(s, t)}</bdi>
                        )}
                        {`, ${s.date ? formatPartialDate(s.date, i18n.language) : t('source.undated')}`}
                        {` (${t(`source.kind.${s.kind}`)})`}
                        {status === 'cited' && s.figureCount > 0 ? ` — ${t('sourcesPage.figuresFrom', { count: s.figureCount })}` : ''}
                        <CopyReadNote copyRead={s.copyRead} />
                        {canEdit ? (
                          <>
                            {' · '}
                            <Link to={`/${lang}/sources/${s.id}/edit`}>{t('edit.edit')}</Link>
                          </>
                        ) : null}
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
