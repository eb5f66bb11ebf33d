// Download buttons for a table (CSV, XLSX) or a chart (also PNG, SVG). Every file carries the title,
// the notes on qualifiers and unknowns, where and when it was made, and the sources of what it holds.

import { createContext, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LegendEntry } from '../../export/chartImage.js';
import { download } from '../../export/download.js';
import type { ExportDocument, ExportLabels } from '../../export/document.js';
import { formatPartialDate } from '../../format/numbers.js';
import { useHealth } from '../../api/hooks.js';

export type ExportFormat = 'csv' | 'xlsx' | 'png' | 'svg';

/** Set by a ChartFrame around its table alternative: the chart's own buttons already export that data. */
export const InsideChartFrame = createContext(false);
export const useInsideChartFrame = () => useContext(InsideChartFrame);

/** The notes every export carries: what the marks mean, that unknown is not zero, where and when it was made. */
export function standardNotes(t: TFunction, lang: string): string[] {
  const today = new Date().toISOString().slice(0, 10);
  return [t('exports.marks'), t('exports.unknownNotZero'), t('exports.pledgeNotPayment'), t('exports.madeFrom', { url: window.location.href, date: formatPartialDate(today, lang) })];
}

export function exportLabels(t: TFunction): ExportLabels {
  return { sources: t('exports.sources'), notes: t('exports.notes'), dataSheet: t('exports.dataSheet'), sourcesSheet: t('exports.sourcesSheet') };
}

export interface ExportButtonsProps {
  kind: 'table' | 'chart';
  title: string;
  /** A file name stem in Latin letters (ids, codes), e.g. "vftc-money-by-year". */
  filename: string;
  formats: readonly ExportFormat[];
  /** Builds the document when a button is pressed, so the file holds exactly what is on screen then. */
  document: () => ExportDocument | Promise<ExportDocument>;
  /** Charts: the drawn SVG and the legend lines. */
  image?: () => { svg: SVGSVGElement | null; legend: LegendEntry[] };
  /** A hand-made CSV (e.g. a chart's exact data) used instead of the document's. */
  csvText?: () => string | Promise<string>;
  /** Charts: the rows listed under the image, when they differ from the data document's (readable sentences, not codes). */
  imageDocument?: () => ExportDocument;
}

export function ExportButtons({ kind, title, filename, formats, document: build, image, csvText, imageDocument }: ExportButtonsProps) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const labels = exportLabels(t);
  // A file made from synthetic data says so first, whatever its format.
  const synthetic = useHealth().data?.synthetic === true;

  const run = async (format: ExportFormat) => {
    setError(null);
    try {
      // The file makers (a CSV parser, the image drawing) load on the first press: no page waits for them.
      const [{ documentToCsv, documentToXlsx, exportFilename }, { chartSvgText, svgToPng }, { csvCommentLine }] = await Promise.all([
        import('../../export/document.js'),
        import('../../export/chartImage.js'),
        import('../../format/csv.js'),
      ]);
      const built = await (format === 'png' || format === 'svg' ? (imageDocument ?? build)() : build());
      const doc = synthetic ? { ...built, title: `${t('exports.synthetic')} ${built.title}`, notes: [t('exports.synthetic'), ...built.notes] } : built;
      const syntheticLine = synthetic ? `${csvCommentLine(t('exports.synthetic'))}\r\n` : '';
      if (format === 'csv') download(exportFilename(filename, 'csv'), `\ufeff${syntheticLine}${csvText ? await csvText() : documentToCsv(doc, labels)}`, 'text/csv;charset=utf-8');
      else if (format === 'xlsx') download(exportFilename(filename, 'xlsx'), await documentToXlsx(doc, labels), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      else {
        const drawn = image?.();
        if (!drawn?.svg) throw new Error(t('chart.noFigureRecorded'));
        const svg = chartSvgText({
          svg: drawn.svg,
          doc,
          legend: drawn.legend,
          labels: { values: t('exports.values'), sources: labels.sources, notes: labels.notes },
          direction: i18n.dir() === 'rtl' ? 'rtl' : 'ltr',
        });
        if (format === 'svg') download(exportFilename(filename, 'svg'), svg.text, 'image/svg+xml;charset=utf-8');
        else download(exportFilename(filename, 'png'), await svgToPng(svg.text, svg.width, svg.height), 'image/png');
      }
    } catch (caught) {
      setError(t('exports.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  };

  const group = kind === 'table' ? t('exports.tableGroup') : t('exports.chartGroup');
  return (
    <div className="export-buttons" role="group" aria-label={`${group}: ${title}`} data-export-skip>
      <span className="export-label" aria-hidden="true">
        {group}:
      </span>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="secondary small"
          aria-label={t(kind === 'table' ? 'exports.tableAs' : 'exports.chartAs', { title, format: t(`exports.${format}`) })}
          onClick={() => void run(format)}
        >
          {t(`exports.${format}`)}
        </button>
      ))}
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
