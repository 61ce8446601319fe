import { describe, expect, it } from 'vitest';
import { evaluateWith, makeIndicator } from '../../helpers/makeIndicator';

// Issue 12, item 15: 总结评估 before the target year gives no end-of-term verdict unless the
// target is already reached; the mid-term reading and the outlook are labelled 预计.
const gdp = makeIndicator();
const early = { year: 2022, mode: 'final' } as const;

describe('end-of-term evaluation before the target year', () => {
  it('refuses an end-of-term verdict for a target not yet reached', () => {
    const result = evaluateWith(gdp, [[2022, 1050]], early);
    expect(result.verdict).toBe('数据不足');
    expect(result.mode).toBe('final');
    expect(result.missing).toBe('缺少2025年（规划目标年）数据，总结评估暂不作结论');
    expect(result.explanation).toBe(
      '2022年地区生产总值（GDP）为1050亿元，2021—2022年两年平均增长4.7%（按现价水平值计算），为按基期值957.14亿元、目标值1200亿元推算的规划年均增长4.6%（未录入可比价增速，按现价水平值评价）的102.4%，符合预期；2023—2025年需年均增长4.6%方可实现1200亿元目标；尚未到规划目标年2025年，总结评估暂不作结论（按中期评估为符合预期，按当前进度预计可如期完成）。',
    );
  });

  it('gives 提前完成 when the target was reached before the target year', () => {
    const result = evaluateWith(gdp, [[2022, 1210]], early);
    expect(result.verdict).toBe('提前完成');
    expect(result.explanation).toBe(
      '2022年地区生产总值（GDP）为1210亿元，已达到1200亿元的目标，提前完成（早于2025年）。',
    );
  });

  it('never says 全面完成 before the target year', () => {
    const verdicts = [1000, 1100, 1199].map((v) => evaluateWith(gdp, [[2022, v]], early).verdict);
    expect(verdicts).toEqual(['数据不足', '数据不足', '数据不足']);
  });
});
