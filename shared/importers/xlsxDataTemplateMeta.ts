import type * as XLSX from 'xlsx';
import type { Plan } from '../domain/plan';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import {
  DATA_TEMPLATE_FORMAT,
  DATA_TEMPLATE_VERSION,
  META_KEYS,
  META_SHEET_NAME,
} from './xlsxDataTemplateLayout';
import { parseCutOff, templateShape } from './xlsxDataTemplateShape';
import type { TemplateCutOff, TemplateShape } from './xlsxDataTemplateShape';
import { cellText, getSheet, sheetRange } from './xlsxSheetAccess';

/** What the hidden 模板信息 sheet says about the template. */
export type TemplateMeta = {
  readonly version: 1 | 2;
  readonly planId: string;
  readonly planName: string;
  readonly baseYear: number;
  /** '' for the all-indicator template. */
  readonly department: string;
  readonly years: readonly number[];
  /** Ids of the indicator rows as exported, to notice deleted rows. */
  readonly indicatorIds: readonly string[];
  /** Which column holds what, for this version, years and cut-off. */
  readonly shape: TemplateShape;
};

const MAX_META_ROWS = 20000;

/**
 * Reads and checks the 模板信息 sheet: our format, not newer than this app, and written for
 * `plan` (a template from another plan is refused, naming both plans).
 */
export function readTemplateMeta(
  workbook: XLSX.WorkBook,
  fileName: string,
  plan: Pick<Plan, 'id' | 'name'>,
): Result<TemplateMeta> {
  const where: SourceLocation = { file: fileName, sheet: META_SHEET_NAME };
  const sheet = getSheet(workbook, META_SHEET_NAME);
  if (!sheet) {
    return fail(
      `不是本工作台导出的数据填报模板（缺少「${META_SHEET_NAME}」工作表）。请先导出填报模板，填写后再导入`,
      { file: fileName },
    );
  }
  const { values, indicatorIds } = readPairs(sheet);
  if (values.get(META_KEYS.format) !== DATA_TEMPLATE_FORMAT) {
    return fail('「模板信息」工作表内容不对，不是本工作台导出的数据填报模板', where);
  }
  const read = readVersion(values.get(META_KEYS.version), where);
  if (!read.ok) return read;
  const version = read.value;
  const planId = values.get(META_KEYS.planId) ?? '';
  const planName = values.get(META_KEYS.planName) ?? '';
  if (planId !== plan.id) {
    return fail(
      `该模板属于规划「${planName || '未知'}」（编号 ${planId || '缺失'}），不是当前规划「${plan.name}」（编号 ${plan.id}）。请使用从当前规划导出的模板`,
      where,
    );
  }
  const baseYear = Number(values.get(META_KEYS.baseYear));
  const years = parseYears(values.get(META_KEYS.years) ?? '');
  if (!Number.isInteger(baseYear) || years === null) {
    return fail('「模板信息」工作表中的基期年份或填报年份缺失或被修改，无法读取模板', where);
  }
  const cutOff = readCutOff(version, values.get(META_KEYS.cutOff) ?? '', years);
  if (cutOff === undefined) {
    return fail('「模板信息」工作表中的年内分期（如「2023年上半年」）被修改，无法读取模板', where);
  }
  const department = values.get(META_KEYS.department) ?? '';
  const shape = templateShape(version, baseYear, years, cutOff);
  return ok({
    version,
    planId,
    planName,
    baseYear,
    department,
    years,
    indicatorIds,
    shape,
  });
}

/** The format version: 1 or 2; a newer one is refused with the way out. */
function readVersion(text: string | undefined, where: SourceLocation): Result<1 | 2> {
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1) {
    return fail('「模板信息」工作表中的模板格式版本缺失或被修改，无法确认模板格式', where);
  }
  if (version > DATA_TEMPLATE_VERSION) {
    return fail(
      `该模板由新版本的规划评估工作台生成（模板格式第 ${version} 版，本程序只支持到第 ${DATA_TEMPLATE_VERSION} 版），请安装新版本后再导入`,
      where,
    );
  }
  return ok(version === 1 ? 1 : 2);
}

/** Version 1 has no part-year block; undefined when edited or outside the template's years. */
function readCutOff(
  version: number,
  text: string,
  years: readonly number[],
): TemplateCutOff | null | undefined {
  if (version === 1) return null;
  const cutOff = parseCutOff(text);
  return cutOff && !years.includes(cutOff.year) ? undefined : cutOff;
}

function readPairs(sheet: XLSX.WorkSheet): { values: Map<string, string>; indicatorIds: string[] } {
  const values = new Map<string, string>();
  const indicatorIds: string[] = [];
  const range = sheetRange(sheet);
  const lastRow = range ? Math.min(range.e.r, MAX_META_ROWS) : -1;
  for (let row = 0; row <= lastRow; row += 1) {
    const key = cellText(sheet, row, 0).trim();
    const value = cellText(sheet, row, 1).trim();
    if (key === META_KEYS.indicatorId) indicatorIds.push(value);
    else if (key !== '' && !values.has(key)) values.set(key, value);
  }
  return { values, indicatorIds };
}

/** `2021,2022,2023` → [2021, 2022, 2023]; null when any part is not a year. */
function parseYears(text: string): number[] | null {
  if (text === '') return null;
  const years = text.split(',').map((part) => Number(part.trim()));
  return years.every((year) => Number.isInteger(year) && year > 1900 && year < 2200) ? years : null;
}
