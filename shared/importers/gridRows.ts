import type { ImportWarning } from '../domain/indicator';
import type { PlanTableKind } from '../domain/plan';
import { isEmptyCell } from '../parsing/isEmptyCell';
import { parseAttribute } from '../parsing/parseAttribute';
import { normaliseCellText } from '../parsing/normaliseCellText';
import { splitNameAndUnit } from '../parsing/splitNameAndUnit';
import type { ColumnAssignment, ColumnRole } from './columnRole';
import type { RawRow } from './rawTable';
import { nextCategory } from './tabCategory';
import { isHeaderLine } from './tableHeader';
import { isNotesStart } from './tableNotes';

/** What became of one row of the grid: nothing that held text is dropped without a reason. */
export type RowFate = {
  /** 0-based row of the grid (negative: a text line the layout readers kept out of their grid). */
  readonly row: number;
  /** 1-based line (text) or row (sheet) of the source. */
  readonly line: number;
  /** The row's texts, joined. */
  readonly text: string;
  readonly fate: 'title' | 'header' | 'indicator' | 'category' | 'group' | 'notes' | 'leftOut';
  /** Why, in Chinese (always set for leftOut and for rows the reader was unsure of). */
  readonly reason: string;
};

/** A row read as an indicator, with what RawRow cannot carry. */
export type GridRow = {
  readonly raw: RawRow;
  readonly row: number;
  readonly group: string;
  readonly unit: string;
  /** Kept columns as `header：value`. */
  readonly kept: readonly string[];
  readonly direction: string;
  readonly departments: string;
  readonly remarks: string;
};

/** The body of a table as rows and fates. */
export type GridBody = {
  readonly rows: readonly GridRow[];
  readonly fates: readonly RowFate[];
  readonly noteLines: readonly string[];
};

/** 「一、」「（二）」 opening a category heading row (「一、经济发展」). */
export const CATEGORY_ORDINAL = /^[(（]?[一二三四五六七八九十]+[)）、.．]\s*/;
const GROUP_ORDINAL = /^[(（]?\d{1,2}[)）、.．。]\s*/;
const CHINESE_NUMERAL = /^[一二三四五六七八九十]+[、.．]?$/;
const MAIN_VALUES: readonly ColumnRole[] = ['base', 'target', 'growth'];
const COMPLETION_VALUES: readonly ColumnRole[] = [
  'base',
  'actual',
  'target',
  'actualGrowth',
  'growth',
];

/** A cell as the reader sees it: a bare `|` is empty, `。` between digits a decimal point. */
export function cleanCell(text: string): string {
  const trimmed = text.replace(/^\s*\|\s*|\s*\|\s*$/g, '').trim();
  return trimmed.replace(/([\d０-９])。(?=[\d０-９])/g, '$1.');
}

type Reader = {
  readonly columns: readonly ColumnAssignment[];
  readonly kind: PlanTableKind;
  readonly lines: readonly number[];
  readonly drop: ReadonlySet<number>;
  readonly hasCategoryColumn: boolean;
};

/** Reads the rows under the header into indicator rows, category and group rows, notes and fates. */
export function readGridBody(
  grid: readonly (readonly string[])[],
  start: number,
  reader: Reader,
): GridBody {
  const rows: GridRow[] = [];
  const fates: RowFate[] = [];
  const noteLines: string[] = [];
  let category = '';
  let group = '';
  // The row before was a header repeated after a page break (nextCategory may join a cut label).
  let isAfterPageBreak = false;
  for (let index = start; index < grid.length; index += 1) {
    const aligned = alignToAttribute((grid[index] ?? []).map(cleanCell), reader.columns);
    const cells = aligned.cells;
    const texts = distinct(cells);
    if (texts.length === 0) continue;
    const fate = (kind: RowFate['fate'], reason = ''): void => {
      fates.push({
        row: index,
        line: reader.lines[index] ?? index + 1,
        text: texts.join(' '),
        fate: kind,
        reason,
      });
    };
    if (reader.drop.has(index)) {
      fate('leftOut', '用户删除了此行');
    } else if (noteLines.length > 0 || isNotesStart(texts[0] ?? '')) {
      noteLines.push(texts.join(' '));
      fate('notes');
    } else if (isHeaderLine(texts.join(' '))) {
      fate('header', '重复的表头（跨页），已跳过');
      isAfterPageBreak = rows.length > 0;
      continue;
    } else {
      const heading = readHeading(cells, texts, reader);
      if (heading?.kind === 'category') {
        category = heading.text;
        group = '';
        fate('category');
      } else if (heading?.kind === 'group') {
        if (heading.category) {
          category = nextCategory(category, heading.category, isAfterPageBreak);
        }
        group = heading.text;
        fate('group', heading.reason);
      } else {
        const read = readIndicatorRow(cells, index, reader, { category, group, isAfterPageBreak });
        if (typeof read === 'string') fate('leftOut', read);
        else {
          category = read.raw.category;
          group = read.group;
          rows.push(read);
          const notes = read.raw.warnings.map((warning) => warning.message);
          fate('indicator', [aligned.reason, ...notes].filter(Boolean).join('；'));
        }
      }
    }
    isAfterPageBreak = false;
  }
  return { rows, fates, noteLines };
}

