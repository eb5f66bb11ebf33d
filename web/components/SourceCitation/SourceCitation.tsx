import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../server/contract/schemas.js';
import { formatPartialDate } from '../../format/numbers.js';

type CitedSource = Figure['sources'][number];

/** Said of a copy read on an OHCHR mirror: the ohchr.org address with the same path, unverified. */
export function MirrorNote({ mirrorOf }: { mirrorOf: string | null }) {
  const { t } = useTranslation();
  if (!mirrorOf) return null;
  return (
    <span className="citation-mirror">
      {' '}
      {t('source.mirror')}{' '}
      <a href={mirrorOf} rel="noopener noreferrer" target="_blank">
        ohchr.org
      </a>
    </span>
  );
}

/** A citation as one line of text, for exports: "A/HRC/56/78 — Title, para. 12, 3 May 2024 (official report) <https://…>". */
export function citationLine(source: CitedSource, lang: string, t: TFunction): string {
  const label = source.symbol ? `${source.symbol} — ${source.title}` : source.title;
  const date = source.date ? formatPartialDate(source.date, lang) : t('source.undated');
  const mirror = source.mirrorOf ? ` ${t('source.mirror')} <${source.mirrorOf}>` : '';
  return `${label}${source.locator ? `, ${source.locator}` : ''}, ${date} (${t(`source.kind.${source.kind}`)}) <${source.url}>${mirror}`;
}

/** "A/HRC/56/78, para. 12, 3 May 2024 — official report", linked to the copy that was read. */
export function SourceCitation({ source, compact = false }: { source: CitedSource; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const label = source.symbol ? `${source.symbol} — ${source.title}` : source.title;
  const line = citationLine(source, i18n.language, t);
  // Exports read the full citation, with its URL, from these attributes (web/export/domTable.ts).
  return (
    <span className="citation" data-citation={line} data-export-text={line}>
      {/* Titles and locators are in the document's own language: isolated, so they read right in Arabic too. */}
      <a href={source.url} rel="noopener noreferrer" target="_blank" title={t('source.open')}>
        <bdi>{label}</bdi>
      </a>
      {source.locator && !compact ? (
        <>
          , <bdi>{source.locator}</bdi>
        </>
      ) : null}
      {', '}
      {source.date ? formatPartialDate(source.date, i18n.language) : t('source.undated')}
      <span className="citation-kind"> ({t(`source.kind.${source.kind}`)})</span>
      <MirrorNote mirrorOf={source.mirrorOf} />
    </span>
  );
}

export function SourceList({ sources }: { sources: readonly CitedSource[] }) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <SourceCitation source={source} />
        </li>
      ))}
    </ul>
  );
}
