import { useEffect, useRef } from 'react';

/**
 * For inline forms that replace the button that opened them: when `open` turns false, the
 * focus goes back to that button instead of falling to the page.
 */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
