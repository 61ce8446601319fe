import { MEASURES, VALUE_STATUSES } from '../domain/actualValue';
import { DEFAULT_VALUE_STATUS } from '../domain/defaultValueStatus';
import type { ActualValue, Measure, ValueStatus } from '../domain/actualValue';
import type { IndicatorId } from '../domain/ids';
import type { ImportWarning } from '../domain/indicator';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { normaliseCellText } from '../parsing/normaliseCellText';
import { readValueStatus } from '../values/readValueStatus';
import { gridLocation } from './xlsxPlanSheetGrid';
import type { SheetGrid } from './xlsxPlanSheetGrid';
import { ACTUALS_HEADER, MEASURE_LABELS, WARNINGS_HEADER } from './xlsxPlanTemplateLayout';

/** The status of a value whose 数据状态 cell is blank: the one default of the app. */
const DEFAULT_STATUS: ValueStatus = DEFAULT_VALUE_STATUS;

/** Columns of a sheet found by the header texts of its first row. */
function headerColumns(grid: SheetGrid, header: readonly string[]): Result<number[]> {
  const top = (grid.rows[0] ?? []).map((text) => normaliseCellText(text).replace(/\s+/g, ''));
  const columns = header.map((label) => top.indexOf(label));
  const missing = header.filter((_, index) => columns[index] === -1);
  if (missing.length > 0) {
    return fail(`「${grid.sheet}」工作表缺少以下列：${missing.join('、')}`, gridLocation(grid, 0));
  }
  return ok(columns);
}

/**
 * Reads the 实际值 sheet: one actual value per row, its indicator named by the 序号 of the 指标表.
 * The year must be a four-digit year, the value a number, the status one of 预计数/快报数/年报数/核实数
 * (blank: 快报数), the measure one of MEASURE_LABELS (blank: 指标值).
 */
export function readTemplateActuals(
  grid: SheetGrid,
  idByOrder: ReadonlyMap<string, IndicatorId>,
): Result<ActualValue[]> {
  const found = headerColumns(grid, ACTUALS_HEADER);
  if (!found.ok) return found;
  const [order, , year, measure, value, status, source, note] = found.value as number[];
  const values: ActualValue[] = [];
  for (let row = 1; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row] ?? [];
    if (cells.every((text) => text.trim() === '')) continue;
    const cell = (column: number | undefined) => cells[column ?? -1] ?? '';
    const where = (column: number | undefined, name: string) =>
      gridLocation(grid, row, column, name);
    const indicatorId = idByOrder.get(cell(order).trim());
    if (!indicatorId) return fail('序号在「指标表」中不存在，无法对应到指标', where(order, '序号'));
    const yearText = cell(year).trim();
    if (!/^\d{4}$/.test(yearText)) return fail('年份应为四位数字（如 2020）', where(year, '年份'));
    const number = Number(cell(value).replace(/,/g, '').trim());
    if (cell(value).trim() === '' || !Number.isFinite(number)) {
      return fail('数值应为数字', where(value, '数值'));
    }
    const measureValue = readMeasure(cell(measure));
    if (!measureValue) {
      const labels = MEASURES.map((m) => MEASURE_LABELS[m]).join('、');
      return fail(`口径应为${labels}之一`, where(measure, '口径'));
    }
    const statusValue = readStatus(cell(status));
    if (!statusValue) {
      return fail(`数据状态应为${VALUE_STATUSES.join('、')}之一`, where(status, '数据状态'));
    }
    values.push({
      indicatorId,
      year: Number(yearText),
      measure: measureValue,
      value: number,
      status: statusValue,
      source: cell(source),
      note: cell(note),
    });
  }
  return ok(values);
}

function readMeasure(text: string): Measure | null {
  const compact = normaliseCellText(text).replace(/\s+/g, '');
  if (compact === '') return 'value';
  return (
    MEASURES.find(
      (measure) => measure === compact || normaliseCellText(MEASURE_LABELS[measure]) === compact,
    ) ?? null
  );
}

function readStatus(text: string): ValueStatus | null {
  const compact = text.trim();
  if (compact === '') return DEFAULT_STATUS;
  return readValueStatus(compact);
}

/**
 * Reads the 导入提示 sheet: the warnings kept with each indicator, by 序号. Rows naming no known
 * 序号 are ignored (the sheet is for review only). `「…」` around the cell text is removed.
 */
export function readTemplateWarnings(grid: SheetGrid): Result<Map<string, ImportWarning[]>> {
  const found = headerColumns(grid, WARNINGS_HEADER);
  if (!found.ok) return found;
  const [order, , message, line, column, cellText] = found.value as number[];
  const byOrder = new Map<string, ImportWarning[]>();
  for (let row = 1; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row] ?? [];
    const cell = (index: number | undefined) => cells[index ?? -1] ?? '';
    if (cell(message).trim() === '') continue;
    const lineNumber = Number(cell(line).trim());
    const quoted = /^「([\s\S]*)」$/.exec(cell(cellText));
    const warning: ImportWarning = {
      message: cell(message),
      ...(cell(line).trim() !== '' && Number.isInteger(lineNumber) ? { line: lineNumber } : {}),
      ...(cell(column) !== '' ? { column: cell(column) } : {}),
      ...(quoted
        ? { cellText: quoted[1] ?? '' }
        : cell(cellText) !== ''
          ? { cellText: cell(cellText) }
          : {}),
    };
    const key = cell(order).trim();
    byOrder.set(key, [...(byOrder.get(key) ?? []), warning]);
  }
  return ok(byOrder);
}
