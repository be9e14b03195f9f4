import { useEffect } from 'react';

/**
 * Asks the browser to confirm closing or reloading the tab while `active` (unsaved edits in
 * browser mode). Not for the desktop app: there Electron would cancel the close silently.
 */
export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
