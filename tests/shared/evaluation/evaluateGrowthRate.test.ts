import { describe, expect, it } from 'vitest';
import {
  evaluateWith,
  makeBase,
  makeIndicator,
  makePlan,
  STRICT_SETTINGS,
} from '../../helpers/makeIndicator';

// 景德镇: 规模以上工业增加值增速 [7.66] -- 7 左右 (the base is a 13th-plan average, not a level).
const industry = makeIndicator({
  name: '规模以上工业增加值增速',
  unit: '%',
  base: makeBase(7.66, { isPeriodAverage: true }),
  target: { kind: 'growthRate', annualGrowth: { value: 7, qualifier: 'about' } },
});

describe('evaluateGrowthRate', () => {
  it('compares the compound average of the annual rates with r', () => {
    const result = evaluateWith(industry, [
      [2021, 9.1],
      [2022, 5.3],
    ]);
    expect(result.projectedTargetValue).toBeCloseTo(7.183161, 6);
    expect(result.progressRatio).toBeCloseTo(7.183161 / 7, 6);
    expect(result.requiredAnnualGrowth).toBeCloseTo(6.878067, 6);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toBe(
      '2021—2022年规模以上工业增加值增速平均为7.2%，规划目标为7%左右，为规划目标的102.6%，符合预期；2023—2025年需年均增长6.9%方可实现2021—2025年年均7%左右的目标。',
    );
  });

  it('treats > as a growth bound: the average must be above it', () => {
    const rd = makeIndicator({
      name: '研发经费支出增长',
      unit: '%',
      target: { kind: 'growthRate', annualGrowth: { value: 7, qualifier: 'greaterThan' } },
    });
    const below = evaluateWith(rd, [
      [2021, 7],
      [2022, 6.8],
    ]);
    expect(below.progressRatio).toBeCloseTo(0.985708, 6);
    expect(below.verdict).toBe('滞后');
    const above = evaluateWith(rd, [
      [2021, 10],
      [2022, 6],
    ]);
    expect(above.progressRatio).toBeCloseTo(1.140211, 6);
    expect(above.verdict).toBe('符合预期');
  });

  it('skips a missing year in between and says so', () => {
    const result = evaluateWith(
      industry,
      [
        [2021, 8],
        [2023, 6],
      ],
      { year: 2023 },
    );
    expect(result.projectedTargetValue).toBeCloseTo((Math.sqrt(1.08 * 1.06) - 1) * 100, 10);
    expect(result.missing).toBe('缺少2022年增速');
    expect(result.requiredAnnualGrowth).toBeNull();
    expect(result.explanation).toContain('（缺少2022年数据）');
  });

  it('is 数据不足 without any rate', () => {
    expect(evaluateWith(industry, []).missing).toBe('缺少2021—2022年增速实际值');
  });

  it('gives 全面完成 / 基本完成 / 未完成 at the end of term', () => {
    const rows = (rate: number) => [2021, 2022, 2023, 2024, 2025].map((y) => [y, rate] as const);
    const final = { year: 2025, mode: 'final' } as const;
    expect(evaluateWith(industry, rows(7.2), final).verdict).toBe('全面完成');
    expect(evaluateWith(industry, rows(5), final).verdict).toBe('基本完成');
    // By practice (the default) any progress short of the target is 基本完成; 未完成 is no
    // progress or a move the wrong way. The strict reading keeps R ≥ 60 % for 基本完成.
    expect(evaluateWith(industry, rows(3), final).verdict).toBe('基本完成');
    expect(evaluateWith(industry, rows(0), final).verdict).toBe('未完成');
    expect(evaluateWith(industry, rows(-1), final).verdict).toBe('未完成');
    const strict = { ...final, settings: STRICT_SETTINGS };
    expect(evaluateWith(industry, rows(5), strict).verdict).toBe('基本完成');
    expect(evaluateWith(industry, rows(3), strict).verdict).toBe('未完成');
    expect(evaluateWith(industry, rows(9), final).verdict).toBe('提前完成');
  });

  // 6.6 % is within the 左右 band of 7 (±0.5 points), though R = 94.3 %.
  it('uses a published average growth since the base year for the evaluation year', () => {
    const result = evaluateWith(
      industry,
      [
        [2021, 9],
        [2022, 6.6, 'averageGrowth'],
      ],
      { plan: makePlan(), year: 2022 },
    );
    expect(result.progressRatio).toBeCloseTo(6.6 / 7, 12);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toContain('平均为6.6%（官方公布，可比价）');
  });
});
