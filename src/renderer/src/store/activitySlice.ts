import type { StateCreator } from 'zustand';
import {
  type ActivityFacts,
  type ActivityFilter,
  decodeActivityFacts,
  emptyActivityFilter,
} from '../../../shared/activity/facts';
import type { AnnualReportFormat, AnnualReportResult } from '../../../shared/activity/report';
import type { ActivityTable } from '../../../shared/activity/tables';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { StoreState } from '.';

/**
 * The activity view: the facts of every partner and phase move (loaded on each visit, with the
 * backend's "now"), and its filters. The view computes from the facts itself, so a filter
 * change shows at once.
 */
export interface ActivitySlice {
  activityStatus: 'idle' | 'loading' | 'ready' | 'error';
  activityError: string | null;
  activityFacts: ActivityFacts | null;
  activityFilter: ActivityFilter;
  loadActivity: () => Promise<void>;
  setActivityFilter: (patch: Partial<ActivityFilter>) => void;
  clearActivityFilter: () => void;
  exportActivityCsv: (table: ActivityTable) => Promise<Result<{ savedTo: string | null }>>;
  exportAnnualReport: (
    year: number,
    formats: AnnualReportFormat[],
  ) => Promise<Result<AnnualReportResult>>;
}

export const createActivitySlice: StateCreator<StoreState, [], [], ActivitySlice> = (set, get) => {
  let loadSeq = 0;
  return {
    activityStatus: 'idle',
    activityError: null,
    activityFacts: null,
    activityFilter: emptyActivityFilter,

    async loadActivity() {
      const seq = ++loadSeq;
      if (get().activityStatus !== 'ready') set({ activityStatus: 'loading', activityError: null });
      const result = await api.getActivityData();
      if (seq !== loadSeq) return;
      if (result.ok) {
        set({
          activityStatus: 'ready',
          activityError: null,
          activityFacts: decodeActivityFacts(result.value),
        });
      } else {
        set({ activityStatus: 'error', activityError: result.error.message });
      }
    },
    setActivityFilter: (patch) =>
      set((s) => ({ activityFilter: { ...s.activityFilter, ...patch } })),
    clearActivityFilter: () => set({ activityFilter: emptyActivityFilter }),
    exportActivityCsv: (table) => api.exportActivityCsv({ table, filter: get().activityFilter }),
    exportAnnualReport: (year, formats) => api.exportAnnualReport({ year, formats }),
  };
};
