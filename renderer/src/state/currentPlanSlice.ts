import type { StateCreator } from 'zustand';
import type { PlanId } from '../../../shared/domain/ids';

/**
 * The current plan (issue 11 item 6): the one plan 数据填报, 评估分析 and 评估报告 work on, chosen
 * in any of them or by opening it in 规划管理, and remembered across restarts (settings table,
 * app/useCurrentPlanMemory.ts), so nobody types one city's figures into another city's plan.
 */
export type CurrentPlanSlice = {
  readonly currentPlan: {
    readonly planId: PlanId | null;
    /** True once the remembered choice was read from the database (or there was none). */
    readonly isRestored: boolean;
  };
  /** Makes a plan current; the features' own state for it starts afresh (appStore.ts). */
  readonly setCurrentPlan: (planId: PlanId) => void;
  readonly markCurrentPlanRestored: () => void;
};

/** Creates the slice; `onChange` resets the features' per-plan state when the plan changes. */
export function createCurrentPlanSlice<T extends CurrentPlanSlice>(
  onChange: (planId: PlanId) => void,
): StateCreator<T, [], [], CurrentPlanSlice> {
  return (set, get) => ({
    currentPlan: { planId: null, isRestored: false },
    setCurrentPlan: (planId) => {
      if (get().currentPlan.planId === planId) return;
      set((state) => ({ currentPlan: { ...state.currentPlan, planId } }) as Partial<T>);
      onChange(planId);
    },
    markCurrentPlanRestored: () =>
      set((state) => ({ currentPlan: { ...state.currentPlan, isRestored: true } }) as Partial<T>),
  });
}
