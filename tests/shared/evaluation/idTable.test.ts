import { describe, expect, it } from 'vitest';
import { IdTable } from '../../../shared/evaluation/idTable';

describe('IdTable', () => {
  it('numbers ids in order of arrival and finds them again', () => {
    const table = new IdTable(3);
    expect([table.add('a/001'), table.add('a/002'), table.add('a/001'), table.add('')]).toEqual([
      0, 1, 0, 2,
    ]);
    expect([table.numberOf('a/002'), table.numberOf(''), table.numberOf('a/003')]).toEqual([
      1, 2, -1,
    ]);
    expect(table.ids).toEqual(['a/001', 'a/002', '']);
  });

  it('keeps every id of a full table apart, equal strings made separately included', () => {
    const ids = Array.from({ length: 5000 }, (_, index) => `plan/${index}`);
    const table = new IdTable(ids.length);
    ids.forEach((id) => table.add(id));
    const found = ids.map((id) => table.numberOf(['plan', id.slice(5)].join('/')));
    expect(found).toEqual(ids.map((_, index) => index));
    expect(table.numberOf('plan/5000')).toBe(-1);
  });
});
