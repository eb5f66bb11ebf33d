import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportRequest, ImportResult, ImportSource } from '../../server/contract/imports.js';
import { CONTRIBUTION_STATUSES, FUND_IDS, MONEY_METRICS, SOURCE_KINDS, type ContributionStatus } from '../../server/contract/vocabulary.js';
import { client } from '../api/client.js';
import { RequireRole } from '../auth/RequireRole.js';
import { Field, SelectField } from '../components/Form/Field.js';
import { formatUsd } from '../format/numbers.js';
import { useUiLanguage } from '../Layout.js';
import { entityName } from '../i18n/names.js';

/** "A, B or C" in the reader's language: the donors an unmatched name could be. */
const listOf = (items: string[], lang: string) => new Intl.ListFormat(lang, { type: 'disjunction' }).format(items);

type Format = ImportRequest['format'];

/** POSTs with upload progress (fetch cannot report it), to the typed client's URL for the route. */
function postImport(body: ImportRequest, commit: boolean, onProgress: (fraction: number) => void): Promise<ImportResult> {
  const url = client.api.imports.$url({ query: { commit: commit ? 'true' : 'false' } });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url.pathname + url.search);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const parsed = (() => {
        try {
          return JSON.parse(xhr.responseText) as unknown;
        } catch {
          return null;
        }
      })();
      // 422: a commit refused because of errors; the answer is the preview that names them.
      if (xhr.status === 200 || (xhr.status === 422 && parsed !== null && typeof parsed === 'object' && 'rows' in parsed)) resolve(parsed as ImportResult);
      else reject(new Error((parsed as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(JSON.stringify(body));
  });
}

/** Reads an uploaded file (text, or base64 for XLSX) with progress. */
function readFile(file: File, format: Format, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => {
      const result = reader.result;
      if (format === 'xlsx') resolve(String(result).replace(/^data:[^,]*,/, ''));
      else resolve(String(result));
    };
    if (format === 'xlsx') reader.readAsDataURL(file);
    else reader.readAsText(file);
  });
}

