import type { StateCreator } from 'zustand';
import type { InteractionKind } from '../../../shared/domain';
import type { Interaction } from '../../../shared/partner';
import type { Result } from '../../../shared/result';
import type { TodaySettings } from '../../../shared/today/settings';
import type { TodayList, TodaySection } from '../../../shared/today/today';
import { api } from '../api';
import { localTimeZone, syncAppNow } from '../appNow';
import { cardFromDetail } from './partnerSlice';
import type { StoreState } from '.';

/** What the logbook form starts with when opened from the Today view. */
export interface LogRequest {
  partnerId: number;
  kind: InteractionKind;
  summary: string;
}

export interface TodaySlice {
  todayList: TodayList | null;
  todayStatus: 'idle' | 'loading' | 'ready' | 'error';
  todayError: string | null;
  /**
   * (Re)loads the Today view; `quiet` keeps the list shown while loading. The app's first list
   * hands over to the board's first-run help when there are no partners.
   */
  loadToday: (options?: { quiet?: boolean }) => Promise<TodayList | null>;
  /**
   * Asks for the list before the app has rendered (start-up); the first `loadToday` then takes
   * this answer rather than asking again.
   */
  prefetchToday: () => void;
  /** The lists shown whole from now on, rather than their first items. */
  todayWhole: TodaySection[];
  showWholeSection: (section: TodaySection) => Promise<void>;
  /** The overdue count on the app's icon (where the system shows one). */
  showOverdueBadge: (count: number) => void;
  /** A system notification; clicking it opens the Today view. */
  notifyOverdue: (title: string, body: string) => Promise<void>;
  markFollowUpDone: (partnerId: number, id: number) => Promise<Result<Interaction>>;
  snoozeFollowUp: (partnerId: number, id: number, dueOn: string) => Promise<Result<Interaction>>;
  /** Opens the partner on its logbook, with a new entry's form open and filled in. */
  logRequest: LogRequest | null;
  openToLog: (request: LogRequest) => void;
  clearLogRequest: () => void;

  loadTodaySettings: () => Promise<Result<TodaySettings>>;
  saveTodaySettings: (settings: TodaySettings) => Promise<Result<TodaySettings>>;
}

export const createTodaySlice: StateCreator<StoreState, [], [], TodaySlice> = (set, get) => {
  let loadSeq = 0;
  // The first answer (start-up's early request) makes the opening decision: with no partners the
  // app opens on the board's first-run help.
  let opening = true;
  let prefetched: Promise<TodayList | null> | null = null;

  /** Asks for the list and shows it; an answer overtaken by a newer request is dropped. */
  async function load({ quiet = false }: { quiet?: boolean } = {}): Promise<TodayList | null> {
    const seq = ++loadSeq;
    if (!quiet || get().todayStatus !== 'ready') {
      set({ todayStatus: 'loading', todayError: null });
    }
    const result = await api.getToday({
      timeZone: localTimeZone(),
      whole: get().todayWhole,
    });
    if (seq !== loadSeq) return get().todayList;
    if (!result.ok) {
      set({ todayStatus: 'error', todayError: result.error.message });
      return null;
    }
    syncAppNow(result.value.now);
    const toBoard = opening && result.value.activePartners === 0 && get().screen === 'today';
    opening = false;
    set({
      todayList: result.value,
      todayStatus: 'ready',
      todayError: null,
      ...(toBoard ? { screen: 'board' as const } : {}),
    });
    return result.value;
  }

  /** After a write from the Today view: the list, and the partner's board card. */
  async function afterWrite(partnerId: number): Promise<void> {
    const detail = await api.getPartner({ id: partnerId });
    if (detail.ok) get().upsertCard(cardFromDetail(detail.value));
    await get().loadToday({ quiet: true });
  }

  return {
    todayList: null,
    todayStatus: 'idle',
    todayError: null,
    loadToday(options) {
      if (prefetched) {
        const answer = prefetched;
        prefetched = null;
        return answer;
      }
      return load(options);
    },
    prefetchToday() {
      prefetched = load();
    },
    todayWhole: [],
    async showWholeSection(section) {
      if (!get().todayWhole.includes(section)) set({ todayWhole: [...get().todayWhole, section] });
      await get().loadToday({ quiet: true });
    },
    showOverdueBadge(count) {
      void api.setBadgeCount({ count });
    },
    async notifyOverdue(title, body) {
      const result = await api.notify({ title, body });
      if (result.ok && result.value.clicked) get().navigate('today');
    },
    async markFollowUpDone(partnerId, id) {
      const result = await api.setFollowUpDone({ partnerId, id, done: true });
      if (result.ok) await afterWrite(partnerId);
      return result;
    },
    async snoozeFollowUp(partnerId, id, dueOn) {
      const result = await api.snoozeFollowUp({ partnerId, id, dueOn });
      if (result.ok) await afterWrite(partnerId);
      return result;
    },
    logRequest: null,
    openToLog(request) {
      set({ logRequest: request });
      get().openPartner(request.partnerId);
    },
    clearLogRequest: () => set({ logRequest: null }),

    loadTodaySettings: () => api.getTodaySettings(),
    async saveTodaySettings(settings) {
      const result = await api.saveTodaySettings(settings);
      if (result.ok) void get().loadToday({ quiet: true });
      return result;
    },
  };
};
