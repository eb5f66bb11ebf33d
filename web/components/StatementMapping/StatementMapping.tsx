import { useTranslation } from 'react-i18next';
import { STATEMENT_ROLES, type StatementRole } from '../../../server/contract/vocabulary.js';
import { Field } from '../Form/Field.js';
import type { DocumentTable } from '../DocumentTable/documentTable.js';

/** The contract's roles, in the order an editor reads a statement. */
const ROLES = STATEMENT_ROLES;

export interface StatementChoice {
  amountColumn: number;
  rows: Record<number, StatementRole | ''>;
}

/** A statement of income and expenditure mapped in one step: the year's column, and each row's metric. */
export function StatementMapping({ table, value, onChange }: { table: DocumentTable; value: StatementChoice; onChange: (value: StatementChoice) => void }) {
  const { t } = useTranslation();
  const columns = table.numericColumns.length > 0 ? table.numericColumns : table.columns.map((_, i) => i).slice(1);
  return (
    <>
      <Field label={t('pdfImport.statement.yearColumn')}>
        {(p) => (
          <select {...p} value={value.amountColumn} onChange={(e) => onChange({ ...value, amountColumn: Number(e.target.value) })}>
            {columns.map((i) => (
              <option key={i} value={i}>
                {table.columns[i] ? t('pdfImport.mapping.column', { n: i + 1, header: table.columns[i] }) : t('pdfImport.mapping.columnNumber', { n: i + 1 })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('pdfImport.statement.heading')}>
        <table className="statement-mapping">
          <caption>{t('pdfImport.statement.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pdfImport.statement.row')}</th>
              <th scope="col" className="num">{t('importPage.amount')}</th>
              <th scope="col">{t('pdfImport.statement.metric')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => {
              const label = row[0] ?? '';
              return (
                <tr key={r}>
                  <th scope="row">{label || '—'}</th>
                  <td className="num">{row[value.amountColumn] ?? ''}</td>
                  <td>
                    <select
                      aria-label={t('pdfImport.statement.metricFor', { label: label || String(r + 1) })}
                      value={value.rows[r] ?? ''}
                      onChange={(e) => onChange({ ...value, rows: { ...value.rows, [r]: e.target.value as StatementRole | '' } })}
                    >
                      <option value="">{t('pdfImport.statement.notImported')}</option>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`pdfImport.statement.roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
