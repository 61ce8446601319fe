import { describe, expect, it } from 'vitest';
import { VERDICT_COLORS, verdictColor } from '../../../shared/domain/verdict';

describe('verdictColor', () => {
  it('gives each verdict its tone colour, and red to a lagging binding indicator', () => {
    expect(verdictColor('提前实现', '预期性')).toBe(VERDICT_COLORS.reached);
    expect(verdictColor('全面完成', '约束性')).toBe(VERDICT_COLORS.ahead);
    expect(verdictColor('符合预期', '约束性')).toBe(VERDICT_COLORS.onTrack);
    expect(verdictColor('滞后', '预期性')).toBe('#e8871e');
    expect(verdictColor('滞后', '约束性')).toBe('#cf2e2e');
    expect(verdictColor('未完成', '约束性')).toBe('#cf2e2e');
    expect(verdictColor('需人工研判', '约束性')).toBe(VERDICT_COLORS.judgment);
    expect(verdictColor('数据不足', '预期性')).toBe(VERDICT_COLORS.missing);
  });
});
