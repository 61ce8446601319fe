import type { ImportWarning } from '../domain/indicator';
import { isGrowthRateName } from '../parsing/indicatorNameTraits';
import { parseCell } from '../parsing/parseCell';

const GROWTH_TEXT = /保持稳定|持续稳定|^稳定$|下降|提高|实现|截至/;

/** Where a row's cells were placed, with a warning for every cell placed by guess. */
export type CellAssignment = {
  readonly cells: readonly string[];
  readonly warnings: readonly ImportWarning[];
};

/**
 * Places a row's value cells into the table's columns. With the expected number of cells they go
 * in order. When some are missing (001 drops empty cells; 000 loses merged cells), cells that read
 * as growth (`7 左右`, `[2.2]`, `保持稳定`) go right into the growth columns, qualitative text
 * into the target column, an empty `[ ]` (or `[x]` of a 增速 indicator) into the base column, and
 * the rest left to right. Each guessed placement gets an ImportWarning naming the cell.
 */
export function assignCells(
  values: readonly string[],
  columns: readonly string[],
  context: { readonly name: string; readonly line: number },
): CellAssignment {
  if (values.length === columns.length) return { cells: values, warnings: [] };
  if (values.length > columns.length) return tooManyCells(values, columns, context);
  const growthSlots = columns.length === 3 ? 1 : 2;
  const firstGrowth = columns.length - growthSlots;
  const slots: string[] = columns.map(() => '');
  const preferred = values.map((value, index) =>
    preferredSlot(value, index, context.name, firstGrowth),
  );
  let trailing = 0;
  while (trailing < growthSlots && preferred[values.length - 1 - trailing] === 'growth')
    trailing += 1;
  let next = 0;
  values.forEach((value, index) => {
    const isTrailingGrowth = index >= values.length - trailing;
    const want = preferred[index];
    let slot = isTrailingGrowth ? columns.length - (values.length - index) : next;
    if (!isTrailingGrowth && want === 'target' && slot <= firstGrowth - 1) slot = firstGrowth - 1;
    slot = Math.max(slot, next);
    if (slot < slots.length) slots[slot] = value;
    next = slot + 1;
  });
  return { cells: slots, warnings: placementWarnings(values, slots, columns, context) };
}

function preferredSlot(value: string, index: number, name: string, firstGrowth: number) {
  const cell = parseCell(value);
  if (cell.type === 'bracket' && (cell.range === null || (index === 0 && isGrowthRateName(name)))) {
    return 'base';
  }
  if (cell.type === 'bracket') return 'growth';
  if (cell.type === 'number' && cell.number.qualifier !== 'exact') return 'growth';
  if (cell.type === 'text') return GROWTH_TEXT.test(cell.text) ? 'growth' : 'target';
  return firstGrowth > 0 ? 'level' : 'growth';
}

function placementWarnings(
  values: readonly string[],
  slots: readonly string[],
  columns: readonly string[],
  context: { readonly name: string; readonly line: number },
): ImportWarning[] {
  const placed = slots.flatMap((cell, index) =>
    cell === ''
      ? []
      : [{ message: '', line: context.line, column: columns[index], cellText: cell }],
  );
  const missing = columns.filter((_, index) => slots[index] === '').join('、');
  if (values.length === 0) {
    return [
      { message: `「${context.name}」行没有数值单元格，${missing}均视为空`, line: context.line },
    ];
  }
  return placed.map((warning) => ({
    ...warning,
    message: `「${context.name}」行只有 ${values.length} 个数值单元格（应有 ${columns.length} 个），按内容推断「${warning.cellText}」属于「${warning.column}」列，${missing}视为空，请核对原表`,
  }));
}

function tooManyCells(
  values: readonly string[],
  columns: readonly string[],
  context: { readonly name: string; readonly line: number },
): CellAssignment {
  const extra = values.slice(columns.length).join(' ');
  return {
    cells: values.slice(0, columns.length),
    warnings: [
      {
        message: `「${context.name}」行有 ${values.length} 个数值单元格（应有 ${columns.length} 个），多出的「${extra}」已忽略，请核对原表`,
        line: context.line,
        cellText: extra,
      },
    ],
  };
}
