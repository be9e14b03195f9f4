/**
 * The export form edits nested template inputs by dot path ("institution.address"), the same
 * paths that the missing-data check and the backend's field errors use.
 */

type Tree = Record<string, unknown> | unknown[];

export function getPath(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `value` with `path` set to `next`; the objects along the path are copied. */
export function setPath<T>(value: T, path: string, next: unknown): T {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return value;
  const copy: Tree = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) };
  const child = (copy as Record<string, unknown>)[key];
  (copy as Record<string, unknown>)[key] =
    rest.length === 0 ? next : setPath(child, rest.join('.'), next);
  return copy as T;
}

/** The element id of a form field, so that a message can focus it. */
export const fieldId = (formId: string, path: string) => `${formId}-${path.replaceAll('.', '-')}`;

/**
 * Moves focus to a field of the export form (a list's first item for a list). Only the form's
 * own scroll area follows: letting the browser scroll every ancestor would slide the whole
 * dialog up and leave half of it blank.
 */
export function focusField(formId: string, path: string): void {
  const el =
    document.getElementById(fieldId(formId, path)) ??
    document.getElementById(`${fieldId(formId, path)}-0`);
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}
