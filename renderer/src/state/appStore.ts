import { create } from 'zustand';
import {
  createEvaluationSlice,
  type EvaluationSlice,
} from '../features/evaluation/evaluationSlice';
import { createDataEntrySlice, type DataEntrySlice } from '../features/dataEntry/dataEntrySlice';
import { createPlansSlice, type PlansSlice } from '../features/plans/plansSlice';
import { createWorkItemsSlice, type WorkItemsSlice } from '../features/workItems/workItemsSlice';

/** App-wide UI state (About dialog). */
export type ShellSlice = {
  readonly isAboutOpen: boolean;
  readonly setAboutOpen: (open: boolean) => void;
};

/** UI state only (STYLE.md principle 5): user data lives in Dexie. */
export type AppState = ShellSlice & PlansSlice & EvaluationSlice & DataEntrySlice & WorkItemsSlice;

/** The single zustand store, assembled from the feature slices. */
export const useAppStore = create<AppState>()((...args) => ({
  isAboutOpen: false,
  setAboutOpen: (open) => args[0]({ isAboutOpen: open }),
  ...createPlansSlice(...args),
  ...createDataEntrySlice(...args),
  ...createEvaluationSlice(...args),
  ...createWorkItemsSlice(...args),
}));

/** Initial state, for resetting between tests. */
export const INITIAL_APP_STATE = useAppStore.getState();
