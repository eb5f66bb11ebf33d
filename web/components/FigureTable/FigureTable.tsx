import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../Layout.js';
import { Link } from 'react-router';
import type { Figure } from '../../../server/contract/schemas.js';
import { figureQualifiers, formatFigureValue } from '../../format/figures.js';
import { newestFirst } from '../../format/figureOrder.js';
import { SourceList } from '../SourceCitation/SourceCitation.js';
import { DataNotes } from '../DataNotes/DataNotes.js';
import { GlossaryLink } from '../GlossaryLink/GlossaryLink.js';
import { TableFrame } from '../TableFrame/TableFrame.js';
import { entityName } from '../../i18n/names.js';
import type { UiLanguage } from '../../i18n/languages.js';

/** Who or where a figure is about: the donor, the beneficiary States, or the scope the source gives. */
function About({ figure, lang }: { figure: Figure; lang: UiLanguage }) {
  const names: string[] = [];
  if (figure.donor) names.push(entityName(figure.donor, lang));
  if (figure.countries.length > 0) names.push(figure.countries.map((c) => entityName(c, lang)).join(', '));
  return (
    <>
      {names.join(' — ')}
      {names.length > 0 && figure.scope ? ' — ' : null}
      {/* The scope is free text written with the data, in English. */}
      {figure.scope ? <span lang="en">{figure.scope}</span> : null}
    </>
  );
}

export interface FigureTableProps {
  figures: readonly Figure[];
  caption: string;
  /** Language prefix for edit links; given only to editors. */
  editLinksFor?: UiLanguage | undefined;
}

/** Every figure as its source states it, with its qualifiers and citations; newest first. */
export function FigureTable({ figures, caption, editLinksFor }: FigureTableProps) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const byId = new Map(figures.map((f) => [f.id, f]));
  // A figure it disagrees with, named by what a reader can see (its value and year), never by its record id.
  const otherFigureLabel = (other: Figure | undefined) =>
    other ? `${formatFigureValue(other, lang, t)}${other.year !== null ? ` (${other.year})` : ''}` : t('qualifier.sourcesDisagree');
  return (
    <TableFrame
      caption={caption}
      className="figure-table"
      columns={[
        { label: t('columns.year') },
        { label: t('columns.metric') },
        { label: t('columns.value'), numeric: true },
        { label: t('columns.qualifiers') },
        { label: t('columns.about') },
        { label: t('columns.source'), className: 'source-col' },
        ...(editLinksFor ? [{ label: t('edit.edit') }] : []),
      ]}
    >
          {newestFirst(figures).map((figure) => (
            <tr key={figure.id} id={`figure-${figure.id}`} data-figure-id={figure.id}>
              <td>{figure.year ?? '—'}</td>
              <td>
                <GlossaryLink metric={figure.metric}>{t(`metric.${figure.metric}`)}</GlossaryLink>
              </td>
              <td className="num value">{formatFigureValue(figure, lang, t)}</td>
              <td>
                <ul className="qualifiers">
                  {figureQualifiers(figure, lang, t).map((q) => (
                    <li key={q} className="qualifier">
                      {q}
                    </li>
                  ))}
                  {figure.conflictsWith.length > 0 ? (
                    <li className="qualifier conflict">
                      {t('qualifier.disagreesWith', { ids: '' })}
                      {figure.conflictsWith.map((other, i) => (
                        <span key={other}>
                          {i > 0 ? ', ' : ''}
                          <a href={`#figure-${other}`}>{otherFigureLabel(byId.get(other))}</a>
                        </span>
                      ))}
                    </li>
                  ) : null}
                </ul>
              </td>
              <td>
                <About figure={figure} lang={lang} />
              </td>
              <td className="source-col">
                <SourceList sources={figure.sources} />
                {figure.note ? <DataNotes notes={[{ text: figure.note }]} recordId={figure.id} /> : null}
              </td>
              {editLinksFor ? (
                <td>
                  <Link to={`/${editLinksFor}/figures/${figure.id}/edit`} aria-label={t('edit.editFigure', { id: figure.id })}>
                    {t('edit.edit')}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
    </TableFrame>
  );
}
