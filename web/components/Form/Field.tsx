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
