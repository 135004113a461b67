// Validation shared by every owner: parse input with its schema or throw an error a person can act on.

export class ValidationError extends Error {
  constructor(
    message: string,
    /** Field path (dot-separated) → message, for showing beside each field. */
    readonly fieldErrors: Record<string, string>,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

export function parseOrThrow<T>(
  schema: {
    safeParse(
      input: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
  what: string,
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    `Some ${what} values need fixing; nothing was saved.`,
    fieldErrorsOf(result.error.issues),
  );
}
