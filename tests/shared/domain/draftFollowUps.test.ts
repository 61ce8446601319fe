import { describe, expect, it } from 'vitest';
import { draftFollowUps, laggingWorkItems } from '../../../shared/domain/draftFollowUps';
import { asIndicatorId, asWorkItemId } from '../../../shared/domain/ids';
import type { ProgressStatus } from '../../../shared/domain/workItemProgress';
import { readWorkItemSeed } from '../../helpers/workItemSeeds';

const TASKS = readWorkItemSeed('seed-jdz-cjjjd-2021');
const SEWAGE = asWorkItemId('seed-jdz-cjjjd-2021/004');
const FOREST = asWorkItemId('seed-jdz-cjjjd-2021/010');

describe('draftFollowUps', () => {
  it('lists lagging indicators then 滞后 items, keeps completed rows, adds no row twice', () => {
    let next = 0;
    const first = draftFollowUps({
      scopeId: 'seed-jdz-14',
      year: 2023,
      indicators: [
        {
          indicatorId: asIndicatorId('seed-jdz-14/008'),
          name: '研发经费支出',
          departments: ['市科技局', '市统计局'],
          problem: '2023年任务进度 40%，低于时间进度 60%',
        },
      ],
      items: laggingWorkItems(
        TASKS.items,
        new Map<typeof SEWAGE, ProgressStatus>([
          [SEWAGE, '滞后'],
          [FOREST, '已完成'],
        ]),
        2023,
      ),
      existing: [],
      newId: () => `fu-${(next += 1)}`,
    });
    expect(first.map((r) => [r.id, r.order, r.title, r.lead, r.problem])).toEqual([
      ['fu-1', 1, '研发经费支出', '市科技局', '2023年任务进度 40%，低于时间进度 60%'],
      ['fu-2', 2, '4. 深入推进城镇污水垃圾处理', '市住房城乡建设局', '2023年进展滞后'],
    ]);
    const completed = first.map((r) => ({
      ...r,
      measure: '加快雨污分流工程',
      deadline: '2024年底前',
    }));
    const again = draftFollowUps({
      scopeId: 'seed-jdz-14',
      year: 2023,
      indicators: [],
      items: laggingWorkItems(TASKS.items, new Map([[SEWAGE, '滞后' as const]]), 2023),
      existing: completed,
      newId: () => 'never',
    });
    expect(again).toEqual(completed);
  });

  it('takes 未启动 items too, and the suggested lead, measure and deadline', () => {
    const items = laggingWorkItems(
      TASKS.items,
      new Map<typeof SEWAGE, ProgressStatus>([[FOREST, '未启动']]),
      2022,
    );
    expect(items).toEqual([
      {
        itemId: FOREST,
        title: '10. 加强森林生态修复和保护',
        departments: ['市林业局', '各县（市、区）政府'],
        problem: '2022年尚未启动',
      },
    ]);
    const rows = draftFollowUps({
      scopeId: 's',
      year: 2022,
      indicators: [],
      items: [{ ...items[0]!, measure: '加快前期工作', deadline: '2025年底前' }],
      existing: [],
      newId: () => 'fu',
    });
    expect(rows.map((r) => [r.lead, r.measure, r.deadline])).toEqual([
      ['市林业局', '加快前期工作', '2025年底前'],
    ]);
  });

  it('matches an item without id (the report’s view) to a stored row by its title', () => {
    const stored = draftFollowUps({
      scopeId: 's',
      year: 2023,
      indicators: [],
      items: laggingWorkItems(TASKS.items, new Map([[SEWAGE, '滞后' as const]]), 2023),
      existing: [],
      newId: () => 'stored',
    }).map((row) => ({ ...row, measure: '加快雨污分流工程' }));
    const again = draftFollowUps({
      scopeId: 's',
      year: 2023,
      indicators: [],
      items: [
        { itemId: null, title: '4. 深入推进城镇污水垃圾处理', departments: [], problem: '滞后' },
        { itemId: null, title: '新的滞后事项', departments: [], problem: '滞后' },
      ],
      existing: stored,
      newId: () => 'new',
    });
    expect(again.map((r) => [r.id, r.title, r.measure])).toEqual([
      ['stored', '4. 深入推进城镇污水垃圾处理', '加快雨污分流工程'],
      ['new', '新的滞后事项', ''],
    ]);
  });
});
