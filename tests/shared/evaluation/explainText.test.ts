import { describe, expect, it } from 'vitest';
import { flatText } from '../../../shared/evaluation/explainText';

describe('flatText', () => {
  it('returns the same text, however it was built', () => {
    const year = 2023;
    const built = `${year}年地区生产总值为${(1102.3).toFixed(1)}亿元，快于预期。`;
    expect(flatText(built)).toBe('2023年地区生产总值为1102.3亿元，快于预期。');
    expect(flatText('')).toBe('');
    expect(flatText('。')).toBe('。');
  });
});
