import { VALUE_STATUSES } from '../domain/actualValue';
import type { ValueStatus } from '../domain/actualValue';
import { parseValueInput } from '../values/parseValueInput';
import { readValueStatus } from '../values/readValueStatus';
import type { TemplateInputCell } from './xlsxDataTemplateSheet';

/** What a value cell holds: nothing, a number, or something that is not a number (with why). */
export type ValueCellReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly reason: string };

/** What a status cell holds: nothing, one of the four statuses, or something else (with why). */
export type StatusCellReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'status'; readonly status: ValueStatus }
  | { readonly kind: 'invalid'; readonly reason: string };

/**
 * Reads a value cell. Numbers typed in Excel arrive as numbers; text cells go through
 * parseValueInput (full-width digits, 1,234.5, 12%); booleans, dates and error values are invalid.
 */
export function readValueCell(input: TemplateInputCell): ValueCellReading {
  const cell = input.cell;
  if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return { kind: 'empty' };
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (!Number.isFinite(cell.v))
      return { kind: 'invalid', reason: `「${input.text}」不是有效数值` };
    return { kind: 'number', value: isPercentFormatted(input.text) ? fromPercent(cell.v) : cell.v };
  }
  if (cell.t === 's') {
    const parsed = parseValueInput(String(cell.v));
    if (!parsed.ok) return { kind: 'invalid', reason: parsed.error.message };
    return parsed.value.kind === 'clear'
      ? { kind: 'empty' }
      : { kind: 'number', value: parsed.value.value };
  }
  if (cell.t === 'e') {
    return { kind: 'invalid', reason: `单元格是错误值「${input.text}」，请填写数字` };
  }
  return {
    kind: 'invalid',
    reason: `「${input.text}」不是数值：请只填写数字，可带千分位逗号或百分号`,
  };
}

/**
 * Excel stores 8.5% typed into a cell as 0.085 shown with a % format; the unit lives in the
 * indicator name, so the user meant 8.5.
 */
function isPercentFormatted(shown: string): boolean {
  return shown.trim().endsWith('%');
}

/** 0.085 → 8.5 without binary noise (0.085 * 100 is 8.500000000000002). */
function fromPercent(value: number): number {
  return Number((value * 100).toPrecision(15));
}

const EXACT_STATUS: ReadonlyMap<string, StatusCellReading> = new Map(
  VALUE_STATUSES.map((status) => [status, { kind: 'status', status }] as const),
);

/**
 * Reads a status cell: blank, or one of 预计数 / 快报数 / 年报数 / 核实数, also written short
 * (年报 for 年报数; readValueStatus).
 */
export function readStatusCell(input: TemplateInputCell): StatusCellReading {
  // A status written exactly as the template's list offers it (nearly every cell) needs no regex.
  const exact = EXACT_STATUS.get(input.text);
  if (exact) return exact;
  if (input.text.replace(/[\s\u3000]+/g, '') === '') return { kind: 'empty' };
  const status = readValueStatus(input.text);
  if (status) return { kind: 'status', status };
  return {
    kind: 'invalid',
    reason: `状态「${input.text.trim()}」无效：只能填写 ${VALUE_STATUSES.join('、')} 之一，或留空`,
  };
}
