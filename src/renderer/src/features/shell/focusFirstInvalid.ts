/**
 * After a failed check, brings the first field with a message into view and focuses it, so
 * that a press on a button far below the field never seems to do nothing. Waits a frame for
 * the messages to render. Takes the form's id (not a ref) so that it can be called from the
 * submit handlers that @mantine/form builds during render.
 */
export function focusFirstInvalid(formId: string): void {
  requestAnimationFrame(() => {
    document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
