import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../shared/appInfo';
import { api } from '../api';
import type { StoreState } from '.';

export interface AppSlice {
  appInfo: AppInfo | null;
  loadAppInfo: () => Promise<void>;
}

export const createAppSlice: StateCreator<StoreState, [], [], AppSlice> = (set) => ({
  appInfo: null,
  async loadAppInfo() {
    const result = await api.getAppInfo();
    if (result.ok) set({ appInfo: result.value });
  },
});
