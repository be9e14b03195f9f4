import type { StateCreator } from 'zustand';
import type { PartnershipType } from '../../../shared/domain';
import type { OverlapSelection } from '../../../shared/overlap/compute';
import {
  type OverlapFilter,
  type OverlapPartner,
  decodeOverlapFacts,
  emptyOverlapFilter,
} from '../../../shared/overlap/facts';
import type { SuggestionList } from '../../../shared/overlap/suggestions';
import type { OverlapReportFormat, OverlapTable } from '../../../shared/overlap/tables';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { StoreState } from '.';

/** Where in the view a selection was made: its partner list opens right below that part. */
export type OverlapSection = 'roles' | 'types' | 'combinations' | 'groups';

/**
 * The overlap view: the facts of every active partner (loaded on each visit), the filters and
 * the part of the view whose partners are listed. The view computes from the facts itself, so
 * a filter change shows at once. Also the ideas shown in a partner's detail view.
 */
export interface OverlapSlice {
  overlapStatus: 'idle' | 'loading' | 'ready' | 'error';
  overlapError: string | null;
  overlapPartners: readonly OverlapPartner[];
  overlapFilter: OverlapFilter;
  overlapSelection: { section: OverlapSection; selection: OverlapSelection } | null;
  loadOverlap: () => Promise<void>;
  setOverlapFilter: (patch: Partial<OverlapFilter>) => void;
  clearOverlapFilter: () => void;
  selectOverlap: (section: OverlapSection, selection: OverlapSelection) => void;
  clearOverlapSelection: () => void;
  exportOverlapCsv: (table: OverlapTable) => Promise<Result<{ savedTo: string | null }>>;
  exportOverlapReport: (format: OverlapReportFormat) => Promise<Result<{ savedTo: string | null }>>;

  /** The ideas of the partner they were loaded for. */
  suggestions: SuggestionList | null;
  suggestionsError: string | null;
  loadSuggestions: (partnerId: number) => Promise<void>;
  dismissSuggestion: (partnerId: number, type: PartnershipType) => Promise<Result<SuggestionList>>;
  restoreSuggestions: (partnerId: number) => Promise<Result<SuggestionList>>;
}

export const createOverlapSlice: StateCreator<StoreState, [], [], OverlapSlice> = (set, get) => {
  let loadSeq = 0;
  let suggestionSeq = 0;

  /** A newer answer (or another partner's) is never overwritten by an older one. */
  const applySuggestions = (seq: number, result: Result<SuggestionList>) => {
    if (seq !== suggestionSeq) return;
    if (result.ok) set({ suggestions: result.value, suggestionsError: null });
    else set({ suggestionsError: result.error.message });
  };

  return {
    overlapStatus: 'idle',
    overlapError: null,
    overlapPartners: [],
    overlapFilter: emptyOverlapFilter,
    overlapSelection: null,

    async loadOverlap() {
      const seq = ++loadSeq;
      if (get().overlapStatus !== 'ready') set({ overlapStatus: 'loading', overlapError: null });
      const result = await api.getOverlapData();
      if (seq !== loadSeq) return;
      if (result.ok) {
        set({
          overlapStatus: 'ready',
          overlapError: null,
          overlapPartners: decodeOverlapFacts(result.value),
        });
      } else {
        set({ overlapStatus: 'error', overlapError: result.error.message });
      }
    },
    setOverlapFilter: (patch) => set((s) => ({ overlapFilter: { ...s.overlapFilter, ...patch } })),
    clearOverlapFilter: () => set({ overlapFilter: emptyOverlapFilter }),
    selectOverlap: (section, selection) => set({ overlapSelection: { section, selection } }),
    clearOverlapSelection: () => set({ overlapSelection: null }),
    exportOverlapCsv: (table) => api.exportOverlapCsv({ table, filter: get().overlapFilter }),
    exportOverlapReport: (format) =>
      api.exportOverlapReport({ format, filter: get().overlapFilter }),

    suggestions: null,
    suggestionsError: null,
    async loadSuggestions(partnerId) {
      const seq = ++suggestionSeq;
      if (get().suggestions?.partnerId !== partnerId) set({ suggestions: null });
      applySuggestions(seq, await api.getSuggestions({ partnerId }));
    },
    async dismissSuggestion(partnerId, type) {
      const seq = ++suggestionSeq;
      const result = await api.dismissSuggestion({ partnerId, type });
      applySuggestions(seq, result);
      return result;
    },
    async restoreSuggestions(partnerId) {
      const seq = ++suggestionSeq;
      const result = await api.restoreSuggestions({ partnerId });
      applySuggestions(seq, result);
      return result;
    },
  };
};
