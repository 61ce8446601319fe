import { beforeEach, describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../../shared/domain/ids';
import { NO_FILTERS } from '../../../../renderer/src/features/evaluation/evaluationFilters';
import { INITIAL_APP_STATE, useAppStore } from '../../../../renderer/src/state/appStore';

const state = () => useAppStore.getState();

describe('evaluationSlice', () => {
  beforeEach(() => useAppStore.setState(INITIAL_APP_STATE, true));

  it('keeps filters across years and drops the verdict filter when the mode changes', () => {
    state().selectEvaluationPlan('seed-jdz-14');
    state().setEvaluationFilters({ verdicts: ['滞后'], categories: ['民生福祉'] });
    state().setEvaluationOptions({ year: 2023 });
    expect(state().evaluation.filters).toEqual({
      ...NO_FILTERS,
      verdicts: ['滞后'],
      categories: ['民生福祉'],
    });
    state().setEvaluationOptions({ mode: 'final' });
    expect(state().evaluation).toMatchObject({
      year: 2023,
      mode: 'final',
      filters: { ...NO_FILTERS, categories: ['民生福祉'] },
    });
  });

  it('resets year, mode, filters and the open detail when another plan is chosen', () => {
    state().selectEvaluationPlan('seed-jdz-14');
    state().setEvaluationOptions({ year: 2022, mode: 'midterm' });
    state().setEvaluationFilters({ attributes: ['约束性'] });
    state().openIndicatorDetail(asIndicatorId('seed-jdz-14/026'));
    expect(state().evaluation.detailId).toBe('seed-jdz-14/026');
    state().selectEvaluationPlan('seed-fz-14');
    expect(state().evaluation).toEqual({
      planId: 'seed-fz-14',
      year: null,
      mode: null,
      filters: NO_FILTERS,
      detailId: null,
    });
  });

  it('clears the filters and closes the detail', () => {
    state().setEvaluationFilters({ departments: ['市统计局'] });
    state().clearEvaluationFilters();
    state().openIndicatorDetail(asIndicatorId('seed-jdz-14/001'));
    state().openIndicatorDetail(null);
    expect(state().evaluation.filters).toEqual(NO_FILTERS);
    expect(state().evaluation.detailId).toBeNull();
  });
});
