import type { Worksheet } from 'exceljs';
import type { Indicator } from '../domain/indicator';
import type { OfficialAssessment, PlanBundle } from '../domain/planBundle';
import { TABLE_KIND_LABELS } from './xlsxPlanOptions';
import { DEPARTMENT_SEPARATOR, DIRECTION_LABELS } from './xlsxPlanRowExtras';
import {
  ACTUALS_HEADER,
  MEASURE_LABELS,
  META_LABELS,
  PLAN_TEMPLATE_FORMAT,
  PLAN_TEMPLATE_VERSION,
  WARNINGS_HEADER,
  templateHeader,
} from './xlsxPlanTemplateLayout';
import { stylePlanIndicatorSheet } from './xlsxPlanTemplateLook';
import { setColumnWidths, applyTemplateFont, writeRows } from './xlsxTemplateWorkbook';
import type { TemplateCellValue as CellValue, TemplateColumnWidth } from './xlsxTemplateWorkbook';

/** A merged area, 0-based and inclusive. */
type Range = { readonly s: { r: number; c: number }; readonly e: { r: number; c: number } };

/** Rows of the table start here (0-based): title row, then the two header rows. */
export const FIRST_DATA_ROW = 3;

/** The 指标表 sheet: title row, two-row header with merges, one row per indicator, notes below. */
export function writeIndicatorSheet(sheet: Worksheet, bundle: PlanBundle): void {
  const { plan } = bundle;
  const header = templateHeader(plan.tableKind, plan.baseYear, plan.targetYear);
  const width = header.top.length;
  const indicators = sortedIndicators(bundle);
  const assessments = new Map(bundle.officialAssessments.map((item) => [item.indicatorId, item]));
  const body = indicators.map((indicator, index) =>
    indicatorRow(indicator, index + 1, plan.tableKind, assessments.get(indicator.id)),
  );
  blankRepeatedCategories(body);
  const notes = plan.notes.map((note, index) => [
    `${index === 0 ? '注：' : ''}${index + 1}. ${note}`,
  ]);
  // Texts under a merge are left blank; the styling gives every cell of the table its border.
  const top = header.top.map((text, column) => (isGroupTail(header.groups, column) ? '' : text));
  const bottom = header.bottom.map((text, column) => (header.top[column] === text ? '' : text));
  writeRows(sheet, 1, [[tableTitle(bundle)], top, bottom, ...body, ...notes]);
  const merges: Range[] = [range(0, 0, 0, width - 1)];
  header.top.forEach((text, column) => {
    if (header.bottom[column] === text) merges.push(range(1, column, 2, column));
  });
  for (const [first, last] of header.groups) merges.push(range(1, first, 1, last));
  merges.push(...categoryMerges(indicators));
  const notesStart = FIRST_DATA_ROW + body.length;
  notes.forEach((_, index) =>
    merges.push(range(notesStart + index, 0, notesStart + index, width - 1)),
  );
  setColumnWidths(sheet, columnWidths([[...header.bottom], ...body]));
  stylePlanIndicatorSheet(sheet, {
    labels: header.bottom,
    lastTableRow: FIRST_DATA_ROW + body.length,
    noteCount: notes.length,
  });
  // Merged last: exceljs gives a merged area's hidden cells the look of its first cell.
  for (const { s, e } of merges) sheet.mergeCells(s.r + 1, s.c + 1, e.r + 1, e.c + 1);
}

function isGroupTail(groups: readonly (readonly [number, number])[], column: number): boolean {
  return groups.some(([first, last]) => column > first && column <= last);
}

/** Indicators in table order (by `order`, stable). */
export function sortedIndicators(bundle: PlanBundle): Indicator[] {
  return [...bundle.indicators].sort((a, b) => a.order - b.order);
}

/** The name cell with its unit in full-width parentheses; `（）` keeps a trailing `(…)` in the name. */
export function rawNameOf(indicator: Pick<Indicator, 'name' | 'unit'>): string {
  if (indicator.unit !== '') return `${indicator.name}（${indicator.unit}）`;
  return /[)）]$/.test(indicator.name) ? `${indicator.name}（）` : indicator.name;
}

function indicatorRow(
  indicator: Indicator,
  position: number,
  kind: PlanBundle['plan']['tableKind'],
  assessment: OfficialAssessment | undefined,
): CellValue[] {
  const values =
    kind === 'main'
      ? [indicator.baseRaw, indicator.targetRaw, indicator.growthRaw]
      : [
          indicator.baseRaw,
          assessment?.actualRaw ?? '',
          indicator.targetRaw,
          assessment?.actualGrowthRaw ?? '',
          indicator.growthRaw,
        ];
  return [
    position,
    indicator.category === '' ? null : indicator.category,
    rawNameOf(indicator),
    ...values.map(valueCell),
    ...(kind === 'main' ? [] : [textCell(assessment?.verdictRaw ?? '')]),
    indicator.attribute,
    DIRECTION_LABELS[indicator.direction],
    textCell(indicator.departments.join(DEPARTMENT_SEPARATOR)),
    textCell(indicator.remarks),
  ];
}

