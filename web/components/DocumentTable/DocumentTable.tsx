import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../format/numbers.js';
import { useUiLanguage } from '../../Layout.js';
import { errorsByCell, lastPage, pageBreakRows, type DocumentTable as Table } from './documentTable.js';

/**
 * A table as it sits in the report: its caption, page(s) and unit, its header, every row with amounts
 * right-aligned, totals marked, page breaks shown, and each cell that is not a number highlighted and
 * listed with its page, row and column. The mapped columns are marked so the editor sees the choice.
 */
export function DocumentTable({
  table,
  symbol,
  language,
  nameColumn,
  amountColumn,
}: {
  table: Table;
  symbol: string | null;
  /** The report's language: its text keeps its own direction ("150 000" is never reordered on an Arabic page). */
  language: string | null;
  nameColumn?: number;
  amountColumn?: number;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const numeric = new Set(table.numericColumns);
  const totals = new Set(table.totalRows);
  const errors = errorsByCell(table);
  const breaks = pageBreakRows(table);
  const last = lastPage(table);
  const pages = last === table.page ? t('pdfImport.table.page', { page: formatCount(table.page, lang) }) : t('pdfImport.table.pages', { from: formatCount(table.page, lang), to: formatCount(last, lang) });
  const role = (i: number) => (i === nameColumn ? t('pdfImport.table.nameColumn') : i === amountColumn ? t('pdfImport.table.amountColumn') : null);
  return (
    <div className="document-table">
      <p className="document-table-where">
        {symbol ? `${symbol}, ` : ''}
        {pages}
        {table.unit ? ` · ${t('pdfImport.table.unit', { unit: table.unit.text })}` : ''}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`caption-${table.id}`} lang={language ?? undefined} dir={language === null ? 'auto' : language === 'ar' ? 'rtl' : 'ltr'}>
        <table className="pdf-table">
          <caption id={`caption-${table.id}`}>{table.caption ?? t('pdfImport.document.noCaption')}</caption>
          <thead>
            <tr>
              {table.columns.map((header, i) => (
                <th key={i} scope="col" className={[numeric.has(i) ? 'num' : '', role(i) ? 'mapped' : ''].join(' ').trim() || undefined}>
                  {header || t('pdfImport.mapping.columnNumber', { n: i + 1 })}
                  {role(i) ? <span className="mapped-role" lang={lang}>{role(i)}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <Fragment key={r}>
                {breaks.has(r) ? (
                  <tr className="page-break">
                    <td colSpan={table.columns.length} lang={lang}>{t('pdfImport.table.continuedOn', { page: formatCount(table.rowPages[r] ?? last, lang) })}</td>
                  </tr>
                ) : null}
                <tr className={totals.has(r) ? 'total-row' : undefined}>
                  {table.columns.map((_, c) => {
                    const error = errors.get(`${r + 1}:${c + 1}`);
                    const cell = row[c] ?? '';
                    const Cell = c === 0 ? 'th' : 'td';
                    return (
                      <Cell key={c} scope={c === 0 ? 'row' : undefined} className={[numeric.has(c) ? 'num' : '', error ? 'cell-error' : ''].join(' ').trim() || undefined}>
                        {cell}
                        {c === 0 && totals.has(r) ? <span className="total-mark" lang={lang}> ({t('pdfImport.table.total')})</span> : null}
                        {error ? <span className="visually-hidden" lang={lang}> ({t('pdfImport.table.notANumber')})</span> : null}
                      </Cell>
                    );
                  })}
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {table.errors.length > 0 ? (
        <>
          <h3>{t('pdfImport.table.errorsHeading')}</h3>
          <ul className="import-errors">
            {table.errors.map((e, i) => (
              <li key={i}>{t('pdfImport.table.cellError', { page: formatCount(e.page, lang), row: e.row, column: e.column, text: e.text, message: e.message })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
