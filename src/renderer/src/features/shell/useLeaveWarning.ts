import { useEffect } from 'react';

/**
 * Asks for confirmation before the page is closed or reloaded while `active` (unsaved edits):
 * the browser's own prompt in browser mode, a dialog of the desktop app's (will-prevent-unload).
 */
export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
