import { readFileSync } from 'node:fs';
import type { WorkItemBundle } from '../../shared/domain/workItemList';

/** A built-in work-item list as generated in seeds/ (004 tasks, the 专栏 items of 000 or 002). */
export function readWorkItemSeed(
  listId: 'seed-jdz-cjjjd-2021' | 'seed-jdz-14-boxes' | 'seed-fz-14-boxes',
): WorkItemBundle {
  return JSON.parse(readFileSync(`seeds/generated/work-${listId}.json`, 'utf8')) as WorkItemBundle;
}
