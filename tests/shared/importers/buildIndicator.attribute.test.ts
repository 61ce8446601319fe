import { describe, expect, it } from 'vitest';
import { asPlanId } from '../../../shared/domain/ids';
import { buildIndicator } from '../../../shared/importers/buildIndicator';

const context = {
  planId: asPlanId('p'),
  kind: 'main' as const,
  baseYear: 2025,
  baseIsEstimate: false,
  bindingSetAbove: false,
};

const withAttribute = (attribute: string) =>
  buildIndicator(
    {
      line: 3,
      category: '绿色生态',
      rawName: '森林覆盖率（%）',
      cells: ['61.2', '62', ''],
      attribute,
      verdict: '',
      warnings: [],
    },
    1,
    context,
  );

describe('buildIndicator: the attribute cell', () => {
  it('reads every way plans write it', () => {
    const written = ['预期性', '约束性', '预期', '约束', '预期性指标', '约束性指标', ' 约束 性 '];
    expect(written.map((text) => withAttribute(text).attribute)).toEqual([
      '预期性',
      '约束性',
      '预期性',
      '约束性',
      '预期性',
      '约束性',
      '约束性',
    ]);
  });

  it('leaves another text empty (待填) and quotes it in the warning', () => {
    const read = withAttribute('★');
    expect(read.attribute).toBeNull();
    expect(read.warnings.map((warning) => warning.message)).toEqual([
      '「森林覆盖率」行的属性「★」不是预期性或约束性：已留空（待填），请在复核时或在规划的指标表中填写',
    ]);
    expect(withAttribute('').warnings[0]?.message).toBe(
      '「森林覆盖率」行没有属性（预期性/约束性）：已留空（待填），请在复核时或在规划的指标表中填写',
    );
  });
});
