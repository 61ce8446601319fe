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
  const leadWords = repeatedLeadWords(body);
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
    const row = buildRow(pending, { kind, category, attribute, verdict, leadWords });
    category = row.category;
    rows.push(row);
    pending = [];
  }
  if (pending.some((line) => /\d/.test(line.text))) {
    const row = buildRow(pending, { kind, category, attribute: '', verdict: '', leadWords });
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
  readonly leadWords: ReadonlySet<string>;
};

const LEAD_SHARE = 0.8;
const CATEGORY_BEFORE_NAME = /^([\u4e00-\u9fff]{2,8})\s+[\u4e00-\u9fff]/;
const LEAD_WORD = /^([\u4e00-\u9fff]{2,8})\s+\S/;

/**
 * Words that start two or more lines before a space (`综合质效 地区生产总值…`): a category written
 * on every row, as a merged category cell copied row by row gives, not the start of a name. Only
 * when such words start nearly every row: a PDF also splits a few names (`单位 GDP能耗降幅`, 000).
 */
function repeatedLeadWords(lines: readonly NumberedLine[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const word = CATEGORY_BEFORE_NAME.exec(line.text.trim())?.[1];
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, count]) => count >= 2);
  const led = repeated.reduce((sum, [, count]) => sum + count, 0);
  const rows = lines.filter((line) => ATTRIBUTE_AT_END.test(line.text.trim())).length;
  if (led < rows * LEAD_SHARE) return new Set();
  return new Set(repeated.map(([word]) => word));
}

/** The row's lines without a leading repeated category word, and that word ('' when none). */
function takeLeadWord(
  lines: readonly NumberedLine[],
  words: ReadonlySet<string>,
): { word: string; lines: readonly NumberedLine[] } {
  const first = lines[0];
  const word = LEAD_WORD.exec(first?.text.trim() ?? '')?.[1] ?? '';
  if (!first || !words.has(word)) return { word: '', lines };
  const rest = first.text.trim().slice(word.length).trim();
  return { word, lines: [{ line: first.line, text: rest }, ...lines.slice(1)] };
}

function buildRow(pending: readonly NumberedLine[], context: RowContext): RawRow {
  const { label, labelLines } = readLabel(pending, context.kind);
  const lead = takeLeadWord(pending.slice(labelLines), context.leadWords);
  const labelled = context.kind === 'main' ? label : '';
  const category = lead.word || labelled || context.category;
  const group = context.kind === 'completion' ? label : '';
  const rowLines = lead.lines;
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
