/** A write that breaks a rule of the model: answered 400 (or 409), naming the field, nothing written. */
export class EditError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(field ? `${field}: ${message}` : message);
  }
}
