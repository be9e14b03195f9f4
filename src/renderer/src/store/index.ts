import { create } from 'zustand';
import { type AppSlice, createAppSlice } from './appSlice';
import { createInstitutionSlice, type InstitutionSlice } from './institutionSlice';

/** One bound store of typed slices; components read it with atomic selectors. */
export type StoreState = AppSlice & InstitutionSlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createAppSlice(...a),
  ...createInstitutionSlice(...a),
}));
