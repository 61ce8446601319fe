import type { ImportWarning } from '../domain/indicator';
import type { PlanTableKind } from '../domain/plan';
import { isVerdictText } from './completionVerdicts';
import { COMPLETION_COLUMNS, MAIN_COLUMNS } from './rawTable';
import type { HeaderInfo, NumberedLine, RawRow } from './rawTable';
import { isHeaderLine } from './tableHeader';
import { nextCategory } from './tabCategory';

const ATTRIBUTE = /^(预期性|约束性)$/;

type TabState = {
  category: string;
  group: string;
  rows: RawRow[];
  /** The last line skipped was a repeated header: the next category cell may be a cut piece. */
  isAfterPageBreak: boolean;
};

/**
 * Parses the body of a 002-layout table (tab-separated). The category stands only on the first row
 * of its group; headers repeat after page breaks (002 lines 305, 325, 339) and are skipped; broken
 * category labels (`级`, `生态文` + `明`, 002 lines 307, 320, 327) are mended by `nextCategory`;
 * a row without attribute or verdict is the continuation of the row before it (002 line 327:
 * `量(立方米)` … `(可比价)`). Rows with a sub-group column (`森林发展`, 002 line 331) keep the
 * sub-group before the name.
 */
export function parseTabTable(
  lines: readonly NumberedLine[],
  kind: PlanTableKind,
  header: HeaderInfo,
): RawRow[] {
  const state: TabState = { category: '', group: '', rows: [], isAfterPageBreak: false };
  for (const line of lines) {
    const cells = line.text.split('\t').map((cell) => cell.trim());
    if (cells.every((cell) => cell === '')) continue;
    if (isHeaderLine(cells.join(' '))) {
      state.isAfterPageBreak = state.rows.length > 0;
      continue;
    }
    const anchor = findAnchor(cells, kind, header);
    if (anchor === null) {
      continueRow(state, cells, line.line);
    } else {
      state.rows.push(buildTabRow(state, cells, anchor, kind, line.line));
    }
    state.isAfterPageBreak = false;
  }
  return state.rows;
}

type Anchor = { readonly valuesEnd: number; readonly attribute: string; readonly verdict: string };

function findAnchor(
  cells: readonly string[],
  kind: PlanTableKind,
  header: HeaderInfo,
): Anchor | null {
  if (kind === 'completion' && header.hasVerdict) {
    const verdictAt = findLastIndex(cells, isVerdictText);
    if (verdictAt < 0) return null;
    const before = cells[verdictAt - 1] ?? '';
    if (ATTRIBUTE.test(before) || before === '') {
      return { valuesEnd: verdictAt - 1, attribute: before, verdict: cells[verdictAt] ?? '' };
    }
    return { valuesEnd: verdictAt, attribute: '', verdict: cells[verdictAt] ?? '' };
  }
  const attributeAt = findLastIndex(cells, (cell) => ATTRIBUTE.test(cell));
  if (attributeAt < 0) return null;
  return { valuesEnd: attributeAt, attribute: cells[attributeAt] ?? '', verdict: '' };
}

function buildTabRow(
  state: TabState,
  cells: readonly string[],
  anchor: Anchor,
  kind: PlanTableKind,
  line: number,
): RawRow {
  const columns = kind === 'main' ? MAIN_COLUMNS : COMPLETION_COLUMNS;
  const valuesStart = anchor.valuesEnd - columns.length;
  const values = cells.slice(Math.max(valuesStart, 0), anchor.valuesEnd);
  let nameAt = valuesStart - 1;
  while (nameAt > 0 && (cells[nameAt] ?? '') === '') nameAt -= 1;
  const leading = cells.slice(0, Math.max(nameAt, 0));
  if (nameAt >= 1) setCategory(state, leading[0] ?? '');
  const hasGroupColumn = nameAt >= 2;
  if (hasGroupColumn && (leading[1] ?? '') !== '')
    state.group = (leading[1] ?? '').replace(/\(%\)$/, '');
  if (!hasGroupColumn) state.group = '';
  const name = cells[nameAt] ?? '';
  const { attribute, warnings } = attributeOrPrevious(state, anchor.attribute, name, line);
  return {
    line,
    category: state.category,
    rawName: state.group === '' ? name : `${state.group}/${name}`,
    cells: columns.map((_, index) => values[index] ?? ''),
    attribute,
    verdict: anchor.verdict,
    warnings,
  };
}

function attributeOrPrevious(
  state: TabState,
  written: string,
  name: string,
  line: number,
): { attribute: string; warnings: ImportWarning[] } {
  if (written !== '') return { attribute: written, warnings: [] };
  const attribute = state.rows.at(-1)?.attribute ?? '';
  return {
    attribute,
    warnings: [
      {
        message: `「${name}」行的属性单元格为空（合并单元格），沿用上一行的「${attribute}」`,
        line,
        column: '属性',
      },
    ],
  };
}

function continueRow(state: TabState, cells: readonly string[], line: number): void {
  if (state.rows.length === 0) return;
  setCategory(state, cells[0] ?? '');
  const previous = state.rows.at(-1) as RawRow;
  const nameFragment = cells[1] ?? '';
  const valueFragments = cells.slice(2, 2 + previous.cells.length);
  const merged: RawRow = {
    ...previous,
    rawName: previous.rawName + nameFragment,
    cells: previous.cells.map((cell, index) => cell + (valueFragments[index] ?? '')),
    warnings: [
      ...previous.warnings,
      { message: `第 ${line} 行是上一行跨页断开的续行，已并入「${previous.rawName}」`, line },
    ],
  };
  state.rows[state.rows.length - 1] = merged;
}

function findLastIndex(cells: readonly string[], test: (cell: string) => boolean): number {
  for (let index = cells.length - 1; index >= 0; index -= 1)
    if (test(cells[index] ?? '')) return index;
  return -1;
}

/** Sets the category; when a piece completes it (`生态文` + `明`), earlier rows get the full label. */
function setCategory(state: TabState, cell: string): void {
  const previous = state.category;
  state.category = nextCategory(previous, cell, state.isAfterPageBreak);
  if (previous === '' || state.category === previous || !state.category.startsWith(previous))
    return;
  state.rows = state.rows.map((row) =>
    row.category === previous ? { ...row, category: state.category } : row,
  );
}
