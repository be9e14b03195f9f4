import { create } from 'zustand';
import { type ActivitySlice, createActivitySlice } from './activitySlice';
import { type AppSlice, createAppSlice } from './appSlice';
import { type BoardSlice, createBoardSlice } from './boardSlice';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createImportExportSlice, type ImportExportSlice } from './importExportSlice';
import { createInstitutionSlice, type InstitutionSlice } from './institutionSlice';
import { createOverlapSlice, type OverlapSlice } from './overlapSlice';
import { createPartnerSlice, type PartnerSlice } from './partnerSlice';
import { createTodaySlice, type TodaySlice } from './todaySlice';
import { createUndoSlice, type UndoSlice } from './undoSlice';

/** One bound store of typed slices; components read it with atomic selectors. */
export type StoreState = AppSlice &
  InstitutionSlice &
  BoardSlice &
  PartnerSlice &
  UndoSlice &
  OverlapSlice &
  DocumentSlice &
  DataSlice &
  ImportExportSlice &
  TodaySlice &
  ActivitySlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createAppSlice(...a),
  ...createInstitutionSlice(...a),
  ...createBoardSlice(...a),
  ...createPartnerSlice(...a),
  ...createUndoSlice(...a),
  ...createOverlapSlice(...a),
  ...createDocumentSlice(...a),
  ...createDataSlice(...a),
  ...createImportExportSlice(...a),
  ...createTodaySlice(...a),
  ...createActivitySlice(...a),
}));
