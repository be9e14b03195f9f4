import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../shared/appInfo';
import { api } from '../api';
import type { StoreState } from '.';

export type Screen = 'board' | 'overlap' | 'activity' | 'archive' | 'data' | 'institution';

export interface AppSlice {
  appInfo: AppInfo | null;
  screen: Screen;
  loadAppInfo: () => Promise<void>;
  navigate: (screen: Screen) => void;
}

export const createAppSlice: StateCreator<StoreState, [], [], AppSlice> = (set) => ({
  appInfo: null,
  screen: 'board',
  loadAppInfo: async () => {
    const result = await api.getAppInfo();
    if (result.ok) set({ appInfo: result.value });
  },
  navigate: (screen) => set({ screen }),
});
