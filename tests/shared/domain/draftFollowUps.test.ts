import { describe, expect, it } from 'vitest';
import { draftFollowUps } from '../../../shared/domain/draftFollowUps';
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
      items: TASKS.items,
      statuses: new Map<typeof SEWAGE, ProgressStatus>([
        [SEWAGE, '滞后'],
        [FOREST, '已完成'],
      ]),
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
      items: TASKS.items,
      statuses: new Map([[SEWAGE, '滞后' as const]]),
      existing: completed,
      newId: () => 'never',
    });
    expect(again).toEqual(completed);
  });
});
