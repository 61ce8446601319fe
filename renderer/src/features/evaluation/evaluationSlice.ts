import type { StateCreator } from 'zustand';
import type { IndicatorId } from '../../../../shared/domain/ids';
import type { EvaluationMode } from '../../../../shared/domain/verdict';
import type { EvaluationFilters } from './evaluationFilters';
import { NO_FILTERS } from './evaluationFilters';

/** UI state of 评估分析: plan, year and mode on screen (null = the plan's default), filters, detail. */
export type EvaluationSlice = {
  readonly evaluation: {
    readonly planId: string | null;
    readonly year: number | null;
    readonly mode: EvaluationMode | null;
    readonly filters: EvaluationFilters;
    /** The indicator whose detail drawer is open, or null. */
    readonly detailId: IndicatorId | null;
  };
  readonly selectEvaluationPlan: (planId: string) => void;
  readonly setEvaluationOptions: (options: { year?: number; mode?: EvaluationMode }) => void;
  readonly setEvaluationFilters: (filters: Partial<EvaluationFilters>) => void;
  readonly clearEvaluationFilters: () => void;
  readonly openIndicatorDetail: (indicatorId: IndicatorId | null) => void;
};

/**
 * Creates the 评估分析 slice. Another plan resets everything to its defaults; another mode drops
 * the verdict filter (the two modes have different vocabularies).
 */
export const createEvaluationSlice: StateCreator<EvaluationSlice, [], [], EvaluationSlice> = (
  set,
) => {
  const update = (
    patch: (s: EvaluationSlice['evaluation']) => Partial<EvaluationSlice['evaluation']>,
  ) => set((state) => ({ evaluation: { ...state.evaluation, ...patch(state.evaluation) } }));
  return {
    evaluation: { planId: null, year: null, mode: null, filters: NO_FILTERS, detailId: null },
    selectEvaluationPlan: (planId) =>
      update(() => ({ planId, year: null, mode: null, filters: NO_FILTERS, detailId: null })),
    setEvaluationOptions: (options) =>
      update((s) =>
        options.mode !== undefined && options.mode !== s.mode
          ? { ...options, filters: { ...s.filters, verdicts: [] } }
          : options,
      ),
    setEvaluationFilters: (filters) => update((s) => ({ filters: { ...s.filters, ...filters } })),
    clearEvaluationFilters: () => update(() => ({ filters: NO_FILTERS })),
    openIndicatorDetail: (detailId) => update(() => ({ detailId })),
  };
};
