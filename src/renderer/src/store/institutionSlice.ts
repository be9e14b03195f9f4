import type { StateCreator } from 'zustand';
import type { Institution, InstitutionInput } from '../../../shared/institution';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { StoreState } from '.';

export interface InstitutionSlice {
  institution: Institution | null;
  institutionStatus: 'idle' | 'loading' | 'ready' | 'error';
  institutionError: string | null;
  loadInstitution: () => Promise<void>;
  saveInstitution: (input: InstitutionInput) => Promise<Result<Institution>>;
}

export const createInstitutionSlice: StateCreator<StoreState, [], [], InstitutionSlice> = (
  set,
) => ({
  institution: null,
  institutionStatus: 'idle',
  institutionError: null,
  async loadInstitution() {
    set({ institutionStatus: 'loading', institutionError: null });
    const result = await api.getInstitution();
    if (result.ok) set({ institution: result.value, institutionStatus: 'ready' });
    else set({ institutionStatus: 'error', institutionError: result.error.message });
  },
  async saveInstitution(input) {
    const result = await api.saveInstitution(input);
    if (result.ok) set({ institution: result.value });
    return result;
  },
});
