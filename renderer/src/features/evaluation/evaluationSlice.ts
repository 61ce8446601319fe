import type { StateCreator } from 'zustand';
import type { EvaluationMode } from '../../../../shared/domain/verdict';

/** UI state of 评估分析: which plan, year and mode are on screen (null = the plan's default). */
export type EvaluationSlice = {
  readonly evaluation: {
    readonly planId: string | null;
    readonly year: number | null;
    readonly mode: EvaluationMode | null;
  };
  readonly selectEvaluationPlan: (planId: string) => void;
  readonly setEvaluationOptions: (options: { year?: number; mode?: EvaluationMode }) => void;
};

/** Creates the 评估分析 slice; choosing another plan resets year and mode to its defaults. */
export const createEvaluationSlice: StateCreator<EvaluationSlice, [], [], EvaluationSlice> = (
  set,
) => ({
  evaluation: { planId: null, year: null, mode: null },
  selectEvaluationPlan: (planId) => set({ evaluation: { planId, year: null, mode: null } }),
  setEvaluationOptions: (options) =>
    set((state) => ({ evaluation: { ...state.evaluation, ...options } })),
});
