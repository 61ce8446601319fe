import { describe, expect, it } from 'vitest';
import { sectionLines, seedReport } from './reportFixture';

const decided = { decidedAt: '2026-11-22T02:00:00.000Z', decidedBy: '评估组' };

describe('indicatorSentences', () => {
  const report = seedReport({
    key: 'jdz-13c',
    year: 2020,
    mode: 'final',
    overrides: new Map([
      ['seed-jdz-13c/002', { verdict: '全面完成', reason: '受减税降费政策影响。', ...decided }],
      ['seed-jdz-13c/019', { verdict: '全面完成', reason: '脱贫攻坚任务全面完成', ...decided }],
    ]),
  });
  const text = sectionLines(report, 'progress').join('\n');

  it('adds the evaluator’s judgment after the automatic explanation', () => {
    expect(text).toContain(
      '2020年财政总收入为140.27亿元，目标为180亿元，2016—2020年年均增长4.7%（官方公布，可比价），为规划年均增长10%的47.0%，基本完成。经人工研判，评价结论调整为“全面完成”，理由是受减税降费政策影响。',
    );
  });

  it('states a judged target by its judgment alone and groups the pending ones', () => {
    expect(text).toContain(
      '农村贫困人口脱贫经人工研判，评价为“全面完成”，理由是脱贫攻坚任务全面完成。',
    );
    expect(text).toContain(
      '城镇棚户区住房改造、新增建设用地规模、单位GDP能耗降低、单位GDP二氧化碳排放降低、主要污染物排放量减少/COD、主要污染物排放量减少/氨氮、主要污染物排放量减少/二氧化硫、主要污染物排放量减少/氮氧化物的具体目标按上级下达任务执行，需结合下达任务人工研判。',
    );
    expect(sectionLines(report, 'overall')[1]).toContain(
      '上述结论中，2项指标的评价结论经人工研判确定。',
    );
  });
});
