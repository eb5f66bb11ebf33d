import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../server/contract/schemas.js';
import { readCitations, readTable } from '../../export/domTable.js';
import { ExportButtons, standardNotes, useInsideChartFrame } from '../ExportButtons/ExportButtons.js';
import { citationLine } from '../SourceCitation/SourceCitation.js';

export interface TableColumn {
  label: ReactNode;
  /** The column's name as text, when the label is not a plain string (e.g. a glossary link). */
  key?: string;
  numeric?: boolean;
  className?: string;
}

export interface TableFrameProps {
  caption: string;
  className: string;
  columns: readonly TableColumn[];
  children: ReactNode;
  /** Sources of figures the rows use but do not cite in a cell (e.g. computed yearly values). */
  sources?: readonly Figure['sources'][number][];
  /** Set false for tables that are tools, not data (e.g. an import preview). */
  exportable?: boolean;
  /** A CSV made from the data rather than from the cells (codes, URLs), used for the CSV download. */
  csvText?: () => string;
  /** The table element's id, for a chart that names this table as its alternative. */
  id?: string;
}

/** A file name stem from the page's path and the table's kind: "/en/funds/vftc" + "funding-table" → "funds-vftc-funding-table". */
function filenameStem(className: string): string {
  const path = window.location.pathname.split('/').slice(2).filter(Boolean).join('-');
  return [path || 'overview', className.split(' ')[0]].join('-');
}

/** A captioned, keyboard-scrollable table with its header row, and CSV and XLSX downloads of what it shows; rows come as children. */
export function TableFrame({ caption, className, columns, children, sources = [], exportable = true, csvText, id }: TableFrameProps) {
  const { t, i18n } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const insideChart = useInsideChartFrame();
  const document = () => {
    const table = tableRef.current;
    const { headers, rows } = table ? readTable(table) : { headers: [], rows: [] };
    const cited = table ? readCitations(table) : [];
    const listed = sources.map((s) => citationLine(s, i18n.language, t));
    return { title: caption, headers, rows, sources: [...new Set([...cited, ...listed])], notes: standardNotes(t, i18n.language) };
  };
  return (
    <div className="table-block">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className={className} ref={tableRef} id={id}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={column.key ?? (typeof column.label === 'string' ? column.label : i)} scope="col" className={[column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
      {exportable && !insideChart ? <ExportButtons kind="table" title={caption} filename={filenameStem(className)} formats={['csv', 'xlsx']} document={document} csvText={csvText} /> : null}
    </div>
  );
}
