import { describe, expect, it } from 'vitest';
import { sectionLines, seedReport } from './reportFixture';

const decided = { decidedAt: '2026-11-22T02:00:00.000Z', decidedBy: '评估组' };

describe('sentenceOf in the report', () => {
  const report = seedReport({
    key: 'jdz-13c',
    year: 2020,
    mode: 'final',
    overrides: new Map([
      ['seed-jdz-13c/002', { verdict: '基本完成', reason: '受减税降费政策影响。', ...decided }],
      ['seed-jdz-13c/019', { verdict: '全面完成', reason: '脱贫攻坚任务全面完成', ...decided }],
    ]),
  });
  const text = sectionLines(report, 'progress').join('\n');

  it('adds the evaluator’s judgment after the automatic explanation', () => {
    // 财政总收入 is nominal: 官方公布, never 可比价 (issue 12, item 7).
    expect(text).toContain(
      '2020年财政总收入为140.27亿元，目标为180亿元，2016—2020年年均增长4.7%（官方公布），为规划年均增长10%的47.0%，基本完成。经人工研判，评价结论调整为“基本完成”，理由是受减税降费政策影响。',
    );
  });

  it('states a judged target by its judgment alone, after the headline', () => {
    expect(text).toContain(
      '农村贫困人口脱贫经人工研判，评价为“全面完成”，理由是脱贫攻坚任务全面完成。',
    );
    expect(sectionLines(report, 'progress')[2]).toMatch(
      /^上述结论中，2项指标的评价结论经人工研判确定。2020年财政总收入为/,
    );
  });
});
