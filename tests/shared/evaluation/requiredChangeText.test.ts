import { describe, expect, it } from 'vitest';
import {
  amountText,
  requiredChangeText,
  visibleDecimals,
} from '../../../shared/evaluation/requiredChangeText';

// Issue 12, item 6: a small requirement is given with enough digits, never 持平.
describe('requiredChangeText', () => {
  it('adds decimals until a small change shows', () => {
    expect(requiredChangeText(0.03, { kind: 'amount', unit: '岁', decimals: 1 })).toBe(
      '增加0.03岁',
    );
    expect(requiredChangeText(0.004, { kind: 'points', decimals: 1 })).toBe('提高0.004个百分点');
    expect(requiredChangeText(0, { kind: 'points', decimals: 1 })).toBe('持平');
    expect(requiredChangeText(2.9, { kind: 'amount', unit: '万人', decimals: 1 })).toBe(
      '增加2.9万人',
    );
  });

  it('stops at four decimals', () => {
    expect(visibleDecimals(0.00001, 1)).toBe(4);
    expect(amountText(0.03, '岁', 1)).toBe('0.03岁');
  });
});