function distinct(cells: readonly string[]): string[] {
  const seen: string[] = [];
  for (const cell of cells) if (cell !== '' && !seen.includes(cell)) seen.push(cell);
  return seen;
}

type Heading = { kind: 'category' | 'group'; text: string; reason: string; category?: string };

/** Text that can name a category or group: not a value or an attribute (`1。空气质量` can). */
function isLabel(text: string): boolean {
  const label = text.replace(GROUP_ORDINAL, '');
  return label !== '' && !VALUE_ONLY.test(label) && !/^(预期性|约束性)$/.test(label);
}

/**
 * A row holding one text and no values: a category (`一、经济发展`, a cell merged across the
 * table, a category-column cell) or a sub-group (`1。空气质量`, `森林发展`) — never a name part.
 */
function readHeading(
  cells: readonly string[],
  texts: readonly string[],
  reader: Reader,
): Heading | null {
  const seqText = firstCellOfRole(cells, reader, 'seq');
  const categoryText = firstCellOfRole(cells, reader, 'category');
  const rest = texts.filter((text) => text !== seqText);
  const beside = rest.filter((text) => text !== categoryText);
  if (rest.some((text) => isNameWithUnit(text, cells, reader))) return null;
  // `一、经济发展` written in the 序号 column, the rest of the row empty: a category heading.
  if (rest.length === 0 && isSeqHeading(seqText)) {
    return singleTextHeading(seqText, cells, '', reader);
  }
  // `绿色生态 | 1。空气质量 |  |  |` : a category cell beside a sub-group label.
  if (rest.length === 2 && beside.length === 1 && isLabel(beside[0] ?? '')) {
    return {
      kind: 'group',
      text: (beside[0] ?? '').replace(GROUP_ORDINAL, '').trim(),
      reason: '',
      category: categoryText,
    };
  }
  if (rest.length !== 1) return null;
  const text = rest[0] ?? '';
  if (!isLabel(text)) return null;
  return singleTextHeading(text, cells, seqText, reader);
}

/** A 序号 cell that is a heading's text (`一、经济发展`), not a number or a lone numeral. */
function isSeqHeading(seqText: string): boolean {
  return isLabel(seqText) && seqText.replace(CATEGORY_ORDINAL, '').trim().length >= 2;
}

/**
 * A name with its unit (`全员劳动生产率（万元/人）`) in the name column names an indicator whose
 * values are not written yet, not a sub-group: without a 属性 column nothing else tells them apart.
 */
function isNameWithUnit(text: string, cells: readonly string[], reader: Reader): boolean {
  const inName = cells.some(
    (cell, column) => cell === text && roleOfColumn(reader, column) === 'name',
  );
  return inName && splitNameAndUnit(text).unit !== '';
}

function roleOfColumn(reader: Reader, column: number): ColumnRole {
  return reader.columns[column]?.role ?? 'ignore';
}

/** The first non-empty cell in a column of the role, or ''. */
function firstCellOfRole(cells: readonly string[], reader: Reader, role: ColumnRole): string {
  return cells.find((cell, column) => roleOfColumn(reader, column) === role && cell !== '') ?? '';
}

/**
 * A row's one label as a heading: a category when it has a category ordinal, a Chinese numeral
 * 序号, spans 3 or more columns or stands in the category column; else a group when it has a group
 * ordinal or the table has a category column; else a category, with the reason.
 */
