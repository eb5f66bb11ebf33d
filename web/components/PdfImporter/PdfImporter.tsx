import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRequest, ImportResult, StatementImportRequest } from '../../../server/contract/imports.js';
import { useImportMutation, useStatementMutation, type Progress } from '../../api/imports.js';
import { useUiLanguage } from '../../Layout.js';
import { ColumnMapping, type ColumnChoice } from '../ColumnMapping/ColumnMapping.js';
import { DocumentTable } from '../DocumentTable/DocumentTable.js';
import { guessColumns, guessYear } from '../DocumentTable/documentTable.js';
import { DocumentDrop, DocumentList } from '../DocumentUpload/DocumentUpload.js';
import { chosenTable, type TableChoice } from '../DocumentUpload/documents.js';
import { useDocumentUploads } from '../DocumentUpload/useDocumentUploads.js';
import { ImportPreview } from '../ImportPreview/ImportPreview.js';
import { donorChoicesFor, mergeOffers, type Candidate } from '../ImportPreview/preview.js';
import { defaultFigureSettings, emptySource, figureFields, FigureSettingsFields, sourceFields, SourceFields, type FigureSettings } from '../ImportSettings/ImportSettings.js';
import { ImportProgress } from '../ImportProgress/ImportProgress.js';
import { StatementMapping, type StatementChoice } from '../StatementMapping/StatementMapping.js';
import { guessRowMetrics, rowMetricsOf } from '../StatementMapping/statementRoles.js';

type TableKind = 'donors' | 'statement';
const looksLikeStatement = (caption: string | null) => /statement of income|income and expenditure|état des recettes|recettes et (des )?dépenses/i.test(caption ?? '');

