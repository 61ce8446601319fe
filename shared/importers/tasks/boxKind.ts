import { asPlanId, type WorkItemListId } from '../../domain/ids';
import type { WorkItemKind } from '../../domain/workItem';
import type { WorkItemList } from '../../domain/workItemList';
import type { WorkItemImportOptions } from './workItemImportOptions';

/**
 * The kind of a 专栏's items, read from its title: 「…改革…」 boxes hold reforms; 「…任务」
 * 「…行动计划」「…导向」「…专项规划」 boxes hold tasks; the rest (「…工程」「…项目」) projects.
 */
export function boxKind(title: string): WorkItemKind {
  if (/改革/.test(title)) return '改革举措';
  if (/任务|行动|导向|方向|规划|计划/.test(title)) return '任务';
  return '工程项目';
}

/** The list of a plan's 专栏 items (default years 2021–2025, the 十四五 period). */
export function boxListOf(listId: WorkItemListId, options: WorkItemImportOptions): WorkItemList {
  return {
    id: listId,
    name: options.name ?? '规划专栏重大工程项目',
    region: options.region ?? '',
    planId: options.planId ? asPlanId(options.planId) : null,
    startYear: options.startYear ?? 2021,
    endYear: options.endYear ?? 2025,
    origin: options.origin ?? { type: 'pasted' },
  };
}
