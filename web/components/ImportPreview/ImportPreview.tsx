import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '../../../server/contract/imports.js';
import { formatCount, formatUsd } from '../../format/numbers.js';
import { useUiLanguage } from '../../Layout.js';
import type { UiLanguage } from '../../i18n/languages.js';
import { entityName } from '../../i18n/names.js';
import { pageOf, type Candidate } from './preview.js';

const donorLabel = (d: { iso3: string | null; name: { en: string; fr: string } }, lang: UiLanguage) => `${entityName(d, lang)}${d.iso3 ? ` (${d.iso3})` : ''}`;

/** A select of the donors an unmatched name could be; choosing none leaves the row unmatched. */
function CandidateSelect({ name, candidates, value, onChange }: { name: string; candidates: Candidate[]; value: string; onChange: (donor: string) => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  return (
    <select aria-label={t('pdfImport.preview.chooseFor', { name })} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('pdfImport.preview.chooseNone')}</option>
      {candidates.map((c) => (
        <option key={c.id} value={c.id}>
          {donorLabel(c, lang)} · {t(`pdfImport.preview.kind.${c.kind}`)}
        </option>
      ))}
    </select>
  );
}

/**
 * The dry run or commit: the reconciliation line(s), the errors with where they are, and every row with
 * its donor match; for an unmatched name with candidates, a select to choose among them.
 */
export function ImportPreview({
  result,
  fundPath,
  offers,
  chosen,
  onChoose,
  stale,
}: {
  result: ImportResult;
  /** The fund page the committed figures appear on. */
  fundPath: string;
  offers?: Record<string, Candidate[]>;
  chosen?: Record<string, string>;
  onChoose?: (name: string, donor: string) => void;
  /** The form changed since this preview: it no longer stands for what a commit would send. */
  stale?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const money = (cents: number) => formatUsd(cents, lang);
  const hasPages = result.rows.some((r) => pageOf(r) !== null);
  // A statement's rows are lines mapped to metrics, not donors.
  const statement = result.checks !== undefined;
  const where = (e: ImportResult['errors'][number]) => {
    const page = pageOf(e);
    // A PDF's errors may already say where they are ("page 2, row 3: …"); not twice.
    if (page !== null && new RegExp(`^page ${page}\\b`).test(e.message)) return e.message;
    return page === null
      ? t('importPage.errorAt', { line: e.line, column: e.column, message: e.message })
      : t('pdfImport.preview.errorAt', { page: formatCount(page, lang), line: e.line, column: e.column, message: e.message });
  };
  return (
    <section aria-live="polite" className="import-result">
      <h2>{t('importPage.previewHeading')}</h2>
      {result.committed ? (
        <p className="success">
          {t('importPage.committed', { created: result.created, existing: result.existing })} <Link to={`${fundPath}#figure-list`}>{t('importPage.seeFund')}</Link>
        </p>
      ) : null}
      {stale ? <p className="notice">{t('pdfImport.preview.stale')}</p> : null}
      <p className={result.reconciliation && !result.reconciliation.ok ? 'error' : ''} data-testid="reconciliation">
        {result.reconciliation === null
          ? statement
            ? result.checks?.length ? null : t('pdfImport.statement.noChecks')
            : t('importPage.noTotal')
          : result.reconciliation.ok
            ? t('importPage.reconciled', { total: money(result.reconciliation.statedTotalCents) })
            : t('importPage.notReconciled', { stated: money(result.reconciliation.statedTotalCents), computed: money(result.reconciliation.computedTotalCents) })}
      </p>
      {result.checks && result.checks.length > 0 ? (
        <>
          <h3>{t('pdfImport.statement.checksHeading')}</h3>
          <ul className="statement-checks" data-testid="statement-checks">
            {result.checks.map((c) => {
              const values = { check: t(`pdfImport.statement.checks.${c.name}`), stated: money(c.statedCents), computed: money(c.computedCents), tolerance: money(c.toleranceCents) };
              return (
                <li key={c.name} className={c.ok ? undefined : 'error'}>
                  {c.ok ? t('pdfImport.statement.checkOk', values) : t('pdfImport.statement.checkFailed', values)}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {result.errors.length > 0 ? (
        <>
          <h3>{t('importPage.errorsHeading')}</h3>
          {/* The alert role on the list itself would hide that it is a list (axe: aria-allowed-role). */}
          <div role="alert">
            <ul className="import-errors">
              {result.errors.map((e, i) => (
                <li key={i}>{where(e)}</li>
              ))}
            </ul>
          </div>
        </>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('importPage.previewHeading')}>
        <table className="import-preview">
          <thead>
            <tr>
              {hasPages ? <th scope="col" className="num">{t('pdfImport.preview.page')}</th> : null}
              <th scope="col" className="num">{t('importPage.line')}</th>
              <th scope="col">{statement ? t('pdfImport.statement.row') : t('importPage.donorAsWritten')}</th>
              <th scope="col">{statement ? t('pdfImport.statement.metric') : t('importPage.matched')}</th>
              <th scope="col" className="num">{t('importPage.amount')}</th>
              <th scope="col">{t('importPage.state')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => {
              const offered = offers?.[row.donorName];
              const page = pageOf(row);
              return (
                <tr key={row.line}>
                  {hasPages ? <td className="num">{page === null ? '—' : formatCount(page, lang)}</td> : null}
                  <td className="num">{row.line}</td>
                  <td>{row.donorName}</td>
                  <td>
                    {row.role ? t(`pdfImport.statement.roles.${row.role}`) : row.donor ? donorLabel(row.donor, lang) : <span className="error">{t('importPage.notMatched')}</span>}
                    {offered && onChoose && !result.committed ? (
                      <div className="import-candidates">
                        <CandidateSelect name={row.donorName} candidates={offered} value={chosen?.[row.donorName] ?? ''} onChange={(donor) => onChoose(row.donorName, donor)} />
                      </div>
                    ) : !row.donor && row.candidates && row.candidates.length > 0 ? (
                      <div className="import-candidates">{t('importPage.closestDonors', { names: new Intl.ListFormat(lang, { type: 'disjunction' }).format(row.candidates.map((c) => donorLabel(c, lang))) })}</div>
                    ) : null}
                  </td>
                  <td className="num tabular-nums">{row.valueCents === null ? t('value.notStated') : money(row.valueCents)}</td>
                  <td>{row.state ? t(`importPage.states.${row.state}`) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
