import fs from 'node:fs';
import path from 'node:path';
import type { Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/**
 * Keeps a remembered window only if at least 100×100 px of it lies on a display that exists
 * now (a monitor may have been unplugged since); otherwise the default size is used.
 */
export function visibleState(saved: unknown, workAreas: Rectangle[]): WindowState | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { bounds, maximized } = saved as Partial<WindowState>;
  if (!bounds || ![bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite))
    return null;
  if (bounds.width < 400 || bounds.height < 300) return null;
  const onScreen = workAreas.some((a) => {
    const w = Math.min(bounds.x + bounds.width, a.x + a.width) - Math.max(bounds.x, a.x);
    const h = Math.min(bounds.y + bounds.height, a.y + a.height) - Math.max(bounds.y, a.y);
    return w >= 100 && h >= 100;
  });
  // Only the four numbers: nothing else in the file may reach the window's options.
  const { x, y, width, height } = bounds;
  return onScreen ? { bounds: { x, y, width, height }, maximized: maximized === true } : null;
}

export function readWindowState(dir: string, workAreas: Rectangle[]): WindowState | null {
  try {
    return visibleState(
      JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8')),
      workAreas,
    );
  } catch {
    return null;
  }
}

export function writeWindowState(dir: string, state: WindowState): void {
  const file = path.join(dir, 'window-state.json');
  try {
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(state));
    fs.renameSync(`${file}.tmp`, file);
  } catch (error) {
    // Losing the window position is harmless; losing the quit is not.
    console.warn('Could not remember the window position:', error);
  }
}
