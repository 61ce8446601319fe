import { describe, expect, it } from 'vitest';
import { asWorkItemId } from '../../../shared/domain/ids';
import type { WorkItemProgress } from '../../../shared/domain/workItemProgress';
import { buildCompletenessMatrix } from '../../../shared/values/completenessMatrix';
import {
  combineDepartmentCompleteness,
  countItemProgress,
  defaultItemPeriod,
} from '../../../shared/values/itemCompleteness';
import { makeActual, makeIndicator } from '../../helpers/makeIndicator';
import { readWorkItemSeed } from '../../helpers/workItemSeeds';

const ITEMS = readWorkItemSeed('seed-jdz-cjjjd-2021').items;

function reported(n: number, year = 2021, span: '全年' | '上半年' = '全年'): WorkItemProgress {
  return {
    itemId: asWorkItemId(`seed-jdz-cjjjd-2021/${String(n).padStart(3, '0')}`),
    year,
    span,
    status: '序时推进',
    shareDone: null,
    text: '',
    investmentDone: null,
    source: '',
    reporter: '',
  };
}

describe('countItemProgress', () => {
  it('counts each department’s items and those reported for the period only', () => {
    // 市林业局 has items 2, 10, 11, 19, 20; 市住房城乡建设局 has 2, 4, 14, 20.
    const progress = [reported(2), reported(10), reported(4, 2021, '上半年'), reported(19, 2022)];
    const counts = countItemProgress(ITEMS, progress, { year: 2021, span: '全年' });
    const of = (name: string) => counts.find((c) => c.department === name);
    expect(of('市林业局')).toEqual({
      department: '市林业局',
      itemCount: 5,
      reported: 2,
      missing: 3,
    });
    expect(of('市住房城乡建设局')).toEqual({
      department: '市住房城乡建设局',
      itemCount: 4,
      reported: 1,
      missing: 3,
    });
    // 49 named departments, and 未指定责任单位 for tasks 23–25 (六、统筹推进…: no list).
    expect(counts).toHaveLength(50);
    expect(of('未指定责任单位')?.itemCount).toBe(3);
  });

  it('joins items with indicator-years by department name, item-only departments after', () => {
    const indicators = [
      makeIndicator({ id: 'p/001' as never, departments: ['市林业局'] }),
      makeIndicator({ id: 'p/002' as never, departments: ['市统计局'] }),
      makeIndicator({ id: 'p/003' as never, departments: [] }),
    ];
    const actuals = [makeActual('p/001', 2021, 1), makeActual('p/002', 2021, 2)];
    const matrix = buildCompletenessMatrix(indicators, actuals, [2021, 2022]);
    const items = countItemProgress(ITEMS.slice(9, 11), [reported(10)], {
      year: 2021,
      span: '全年',
    });
    const rows = combineDepartmentCompleteness(matrix, items);
    expect(
      rows.map((r) => [
        r.department,
        r.filled,
        r.total,
        r.itemCount,
        r.itemsReported,
        r.done,
        r.due,
      ]),
    ).toEqual([
      ['市林业局', 1, 2, 2, 1, 2, 4],
      ['市统计局', 1, 2, 0, 0, 1, 2],
      ['各县（市、区）政府', 0, 0, 2, 1, 1, 2],
      ['未指定责任单位', 0, 2, 0, 0, 0, 2],
    ]);
  });

  it('counts the latest period with progress by default, else the first year', () => {
    expect(defaultItemPeriod([reported(1, 2021), reported(2, 2022, '上半年')], [2021])).toEqual({
      year: 2022,
      span: '上半年',
    });
    expect(
      defaultItemPeriod([reported(2, 2022, '上半年'), reported(1, 2022, '全年')], [2021]),
    ).toEqual({ year: 2022, span: '全年' });
    expect(defaultItemPeriod([], [2021, 2022])).toEqual({ year: 2021, span: '全年' });
  });
});