function singleTextHeading(
  text: string,
  cells: readonly string[],
  seqText: string,
  reader: Reader,
): Heading {
  const columns = cells.flatMap((cell, column) => (cell === text ? [column] : []));
  const spans = columns.length >= 3;
  const inCategory = columns.every((column) => roleOfColumn(reader, column) === 'category');
  if (CATEGORY_ORDINAL.test(text) || CHINESE_NUMERAL.test(seqText) || spans || inCategory) {
    return { kind: 'category', text: text.replace(CATEGORY_ORDINAL, '').trim(), reason: '' };
  }
  if (GROUP_ORDINAL.test(text) || reader.hasCategoryColumn) {
    return { kind: 'group', text: text.replace(GROUP_ORDINAL, '').trim(), reason: '' };
  }
  return {
    kind: 'category',
    text,
    reason: '此行只有文字、没有数值，视为类别行',
  };
}

const VALUE_ONLY = /^[[\]()（）\s+\-—<>≤≥*]*\d/;

type Context = {
  readonly category: string;
  readonly group: string;
  readonly isAfterPageBreak: boolean;
};

function readIndicatorRow(
  cells: readonly string[],
  index: number,
  reader: Reader,
  context: Context,
): GridRow | string {
  const line = reader.lines[index] ?? index + 1;
  const take = (role: ColumnRole) =>
    reader.columns.filter((item) => item.role === role).map((item) => cells[item.column] ?? '');
  const one = (role: ColumnRole) => take(role)[0] ?? '';
  const name = one('name');
  const valueRoles = reader.kind === 'main' ? MAIN_VALUES : COMPLETION_VALUES;
  const values = valueRoles.map(one);
  if (name === '') {
    return values.some((value) => value !== '')
      ? '此行有数值，但「指标名称」列为空：请检查列的对应关系'
      : '此行没有指标名称，也没有数值';
  }
  const groupCell = distinct(take('group')).join('/');
  const categoryCell = one('category');
  const category =
    categoryCell === ''
      ? context.category
      : nextCategory(context.category, categoryCell, context.isAfterPageBreak);
  const hasGroupColumn = reader.columns.some((item) => item.role === 'group');
  const categoryChanged = categoryCell !== '' && category !== context.category;
  const group = hasGroupColumn ? groupCell : categoryChanged ? '' : context.group;
  const warnings: ImportWarning[] = [];
  const attribute = readAttributeCell(one('attribute'));
  return {
    row: index,
    raw: {
      line,
      category,
      rawName: name,
      cells: values,
      attribute,
      verdict: one('verdict'),
      warnings,
    },
    group: normaliseCellText(group),
    // A unit column's `—` (城乡居民人均可支配收入比 has none) is no unit, not a unit called —.
    unit: isEmptyCell(one('unit')) ? '' : normaliseCellText(one('unit')),
    kept: reader.columns
      .filter((item) => item.role === 'keep' && (cells[item.column] ?? '') !== '')
      .map((item) => `${item.header || `第${item.column + 1}列`}：${cells[item.column] ?? ''}`),
    direction: one('direction'),
    departments: one('departments'),
    remarks: one('remarks'),
  };
}

/** The attribute as 预期性 / 约束性 when it is one (parseAttribute), else the cell as written. */
function readAttributeCell(text: string): string {
  return parseAttribute(text) ?? normaliseCellText(text).replace(/\s+/g, '');
}

/**
 * A row whose 属性 stands in another column than the header's (002 line 330 starts one cell
 * early: `森林覆盖率(%)\t66.3\t-\t保持稳定\t约束性\t`) is shifted so the 属性 falls in place.
 */
function alignToAttribute(
  cells: readonly string[],
  columns: readonly ColumnAssignment[],
): { cells: readonly string[]; reason: string } {
  const attributeAt = columns.find((item) => item.role === 'attribute')?.column ?? -1;
  if (attributeAt < 0 || /^(预期性|约束性)$/.test(cells[attributeAt] ?? ''))
    return { cells, reason: '' };
  const found = cells.flatMap((cell, index) => (/^(预期性|约束性)$/.test(cell) ? [index] : []));
  if (found.length !== 1) return { cells, reason: '' };
  const shift = attributeAt - (found[0] ?? attributeAt);
  const moved =
    shift > 0
      ? [...Array<string>(shift).fill(''), ...cells]
      : cells.slice(-shift).concat(Array<string>(-shift).fill(''));
  if (shift < 0 && cells.slice(0, -shift).some((cell) => cell !== '')) return { cells, reason: '' };
  return { cells: moved, reason: `此行单元格错位 ${Math.abs(shift)} 列，已按属性列对齐，请核对` };
}
