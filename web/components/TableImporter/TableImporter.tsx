import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../server/contract/imports.js';
import { readFile, useImportMutation, type Progress } from '../../api/imports.js';
import { useUiLanguage } from '../../Layout.js';
import { Field } from '../Form/Field.js';
import { ImportPreview } from '../ImportPreview/ImportPreview.js';
import { ImportProgress } from '../ImportProgress/ImportProgress.js';
import { defaultFigureSettings, emptySource, figureFields, FigureSettingsFields, sourceFields, SourceFields, type FigureSettings } from '../ImportSettings/ImportSettings.js';

export type TableFormat = 'text' | 'csv' | 'xlsx';

/** A table pasted as text, or a CSV or XLSX file in the data files' columns: dry run, then commit. */
export function TableImporter({ format }: { format: TableFormat }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const [settings, setSettings] = useState<FigureSettings>(defaultFigureSettings);
  const [source, setSource] = useState(emptySource);
  const [text, setText] = useState('');
  // Per format, so that a file chosen as CSV is never sent as XLSX.
  const [files, setFiles] = useState<Partial<Record<TableFormat, File>>>({});
  const file = files[format] ?? null;
  const [progress, setProgress] = useState<{ label: string; progress: Progress } | null>(null);
  const [answer, setAnswer] = useState<{ format: TableFormat; result: ImportResult } | null>(null);
  const result = answer?.format === format ? answer.result : null;
  const setResult = (r: ImportResult | null) => setAnswer(r ? { format, result: r } : null);
  const [fileError, setFileError] = useState<string | null>(null);
  const onProgress = useCallback((p: Progress) => setProgress({ label: t('importPage.sending'), progress: p }), [t]);
  const mutation = useImportMutation(onProgress);

  const run = async (commit: boolean) => {
    setFileError(null);
    try {
      let content = text;
      if (format !== 'text') {
        if (!file) throw new Error(t('importPage.file'));
        setProgress({ label: t('importPage.reading'), progress: 0 });
        content = await readFile(file, format === 'xlsx' ? 'base64' : 'text', (fraction) => setProgress({ label: t('importPage.reading'), progress: fraction }));
      }
      setProgress({ label: t('importPage.sending'), progress: 0 });
      setResult(await mutation.mutateAsync({ body: { ...figureFields(settings), source: sourceFields(source), format, content, donorChoices: [] }, commit }));
    } catch (e) {
      if (!mutation.isError) setFileError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };
  const preview = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };
  const newRows = result?.rows.filter((r) => r.state === 'new').length ?? 0;
  const error = fileError ?? (mutation.isError ? mutation.error.message : null);

  return (
    <form className="form" onSubmit={preview}>
      <fieldset>
        <legend>{t('importPage.what')}</legend>
        <FigureSettingsFields value={settings} onChange={setSettings} />
      </fieldset>
      <fieldset>
        <legend>{t('importPage.source')}</legend>
        <SourceFields value={source} onChange={setSource} />
      </fieldset>
      <fieldset>
        <legend>{t('importPage.content')}</legend>
        {format === 'text' ? (
          <Field label={t('importPage.paste')}>
            {(p) => (
              <textarea
                {...p}
                rows={12}
                className="paste"
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setResult(null); // a preview only ever stands for the text it was made from
                }}
              />
            )}
          </Field>
        ) : (
          <Field label={t('importPage.file')}>
            {(p) => (
              <input
                {...p}
                type="file"
                accept={format === 'csv' ? '.csv,text/csv' : '.xlsx'}
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  setFiles((f) => ({ ...f, [format]: chosen }));
                  setResult(null);
                }}
              />
            )}
          </Field>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={progress !== null}>
          {t('importPage.preview')}
        </button>
        {result && !result.committed ? (
          <button type="button" disabled={progress !== null || result.errors.length > 0 || newRows === 0} onClick={() => void run(true)}>
            {newRows === 0 ? t('importPage.nothingNew') : t('importPage.commit', { count: newRows })}
          </button>
        ) : null}
      </div>
      <ImportProgress active={progress !== null} progress={progress?.progress} {...(progress ? { label: progress.label } : {})} />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? <ImportPreview result={result} fundPath={`/${lang}/funds/${settings.fund}`} /> : null}
    </form>
  );
}
