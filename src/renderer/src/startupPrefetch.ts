import { useStore } from './store';

/**
 * Imported first by main.tsx, so that the data of the first screen is asked for as soon as the
 * store can ask, while React, Mantine and the screens are still being set up: what start-up found
 * (the app waits for it), Today's list (the screen the app opens on), then the board's data (one
 * click away). The backend answers in that order; at 10,000 partners all three have arrived by
 * the time the app has rendered.
 */
let boardPrefetchUsed = false;
void useStore.getState().loadStartup();
useStore.getState().prefetchToday();
void useStore.getState().loadBoard();

/** True once: for the first mount of the board, whose data is already on its way. */
export function boardPrefetched(): boolean {
  if (boardPrefetchUsed) return false;
  boardPrefetchUsed = true;
  return true;
}
