import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator, makePlan } from '../../helpers/makeIndicator';

// Issue 12, item 1: 城镇新增就业人数 [15] is a flow; the years are summed against the total.
const jobs = makeIndicator({
  name: '城镇新增就业人数',
  unit: '万人',
  baseRaw: '3',
  targetRaw: '--',
  growthRaw: '[15]',
  base: makeBase(3),
  target: {
    kind: 'cumulativeChange',
    change: { min: 15, max: 15, qualifier: 'exact' },
    targetValue: null,
  },
});

describe('evaluateFlow', () => {
  it('judges the sum of the years against the five-year total (6.3 of 15 after two years)', () => {
    const result = evaluateWith(jobs, [
      [2021, 3.2],
      [2022, 3.1],
    ]);
    expect(result.taskProgress).toBeCloseTo(6.3 / 15, 12);
    expect(result.progressRatio).toBeCloseTo(6.3 / 15 / 0.4, 12);
    expect(result.requiredAnnualChange).toBeCloseTo(8.7 / 3, 12);
    expect(result.verdict).toBe('符合预期');
    expect(result.outlook).toBe('预计可如期完成');
    expect(result.explanation).toBe(
      '2021—2022年城镇新增就业人数分别为3.2万人、3.1万人，累计6.3万人，完成五年累计15万人目标的42.0%（时间进度40.0%），符合预期；2023—2025年需年均新增2.9万人方可完成目标。',
    );
  });

  it('never reads the change of the yearly level', () => {
    const result = evaluateWith(jobs, [
      [2021, 2.9],
      [2022, 2.0],
    ]);
    expect(result.explanation).not.toContain('较2020年');
    expect(result.explanation).not.toContain('-');
    expect(result.verdict).toBe('滞后');
  });

  it('takes a completion table’s published achieved [12] over the level difference', () => {
    const completion = {
      plan: makePlan({ baseYear: 2015, targetYear: 2020, tableKind: 'completion' }),
      year: 2020,
      mode: 'final',
    } as const;
    const row = { ...jobs, base: makeBase(3.1, { year: 2015 }) };
    const result = evaluateWith(
      row,
      [
        [2020, 2.1],
        [2020, 12, 'cumulativeChange'],
      ],
      completion,
    );
    expect(result.taskProgress).toBeCloseTo(0.8, 12);
    expect(result.verdict).toBe('基本完成');
    expect(result.explanation).toBe(
      '2016—2020年城镇新增就业人数累计12万人（官方公布），完成五年累计15万人目标的80.0%，基本完成。',
    );
  });

  it('says which year is missing instead of summing around it', () => {
    const result = evaluateWith(jobs, [[2022, 3.1]]);
    expect(result.verdict).toBe('数据不足');
    expect(result.missing).toBe('缺少2021年当年实际值，无法累计');
  });
});
