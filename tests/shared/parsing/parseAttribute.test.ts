import { describe, expect, it } from 'vitest';
import { parseAttribute } from '../../../shared/parsing/parseAttribute';

describe('parseAttribute', () => {
  it('reads 预期性 / 约束性 however the cell writes them', () => {
    const cells = ['预期性', '约束', '预期性指标', ' 约 束 性 ', '约束性指标'];
    expect(cells.map(parseAttribute)).toEqual(['预期性', '约束性', '预期性', '约束性', '约束性']);
  });

  it('gives null for anything else', () => {
    expect(['', '—', '★', '预期性目标', '约束性。'].map(parseAttribute)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
