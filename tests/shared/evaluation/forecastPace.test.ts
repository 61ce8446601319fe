import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

// Issue 12, item 13: the outlook from the pace so far against the pace still needed.
// 景德镇 GDP 957.14 → 1200, 7左右 (makeIndicator's default).
const gdp = makeIndicator();

describe('outlook for the target year', () => {
  it('compares the average growth so far with the growth still needed', () => {
    // (1100/957.14)^(1/2) − 1 = 7.2 % so far; (1200/1100)^(1/3) − 1 = 2.9 % needed.
    expect(evaluateWith(gdp, [[2022, 1100]]).outlook).toBe('预计可超额完成');
    // 4.7 % so far, 4.5 % needed: ratio 1.04.
    expect(evaluateWith(gdp, [[2022, 1050]]).outlook).toBe('预计可如期完成');
    // 0.7 % so far, 7.3 % needed.
    expect(evaluateWith(gdp, [[2022, 970]]).outlook).toBe('完成难度较大');
  });

  it('says 预计可超额完成 once the target is reached, and nothing in the target year', () => {
    expect(evaluateWith(gdp, [[2022, 1210]]).outlook).toBe('预计可超额完成');
    expect(evaluateWith(gdp, [[2025, 1190]], { year: 2025 }).outlook).toBeNull();
  });

  it('uses the yearly change so far and still needed for increments', () => {
    const share = makeIndicator({
      name: '研究与试验发展经费投入强度',
      unit: '%',
      base: makeBase(1.6),
      target: {
        kind: 'cumulativeChange',
        change: { min: 0.6, max: 0.6, qualifier: 'exact' },
        targetValue: 2.2,
      },
    });
    // 0.1 a year so far, (2.2 − 1.8)/3 = 0.133 needed: ratio 0.75.
    expect(evaluateWith(share, [[2022, 1.8]]).outlook).toBe('完成难度较大');
    // 0.15 a year so far, 0.1 needed.
    expect(evaluateWith(share, [[2022, 1.9]]).outlook).toBe('预计可超额完成');
  });

  it('has no outlook for a judgment', () => {
    const text = makeIndicator({
      target: { kind: 'judgment', reason: 'qualitative', text: '确保数量不减，质量提升' },
    });
    expect(evaluateWith(text, [[2022, 1]]).outlook).toBeNull();
  });
});
