import { describe, expect, it } from 'vitest';
import { asPlanId, makeIndicatorId } from '../../../../shared/domain/ids';
import { VERDICT_COLORS } from '../../../../shared/domain/verdict';
import { latestVerdicts } from '../../../../renderer/src/features/dataEntry/latestVerdicts';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';

const PLAN = asPlanId('test-jdz');
const bundle = makeJdzPlanBundle(PLAN);
const value = (order: number, year: number, v: number) => ({
  indicatorId: makeIndicatorId(PLAN, order),
  year,
  measure: 'value' as const,
  value: v,
  status: '年报数' as const,
  source: '',
  note: '',
});

describe('latestVerdicts', () => {
  it('evaluates the latest period year with data, coloured per verdict', () => {
    const result = latestVerdicts(bundle.plan, bundle.indicators, [
      // 5.0 % a year against the 4.6 % GDP's target level needs: R 108 %, 符合预期.
      value(1, 2021, 1005),
      value(1, 2022, 1055.3),
    ]);
    expect(result.year).toBe(2022);
    expect(result.byIndicator.get(makeIndicatorId(PLAN, 1))).toMatchObject({
      verdict: '符合预期',
      color: VERDICT_COLORS.onTrack,
    });
    expect(result.byIndicator.get(makeIndicatorId(PLAN, 3))?.verdict).toBe('数据不足');
  });

  it('uses the first period year when nothing was entered', () => {
    expect(latestVerdicts(bundle.plan, bundle.indicators, []).year).toBe(2021);
  });

  it('shows a binding indicator that is behind in red', () => {
    const result = latestVerdicts(bundle.plan, bundle.indicators, [value(4, 2022, 5.2)]);
    expect(result.byIndicator.get(makeIndicatorId(PLAN, 4))).toMatchObject({
      verdict: '滞后',
      color: VERDICT_COLORS.behindBinding,
    });
  });
});
