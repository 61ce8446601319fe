import type { ImportWarning } from '../domain/indicator';
import type { PlanTableKind } from '../domain/plan';
import { assignCells } from './assignCells';
import { isVerdictPrefix } from './completionVerdicts';
import { joinWrappedLines, mergeValueTokens, splitNameAndValues } from './pdfRowText';
import { COMPLETION_COLUMNS, MAIN_COLUMNS } from './rawTable';
import type { HeaderInfo, NumberedLine, RawRow } from './rawTable';

const ATTRIBUTE_AT_END = /^(.*?)\s*(预期性|约束性)\s*(.*)$/;
const ATTRIBUTE_HALF = /^(预期|约束)$/;
const LABEL_LINE = /^[\u3400-\u9fff]{1,2}$/;

type Cursor = { index: number };

/**
 * Parses the body of a 000-layout table (PDF text): a row ends at its attribute (`… 预期性`, or
 * `预期` + `性` on two lines), followed in completion tables by the verdict, itself wrapped
 * (`基本完成或` + `接近完成`). Leading runs of one- or two-character lines are the category
 * (`综`/`合`/`质`/`效`, 000 lines 856–862) or, in tables without a category column, a group
 * label (`森林`/`发展`, 000 lines 474–476) put before the row's name.
 */
export function parsePdfTable(
  lines: readonly NumberedLine[],
  kind: PlanTableKind,
  header: HeaderInfo,
): RawRow[] {
  const body = lines.filter((line) => line.text.trim() !== '');
  const rows: RawRow[] = [];
  let pending: NumberedLine[] = [];
  let category = '';
  const cursor: Cursor = { index: 0 };
  while (cursor.index < body.length) {
    const line = body[cursor.index] as NumberedLine;
    const found = readAttribute(line, body[cursor.index + 1]?.text.trim() ?? '');
    cursor.index += found?.linesUsed ?? 1;
    if (!found) {
      pending.push(line);
      continue;
    }
    if (found.before !== '') pending.push({ line: line.line, text: found.before });
    const { attribute, rest } = found;
    const verdict =
      kind === 'completion' && header.hasVerdict ? readVerdict(body, cursor, rest) : '';
    const row = buildRow(pending, { kind, category, attribute, verdict });
    category = row.category;
    rows.push(row);
    pending = [];
  }
  if (pending.some((line) => /\d/.test(line.text))) {
    const row = buildRow(pending, { kind, category, attribute: '', verdict: '' });
    rows.push({ ...row, warnings: [...row.warnings, missingAttribute(row)] });
  }
  return rows;
}

type FoundAttribute = { attribute: string; before: string; rest: string; linesUsed: number };

/** The attribute on this line (`… 预期性`) or split over this and the next (`预期` + `性`). */
function readAttribute(line: NumberedLine, next: string): FoundAttribute | null {
  const text = line.text.trim();
  if (ATTRIBUTE_HALF.test(text) && next === '性') {
    return { attribute: `${text}性`, before: '', rest: '', linesUsed: 2 };
  }
  const match = ATTRIBUTE_AT_END.exec(text);
  if (!match) return null;
  return { attribute: match[2] ?? '', before: match[1] ?? '', rest: match[3] ?? '', linesUsed: 1 };
}

function readVerdict(body: readonly NumberedLine[], cursor: Cursor, rest: string): string {
  let verdict = rest.trim();
  for (;;) {
    const next = body[cursor.index]?.text.trim() ?? '';
    if (next === '' || !isVerdictPrefix(verdict + next)) return verdict;
    verdict += next;
    cursor.index += 1;
  }
}

type RowContext = {
  readonly kind: PlanTableKind;
  readonly category: string;
  readonly attribute: string;
  readonly verdict: string;
};

function buildRow(pending: readonly NumberedLine[], context: RowContext): RawRow {
  const { label, labelLines } = readLabel(pending, context.kind);
  const category = context.kind === 'main' && label !== '' ? label : context.category;
  const group = context.kind === 'completion' ? label : '';
  const rowLines = pending.slice(labelLines);
  const firstLine = rowLines[0]?.line ?? pending[0]?.line ?? 0;
  const joined = joinWrappedLines(rowLines.map((line) => line.text));
  const { rawName, tokens } = splitNameAndValues(joined);
  const columns = context.kind === 'main' ? MAIN_COLUMNS : COMPLETION_COLUMNS;
  const name = group === '' ? rawName : `${group}/${rawName}`;
  const assigned = assignCells(mergeValueTokens(tokens), columns, {
    name: rawName,
    line: firstLine,
  });
  return {
    line: firstLine,
    category,
    rawName: name,
    cells: assigned.cells,
    attribute: context.attribute,
    verdict: context.verdict,
    warnings: assigned.warnings,
  };
}

/** Leading one- or two-character lines: a category (`综`/`合`/`质`/`效`) or a group label. */
function readLabel(
  pending: readonly NumberedLine[],
  kind: PlanTableKind,
): { label: string; labelLines: number } {
  let count = 0;
  while (count < pending.length && LABEL_LINE.test(pending[count]?.text.trim() ?? '')) count += 1;
  const labelLines = count >= 2 || (count === 1 && kind === 'main') ? count : 0;
  const label = pending
    .slice(0, labelLines)
    .map((line) => line.text.trim())
    .join('');
  return { label, labelLines };
}

function missingAttribute(row: RawRow): ImportWarning {
  return {
    message: `「${row.rawName}」行末尾没有找到属性（预期性/约束性）`,
    line: row.line,
    column: '属性',
  };
}
