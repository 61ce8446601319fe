import { describe, expect, it } from 'vitest';
import { guardBaseValue, guardIndicator } from '../../../../shared/domain/guards/guardIndicator';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';
import { baseValue, indicator } from './guardArbitraries';
import { itHasGuardProperties } from './guardProperties';

const gdp = makeJdzPlanBundle().indicators[0]!;

describe('guardIndicator', () => {
  itHasGuardProperties(guardIndicator, indicator);

  it('accepts real indicators of 景德镇', () => {
    for (const row of makeJdzPlanBundle().indicators) expect(guardIndicator(row)).toBeNull();
  });

  it.each([
    [{ target: { kind: 'x' } }, 'target.kind'],
    [{ target: {} }, 'target.kind'],
    [{ base: { ...gdp.base, value: '12' } }, 'base.value'],
    [{ base: { ...gdp.base, year: 1e15 } }, 'base.year'],
    [{ order: 0 }, 'order'],
    [{ order: 1.5 }, 'order'],
    [{ name: 'x'.repeat(10_000_000) }, 'name'],
    [{ departments: ['市发改委', 7] }, 'departments[1]'],
    [{ warnings: [{ message: '请核对', line: -1 }] }, 'warnings[0].line'],
  ])('names the field of %#', (change, field) => {
    expect(guardIndicator({ ...gdp, ...change })?.field).toBe(field);
  });

  // Decision 0044: a table without 属性 leaves it null for the user to fill; anything else is refused.
  it('accepts an attribute not filled yet (null) and refuses any other text', () => {
    expect(guardIndicator({ ...gdp, attribute: null })).toBeNull();
    expect(guardIndicator({ ...gdp, attribute: '待填' })?.field).toBe('attribute');
    expect(guardIndicator({ ...gdp, attribute: undefined })?.field).toBe('attribute');
  });

  it('quotes at most 30 characters of a long value', () => {
    expect(guardIndicator({ ...gdp, name: 'x'.repeat(10_000_000) })?.message).toBe(
      `应为不超过 2000 个字符的文本（现为「${'x'.repeat(30)}…（共 10000000 个字符）」）`,
    );
  });
});

describe('guardBaseValue', () => {
  itHasGuardProperties(guardBaseValue, baseValue);

  it('refuses a base value given as text', () => {
    expect(guardBaseValue({ ...gdp.base, value: '12' })).toEqual({
      field: 'value',
      message: '应为数字（现为「12」）',
    });
  });
});
