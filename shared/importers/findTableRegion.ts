import type { PlanTableKind } from '../domain/plan';
import type { NumberedLine } from './rawTable';
import { isHeaderLine } from './tableHeader';
import { collectNotesLines, isNotesStart } from './tableNotes';

/** A table found in a document: its title, body lines and notes lines. */
export type TableRegion = {
  readonly title: string;
  /** 1-based line of the title, or 0 when the text is the table itself. */
  readonly titleLine: number;
  readonly body: readonly NumberedLine[];
  readonly notes: readonly NumberedLine[];
};

// 「十四五」…主要指标 (000 line 836, 001 line 825, 002 line 406);
// 「十三五」规划纲要主要指标完成情况表 (000 line 150, 001 line 350, 002 line 290).
/** The title of each table kind in a document. */
export const TABLE_TITLES: Readonly<Record<PlanTableKind, RegExp>> = {
  main: /十四五.{0,20}主要指标(?!.*完成情况)/,
  completion: /十三五.{0,20}主要指标.{0,4}完成情况/,
};
const MAX_TITLE_LENGTH = 60;
// A 40-row completion table of 9 columns written with a blank line between cells is ~730 lines
// (issue 11's layouts); 2000 leaves room and still stops at the next table of a whole document.
const MAX_TABLE_LINES = 2000;

/**
 * Finds the 14th-plan main table or the 13th-plan completion table in a document's lines: the
 * first short line with the table's title; the table runs to the end of its notes (注 / 备注), or
 * 2000 lines at most. When no title is found, the whole text is taken as the table (a pasted table).
 */
export function findTableRegion(lines: readonly string[], kind: PlanTableKind): TableRegion {
  const named = lines.findIndex(
    (line) => line.trim().length <= MAX_TITLE_LENGTH && TABLE_TITLES[kind].test(line),
  );
  const titleIndex = named >= 0 ? named : titleAboveHeader(lines);
  const start = titleIndex + 1;
  const limit = titleIndex < 0 ? lines.length : Math.min(lines.length, start + MAX_TABLE_LINES);
  const numbered: NumberedLine[] = [];
  for (let index = start; index < limit; index += 1) {
    numbered.push({ line: index + 1, text: lines[index] ?? '' });
  }
  const notesAt = numbered.findIndex((line) => isNotesStart(line.text));
  if (notesAt < 0) {
    return {
      title: titleText(lines, titleIndex),
      titleLine: titleIndex + 1,
      body: numbered,
      notes: [],
    };
  }
  const notesEnd = collectNotesLines(numbered, notesAt);
  const after = rowsAfterNotes(numbered, notesEnd);
  return {
    title: titleText(lines, titleIndex),
    titleLine: titleIndex + 1,
    // A table may go on after its notes (000's last rows float below them after a page break,
    // source-doc 000 lines 640–651): keep such rows up to the next heading or prose line.
    body: [...numbered.slice(0, notesAt), ...after],
    notes: numbered.slice(notesAt, notesEnd),
  };
}

const MAX_LINES_ABOVE_HEADER = 3;

/**
 * A pasted table whose title does not name the table kind (「景德镇市国民经济和社会发展第十四个五年
 * 规划和二〇三五年远景目标纲要」): a short line or two above the first header line; its last line is
 * the title, so it is not read as a row. -1 when the text starts with its header or has none.
 */
function titleAboveHeader(lines: readonly string[]): number {
  const header = lines.findIndex((line) => isHeaderLine(line));
  if (header <= 0) return -1;
  const above = lines
    .slice(0, header)
    .map((line, index) => ({ index, text: line.trim() }))
    .filter((line) => line.text !== '');
  if (above.length === 0 || above.length > MAX_LINES_ABOVE_HEADER) return -1;
  if (above.some((line) => line.text.length > MAX_TITLE_LENGTH)) return -1;
  return above.at(-1)?.index ?? -1;
}

function titleText(lines: readonly string[], index: number): string {
  return index < 0 ? '' : (lines[index] ?? '').replace(/^#+\s*/, '').trim();
}

const HEADING_OR_PROSE = /^\s*(#|第[一二三四五六七八九十百]+[篇章节]|专栏)|^.{61,}$/;

function rowsAfterNotes(lines: readonly NumberedLine[], from: number): NumberedLine[] {
  const end = lines.findIndex(
    (line, index) => index >= from && (HEADING_OR_PROSE.test(line.text) || isNotesStart(line.text)),
  );
  return lines.slice(from, end < 0 ? lines.length : end);
}
