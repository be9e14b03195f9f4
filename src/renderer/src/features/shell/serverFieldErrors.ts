/**
 * The backend's field errors as a form's errors: each message at the form field its path
 * belongs to (`partner.tags.3` at `partner.tags`), the first message per field. Paths that
 * `fieldOf` does not recognise are left out; the form shows the general message for them.
 */
export function serverFieldErrors(
  fields: Record<string, string> | undefined,
  fieldOf: (path: string) => string | null,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const field = fieldOf(path);
    if (field !== null) errors[field] ??= message;
  }
  return errors;
}

/** For a flat form whose values sit under `prefix` in the API's input (`contact.email`). */
export const topLevelField =
  (prefix: string, values: object) =>
  (path: string): string | null => {
    const rest = path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    const field = rest.split('.')[0] ?? '';
    return field in values ? field : null;
  };
