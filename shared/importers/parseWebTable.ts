import type { PlanTableKind } from '../domain/plan';
import { assignCells } from './assignCells';
import { isVerdictText } from './completionVerdicts';
import { COMPLETION_COLUMNS, MAIN_COLUMNS } from './rawTable';
import type { HeaderInfo, NumberedLine, RawRow } from './rawTable';

const ATTRIBUTE = /^(预期性|约束性)$/;
const CATEGORY_LIKE = /^[\u3400-\u9fff]{2,8}$/;

/**
 * Parses the body of a 001-layout table (web text, one cell per line). A row ends at its
 * attribute line; empty cells are simply missing (001 line 851: 全员劳动生产率 has no values), so
 * the cells are placed by `assignCells`, which warns about every guess. A category line comes
 * before the name (`综合质效` then `地区生产总值GDP(亿元)`, 001 lines 839–841).
 */
export function parseWebTable(
  lines: readonly NumberedLine[],
  kind: PlanTableKind,
  header: HeaderInfo,
): RawRow[] {
  const body = lines.filter((line) => line.text.trim() !== '');
  const rows: RawRow[] = [];
  let pending: NumberedLine[] = [];
  let category = '';
  for (let index = 0; index < body.length; index += 1) {
    const line = body[index] as NumberedLine;
    const text = line.text.trim();
    if (!ATTRIBUTE.test(text)) {
      pending.push(line);
      continue;
    }
    let verdict = '';
    const next = body[index + 1]?.text.trim() ?? '';
    if (kind === 'completion' && header.hasVerdict && isVerdictText(next)) {
      verdict = next;
      index += 1;
    }
    const row = buildWebRow(pending, { kind, category, attribute: text, verdict });
    if (row) {
      category = row.category;
      rows.push(row);
    }
    pending = [];
  }
  return rows;
}

function buildWebRow(
  pending: readonly NumberedLine[],
  context: { kind: PlanTableKind; category: string; attribute: string; verdict: string },
): RawRow | null {
  if (pending.length === 0) return null;
  const texts = pending.map((line) => line.text.trim());
  const nameIndex = texts.slice(0, 2).findIndex((text) => /[)）]$/.test(text));
  const hasCategory =
    nameIndex === 1 ||
    (nameIndex < 0 &&
      texts.length >= 2 &&
      CATEGORY_LIKE.test(texts[0] ?? '') &&
      CATEGORY_LIKE.test(texts[1] ?? ''));
  const at = hasCategory ? 1 : 0;
  const category = hasCategory ? (texts[0] ?? '') : context.category;
  const rawName = texts[at] ?? '';
  const line = pending[at]?.line ?? 0;
  const columns = context.kind === 'main' ? MAIN_COLUMNS : COMPLETION_COLUMNS;
  const assigned = assignCells(texts.slice(at + 1), columns, { name: rawName, line });
  return {
    line,
    category,
    rawName,
    cells: assigned.cells,
    attribute: context.attribute,
    verdict: context.verdict,
    warnings: assigned.warnings,
  };
}
