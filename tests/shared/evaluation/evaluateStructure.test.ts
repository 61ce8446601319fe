import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

// 景德镇: 三产比例 7.1:43.1:49.8 → 6.5:41.5:52.
const sectors = makeIndicator({
  name: '三产比例',
  unit: '%',
  base: makeBase(null),
  target: {
    kind: 'structure',
    baseComponents: [7.1, 43.1, 49.8],
    targetComponents: [6.5, 41.5, 52],
  },
});
const withComponents = (components: number[], year = 2022) => ({
  componentActuals: [{ indicatorId: sectors.id, year, components }],
});

describe('evaluateStructure', () => {
  it('uses the slowest component when all move toward the target', () => {
    const result = evaluateWith(sectors, [], withComponents([6.9, 42.6, 50.5]));
    expect(result.taskProgress).toBeCloseTo(0.5 / 1.6, 12);
    expect(result.progressRatio).toBeCloseTo(0.78125, 12);
    expect(result.verdict).toBe('滞后');
    expect(result.explanation).toBe(
      '2022年三产比例为6.9:42.6:50.5（基期7.1:43.1:49.8，目标6.5:41.5:52），各分量均向目标靠近，完成进度分别为第一产业33.3%、第二产业31.2%、第三产业31.8%，滞后。',
    );
  });

  it('asks for judgment when components disagree', () => {
    const result = evaluateWith(sectors, [], withComponents([7.2, 42, 50.8]));
    expect(result.verdict).toBe('需人工研判');
    expect(result.explanation).toBe(
      '2022年三产比例为7.2:42:50.8（基期7.1:43.1:49.8，目标6.5:41.5:52），其中第一产业偏离目标方向，各分量变化方向不一致，需人工研判。',
    );
  });

  it('says 提前实现 when every component reached its target, 数据不足 without components', () => {
    expect(evaluateWith(sectors, [], withComponents([6.4, 41, 52.6])).verdict).toBe('提前实现');
    expect(evaluateWith(sectors, []).missing).toBe('缺少2021—2022年各分量实际构成');
  });
});
