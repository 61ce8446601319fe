import { describe, expect, it } from 'vitest';
import { guardTarget, TARGET_KINDS } from '../../../../shared/domain/guards/guardTarget';
import { TARGET_KIND_LABELS } from '../../../../shared/domain/target';
import { target } from './guardArbitraries';
import { itHasGuardProperties } from './guardProperties';

describe('guardTarget', () => {
  itHasGuardProperties(guardTarget, target);

  it('knows every target kind of the union', () => {
    expect(TARGET_KINDS).toEqual(Object.keys(TARGET_KIND_LABELS));
  });

  it.each([
    [
      { kind: 'x' },
      'kind',
      '应为 levelWithGrowth、level、growthRate、cumulativeChange、cumulativeReduction、ceiling、floor、keepStable、structure、relational、judgment 之一（现为「x」）',
    ],
    [
      {},
      'kind',
      '应为 levelWithGrowth、level、growthRate、cumulativeChange、cumulativeReduction、ceiling、floor、keepStable、structure、relational、judgment 之一（缺失）',
    ],
    [
      { kind: 'growthRate', annualGrowth: { value: '7', qualifier: 'about' } },
      'annualGrowth.value',
      '应为数字（现为「7」）',
    ],
    [{ kind: 'growthRate' }, 'annualGrowth', '应为对象（缺失）'],
    [
      { kind: 'cumulativeReduction', reductionPercent: { min: 22, max: 18, qualifier: 'exact' } },
      'reductionPercent.max',
      '不应小于下限 22（现为「18」）',
    ],
    [
      { kind: 'structure', baseComponents: null, targetComponents: [] },
      'targetComponents',
      '应为 1–10000 个数字的列表（现有 0 项）',
    ],
    [
      { kind: 'judgment', reason: 'because', text: '' },
      'reason',
      '应为 qualitative、provinceSet、notSpecified 之一（现为「because」）',
    ],
  ])('refuses %j at %s', (value, field, message) => {
    expect(guardTarget(value)).toEqual({ field, message });
  });

  it('refuses a target that is not an object', () => {
    expect(guardTarget(null)).toEqual({ field: '', message: '应为对象（现为「null」）' });
  });
});
