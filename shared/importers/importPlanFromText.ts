import type { PlanBundle } from '../domain/planBundle';
import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { buildPlanBundle } from './buildPlanBundle';
import type { ImportOptions } from './importOptions';
import { parseTableText } from './parseTableText';

/** Largest text accepted: a whole plan document is about 0.3 MB, so 5 M characters is ample. */
export const MAX_IMPORT_TEXT_LENGTH = 5_000_000;

/**
 * Imports a plan's main table (`table: 'main'`) or 13th-plan completion table
 * (`table: 'completion'`) from pasted text or a whole document in any of the three layouts
 * (000 PDF text, 001 web text, 002 tab-separated). Pure: no I/O, no clock. Never throws: empty,
 * oversized or unreadable input gives `{ ok: false }` with a located Chinese message, and rows the
 * importer had to guess at carry ImportWarnings (also returned as Result warnings).
 */
export function importPlanFromText(text: string, options: ImportOptions): Result<PlanBundle> {
  const file = options.fileName;
  const at = (line: number) => (file ? { file, line } : { line });
  if (typeof text !== 'string' || text.trim() === '')
    return fail('输入为空：请粘贴指标表文本', at(1));
  if (text.length > MAX_IMPORT_TEXT_LENGTH) {
    const megabytes = (text.length / 1_000_000).toFixed(1);
    return fail(
      `文本过大（约 ${megabytes} 百万字符），超过 5 百万字符上限；请只粘贴指标表所在部分`,
      at(1),
    );
  }
  try {
    const table = parseTableText(text, options.table);
    if (!table.ok) {
      return file ? fail(table.error.message, { ...table.error.location, file }) : table;
    }
    const bundle = buildPlanBundle(table.value, options);
    const warnings = bundle.indicators.flatMap((indicator) =>
      indicator.warnings.map((warning) => ({
        message: warning.message,
        location: {
          ...(file ? { file } : {}),
          ...(warning.line !== undefined ? { line: warning.line } : {}),
          ...(warning.column !== undefined ? { column: warning.column } : {}),
          ...(warning.cellText !== undefined ? { cellText: warning.cellText } : {}),
        },
      })),
    );
    return ok(bundle, warnings);
  } catch (error) {
    // Defensive: a parser bug must still reach the user as a located Chinese error, not a crash.
    return fail(
      `导入时发生内部错误：${error instanceof Error ? error.message : String(error)}`,
      at(1),
    );
  }
}
