import * as XLSX from 'xlsx';
import { asPlanId, asWorkItemListId } from '../domain/ids';
import type { WorkItem } from '../domain/workItem';
import type { WorkItemBundle, WorkItemList } from '../domain/workItemList';
import { fail, ok, type Result } from '../lib/result';
import type { WorkItemImportOptions } from './tasks/workItemImportOptions';
import { openWorkbook } from './xlsxOpenWorkbook';
import { PLAN_OPEN_OPTIONS } from './xlsxPlanOptions';
import { readSheetGrid } from './xlsxPlanSheetGrid';
import { getSheet } from './xlsxSheetAccess';
import {
  WORK_ITEM_COLUMNS,
  WORK_ITEM_SHEETS,
  WORK_ITEM_TEMPLATE_FORMAT,
  WORK_ITEM_TEMPLATE_VERSION,
  workItemRow,
} from './xlsxWorkItemColumns';
import { checkItemHeader, readItemRows } from './xlsxWorkItemSheet';

const META = {
  format: '模板格式',
  version: '模板版本',
  name: '清单名称',
  region: '地区',
  planId: '所属规划编号',
  startYear: '起始年份',
  endYear: '结束年份',
} as const;

/** The 任务清单 sheet: header row, one row per item in list order. */
export function buildItemSheet(items: readonly WorkItem[]): XLSX.WorkSheet {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const sheet = XLSX.utils.aoa_to_sheet([
    [...WORK_ITEM_COLUMNS],
    ...sorted.map((item, index) => workItemRow(item, index + 1).map((v) => v ?? '')),
  ]);
  sheet['!cols'] = WORK_ITEM_COLUMNS.map((name) => ({
    wch: name === '内容' ? 60 : name === '标题' || name.endsWith('单位') ? 30 : 12,
  }));
  return sheet;
}

/**
 * Exports a work-item list as our template (issue 13): 任务清单 (one row per item, the columns of
 * WORK_ITEM_COLUMNS) and 清单信息 (list fields and the template version). Importing it again with the
 * same list id gives back the same bundle, except `origin`, which becomes the file.
 */
export function exportWorkItemTemplate(bundle: WorkItemBundle): Uint8Array {
  const { list } = bundle;
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, buildItemSheet(bundle.items), WORK_ITEM_SHEETS.items);
  const meta = XLSX.utils.aoa_to_sheet([
    ['项目', '内容'],
    [META.format, WORK_ITEM_TEMPLATE_FORMAT],
    [META.version, WORK_ITEM_TEMPLATE_VERSION],
    [META.name, list.name],
    [META.region, list.region],
    [META.planId, list.planId ?? ''],
    [META.startYear, list.startYear],
    [META.endYear, list.endYear],
  ]);
  meta['!cols'] = [{ wch: 14 }, { wch: 60 }];
  XLSX.utils.book_append_sheet(workbook, meta, WORK_ITEM_SHEETS.meta);
  const written: unknown = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  return new Uint8Array(written as ArrayBuffer);
}

/**
 * Imports a filled work-item template. The 任务清单 header must be exactly ours (a changed column is
 * refused naming the cell), each row is checked cell by cell, and nothing is returned unless every
 * row reads. Never throws.
 */
export function importWorkItemWorkbook(
  bytes: Uint8Array,
  options: WorkItemImportOptions,
): Result<WorkItemBundle> {
  const file = options.fileName ?? '任务清单.xlsx';
  const workbook = openWorkbook(bytes, file, PLAN_OPEN_OPTIONS);
  if (!workbook.ok) return workbook;
  const sheet = getSheet(workbook.value, WORK_ITEM_SHEETS.items);
  if (!sheet) return fail(`不是任务清单模板：缺少「${WORK_ITEM_SHEETS.items}」工作表`, { file });
  const grid = readSheetGrid(sheet, file, WORK_ITEM_SHEETS.items);
  if (!grid.ok) return grid;
  const header = checkItemHeader(grid.value, 0);
  if (!header.ok) return header;
  const listId = asWorkItemListId(options.listId);
  const items = readItemRows(grid.value, 1, listId);
  if (!items.ok) return items;
  if (items.value.length === 0) {
    return fail('「任务清单」中没有任何任务：表头下方应每行一项', {
      file,
      sheet: WORK_ITEM_SHEETS.items,
      line: 2,
    });
  }
  const list = readList(workbook.value, file, options);
  return list.ok ? ok({ list: list.value, items: items.value }) : list;
}

function readList(
  workbook: XLSX.WorkBook,
  file: string,
  options: WorkItemImportOptions,
): Result<WorkItemList> {
  const fields = readMetaFields(workbook, file);
  const field = (label: string) => fields.get(label) ?? '';
  const year = (label: string, fallback: number) =>
    /^(19|20)\d{2}$/.test(field(label)) ? Number(field(label)) : fallback;
  const version = Number(field(META.version) || '1');
  if (version > WORK_ITEM_TEMPLATE_VERSION) {
    return fail(
      `该模板为第 ${version} 版，本程序只支持到第 ${WORK_ITEM_TEMPLATE_VERSION} 版，请升级后再导入`,
      { file, sheet: WORK_ITEM_SHEETS.meta },
    );
  }
  const planId = options.planId ?? (field(META.planId) || null);
  const startYear = options.startYear ?? year(META.startYear, 2021);
  return ok({
    id: asWorkItemListId(options.listId),
    name: options.name ?? (field(META.name) || file.replace(/\.xlsx$/i, '')),
    region: options.region ?? field(META.region),
    planId: planId ? asPlanId(planId) : null,
    startYear,
    endYear: options.endYear ?? Math.max(startYear, year(META.endYear, 2025)),
    origin: options.origin ?? { type: 'file', fileName: file },
  });
}

/** The 清单信息 sheet's label → value pairs (empty when the sheet is missing). */
function readMetaFields(workbook: XLSX.WorkBook, file: string): Map<string, string> {
  const fields = new Map<string, string>();
  const sheet = getSheet(workbook, WORK_ITEM_SHEETS.meta);
  const grid = sheet ? readSheetGrid(sheet, file, WORK_ITEM_SHEETS.meta) : null;
  if (!grid?.ok) return fields;
  for (const row of grid.value.rows) fields.set((row[0] ?? '').trim(), (row[1] ?? '').trim());
  return fields;
}
