import type { WorkItemLayout } from '../shared/importers/tasks/importWorkItemsFromText';
import type { WorkItemImportOptions } from '../shared/importers/tasks/workItemImportOptions';

/** One built-in work-item list: where its excerpt comes from and how to import it. */
export type WorkItemSeedEntry = {
  /** Seed key, also the excerpt's file name (`seeds/excerpts/<key>.txt`). */
  readonly key: string;
  readonly sourceDoc: string;
  readonly sourceLines: readonly (readonly [number, number])[];
  readonly layout: WorkItemLayout;
  readonly options: WorkItemImportOptions & { readonly listId: string; readonly name: string };
};

/**
 * The built-in work items (issue 13): 004's 25 tasks, and the 专栏 items of the 景德镇 (000) and
 * 抚州 (002) plans, each linked to its city's 14th-plan seed so department workbooks carry both.
 */
export const WORK_ITEM_SEED_MANIFEST: readonly WorkItemSeedEntry[] = [
  {
    key: 'jdz-cjjjd-2021',
    sourceDoc: '004_fac2628270a00fab.txt',
    sourceLines: [[1, 420]],
    layout: 'taskList',
    options: {
      listId: 'seed-jdz-cjjjd-2021',
      name: '2021年景德镇市推进长江经济带发展工作要点',
      region: '景德镇市',
      planId: 'seed-jdz-14',
      startYear: 2021,
      endYear: 2021,
      origin: { type: 'builtin', seedKey: 'jdz-cjjjd-2021' },
    },
  },
  {
    key: 'jdz-14-boxes',
    sourceDoc: '000_fcb2957cab32a824.txt',
    // 第二篇 (the first box's chapter) to the end of 专栏 27.
    sourceLines: [[1017, 4990]],
    layout: 'boxes',
    options: {
      listId: 'seed-jdz-14-boxes',
      name: '景德镇市“十四五”规划纲要专栏重大工程',
      region: '景德镇市',
      planId: 'seed-jdz-14',
      startYear: 2021,
      endYear: 2025,
      origin: { type: 'builtin', seedKey: 'jdz-14-boxes' },
    },
  },
  {
    key: 'fz-14-boxes',
    sourceDoc: '002_641d90f13b9fbec7.txt',
    // 第二篇 (the first box's chapter) to the end of 专栏 25.
    sourceLines: [[451, 2405]],
    layout: 'boxes',
    options: {
      listId: 'seed-fz-14-boxes',
      name: '抚州市“十四五”规划纲要专栏重大工程',
      region: '抚州市',
      planId: 'seed-fz-14',
      startYear: 2021,
      endYear: 2025,
      origin: { type: 'builtin', seedKey: 'fz-14-boxes' },
    },
  },
];
