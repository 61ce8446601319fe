import type { PlanTableKind } from '../domain/plan';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { detectTableLayout } from './detectTableLayout';
import { findTableRegion } from './findTableRegion';
import { parsePdfTable } from './parsePdfTable';
import { parseTabTable } from './parseTabTable';
import { parseWebTable } from './parseWebTable';
import type { NumberedLine, RawRow, RawTable } from './rawTable';
import { readHeader } from './tableHeader';
import { joinNotesLines, splitNoteItems } from './tableNotes';

const KIND_LABEL: Readonly<Record<PlanTableKind, string>> = {
  main: '“十四五”主要指标表',
  completion: '“十三五”规划纲要主要指标完成情况表',
};

// Words the header must hold for each kind (DOMAIN.md「The main indicator table」 columns).
const REQUIRED_HEADER: Readonly<Record<PlanTableKind, readonly (readonly [RegExp, string])[]>> = {
  main: [
    [/指\s*标/, '指标'],
    [/基期/, '基期值'],
    [/目标/, '目标值'],
    [/增长/, '年均/累计增长'],
    [/属性/, '属性'],
  ],
  completion: [
    [/指\s*标/, '指标'],
    [/2015/, '2015年'],
    [/2020/, '2020年'],
    [/增长/, '累计或年均增长'],
    [/属性/, '属性'],
  ],
};

/**
 * Finds the requested table in a text (a whole document or the table alone), detects its layout
 * and cuts it into RawRows and notes. Fails, with a located Chinese message, when there is no
 * table, when its header lacks a column, or when no indicator row can be read.
 */
export function parseTableText(text: string, kind: PlanTableKind): Result<RawTable> {
  const lines = text.split(/\r\n|\r|\n/);
  const region = findTableRegion(lines, kind);
  const { header, bodyStart } = readHeader(region.body);
  const headerProblem = checkHeader(region.body.slice(0, bodyStart), kind);
  if (headerProblem) return headerProblem;
  const firstLine = region.body[0]?.line ?? 1;
  const titleLine = region.titleLine || firstLine;
  const body = region.body.slice(bodyStart);
  const layout = detectTableLayout(body);
  if (layout === null) {
    return fail(
      `未找到${KIND_LABEL[kind]}：没有一行带有“预期性”或“约束性”属性。请粘贴完整的指标表（含表头与属性列）`,
      {
        line: titleLine,
        cellText: (lines[titleLine - 1] ?? '').slice(0, 80),
      },
    );
  }
  const parse = { pdfText: parsePdfTable, webText: parseWebTable, tabSeparated: parseTabTable }[
    layout
  ];
  const rows = parse(body, kind, header);
  const rowsProblem = checkRows(rows, kind, firstLine);
  if (rowsProblem) return rowsProblem;
  const notes = splitNoteItems(joinNotesLines(region.notes.map((line) => line.text)));
  return ok({ layout, kind, title: region.title, header, rows, notes });
}

function checkHeader(lines: readonly NumberedLine[], kind: PlanTableKind): Result<RawTable> | null {
  const headerLines = lines.filter((line) => line.text.trim() !== '');
  if (headerLines.length === 0) return null;
  const headerText = headerLines.map((line) => line.text).join(' ');
  const missing = REQUIRED_HEADER[kind].filter(([pattern]) => !pattern.test(headerText));
  if (missing.length === 0) return null;
  const names = missing.map(([, label]) => `「${label}」`).join('、');
  return fail(`${KIND_LABEL[kind]}的表头缺少${names}列，无法确定各列含义`, {
    line: headerLines[0]?.line ?? 1,
    column: missing[0]?.[1] ?? '',
    cellText: headerText.slice(0, 80),
  });
}

function checkRows(
  rows: readonly RawRow[],
  kind: PlanTableKind,
  firstLine: number,
): Result<RawTable> | null {
  const nameless = rows.find((row) => row.rawName.trim() === '');
  if (rows.length === 0 || nameless) {
    return fail(`${KIND_LABEL[kind]}中有一行找不到指标名称，表格可能缺列或错位`, {
      line: nameless?.line || firstLine,
      column: '指标',
      cellText: (nameless?.cells ?? []).join(' ').slice(0, 80),
    });
  }
  if (rows.every((row) => row.cells.every((cell) => cell.trim() === ''))) {
    return fail(`${KIND_LABEL[kind]}的各行都没有数值单元格，表格可能缺少基期值、目标值等列`, {
      line: rows[0]?.line || firstLine,
      column: '2020年基期值',
      cellText: rows[0]?.rawName ?? '',
    });
  }
  return null;
}
