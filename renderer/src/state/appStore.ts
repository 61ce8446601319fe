import { create } from 'zustand';

/** UI state only (STYLE.md principle 5): user data lives in Dexie. */
export type AppState = {
  readonly isAboutOpen: boolean;
  readonly setAboutOpen: (open: boolean) => void;
};

/** The single zustand store, assembled from slices as features arrive. */
export const useAppStore = create<AppState>()((set) => ({
  isAboutOpen: false,
  setAboutOpen: (open) => set({ isAboutOpen: open }),
}));

/** Initial state, for resetting between tests. */
export const INITIAL_APP_STATE = useAppStore.getState();
