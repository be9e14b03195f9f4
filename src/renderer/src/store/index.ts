import { create } from 'zustand';
import { type AppSlice, createAppSlice } from './appSlice';
import { type BoardSlice, createBoardSlice } from './boardSlice';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createInstitutionSlice, type InstitutionSlice } from './institutionSlice';
import { createOverlapSlice, type OverlapSlice } from './overlapSlice';
import { createPartnerSlice, type PartnerSlice } from './partnerSlice';
import { createUndoSlice, type UndoSlice } from './undoSlice';

/** One bound store of typed slices; components read it with atomic selectors. */
export type StoreState = AppSlice &
  InstitutionSlice &
  BoardSlice &
  PartnerSlice &
  UndoSlice &
  OverlapSlice &
  DocumentSlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createAppSlice(...a),
  ...createInstitutionSlice(...a),
  ...createBoardSlice(...a),
  ...createPartnerSlice(...a),
  ...createUndoSlice(...a),
  ...createOverlapSlice(...a),
  ...createDocumentSlice(...a),
}));