/** A raw plan text: a plain number (at most 15 digits, written as Excel would) becomes a number cell. */
function valueCell(text: string): CellValue {
  if (text === '') return null;
  const isPlain =
    /^-?\d+(\.\d+)?$/.test(text) && text.replace(/\D/g, '').replace(/^0+/, '').length <= 15;
  return isPlain && String(Number(text)) === text ? Number(text) : text;
}

function textCell(text: string): CellValue {
  return text === '' ? null : text;
}

function tableTitle(bundle: PlanBundle): string {
  const { plan } = bundle;
  if (plan.tableKind === 'main') return `${plan.name}主要指标`;
  return plan.name.includes('完成情况') ? plan.name : `${plan.name}主要指标完成情况`;
}

/** Leaves the category only on the first row of each run: the run is merged down. */
function blankRepeatedCategories(body: CellValue[][]): void {
  for (let index = body.length - 1; index > 0; index -= 1) {
    const row = body[index] as CellValue[];
    if (row[1] !== null && row[1] === (body[index - 1] as CellValue[])[1]) row[1] = null;
  }
}

function categoryMerges(indicators: readonly Indicator[]): Range[] {
  const merges: Range[] = [];
  let start = 0;
  for (let index = 1; index <= indicators.length; index += 1) {
    const category = indicators[start]?.category ?? '';
    if (index < indicators.length && indicators[index]?.category === category) continue;
    if (category !== '' && index - 1 > start) {
      merges.push(range(FIRST_DATA_ROW + start, 1, FIRST_DATA_ROW + index - 1, 1));
    }
    start = index;
  }
  return merges;
}

/** The 规划信息 sheet: one labelled row per plan field, then one row per note. */
export function writeMetaSheet(sheet: Worksheet, bundle: PlanBundle): void {
  const { plan } = bundle;
  writeRows(sheet, 1, [
    ['项目', '内容'],
    [META_LABELS.format, PLAN_TEMPLATE_FORMAT],
    [META_LABELS.version, PLAN_TEMPLATE_VERSION],
    [META_LABELS.name, plan.name],
    [META_LABELS.region, textCell(plan.region)],
    [META_LABELS.level, plan.level],
    [META_LABELS.periodLabel, plan.periodLabel],
    [META_LABELS.baseYear, plan.baseYear],
    [META_LABELS.targetYear, plan.targetYear],
    [META_LABELS.tableKind, TABLE_KIND_LABELS[plan.tableKind]],
    ...plan.notes.map((note, index) => [`${META_LABELS.note}${index + 1}`, note]),
  ]);
  setColumnWidths(sheet, [{ width: 12 }, { width: 80 }]);
  applyTemplateFont(sheet);
}

/** The 实际值 sheet: every actual value of the bundle, its indicator named by 序号. */
export function writeActualsSheet(sheet: Worksheet, bundle: PlanBundle): void {
  const positions = positionsById(bundle);
  const rows: CellValue[][] = [ACTUALS_HEADER];
  for (const actual of bundle.actualValues) {
    const found = positions.get(actual.indicatorId);
    if (!found) continue;
    rows.push([
      found.position,
      found.indicator.name,
      actual.year,
      MEASURE_LABELS[actual.measure],
      actual.value,
      actual.status,
      textCell(actual.source),
      textCell(actual.note),
    ]);
  }
  writeRows(sheet, 1, rows);
  setColumnWidths(sheet, columnWidths(rows));
  applyTemplateFont(sheet);
}

/**
 * The 导入提示 sheet: the importer's warnings kept with the plan so the evaluator can still review
 * them. The cell text is quoted in 「」 so an empty cell text differs from none.
 */
export function writeWarningsSheet(sheet: Worksheet, bundle: PlanBundle): void {
  const rows: CellValue[][] = [WARNINGS_HEADER];
  sortedIndicators(bundle).forEach((indicator, index) => {
    for (const warning of indicator.warnings) {
      rows.push([
        index + 1,
        indicator.name,
        warning.message,
        warning.line ?? null,
        textCell(warning.column ?? ''),
        warning.cellText === undefined ? null : `「${warning.cellText}」`,
      ]);
    }
  });
  writeRows(sheet, 1, rows);
  setColumnWidths(sheet, columnWidths(rows));
  applyTemplateFont(sheet);
}

function positionsById(bundle: PlanBundle) {
  return new Map(
    sortedIndicators(bundle).map((indicator, index) => [
      indicator.id,
      { position: index + 1, indicator },
    ]),
  );
}

function range(r1: number, c1: number, r2: number, c2: number): Range {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

/** Column widths that fit Chinese text: a CJK character counts two, clamped to 6–50. */
function columnWidths(rows: readonly (readonly CellValue[])[]): TemplateColumnWidth[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, column) => {
      const text = value === null ? '' : String(value);
      widths[column] = Math.max(widths[column] ?? 6, displayWidth(text) + 2);
    });
  }
  return widths.map((width) => ({ width: Math.min(width, 50) }));
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffef]/.test(char) ? 2 : 1;
  return width;
}
