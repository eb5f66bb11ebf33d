import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../server/contract/schemas.js';
import { MIRROR_HOSTS, type TitleKind } from '../../../server/contract/vocabulary.js';
import { formatPartialDate } from '../../format/numbers.js';

type CitedSource = Figure['sources'][number];
type Titled = { symbol: string | null; title: string; titleIs: TitleKind };

/**
 * A source's title as a reader sees it: a published title in the language's quotation marks, our own
 * description of the document in square brackets, never quoted (the server's briefs do the same).
 */
export function titleText(source: Pick<Titled, 'title' | 'titleIs'>, t: TFunction): string {
  return source.titleIs === 'published' ? t('facts.cite.quoted', { title: source.title }) : t('facts.cite.described', { title: source.title });
}

/** "A/HRC/56/78 — “Title”", "HR/4770 — [our description]", or the title alone. */
export function sourceLabel(source: Titled, t: TFunction): string {
  const title = titleText(source, t);
  return source.symbol ? `${source.symbol} — ${title}` : title;
}

/** What the copy that was read is: a staging copy of the official page, or a copy on another site, named by its host. */
export function copyReadText(copyRead: string, t: TFunction): string {
  if (MIRROR_HOSTS.test(copyRead)) return t('facts.cite.stagingCopy');
  let host = copyRead;
  try {
    host = new URL(copyRead).host;
  } catch {
    // not a URL: named as it is
  }
  return t('facts.cite.copyAt', { host });
}

/** The secondary note after the official link, when the page was read elsewhere: "read on a staging copy of this page". */
export function CopyReadNote({ copyRead }: { copyRead: string | null }) {
  const { t } = useTranslation();
  if (!copyRead) return null;
  return (
    <span className="citation-copy">
      {' · '}
      <a href={copyRead} rel="noopener noreferrer" target="_blank">
        {copyReadText(copyRead, t)}
      </a>
    </span>
  );
}

/** A citation as one line of text, for exports and print: "A/HRC/56/78 — “Title”, para. 12, 3 May 2024 (official report) <https://…>". */
export function citationLine(source: CitedSource, lang: string, t: TFunction): string {
  const date = source.date ? formatPartialDate(source.date, lang) : t('source.undated');
  const copy = source.copyRead ? `; ${copyReadText(source.copyRead, t)} <${source.copyRead}>` : '';
  return `${sourceLabel(source, t)}${source.locator ? `, ${source.locator}` : ''}, ${date} (${t(`source.kind.${source.kind}`)}) <${source.url}>${copy}`;
}

/** "A/HRC/56/78 — “Title”, para. 12, 3 May 2024 (official report)", linked to the official address; the copy read, if another, after it. */
export function SourceCitation({ source, compact = false }: { source: CitedSource; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const line = citationLine(source, i18n.language, t);
  // Exports read the full citation, with its URLs, from these attributes (web/export/domTable.ts).
  return (
    <span className="citation" data-citation={line} data-export-text={line}>
      {/* Titles and locators are in the document's own language: isolated, so they read right in Arabic too. */}
      <a href={source.url} rel="noopener noreferrer" target="_blank" title={t('source.open')}>
        <bdi>{sourceLabel(source, t)}</bdi>
      </a>
      {source.locator && !compact ? (
        <>
          , <bdi>{source.locator}</bdi>
        </>
      ) : null}
      {', '}
      {source.date ? formatPartialDate(source.date, i18n.language) : t('source.undated')}
      <span className="citation-kind"> ({t(`source.kind.${source.kind}`)})</span>
      <CopyReadNote copyRead={source.copyRead} />
    </span>
  );
}

export function SourceList({ sources }: { sources: readonly CitedSource[] }) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={`${source.id}|${source.locator ?? ''}`}>
          <SourceCitation source={source} />
        </li>
      ))}
    </ul>
  );
}

/** Each source once (the same document at the same place). */
export const uniqueSources = (sources: readonly CitedSource[]): CitedSource[] => [...new Map(sources.map((s) => [`${s.id}|${s.locator ?? ''}`, s])).values()];

/**
 * A compact source marker beside an amount: a disclosure ("source", "2 sources") that opens the full
 * citations, by keyboard as by pointer. Print shows the citations themselves, in small text.
 * Exports skip the marker (the citations go to the file's list of sources).
 */
/**
 * `notListed`: figures the value is computed from that its answer does not list (a total over many
 * figures lists the first ones: server/domain/citedFigures.ts); the reader is told, never shown less silently.
 */
export function CitationMarker({ sources, notListed = 0 }: { sources: readonly CitedSource[]; notListed?: number | undefined }) {
  const { t, i18n } = useTranslation();
  const unique = uniqueSources(sources);
  if (unique.length === 0) return null;
  const more = notListed > 0 ? t('facts.cite.notListed', { count: notListed }) : null;
  return (
    <span className="cite-marker" data-export-skip="">
      <details>
        <summary>{t('facts.cite.marker', { count: unique.length })}</summary>
        <SourceList sources={unique} />
        {more ? <p className="cite-not-listed">{more}</p> : null}
      </details>
      <span className="cite-print">
        {unique.map((s) => citationLine(s, i18n.language, t)).join('; ')}
        {more ? `; ${more}` : null}
      </span>
    </span>
  );
}