/** Report PDFs → a table → its columns (or rows) mapped → a dry run with every donor match → commit. */
export function PdfImporter() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const [refused, setRefused] = useState<string[]>([]);
  const onRefused = useCallback((name: string) => setRefused((r) => [...r, name]), []);
  const { documents, add, remove } = useDocumentUploads(onRefused);
  const [choice, setChoice] = useState<TableChoice | null>(null);
  const [kind, setKind] = useState<TableKind>('donors');
  const [columns, setColumns] = useState<ColumnChoice>({ nameColumn: 0, amountColumn: 1 });
  const [statement, setStatement] = useState<StatementChoice>({ amountColumn: 1, rows: {} });
  const [settings, setSettings] = useState<FigureSettings>(defaultFigureSettings);
  const [citeOther, setCiteOther] = useState(false);
  const [source, setSource] = useState(emptySource);
  const [offers, setOffers] = useState<Record<string, Candidate[]>>({});
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ answer: ImportResult; request: string } | null>(null);
  const [progress, setProgress] = useState<{ progress: Progress } | null>(null);
  const onProgress = useCallback((p: Progress) => setProgress({ progress: p }), []);
  const runImport = useImportMutation(onProgress);
  const runStatement = useStatementMutation(onProgress);
  const selected = chosenTable(documents, choice);

  const choose = (next: TableChoice) => {
    setChoice(next);
    setResult(null);
    const found = chosenTable(documents, next);
    if (!found) return;
    const guess = guessColumns(found.table);
    setColumns(guess);
    setStatement({ amountColumn: guess.amountColumn, rows: guessRowMetrics(found.table.rows.map((r) => r[0] ?? '')) });
    setKind(looksLikeStatement(found.table.caption) ? 'statement' : 'donors');
    const year = guessYear(found.table, guess.amountColumn);
    if (year !== null) setSettings((s) => ({ ...s, year: String(year) }));
  };

  const request = (): { donors: ImportRequest } | { statement: StatementImportRequest } | null => {
    if (!selected) return null;
    const common = { content: selected.content, table: selected.table.id, ...(citeOther ? { source: sourceFields(source) } : {}) };
    const figure = figureFields(settings);
    if (kind === 'statement') {
      return { statement: { ...common, fund: figure.fund, year: figure.year, asOf: figure.asOf, status: settings.status, amountColumn: statement.amountColumn, rowMetrics: rowMetricsOf(statement.rows) } };
    }
    return { donors: { ...figure, ...common, format: 'pdf', nameColumn: columns.nameColumn, amountColumn: columns.amountColumn, donorChoices: donorChoicesFor(offers, chosen) } };
  };
  // What identifies a request for staleness: everything but the PDF itself, which the table id stands for.
  const requestKey = (r: NonNullable<ReturnType<typeof request>>) => JSON.stringify(r, (key, v: unknown) => (key === 'content' ? undefined : v));

  const run = async (commit: boolean) => {
    const body = request();
    if (!body) return;
    setProgress({ progress: 0 });
    try {
      const answer = 'donors' in body ? await runImport.mutateAsync({ body: body.donors, commit }) : await runStatement.mutateAsync({ body: body.statement, commit });
      setOffers((o) => mergeOffers(o, answer));
      setResult({ answer, request: requestKey(body) });
    } catch {
      // shown from the mutation's error below
    } finally {
      setProgress(null);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };
  const current = request();
  const stale = result !== null && current !== null && requestKey(current) !== result.request;
  const newRows = result?.answer.rows.filter((r) => r.state === 'new').length ?? 0;
  const error = (runImport.isError ? runImport.error : null) ?? (runStatement.isError ? runStatement.error : null);
  const mappingOk = kind === 'statement' ? rowMetricsOf(statement.rows).length > 0 : columns.nameColumn !== columns.amountColumn;

  return (
    <form className="form" onSubmit={submit}>
      <fieldset>
        <legend>{t('pdfImport.upload.legend')}</legend>
        <DocumentDrop documents={documents} onFiles={add} />
        {refused.length > 0 ? (
          <p className="error" role="alert">
            {t('pdfImport.upload.notPdf', { names: new Intl.ListFormat(lang).format(refused) })}
          </p>
        ) : null}
        <DocumentList documents={documents} choice={choice} onChoose={choose} onRemove={(key) => {
            remove(key);
            if (choice?.documentKey === key) {
              setChoice(null);
              setResult(null);
            }
          }} />
      </fieldset>
      {selected ? (
        <>
          <fieldset>
            <legend>{t('pdfImport.table.legend')}</legend>
            <DocumentTable table={selected.table} symbol={selected.document.reading?.document.symbol ?? null} language={selected.document.reading?.document.language ?? null} {...(kind === 'donors' ? columns : {})} />
          </fieldset>
          <fieldset>
            <legend>{t('pdfImport.mapping.legend')}</legend>
            <div className="radio-row" role="radiogroup" aria-label={t('pdfImport.mapping.kind')}>
              {(['donors', 'statement'] as const).map((k) => (
                <label key={k}>
                  <input type="radio" name="table-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`pdfImport.mapping.kinds.${k}`)}
                </label>
              ))}
            </div>
            {kind === 'donors' ? <ColumnMapping table={selected.table} value={columns} onChange={setColumns} /> : <StatementMapping table={selected.table} value={statement} onChange={setStatement} />}
          </fieldset>
          <fieldset>
            <legend>{t('importPage.what')}</legend>
            <FigureSettingsFields value={settings} onChange={setSettings} metric={kind === 'donors'} />
          </fieldset>
          <fieldset>
            <legend>{t('importPage.source')}</legend>
            <p>{t('pdfImport.source.document', { symbol: selected.document.reading?.document.symbol ?? selected.document.fileName })}</p>
            <label className="checkbox">
              <input type="checkbox" checked={citeOther} onChange={(e) => setCiteOther(e.target.checked)} /> {t('pdfImport.source.other')}
            </label>
            {citeOther ? <SourceFields value={source} onChange={setSource} /> : null}
          </fieldset>
          <div className="form-actions">
            <button type="submit" disabled={progress !== null || !mappingOk}>
              {t('pdfImport.dryRun')}
            </button>
            {result && !result.answer.committed ? (
              <button type="button" disabled={progress !== null || stale || result.answer.errors.length > 0 || newRows === 0} onClick={() => void run(true)}>
                {newRows === 0 ? t('importPage.nothingNew') : t('importPage.commit', { count: newRows })}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      <ImportProgress progress={progress?.progress} active={progress !== null} />
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      {result ? (
        <ImportPreview
          result={result.answer}
          fundPath={`/${lang}/funds/${settings.fund}`}
          offers={offers}
          chosen={chosen}
          onChoose={(name, donor) => setChosen((c) => ({ ...c, [name]: donor }))}
          stale={stale}
        />
      ) : null}
    </form>
  );
}
