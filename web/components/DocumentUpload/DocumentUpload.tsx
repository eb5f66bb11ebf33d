import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatPartialDate } from '../../format/numbers.js';
import { useUiLanguage } from '../../Layout.js';
import { uploadSummary, type TableChoice, type UploadedDocument } from './documents.js';

const languageName = (code: string, lang: string) => {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** The file input (several PDFs; dropping them works too) and the progress of each file. */
export function DocumentDrop({ documents, onFiles }: { documents: UploadedDocument[]; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [over, setOver] = useState(false);
  const summary = uploadSummary(documents);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    onFiles([...e.dataTransfer.files]);
  };
  return (
    <div>
      <div
        className={`drop-zone${over ? ' drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label htmlFor={inputId}>{t('pdfImport.upload.choose')}</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".pdf,application/pdf"
          aria-describedby={`${inputId}-help`}
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = ''; // the same file can be added again after removing it
          }}
        />
        <p id={`${inputId}-help`} className="field-help">
          {t('pdfImport.upload.help')}
        </p>
      </div>
      <div role="status" aria-live="polite" className="upload-status">
        {summary.total > 0 ? t('pdfImport.upload.summary', { done: summary.done, total: summary.total }) : null}
      </div>
    </div>
  );
}

function Stage({ document }: { document: UploadedDocument }) {
  const { t } = useTranslation();
  if (document.stage === 'failed') return <p className="error">{t('pdfImport.upload.failed', { error: document.error })}</p>;
  if (document.stage === 'read') return null;
  const label = document.stage === 'sending' && document.progress === null ? t('pdfImport.upload.parsing') : t(`pdfImport.upload.${document.stage}`);
  return (
    <p className="upload-progress">
      {label} <progress aria-label={`${document.fileName}: ${label}`} value={document.progress ?? undefined} max={1} />
    </p>
  );
}

/** Each document's facts as page 1 states them, and its tables to choose from. */
export function DocumentList({
  documents,
  choice,
  onChoose,
  onRemove,
}: {
  documents: UploadedDocument[];
  choice: TableChoice | null;
  onChoose: (choice: TableChoice) => void;
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  if (documents.length === 0) return null;
  const fact = (value: string | null | undefined) => value ?? <span className="muted">{t('pdfImport.document.notFound')}</span>;
  return (
    <ul className="document-list">
      {documents.map((d) => {
        const facts = d.reading?.document;
        return (
          <li key={d.key} className="document-card">
            <div className="document-head">
              <h2>{facts?.symbol ?? d.fileName}</h2>
              <button type="button" className="link-button" onClick={() => onRemove(d.key)} disabled={d.stage !== 'read' && d.stage !== 'failed'}>
                {t('pdfImport.upload.remove', { name: d.fileName })}
              </button>
            </div>
            <Stage document={d} />
            {facts ? (
              <dl className="document-facts">
                <dt>{t('pdfImport.document.file')}</dt>
                <dd>{d.fileName}</dd>
                <dt>{t('pdfImport.document.symbol')}</dt>
                <dd>{fact(facts.symbol)}</dd>
                <dt>{t('pdfImport.document.title')}</dt>
                <dd>{fact(facts.title)}</dd>
                <dt>{t('pdfImport.document.date')}</dt>
                <dd>{fact(facts.date && formatPartialDate(facts.date, lang))}</dd>
                <dt>{t('pdfImport.document.language')}</dt>
                <dd>{fact(facts.language && languageName(facts.language, lang))}</dd>
                <dt>{t('pdfImport.document.pages')}</dt>
                <dd>{formatCount(facts.pages, lang)}</dd>
              </dl>
            ) : null}
            {d.reading ? (
              d.reading.tables.length === 0 ? (
                <p>{t('pdfImport.document.noTables')}</p>
              ) : (
                <fieldset className="table-choice">
                  <legend>{t('pdfImport.document.chooseTable', { count: d.reading.tables.length })}</legend>
                  {d.reading.tables.map((table) => (
                    <label key={table.id}>
                      <input
                        type="radio"
                        name="pdf-table"
                        value={`${d.key}:${table.id}`}
                        checked={choice?.documentKey === d.key && choice.tableId === table.id}
                        onChange={() => onChoose({ documentKey: d.key, tableId: table.id })}
                      />{' '}
                      {t('pdfImport.document.tableOption', {
                        page: formatCount(table.page, lang),
                        caption: table.caption ?? t('pdfImport.document.noCaption'),
                        rows: formatCount(table.rows.length, lang),
                      })}
                    </label>
                  ))}
                </fieldset>
              )
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
