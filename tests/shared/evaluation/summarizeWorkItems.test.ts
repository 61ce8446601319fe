import { describe, expect, it } from 'vitest';
import { asWorkItemId, type WorkItemId } from '../../../shared/domain/ids';
import type { ProgressStatus } from '../../../shared/domain/workItemProgress';
import { workItemStatusOption } from '../../../shared/charts/workItemStatusOption';
import { summarizeWorkItems } from '../../../shared/evaluation/summarizeWorkItems';
import { readWorkItemSeed } from '../../helpers/workItemSeeds';

const TASKS = readWorkItemSeed('seed-jdz-cjjjd-2021');
const id = (n: number) => asWorkItemId(`seed-jdz-cjjjd-2021/${String(n).padStart(3, '0')}`);
const STATUSES = new Map<WorkItemId, ProgressStatus>([
  [id(1), '已完成'],
  [id(4), '滞后'],
  [id(10), '已完成'],
  [id(11), '序时推进'],
]);

describe('summarizeWorkItems on 004', () => {
  const summary = summarizeWorkItems(TASKS.items, STATUSES);

  it('counts by status and kind with the report sentence', () => {
    expect(summary.byStatus).toEqual({
      已完成: 2,
      序时推进: 1,
      滞后: 1,
      未启动: 0,
      已调整: 0,
      未填报: 21,
    });
    expect(summary.byKind.map((k) => [k.kind, k.total])).toEqual([['任务', 25]]);
    expect(summary.sentence).toBe('25项重点任务中，已完成2项、序时推进1项、滞后1项、未填报21项');
  });

  it('counts by lead department, most items first, tasks without a list apart', () => {
    expect(summary.byDepartment.slice(0, 3).map((d) => [d.department, d.total])).toEqual([
      ['各县（市、区）政府', 21],
      // 1–7, 9, 12, 18, 19, 21, 22; 昌南新区管委会 2, 5, 8, 9, 12, 14–18, 21, 22.
      ['市生态环境局', 13],
      ['昌南新区管委会', 12],
    ]);
    const forestry = summary.byDepartment.find((d) => d.department === '市林业局')!;
    expect([forestry.total, forestry.byStatus.已完成, forestry.byStatus.序时推进]).toEqual([
      5, 1, 1,
    ]);
    expect(summary.byDepartment.find((d) => d.department === '未明确牵头单位')?.total).toBe(3);
  });

  it('draws at most 12 departments plus the rest, statuses that occur only', () => {
    const option = workItemStatusOption(summary) as {
      yAxis: { data: string[] };
      series: { name: string; data: (number | string)[] }[];
    };
    expect(option.yAxis.data).toHaveLength(13);
    expect(option.yAxis.data.at(-1)).toBe('各县（市、区）政府');
    expect(option.yAxis.data[0]).toMatch(/^其他 \d+ 个单位$/);
    expect(option.series.map((s) => s.name)).toEqual(['已完成', '序时推进', '滞后', '未填报']);
  });
});
