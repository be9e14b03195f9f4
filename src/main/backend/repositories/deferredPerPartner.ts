/**
 * Derived data kept per partner (the search document, the board card summary) is rewritten
 * after each write that changes its sources. `update` does it at once; inside `batch` it is
 * done once per partner at the end, so a bulk insert of a partner with three contacts and six
 * logbook entries rewrites it once instead of ten times. Either way it happens inside the
 * caller's transaction.
 */
export function deferredPerPartner(rewrite: (partnerId: number) => void) {
  let pending: Set<number> | null = null;

  const update = (partnerId: number): void => {
    if (pending) pending.add(partnerId);
    else rewrite(partnerId);
  };

  const batch = <T>(fn: () => T): T => {
    if (pending) return fn();
    pending = new Set();
    try {
      const result = fn();
      for (const id of pending) rewrite(id);
      return result;
    } finally {
      pending = null;
    }
  };

  return { update, batch };
}
