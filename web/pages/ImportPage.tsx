import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../auth/RequireRole.js';
import { PdfImporter } from '../components/PdfImporter/PdfImporter.js';
import { TableImporter } from '../components/TableImporter/TableImporter.js';
import './ImportPage.css';

const FORMATS = ['pdf', 'text', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

/** Import figures: from a report PDF's tables, or from a table pasted or uploaded as CSV or XLSX. */
export function ImportPage() {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('pdf');
  return (
    <RequireRole role="editor">
      <h1>{t('importPage.heading')}</h1>
      <p className="intro">{t('pdfImport.intro')}</p>
      <div className="radio-row format-choice" role="radiogroup" aria-label={t('importPage.format')}>
        {FORMATS.map((f) => (
          <label key={f}>
            <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {f === 'pdf' ? t('pdfImport.format') : t(`importPage.formats.${f}`)}
          </label>
        ))}
      </div>
      {format === 'pdf' ? <PdfImporter /> : <TableImporter format={format} />}
    </RequireRole>
  );
}
