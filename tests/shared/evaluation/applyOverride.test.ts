import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../../shared/evaluation/applyOverride';
import { evaluateWith, makeIndicator } from '../../helpers/makeIndicator';

// A nominal total on GDP's figures (made up), judged 符合预期 on growth from its levels.
const evaluation = evaluateWith(makeIndicator({ name: '社会消费品零售总额' }), [[2022, 1102.3]]);
const override = {
  verdict: '快于预期',
  reason: '四经普修订后增速高于全省',
  decidedAt: '2023-06-30T00:00:00Z',
  decidedBy: '张三',
} as const;

describe('applyOverride', () => {
  it('keeps the automatic verdict beside the override', () => {
    const result = applyOverride(evaluation, override);
    expect(result.ok && result.value.automaticVerdict).toBe('符合预期');
    expect(result.ok && result.value.finalVerdict).toBe('快于预期');
    expect(result.ok && result.value.override).toEqual(override);
  });

  it('without an override the verdict in force is the automatic one', () => {
    const result = applyOverride(evaluation);
    expect(
      result.ok && [
        result.value.automaticVerdict,
        result.value.finalVerdict,
        result.value.override,
      ],
    ).toEqual(['符合预期', '符合预期', null]);
  });

  it('rejects an empty reason', () => {
    const result = applyOverride(evaluation, { ...override, reason: '  ' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe(
      '「社会消费品零售总额」的人工研判结论缺少理由，请填写调整理由。',
    );
  });

  it('rejects a verdict of the other vocabulary', () => {
    const result = applyOverride(evaluation, { ...override, verdict: '全面完成' });
    expect(!result.ok && result.error.message).toBe(
      '「社会消费品零售总额」的人工研判结论「全面完成」不属于中期评估用语，可选：提前实现、快于预期、符合预期、滞后、需人工研判、数据不足。',
    );
  });
});
