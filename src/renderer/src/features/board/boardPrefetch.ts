import { useStore } from '../../store';

/**
 * Imported first by main.tsx, so that the board's data is asked for as soon as the store can
 * ask, while React, Mantine and the screens are still being set up (at 10,000 partners the
 * answer then arrives by the time the app renders).
 */
let prefetchUsed = false;
void useStore.getState().loadBoard();

/** True once: for the first mount of the board, whose data is already on its way. */
export function boardPrefetched(): boolean {
  if (prefetchUsed) return false;
  prefetchUsed = true;
  return true;
}
