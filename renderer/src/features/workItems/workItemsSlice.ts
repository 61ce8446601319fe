import type { StateCreator } from 'zustand';
import type { WorkItemId } from '../../../../shared/domain/ids';
import type { ProgressSpan } from '../../../../shared/domain/workItemProgress';
import { NO_WORK_ITEM_FILTERS, type WorkItemFilters } from './workItemsView';

/** UI state of 重点任务: list, period and filters on screen, and the open item panel. */
export type WorkItemsSlice = {
  readonly workItems: {
    /** null = the first list. */
    readonly listId: string | null;
    /** null = the list's last year. */
    readonly year: number | null;
    readonly span: ProgressSpan;
    readonly filters: WorkItemFilters;
    readonly detailId: WorkItemId | null;
  };
  readonly selectWorkItemList: (listId: string) => void;
  readonly setWorkItemPeriod: (period: { year?: number; span?: ProgressSpan }) => void;
  readonly setWorkItemFilters: (filters: Partial<WorkItemFilters>) => void;
  readonly openWorkItem: (itemId: WorkItemId | null) => void;
};

/** Creates the 重点任务 slice; another list resets period, filters and panel. */
export const createWorkItemsSlice: StateCreator<WorkItemsSlice, [], [], WorkItemsSlice> = (set) => {
  const update = (patch: Partial<WorkItemsSlice['workItems']>) =>
    set((state) => ({ workItems: { ...state.workItems, ...patch } }));
  return {
    workItems: {
      listId: null,
      year: null,
      span: '全年',
      filters: NO_WORK_ITEM_FILTERS,
      detailId: null,
    },
    selectWorkItemList: (listId) =>
      update({ listId, year: null, filters: NO_WORK_ITEM_FILTERS, detailId: null }),
    setWorkItemPeriod: (period) => update(period),
    setWorkItemFilters: (filters) =>
      set((state) => ({
        workItems: { ...state.workItems, filters: { ...state.workItems.filters, ...filters } },
      })),
    openWorkItem: (detailId) => update({ detailId }),
  };
};
