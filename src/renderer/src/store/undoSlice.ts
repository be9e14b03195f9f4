import type { StateCreator } from 'zustand';
import type { StoreState } from '.';

/** One step that Ctrl/Cmd+Z (or the toast's Undo button) can take back. */
export interface UndoStep {
  /** What is undone, for the announcement: "Move of “Ærø Energi” undone". */
  label: string;
  /** Reverts the change through the API; resolves false when that failed (already reported). */
  revert: () => Promise<boolean>;
}

export interface UndoSlice {
  undoStack: UndoStep[];
  pushUndo: (step: UndoStep) => void;
  /** Takes back the newest step, if any; resolves to its label when it was undone. */
  undoLast: () => Promise<string | null>;
}

const maxSteps = 20;

export const createUndoSlice: StateCreator<StoreState, [], [], UndoSlice> = (set, get) => ({
  undoStack: [],
  pushUndo: (step) => set((s) => ({ undoStack: [...s.undoStack, step].slice(-maxSteps) })),
  undoLast: async () => {
    const step = get().undoStack.at(-1);
    if (!step) return null;
    set((s) => ({ undoStack: s.undoStack.slice(0, -1) }));
    return (await step.revert()) ? step.label : null;
  },
});
