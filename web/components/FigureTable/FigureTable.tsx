import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../server/routes/schemas.js';
import { figureQualifiers, formatFigureValue } from '../../format/figures.js';
import { SourceList } from '../SourceCitation/SourceCitation.js';

/** Who or where a figure is about: the donor, the beneficiary States, or the scope the source gives. */
function aboutText(figure: Figure, lang: 'en' | 'fr'): string {
  const parts: string[] = [];
  if (figure.donor) parts.push(figure.donor.name[lang]);
  if (figure.countries.length > 0) parts.push(figure.countries.map((c) => c.name[lang]).join(', '));
  if (figure.scope) parts.push(figure.scope);
  return parts.join(' — ');
}

export interface FigureTableProps {
  figures: readonly Figure[];
  caption: string;
}

/** Every figure as its source states it, with its qualifiers and citations. */
export function FigureTable({ figures, caption }: FigureTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.year')}</th>
            <th scope="col">{t('columns.metric')}</th>
            <th scope="col" className="num">{t('columns.value')}</th>
            <th scope="col">{t('columns.qualifiers')}</th>
            <th scope="col">{t('columns.about')}</th>
            <th scope="col" className="source-col">{t('columns.source')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id} id={`figure-${figure.id}`} data-figure-id={figure.id}>
              <td>{figure.year ?? '—'}</td>
              <td>{t(`metric.${figure.metric}`)}</td>
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
                          <a href={`#figure-${other}`}>{other}</a>
                        </span>
                      ))}
                    </li>
                  ) : null}
                </ul>
              </td>
              <td>{aboutText(figure, lang)}</td>
              <td className="source-col">
                <SourceList sources={figure.sources} />
                {figure.note ? <p className="note">{figure.note}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
