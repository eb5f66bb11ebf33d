import { useId, type ReactNode } from 'react';

/** A labelled form control with optional help text; the control gets the id and aria-describedby. */
export function Field({ label, help, children }: { label: string; help?: string | undefined; children: (props: { id: string; 'aria-describedby'?: string }) => ReactNode }) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(help ? { 'aria-describedby': helpId } : {}) })}
      {help ? (
        <p id={helpId} className="field-help">
          {help}
        </p>
      ) : null}
    </div>
  );
}

/** The API's answer to a refused write, shown where the form is. */
export function FormError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error.message}
    </p>
  );
}

/** A labelled select over a list of values, each shown through `optionLabel`. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
  disabled = false,
  emptyLabel,
}: {
  label: string;
  value: string;
  options: readonly T[];
  optionLabel: (value: T) => string;
  onChange: (value: NoInfer<T>) => void;
  disabled?: boolean;
  /** Adds a first option with the empty value ("any", "none"). */
  emptyLabel?: string;
}) {
  return (
    <Field label={label}>
      {(p) => (
        <select {...p} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Save, and (for something that exists) delete after a confirmation; with the refusal, if any. */
export function SaveDeleteActions({
  saving,
  deleting,
  deleteId,
  onDelete,
  error,
  labels,
}: {
  saving: boolean;
  deleting: boolean;
  /** The id of what would be deleted; no delete button without it. */
  deleteId: string | null;
  onDelete: () => void;
  error: Error | null;
  labels: { save: string; saving: string; delete: string; confirmDelete: string };
}) {
  return (
    <>
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? labels.saving : labels.save}
        </button>
        {deleteId ? (
          <button type="button" className="danger" disabled={deleting} onClick={() => window.confirm(labels.confirmDelete) && onDelete()}>
            {labels.delete}
          </button>
        ) : null}
      </div>
    </>
  );
}