function Importer() {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const queryClient = useQueryClient();
  const [fund, setFund] = useState<ImportRequest['fund']>('vftc');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [metric, setMetric] = useState<ImportRequest['metric']>('contributions');
  const [status, setStatus] = useState<ContributionStatus>('received');
  const [asOf, setAsOf] = useState('');
  const [source, setSource] = useState({ kind: 'official_report' as ImportSource['kind'], title: '', symbol: '', locator: '', url: '', date: '' });
  const [format, setFormat] = useState<Format>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ label: string; fraction: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (commit: boolean) => {
    setError(null);
    try {
      let content = text;
      if (format !== 'text') {
        if (!file) throw new Error(t('importPage.file'));
        setProgress({ label: t('importPage.reading'), fraction: 0 });
        content = await readFile(file, format, (fraction) => setProgress({ label: t('importPage.reading'), fraction }));
      }
      setProgress({ label: t('importPage.sending'), fraction: 0 });
      const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
      const body: ImportRequest = {
        fund,
        year: Number(year),
        metric,
        status: metric === 'contributions' ? ((orNull(status) as ImportRequest['status']) ?? null) : null,
        asOf: orNull(asOf),
        period: 'calendar_year',
        precision: 'exact',
        source: { kind: source.kind, title: source.title, symbol: orNull(source.symbol), locator: orNull(source.locator), url: source.url.trim(), date: orNull(source.date) },
        format,
        content,
      };
      const answer = await postImport(body, commit, (fraction) => setProgress({ label: t('importPage.sending'), fraction }));
      setResult(answer);
      if (answer.committed) await queryClient.invalidateQueries();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };
  const preview = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };
  const newRows = result?.rows.filter((r) => r.state === 'new').length ?? 0;
  const money = (cents: number) => formatUsd(cents, i18n.language);

  return (
    <form className="form" onSubmit={preview}>
      <fieldset>
        <legend>{t('importPage.what')}</legend>
        <div className="form-grid">
          <SelectField label={t('field.fund')} value={fund} options={FUND_IDS} optionLabel={(id) => id} onChange={setFund} />
          <Field label={t('field.year')}>{(p) => <input {...p} required inputMode="numeric" pattern="\d{4}" value={year} onChange={(e) => setYear(e.target.value)} />}</Field>
          <SelectField label={t('field.metric')} value={metric} options={MONEY_METRICS} optionLabel={(m) => t(`metric.${m}`)} onChange={setMetric} />
          {metric === 'contributions' ? (
            <SelectField label={t('field.status')} value={status} options={CONTRIBUTION_STATUSES} optionLabel={(s) => t(`qualifier.status.${s}`)} onChange={setStatus} />
          ) : null}
          <Field label={t('field.asOf')}>{(p) => <input {...p} value={asOf} onChange={(e) => setAsOf(e.target.value)} />}</Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('importPage.source')}</legend>
        <div className="form-grid">
          <Field label={t('field.kind')}>
            {(p) => (
              <select {...p} value={source.kind} onChange={(e) => setSource({ ...source, kind: e.target.value as typeof source.kind })}>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`source.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('field.symbol')}>{(p) => <input {...p} value={source.symbol} onChange={(e) => setSource({ ...source, symbol: e.target.value })} />}</Field>
          <Field label={t('field.date')}>{(p) => <input {...p} value={source.date} onChange={(e) => setSource({ ...source, date: e.target.value })} />}</Field>
          <Field label={t('field.locator')}>{(p) => <input {...p} value={source.locator} onChange={(e) => setSource({ ...source, locator: e.target.value })} />}</Field>
        </div>
        <Field label={t('field.title')}>{(p) => <input {...p} required value={source.title} onChange={(e) => setSource({ ...source, title: e.target.value })} />}</Field>
        <Field label={t('field.url')}>{(p) => <input {...p} required type="url" value={source.url} onChange={(e) => setSource({ ...source, url: e.target.value })} />}</Field>
      </fieldset>
      <fieldset>
        <legend>{t('importPage.content')}</legend>
        <div className="radio-row" role="radiogroup" aria-label={t('importPage.format')}>
          {(['text', 'csv', 'xlsx'] as const).map((f) => (
            <label key={f}>
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {t(`importPage.formats.${f}`)}
            </label>
          ))}
        </div>
        {format === 'text' ? (
          <Field label={t('importPage.paste')}>{(p) => <textarea {...p} rows={12} className="paste" value={text} onChange={(e) => {
                setText(e.target.value);
                setResult(null); // a preview only ever stands for the text it was made from
              }} />}</Field>
        ) : (
          <Field label={t('importPage.file')}>
            {(p) => <input {...p} type="file" accept={format === 'csv' ? '.csv,text/csv' : '.xlsx'} onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setResult(null);
                }} />}
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
      {progress ? (
        <p role="status">
          {progress.label} <progress value={progress.fraction} max={1} />
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <section aria-live="polite" className="import-result">
          <h2>{t('importPage.previewHeading')}</h2>
          {result.committed ? (
            <p className="success">
              {t('importPage.committed', { created: result.created, existing: result.existing })} <Link to={`/${lang}/funds/${fund}`}>{t('importPage.seeFund')}</Link>
            </p>
          ) : null}
          <p className={result.reconciliation && !result.reconciliation.ok ? 'error' : ''} data-testid="reconciliation">
            {result.reconciliation === null
              ? t('importPage.noTotal')
              : result.reconciliation.ok
                ? t('importPage.reconciled', { total: money(result.reconciliation.statedTotalCents) })
                : t('importPage.notReconciled', { stated: money(result.reconciliation.statedTotalCents), computed: money(result.reconciliation.computedTotalCents) })}
          </p>
          {result.errors.length > 0 ? (
            <>
              <h3>{t('importPage.errorsHeading')}</h3>
              <ul className="import-errors" role="alert">
                {result.errors.map((e, i) => (
                  <li key={i}>{t('importPage.errorAt', { line: e.line, column: e.column, message: e.message })}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('importPage.previewHeading')}>
            <table className="import-preview">
              <thead>
                <tr>
                  <th scope="col">{t('importPage.line')}</th>
                  <th scope="col">{t('importPage.donorAsWritten')}</th>
                  <th scope="col">{t('importPage.matched')}</th>
                  <th scope="col" className="num">{t('importPage.amount')}</th>
                  <th scope="col">{t('importPage.state')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.donorName}</td>
                    <td>
                      {row.donor ? `${entityName(row.donor, lang)}${row.donor.iso3 ? ` (${row.donor.iso3})` : ''}` : <span className="error">{t('importPage.notMatched')}</span>}
                      {!row.donor && row.candidates && row.candidates.length > 0 ? (
                        <div className="import-candidates">{t('importPage.closestDonors', { names: listOf(row.candidates.map((c) => `${entityName(c, lang)}${c.iso3 ? ` (${c.iso3})` : ''}`), lang) })}</div>
                      ) : null}
                    </td>
                    <td className="num tabular-nums">{row.valueCents === null ? t('value.notStated') : money(row.valueCents)}</td>
                    <td>{row.state ? t(`importPage.states.${row.state}`) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </form>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  return (
    <RequireRole role="editor">
      <h1>{t('importPage.heading')}</h1>
      <p className="intro">{t('importPage.intro')}</p>
      <Importer />
    </RequireRole>
  );
}
