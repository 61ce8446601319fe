import { describe, expect, it } from 'vitest';
import {
  evaluateWith,
  makeBase,
  makeIndicator,
  STRICT_SETTINGS,
} from '../../helpers/makeIndicator';

const unemployment = makeIndicator({
  name: '城镇登记失业率',
  unit: '%',
  attribute: '约束性',
  direction: 'lowerIsBetter',
  base: makeBase(3.12),
  target: { kind: 'ceiling', limit: 4.5, inclusive: true, isApproximate: false },
});

describe('evaluateCeilingOrFloor', () => {
  it('needs every year within a ceiling', () => {
    expect(
      evaluateWith(unemployment, [
        [2021, 3.2],
        [2022, 4.5],
      ]).verdict,
    ).toBe('符合预期');
    const result = evaluateWith(unemployment, [
      [2021, 3.2],
      [2022, 4.6],
    ]);
    expect(result.verdict).toBe('滞后');
    expect(result.explanation).toBe(
      '2021—2022年城镇登记失业率分别为3.2%、4.6%，其中2022年为4.6%未达到“4.5%以内”的要求，滞后。',
    );
  });

  it('widens a 左右 ceiling by the rate band (5.5左右 accepts 5.9)', () => {
    const surveyed = {
      ...unemployment,
      target: { kind: 'ceiling', limit: 5.5, inclusive: true, isApproximate: true },
    } as const;
    expect(evaluateWith(surveyed, [[2022, 5.9]]).verdict).toBe('符合预期');
    expect(evaluateWith(surveyed, [[2022, 6.1]]).verdict).toBe('滞后');
  });

  it('checks a strict floor (>85); 基本完成 when met in the target year (binding too, by practice)', () => {
    const air = makeIndicator({
      name: '空气质量优良天数比率',
      unit: '%',
      base: makeBase(null),
      target: { kind: 'floor', limit: 85, inclusive: false, isApproximate: false },
    });
    expect(evaluateWith(air, [[2021, 96.9]]).verdict).toBe('符合预期');
    expect(evaluateWith(air, [[2021, 85]]).verdict).toBe('滞后');
    const rows = [
      [2021, 84],
      [2022, 90],
      [2023, 90],
      [2024, 90],
      [2025, 90],
    ] as const;
    expect(evaluateWith(air, rows, { year: 2025, mode: 'final' }).verdict).toBe('基本完成');
    const binding = { ...air, attribute: '约束性' as const };
    expect(evaluateWith(binding, rows, { year: 2025, mode: 'final' }).verdict).toBe('基本完成');
    const strict = { year: 2025, mode: 'final', settings: STRICT_SETTINGS } as const;
    expect(evaluateWith(air, rows, strict).verdict).toBe('基本完成');
    expect(evaluateWith(binding, rows, strict).verdict).toBe('未完成');
  });
});

describe('evaluateKeepStable', () => {
  it('holds the level the plan names with its 左右 (粮食 11左右, binding)', () => {
    const grain = makeIndicator({
      name: '粮食综合生产能力',
      unit: '亿斤',
      attribute: '约束性',
      base: makeBase(10.99),
      target: { kind: 'keepStable', reference: { value: 11, qualifier: 'about' } },
    });
    const result = evaluateWith(grain, [
      [2021, 11.02],
      [2022, 10.8],
    ]);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toBe(
      '2021—2022年粮食综合生产能力分别为11.02亿斤、10.80亿斤，均符合“不低于11亿斤”的要求，符合预期。',
    );
    expect(evaluateWith(grain, [[2022, 10.7]]).verdict).toBe('滞后');
  });

  it('allows no fall for a binding base but 1% for an anticipatory one', () => {
    const forest = makeIndicator({
      name: '森林覆盖率',
      unit: '%',
      attribute: '约束性',
      base: makeBase(66.98),
      target: { kind: 'keepStable', reference: null },
    });
    expect(
      evaluateWith(forest, [
        [2021, 66.98],
        [2022, 66.9],
      ]).verdict,
    ).toBe('滞后');
    expect(evaluateWith({ ...forest, attribute: '预期性' }, [[2022, 66.9]]).verdict).toBe(
      '符合预期',
    );
    expect(evaluateWith({ ...forest, base: makeBase(null) }, [[2022, 66.9]]).missing).toBe(
      '缺少2020年基期值',
    );
  });

  describe('a bound the base has not reached yet: the level for the target year', () => {
    const forest = makeIndicator({
      name: '森林覆盖率',
      unit: '%',
      base: makeBase(61.2),
      target: { kind: 'floor', limit: 62, inclusive: true, isApproximate: false },
    });

    it('judges a floor above the base by the way from the base to it', () => {
      const result = evaluateWith(forest, [[2022, 61.5]]);
      expect(result.verdict).toBe('滞后');
      expect(result.explanation).toBe(
        '2022年森林覆盖率为61.5%，较2020年提高0.3个百分点，完成规划提高0.8个百分点任务的37.5%（时间进度40.0%），滞后；2023—2025年需年均提高0.2个百分点方可实现“不低于62%”目标。',
      );
      expect(result.rule).toContain('基期值尚未达到的上限或下限视为目标年应达到的水平');
      expect(evaluateWith(forest, [[2022, 61.6]]).verdict).toBe('快于预期');
      expect(evaluateWith(forest, [[2022, 62.1]]).verdict).toBe('提前实现');
    });

    it('judges a ceiling below the base the same way, downwards', () => {
      const unemploymentAbove = {
        ...unemployment,
        base: makeBase(5.8),
        target: { kind: 'ceiling', limit: 5.5, inclusive: true, isApproximate: false },
      } as const;
      const result = evaluateWith(unemploymentAbove, [[2022, 5.6]]);
      expect(result.progressRatio).toBeCloseTo(0.2 / 0.3 / 0.4, 9);
      expect(result.verdict).toBe('快于预期');
    });

    it('keeps the yearly rule when the base meets the bound, within its 左右 band or on a strict limit', () => {
      const about = {
        ...unemployment,
        base: makeBase(5.6),
        target: { kind: 'ceiling', limit: 5.5, inclusive: true, isApproximate: true },
      } as const;
      expect(evaluateWith(about, [[2022, 6.1]]).explanation).toContain(
        '未达到“5.5%以内左右”的要求',
      );
      const grain = makeIndicator({
        name: '粮食综合生产能力',
        unit: '万吨',
        base: makeBase(12.5),
        target: { kind: 'floor', limit: 12.5, inclusive: false, isApproximate: false },
      });
      expect(evaluateWith(grain, [[2022, 12.5]]).explanation).toBe(
        '2022年粮食综合生产能力为12.5万吨，未达到“高于12.5万吨”的要求，滞后。',
      );
    });
  });
});
