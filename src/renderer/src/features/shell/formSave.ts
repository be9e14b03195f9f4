import { useHotkeys } from '@mantine/hooks';
import type { ApiError } from '../../../../shared/result';
import { focusFirstInvalid } from './focusFirstInvalid';
import { useLeaveWarning } from './useLeaveWarning';

/**
 * After a refused save of a whole-screen form: the messages beside their fields, the sentence
 * above the buttons, and the focus on the first field with a message.
 */
export function showSaveFailure(
  form: { setErrors: (errors: Record<string, string>) => void },
  error: ApiError,
  setSaveError: (message: string) => void,
  formId: string,
): void {
  if (error.fields) form.setErrors(error.fields);
  setSaveError(error.message);
  focusFirstInvalid(formId);
}

/** Ctrl/⌘+S saves the screen's form; closing the window with unsaved edits asks first. */
export function useSaveKeys(submit: () => unknown, dirty: boolean): void {
  useHotkeys([['mod+S', () => void submit()]], []);
  useLeaveWarning(dirty);
}
