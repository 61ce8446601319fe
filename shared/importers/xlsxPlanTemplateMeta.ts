import type { PlanLevel, PlanTableKind } from '../domain/plan';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { normaliseCellText } from '../parsing/normaliseCellText';
import { TABLE_KIND_LABELS } from './xlsxPlanOptions';
import { gridLocation } from './xlsxPlanSheetGrid';
import type { SheetGrid } from './xlsxPlanSheetGrid';
import { META_LABELS, PLAN_TEMPLATE_FORMAT, PLAN_TEMPLATE_VERSION } from './xlsxPlanTemplateLayout';

/** What the 规划信息 sheet says about the plan. */
export type TemplateMeta = {
  readonly version: number;
  readonly name: string;
  readonly region: string;
  readonly level: PlanLevel;
  readonly periodLabel: string;
  readonly baseYear: number;
  readonly targetYear: number;
  readonly tableKind: PlanTableKind;
  readonly notes: readonly string[];
};

const LEVELS: readonly PlanLevel[] = ['国家', '省', '市', '区县', '其他'];
const NOTE_LABEL = /^注\s*\d*$/;

type Field = { readonly row: number; readonly text: string };

/**
 * Reads the 规划信息 sheet (column A labels, column B values). The format tag must be ours and the
 * version not newer than this program's; years must be four-digit years with the base before the
 * target; level and table kind must be known words. Each error names the row and the cell text.
 */
export function readTemplateMeta(grid: SheetGrid): Result<TemplateMeta> {
  const { fields, notes } = readFields(grid);
  const at = (field: Field) => gridLocation(grid, field.row, 1, '内容');
  const format = fields.get(META_LABELS.format);
  if (!format || format.text.trim() !== PLAN_TEMPLATE_FORMAT) {
    return fail(
      '「规划信息」工作表不是本工作台导出的规划模板（缺少或改动了「模板格式」一行）。请用「导出规划模板」得到的文件，或删除该工作表后按普通指标表导入',
      format ? at(format) : gridLocation(grid, 0),
    );
  }
  const version = readVersion(grid, fields);
  if (!version.ok) return version;
  const years = readYears(grid, fields);
  if (!years.ok) return years;
  const kind = readChoice(
    grid,
    fields,
    META_LABELS.tableKind,
    KIND_BY_LABEL,
    '「主要指标表」或「完成情况表」',
  );
  if (!kind.ok) return kind;
  const level = readChoice(
    grid,
    fields,
    META_LABELS.level,
    LEVEL_BY_LABEL,
    LEVELS.join('、'),
    '其他',
  );
  if (!level.ok) return level;
  const text = (label: string) => (fields.get(label)?.text ?? '').trim();
  return ok({
    version: version.value,
    name: text(META_LABELS.name) || '未命名规划',
    region: text(META_LABELS.region),
    level: level.value,
    periodLabel: text(META_LABELS.periodLabel),
    ...years.value,
    tableKind: kind.value,
    notes,
  });
}

/** Column A labels with their first row and column B text; 注 rows in order. */
function readFields(grid: SheetGrid): { fields: Map<string, Field>; notes: string[] } {
  const fields = new Map<string, Field>();
  const notes: string[] = [];
  grid.rows.forEach((cells, row) => {
    const label = normaliseCellText(cells[0] ?? '').replace(/\s+/g, '');
    const text = cells[1] ?? '';
    if (NOTE_LABEL.test(label)) {
      if (text.trim() !== '') notes.push(text);
    } else if (label !== '' && !fields.has(label)) fields.set(label, { row, text });
  });
  return { fields, notes };
}

const KIND_BY_LABEL: ReadonlyMap<string, PlanTableKind> = new Map([
  [TABLE_KIND_LABELS.main, 'main'],
  [TABLE_KIND_LABELS.completion, 'completion'],
  ['main', 'main'],
  ['completion', 'completion'],
]);

const LEVEL_BY_LABEL: ReadonlyMap<string, PlanLevel> = new Map(LEVELS.map((l) => [l, l]));

function readChoice<T>(
  grid: SheetGrid,
  fields: ReadonlyMap<string, Field>,
  label: string,
  choices: ReadonlyMap<string, T>,
  expected: string,
  fallback?: T,
): Result<T> {
  const field = fields.get(label);
  const text = (field?.text ?? '').trim();
  if (text === '' && fallback !== undefined) return ok(fallback);
  const value = choices.get(text);
  if (value !== undefined) return ok(value);
  return fail(
    field ? `「${label}」应为${expected}，不能是「${text}」` : `「规划信息」缺少「${label}」一行`,
    field ? gridLocation(grid, field.row, 1, '内容') : gridLocation(grid, 0),
  );
}

function readVersion(grid: SheetGrid, fields: ReadonlyMap<string, Field>): Result<number> {
  const field = fields.get(META_LABELS.version);
  const version = Number((field?.text ?? '').trim());
  if (!field || !Number.isInteger(version) || version < 1) {
    return fail(
      '「模板版本」应为正整数（如 1）',
      field ? gridLocation(grid, field.row, 1, '内容') : gridLocation(grid, 0),
    );
  }
  if (version > PLAN_TEMPLATE_VERSION) {
    return fail(
      `模板版本 ${version} 比本程序支持的版本 ${PLAN_TEMPLATE_VERSION} 新，请升级规划评估工作台后再导入`,
      gridLocation(grid, field.row, 1, '内容'),
    );
  }
  return ok(version);
}

function readYears(
  grid: SheetGrid,
  fields: ReadonlyMap<string, Field>,
): Result<{ baseYear: number; targetYear: number }> {
  const years: number[] = [];
  for (const label of [META_LABELS.baseYear, META_LABELS.targetYear]) {
    const field = fields.get(label);
    if (!field) return fail(`「规划信息」缺少「${label}」一行`, gridLocation(grid, 0));
    const text = normaliseCellText(field.text).replace(/年$/, '');
    const year = Number(text);
    if (!/^\d{4}$/.test(text) || year < 1949 || year > 2100) {
      return fail(
        `${label}「${field.text}」不是有效的年份，请填写四位数字年份（如 2020）`,
        gridLocation(grid, field.row, 1, '内容'),
      );
    }
    years.push(year);
  }
  const [baseYear = 0, targetYear = 0] = years;
  if (targetYear <= baseYear) {
    const field = fields.get(META_LABELS.targetYear) as Field;
    return fail(
      `目标年份 ${targetYear} 应晚于基期年份 ${baseYear}`,
      gridLocation(grid, field.row, 1, '内容'),
    );
  }
  return ok({ baseYear, targetYear });
}
