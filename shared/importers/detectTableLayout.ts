import { isVerdictPrefix } from './completionVerdicts';
import type { NumberedLine, TableLayout } from './rawTable';

const ATTRIBUTE_ALONE = /^(预期性|约束性)$/;
// A completion table's PDF row may go on after its 属性 with the verdict (`… 预期性 全面完成`).
const ATTRIBUTE_AT_END = /\S\s+(预期性|约束性)(?:\s+(\S+))?$/;
const ATTRIBUTE_SPLIT = /^(预期|约束)$/;

/**
 * Detects the layout of a table's text (DOMAIN.md「The main indicator table」):
 * `tabSeparated` (002) when most rows hold tabs; `webText` (001) when attributes stand alone on
 * their lines (one cell per line); otherwise `pdfText` (000: cells separated by spaces on one
 * line, or the attribute split as `预期` / `性`). Returns null when the text holds no table rows.
 */
export function detectTableLayout(lines: readonly (NumberedLine | string)[]): TableLayout | null {
  const { tabs, alone, pdf, filled } = countLineKinds(lines);
  if (tabs >= 3 && tabs >= (alone + pdf) / 2) return 'tabSeparated';
  // A short block copied from Excel (a header and a row or two): tabs on most of its lines.
  if (tabs > 0 && tabs * 2 >= filled && tabs >= alone + pdf) return 'tabSeparated';
  if (alone === 0 && pdf === 0) return null;
  return alone > pdf ? 'webText' : 'pdfText';
}

/** `… 预期性`, or `… 预期性 基本完成` with the completion table's verdict after it. */
function isPdfRowEnd(text: string): boolean {
  const match = ATTRIBUTE_AT_END.exec(text);
  if (!match) return false;
  const verdict = match[2];
  return verdict === undefined || isVerdictPrefix(verdict);
}

/** How many lines hold tabs, a lone attribute, a PDF-style attribute, or any text. */
function countLineKinds(lines: readonly (NumberedLine | string)[]) {
  const counts = { tabs: 0, alone: 0, pdf: 0, filled: 0 };
  for (const entry of lines) {
    const raw = typeof entry === 'string' ? entry : entry.text;
    if (raw.split('\t').length >= 3) counts.tabs += 1;
    const text = raw.trim();
    if (text !== '') counts.filled += 1;
    if (ATTRIBUTE_ALONE.test(text)) counts.alone += 1;
    else if (isPdfRowEnd(text) || ATTRIBUTE_SPLIT.test(text)) counts.pdf += 1;
  }
  return counts;
}
