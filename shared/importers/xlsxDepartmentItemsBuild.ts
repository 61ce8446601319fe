import { isSameDepartment } from '../domain/departments';
import type { WorkItemListId } from '../domain/ids';
import { itemDepartments, leadDepartments, type WorkItem } from '../domain/workItem';
import type { WorkItemProgress, ProgressSpan } from '../domain/workItemProgress';
import { ITEM_PROGRESS_COLUMNS, periodLabel } from './xlsxDepartmentItemsLayout';

/** A list's items with the list's name, for the department workbook. */
export type DepartmentItemSource = {
  readonly listId: WorkItemListId;
  readonly listName: string;
  readonly items: readonly WorkItem[];
};

/** The items a department leads or supports, in list order; all items when no department. */
export function selectDepartmentItems(items: readonly WorkItem[], department: string): WorkItem[] {
  const name = department.trim();
  if (name === '') return [...items];
  return items.filter((item) => itemDepartments(item).some((d) => isSameDepartment(d, name)));
}

type CellValue = string | number | null;

/**
 * The rows of the 重点任务进展 sheet: title, instructions, header, then one row per item of the
 * department with the period's stored progress filled in (so a department corrects rather than
 * retypes). xlsxDepartmentWorkbookBuild writes and styles them.
 */
export function itemProgressRows(
  sources: readonly DepartmentItemSource[],
  progress: readonly WorkItemProgress[],
  period: { readonly year: number; readonly span: ProgressSpan },
  department: string,
): CellValue[][] {
  const stored = new Map(
    progress
      .filter((p) => p.year === period.year && p.span === period.span)
      .map((p) => [p.itemId as string, p]),
  );
  const label = periodLabel(period.year, period.span);
  const rows: CellValue[][] = [
    [null, `重点任务进展填报表（${department.trim() || '全部单位'}，${label}）`],
    [
      null,
      '请只填写标有「（填报）」的列；状态填：已完成、序时推进、滞后、未启动、已调整；完成进度填 0–100 的数字；不要修改 A 列和表头。',
    ],
    [...ITEM_PROGRESS_COLUMNS],
  ];
  for (const source of sources) {
    for (const item of selectDepartmentItems(source.items, department)) {
      const fixed = [
        item.id,
        source.listName,
        item.number,
        item.title,
        leadDepartments(item).join('、'),
        label,
      ];
      rows.push([...fixed, ...progressCells(stored.get(item.id))]);
    }
  }
  return rows;
}

function progressCells(found: WorkItemProgress | undefined): CellValue[] {
  if (!found) return [null, null, null, null, null, null];
  const text = (value: string) => (value === '' ? null : value);
  return [
    found.status,
    found.shareDone,
    found.investmentDone,
    text(found.text),
    text(found.source),
    text(found.reporter),
  ];
}
