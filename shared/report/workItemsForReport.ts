/**
 * The plan's stored work items and their progress, as the report counts them for one year (issue
 * 14, item 1): each item with the status reported for the year — the whole year's report, else
 * the half year's — or 未填报 when its department reported nothing for that year. A report of an
 * earlier year does not stand in for the report year: an old status read as this year's would
 * count an item as on schedule that nobody has reported on.
 */
import { leadDepartments, type WorkItem } from '../domain/workItem';
import type { WorkItemProgress } from '../domain/workItemProgress';
import type { ReportWorkItem } from './reportWorkItem';

/** The items in their order, each with the year's progress (or 未填报). */
export function workItemsForReport(
  items: readonly WorkItem[],
  progress: readonly WorkItemProgress[],
  year: number,
): ReportWorkItem[] {
  const ofYear = new Map<string, WorkItemProgress>();
  for (const record of progress) {
    if (record.year !== year) continue;
    const held = ofYear.get(record.itemId);
    if (!held || (held.span === '上半年' && record.span === '全年')) {
      ofYear.set(record.itemId, record);
    }
  }
  return items.map((item) => {
    const record = ofYear.get(item.id);
    const isProject = item.kind === '工程项目';
    return {
      itemId: item.id,
      kind: item.kind,
      number: item.number,
      title: item.title,
      area: areaName(item),
      leads: leadDepartments(item),
      status: record?.status ?? '未填报',
      plannedInvestment: isProject ? item.project.totalInvestment : null,
      investmentDone: isProject ? (record?.investmentDone ?? null) : null,
    };
  });
}

/** The 专栏 or, outside a box, the part without its ordinal: 「二、持续推进…」 reads 「持续推进…」. */
function areaName(item: WorkItem): string {
  if (item.place.box !== '') return item.place.box;
  return item.place.part.replace(
    /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[篇章部分]+\s*)/,
    '',
  );
}
