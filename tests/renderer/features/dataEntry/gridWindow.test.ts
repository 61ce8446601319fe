import { describe, expect, it } from 'vitest';
import {
  gridWindow,
  windowCategorySpans,
} from '../../../../renderer/src/features/dataEntry/gridWindow';

describe('gridWindow', () => {
  it('draws every row of an ordinary plan', () => {
    expect(gridWindow(500, { scrollTop: 3000, height: 600, rowHeight: 31 })).toEqual({
      start: 0,
      end: 500,
      padTop: 0,
      padBottom: 0,
    });
  });

  it('draws the rows in view plus 40 on each side for a plan of 2,000 indicators', () => {
    // Row 100 at the top, 20 rows (620 px) in view.
    expect(gridWindow(2000, { scrollTop: 3100, height: 620, rowHeight: 31 })).toEqual({
      start: 60,
      end: 160,
      padTop: 60 * 31,
      padBottom: 1840 * 31,
    });
    expect(gridWindow(2000, { scrollTop: 0, height: 620, rowHeight: 31 })).toMatchObject({
      start: 0,
      end: 60,
    });
    expect(gridWindow(2000, { scrollTop: 62000, height: 620, rowHeight: 31 })).toMatchObject({
      start: 1960,
      end: 2000,
      padBottom: 0,
    });
  });
});

describe('windowCategorySpans', () => {
  const categories = ['综合', '综合', '综合', '创新', '创新', '民生'];

  it('merges each category down, as far as the window goes', () => {
    expect(windowCategorySpans(categories, { start: 0, end: 6 })).toEqual([3, 0, 0, 2, 0, 1]);
    expect(windowCategorySpans(categories, { start: 1, end: 4 })).toEqual([2, 0, 1]);
    expect(windowCategorySpans(categories, { start: 4, end: 5 })).toEqual([1]);
  });
});
