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
  /** Takes the step off the stack without reverting it (it failed, or is reverted elsewhere). */
  dropUndo: (step: UndoStep) => void;
  /** Takes back this step if it is still on the stack; resolves to its label when undone. */
  undo: (step: UndoStep) => Promise<string | null>;
  /** Takes back the newest step, if any; resolves to its label when it was undone. */
  undoLast: () => Promise<string | null>;
}

const maxSteps = 20;

export const createUndoSlice: StateCreator<StoreState, [], [], UndoSlice> = (set, get) => ({
  undoStack: [],
  pushUndo: (step) => set((s) => ({ undoStack: [...s.undoStack, step].slice(-maxSteps) })),
  dropUndo: (step) => set((s) => ({ undoStack: s.undoStack.filter((x) => x !== step) })),
  undo: async (step) => {
    if (!get().undoStack.includes(step)) return null;
    get().dropUndo(step);
    return (await step.revert()) ? step.label : null;
  },
  undoLast: async () => {
    const step = get().undoStack.at(-1);
    return step ? get().undo(step) : null;
  },
});
