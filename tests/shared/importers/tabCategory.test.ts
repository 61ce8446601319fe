import { describe, expect, it } from 'vitest';
import { nextCategory } from '../../../shared/importers/tabCategory';

describe('nextCategory', () => {
  it('mends category labels broken across pages (002)', () => {
    expect(nextCategory('转型升级', '级', true)).toBe('转型升级');
    expect(nextCategory('社会民生', '生态文', false)).toBe('生态文');
    expect(nextCategory('生态文', '明', true)).toBe('生态文明');
    expect(nextCategory('生态文明', '生态', false)).toBe('生态文明');
    expect(nextCategory('生态文明', '文明', true)).toBe('生态文明');
    expect(nextCategory('经济发展', '', false)).toBe('经济发展');
    expect(nextCategory('综合质效', '创新驱动', true)).toBe('创新驱动');
  });

  it('keeps two short categories apart when no page break lies between them', () => {
    expect(nextCategory('经济', '民生', false)).toBe('民生');
    expect(nextCategory('生态文', '明', false)).toBe('明');
  });
});
