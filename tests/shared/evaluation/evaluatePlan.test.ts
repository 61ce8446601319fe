import { describe, expect, it } from 'vitest';
import type { ActualValue } from '../../../shared/domain/actualValue';
import { asIndicatorId } from '../../../shared/domain/ids';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { makeActual, makeIndicator, makePlan } from '../../helpers/makeIndicator';

describe('evaluatePlan', () => {
  it('evaluates every indicator, applies overrides and reports refused ones', () => {
    // A nominal total on GDP's figures (made up): judged on growth from its levels (priceBasis.ts).
    const a = makeIndicator({ name: '社会消费品零售总额' });
    const b = makeIndicator({ id: asIndicatorId('test-plan/002'), name: '社会消费品零售总额' });
    const result = evaluatePlan(
      {
        plan: makePlan(),
        indicators: [a, b],
        actualValues: [makeActual(a.id, 2022, 1102.3), makeActual(b.id, 2022, 1250)],
      },
      {
        year: 2022,
        mode: 'midterm',
        overrides: new Map([
          [a.id, { verdict: '快于预期', reason: '', decidedAt: '2023-06-30', decidedBy: '张三' }],
          [
            b.id,
            {
              verdict: '符合预期',
              reason: '受一次性因素影响',
              decidedAt: '2023-06-30',
              decidedBy: '张三',
            },
          ],
        ]),
      },
    );
    expect(result.evaluations.map((e) => [e.automaticVerdict, e.finalVerdict])).toEqual([
      ['符合预期', '符合预期'],
      ['提前实现', '符合预期'],
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.summary.sentence).toBe('2项主要指标中，2项符合预期。');
  });

  // Speed is measured by `npm run bench`, not by a timed unit test; this checks the same input's
  // verdicts. Every row is a nominal total (社会消费品零售总额) 957.14 → 1200 at 7 左右 with 1000, 1040, 1080 in 2021–2023: 4.1 % a
  // year, R = 4.1 ÷ 7 ≈ 59 %, below the 6.5 % edge of the band, so 滞后.
  it('evaluates 10,000 indicators × 5 years with the index, each one the same way', () => {
    const indicators = Array.from({ length: 10_000 }, (_, i) =>
      makeIndicator({ id: asIndicatorId(`big/${i}`), order: i + 1, name: '社会消费品零售总额' }),
    );
    const actualValues: ActualValue[] = indicators.flatMap((indicator) =>
      [2021, 2022, 2023, 2024, 2025].map((year, k) =>
        makeActual(indicator.id, year, 1000 + 40 * k),
      ),
    );
    const result = evaluatePlan(
      { plan: makePlan(), indicators, actualValues },
      { year: 2023, mode: 'midterm' },
    );
    const counts = new Map<string, number>();
    for (const e of result.evaluations) counts.set(e.verdict, (counts.get(e.verdict) ?? 0) + 1);
    expect([...counts]).toEqual([['滞后', 10_000]]);
    expect(result.evaluations.map((e) => e.indicatorId)).toEqual(indicators.map((i) => i.id));
    expect(new Set(result.evaluations.map((e) => e.dataYear))).toEqual(new Set([2023]));
    expect(result.evaluations[9_999]?.progressRatio).toBeCloseTo(0.5868, 4);
    expect(result.problems).toEqual([]);
  });
});
