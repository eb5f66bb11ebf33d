import { useTranslation } from 'react-i18next';
import { Field } from '../Form/Field.js';
import type { DocumentTable } from '../DocumentTable/documentTable.js';

export interface ColumnChoice {
  nameColumn: number;
  amountColumn: number;
}

/** Which column holds the donors' names and which their amounts, each chosen by its header. */
export function ColumnMapping({ table, value, onChange }: { table: DocumentTable; value: ColumnChoice; onChange: (value: ColumnChoice) => void }) {
  const { t } = useTranslation();
  const label = (header: string, i: number) => (header ? t('pdfImport.mapping.column', { n: i + 1, header }) : t('pdfImport.mapping.columnNumber', { n: i + 1 }));
  const select = (key: keyof ColumnChoice, text: string) => (
    <Field label={text}>
      {(p) => (
        <select {...p} value={value[key]} onChange={(e) => onChange({ ...value, [key]: Number(e.target.value) })}>
          {table.columns.map((header, i) => (
            <option key={i} value={i}>
              {label(header, i)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div className="form-grid">
      {select('nameColumn', t('pdfImport.mapping.nameColumn'))}
      {select('amountColumn', t('pdfImport.mapping.amountColumn'))}
      {value.nameColumn === value.amountColumn ? (
        <p className="error" role="alert">
          {t('pdfImport.mapping.sameColumn')}
        </p>
      ) : null}
    </div>
  );
}
