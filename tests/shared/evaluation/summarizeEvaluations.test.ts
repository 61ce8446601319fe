import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { applyOverride } from '../../../shared/evaluation/applyOverride';
import { summarizeEvaluations } from '../../../shared/evaluation/summarizeEvaluations';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

const gdp = makeIndicator();
const unemployment = makeIndicator({
  id: asIndicatorId('test-plan/002'),
  category: '民生福祉',
  name: '城镇登记失业率',
  unit: '%',
  attribute: '约束性',
  base: makeBase(3.12),
  target: { kind: 'ceiling', limit: 4.5, inclusive: true, isApproximate: false },
});
const land = makeIndicator({
  id: asIndicatorId('test-plan/003'),
  category: '绿色生态',
  name: '耕地保有量',
  attribute: '约束性',
  base: makeBase(null),
  target: { kind: 'judgment', reason: 'qualitative', text: '确保数量不减，质量提升' },
});
const indicators = [gdp, unemployment, land];

describe('summarizeEvaluations', () => {
  const evaluations = [
    evaluateWith(gdp, [[2022, 1250]]),
    evaluateWith(unemployment, [[2022, 4.8]]),
    evaluateWith(land, []),
  ];

  it('counts verdicts overall, by category and by attribute and writes the sentence', () => {
    const summary = summarizeEvaluations(evaluations, indicators);
    expect(summary.overall.total).toBe(3);
    expect(summary.overall.counts.filter((c) => c.count > 0)).toEqual([
      { verdict: '提前实现', count: 1 },
      { verdict: '滞后', count: 1 },
      { verdict: '需人工研判', count: 1 },
    ]);
    expect(summary.byCategory.map((c) => [c.category, c.total])).toEqual([
      ['综合质效', 1],
      ['民生福祉', 1],
      ['绿色生态', 1],
    ]);
    expect(summary.byAttribute.map((a) => [a.attribute, a.total])).toEqual([
      ['预期性', 1],
      ['约束性', 2],
    ]);
    expect(summary.sentence).toBe(
      '3项主要指标中，1项提前实现，1项滞后，1项需人工研判；其中约束性指标2项，1项滞后，1项需人工研判。',
    );
  });

  // Decision 0044: an attribute not filled yet is counted as neither 约束性 nor 预期性.
  it('counts an indicator whose attribute is not filled in no attribute group', () => {
    const unset = makeIndicator({ id: asIndicatorId('test-plan/004'), attribute: null });
    const summary = summarizeEvaluations(
      [...evaluations, evaluateWith(unset, [[2022, 1250]])],
      [...indicators, unset],
    );
    expect(summary.overall.total).toBe(4);
    expect(summary.byAttribute.map((a) => [a.attribute, a.total])).toEqual([
      ['预期性', 1],
      ['约束性', 2],
    ]);
    expect(summary.sentence).toBe(
      '4项主要指标中，2项提前实现，1项滞后，1项需人工研判；其中约束性指标2项，1项滞后，1项需人工研判。',
    );
  });

  it('counts an override as the verdict in force', () => {
    const reviewed = applyOverride(evaluations[2]!, {
      verdict: '符合预期',
      reason: '耕地数量未减少',
      decidedAt: '2023-06-30',
      decidedBy: '李四',
    });
    if (!reviewed.ok) throw new Error(reviewed.error.message);
    const summary = summarizeEvaluations(
      [evaluations[0]!, evaluations[1]!, reviewed.value],
      indicators,
    );
    expect(summary.sentence).toBe(
      '3项主要指标中，1项提前实现，1项符合预期，1项滞后；其中约束性指标2项，1项符合预期，1项滞后。',
    );
  });

  it('says so when there is nothing to summarise', () => {
    expect(summarizeEvaluations([], []).sentence).toBe('暂无可评价的主要指标。');
  });
});
