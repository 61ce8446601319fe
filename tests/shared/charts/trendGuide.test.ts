import { describe, expect, it } from 'vitest';
import { trendGuide } from '../../../shared/charts/trendGuide';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { jdzWithEnteredValues } from './jdzEntered';

const bundle = jdzWithEnteredValues();
const { evaluations } = evaluatePlan(bundle, { year: 2022, mode: 'midterm' });

/** The guide of the indicator at 1-based `order` in 景德镇's table. */
function guideOf(order: number, source: PlanBundle = bundle) {
  const indicator = source.indicators[order - 1]!;
  const evaluation = evaluations[order - 1]!;
  return trendGuide({ plan: source.plan, indicator, evaluation });
}

const values = (points: readonly { value: number }[] | undefined) =>
  points?.map((point) => Math.round(point.value * 10_000) / 10_000);

describe('trendGuide', () => {
  it('follows the engine for GDP: current-price levels on the path from 957.14 to the target 1200', () => {
    const guide = guideOf(1);
    expect(guide).toMatchObject({
      kind: 'path',
      label: '预期进度（按目标值推算，年均增长4.6%）',
      base: { year: 2020, value: 957.14 },
      isBaseRevised: false,
      target: { year: 2025, value: 1200 },
    });
    const points = values(guide?.kind === 'path' ? guide.points : undefined);
    expect(points).toEqual([957.14, 1001.4208, 1047.7503, 1096.2231, 1146.9384, 1200]);
    // The engine judges GDP's level against the target level (issue 12, item 7): same 2022 value.
    expect(evaluations[0]?.expected).toBeCloseTo(points?.[2] ?? 0, 4);
  });

  it('keeps the planned rate’s path for a level in nominal prices (no price basis to convert)', () => {
    const indicator = { ...bundle.indicators[0]!, name: '社会消费品零售总额' };
    const guide = trendGuide({ plan: bundle.plan, indicator, evaluation: evaluations[0]! });
    expect(guide).toMatchObject({ label: '预期进度（年均增长7%左右）', target: { value: 1200 } });
    expect(values(guide?.kind === 'path' ? guide.points : undefined)).toEqual([
      957.14, 1024.1398, 1095.8296, 1172.5377, 1254.6153, 1342.4384,
    ]);
  });

  it('starts the urbanisation path at the census base 65.02 and keeps the planned +3 points', () => {
    const guide = guideOf(13);
    expect(guide).toMatchObject({
      label: '预期进度（五年累计提高3个百分点左右）',
      base: { year: 2020, value: 65.02 },
      isBaseRevised: true,
      target: { year: 2025, value: 68.02 },
    });
    expect(values(guide?.kind === 'path' ? guide.points : undefined)).toEqual([
      65.02, 65.62, 66.22, 66.82, 67.42, 68.02,
    ]);
  });

  it('interpolates a share in % linearly (数字经济核心产业增加值占GDP比重 4.2 → 7 左右)', () => {
    const guide = guideOf(10);
    expect(guide).toMatchObject({ label: '预期进度（按线性插值）', target: { value: 7 } });
    expect(values(guide?.kind === 'path' ? guide.points : undefined)).toEqual([
      4.2, 4.76, 5.32, 5.88, 6.44, 7,
    ]);
  });

  it('draws rates and bounds as a level line, with the base only when it is a level', () => {
    expect(guideOf(3)).toEqual({
      kind: 'line',
      label: '规划增速（7%左右）',
      value: 7,
      base: null,
      isBaseRevised: false,
    });
    expect(guideOf(25)).toEqual({
      kind: 'line',
      label: '上限（4.5%）',
      value: 4.5,
      base: { year: 2020, value: 3.12 },
      isBaseRevised: false,
    });
    expect(guideOf(6)).toMatchObject({ label: '保持稳定（11亿斤左右）', value: 11 });
  });

  it('has nothing to draw for structures, reductions and judgment targets', () => {
    expect([guideOf(7), guideOf(11), guideOf(17), guideOf(16)]).toEqual([null, null, null, null]);
  });
});
