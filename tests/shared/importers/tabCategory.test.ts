import { describe, expect, it } from 'vitest';
import { nextCategory } from '../../../shared/importers/tabCategory';

describe('nextCategory', () => {
  it('mends category labels broken across pages (002)', () => {
    expect(nextCategory('转型升级', '级')).toBe('转型升级');
    expect(nextCategory('社会民生', '生态文')).toBe('生态文');
    expect(nextCategory('生态文', '明')).toBe('生态文明');
    expect(nextCategory('生态文明', '生态')).toBe('生态文明');
    expect(nextCategory('生态文明', '文明')).toBe('生态文明');
    expect(nextCategory('经济发展', '')).toBe('经济发展');
    expect(nextCategory('综合质效', '创新驱动')).toBe('创新驱动');
  });
});
