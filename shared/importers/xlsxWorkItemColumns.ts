import type { WorkItem } from '../domain/workItem';
import { leadDepartments, supportDepartments } from '../domain/workItem';

/** The columns of the 任务清单 sheet, in order (issue 13: one row per item). */
export const WORK_ITEM_COLUMNS = [
  '序号',
  '编号',
  '类型',
  '篇章',
  '节',
  '专栏',
  '分组',
  '标题',
  '内容',
  '牵头单位',
  '配合单位',
  '总投资（万元）',
  '年度计划投资（万元）',
  '开工年份',
  '完工年份',
] as const;

/** Name of a column. */
export type WorkItemColumn = (typeof WORK_ITEM_COLUMNS)[number];

/** Sheet names of the work-item template. */
export const WORK_ITEM_SHEETS = { items: '任务清单', meta: '清单信息' } as const;

/** The 模板格式 tag of the 清单信息 sheet and the template version this code writes. */
export const WORK_ITEM_TEMPLATE_FORMAT = '规划评估工作台任务清单模板';
export const WORK_ITEM_TEMPLATE_VERSION = 1;

/** Separator of departments in a cell, and of years in 年度计划投资 (「2021:500；2022:800」). */
export const LIST_SEPARATOR = '、';
export const ANNUAL_SEPARATOR = '；';

type CellValue = string | number | null;

/** One item as a row of the 任务清单 sheet. */
export function workItemRow(item: WorkItem, position: number): CellValue[] {
  const project = item.kind === '工程项目' ? item.project : null;
  const annual = project
    ? Object.entries(project.annualInvestment)
        .map(([year, amount]) => `${year}:${amount}`)
        .join(ANNUAL_SEPARATOR)
    : '';
  return [
    position,
    item.number,
    item.kind,
    item.place.part,
    item.place.section,
    item.place.box,
    item.place.group,
    item.title,
    item.text,
    leadDepartments(item).join(LIST_SEPARATOR),
    supportDepartments(item).join(LIST_SEPARATOR),
    project?.totalInvestment ?? null,
    annual,
    project?.startYear ?? null,
    project?.endYear ?? null,
  ];
}
