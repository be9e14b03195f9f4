import { type KeyboardEvent, useState } from 'react';

const steps: Record<string, [number, number]> = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
};

/**
 * One Tab stop per matrix: the arrow keys move between its cell buttons (`data-r`, `data-c`),
 * skipping empty cells, and Tab leaves the table. `keys` are the "r:c" of the cells that have
 * a button, in reading order; the last one focused keeps the Tab stop while it exists.
 */
export function useRovingCells(keys: readonly string[]) {
  const [active, setActive] = useState<string | null>(null);
  const stop = active !== null && keys.includes(active) ? active : (keys[0] ?? null);
  return {
    tabIndex: (key: string) => (key === stop ? 0 : -1),
    onFocus: (key: string) => setActive(key),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const step = steps[e.key];
      const target = e.target as HTMLElement;
      if (!step || target.dataset.r === undefined) return;
      e.preventDefault();
      const r = Number(target.dataset.r);
      const c = Number(target.dataset.c);
      for (let i = 1; i <= 20; i++) {
        const next = e.currentTarget.querySelector<HTMLElement>(
          `button[data-r="${r + step[0] * i}"][data-c="${c + step[1] * i}"]`,
        );
        if (next) {
          next.focus();
          return;
        }
      }
    },
  };
}
