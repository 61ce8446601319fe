import type { PlanBundle } from '../domain/planBundle';
import { ok } from '../lib/result';
import type { Result } from '../lib/result';
import type { ImportOptions } from './importOptions';
import { importPlanTable } from './importPlanTable';

export { MAX_IMPORT_TEXT_LENGTH } from './importPlanTable';

/**
 * Imports a plan's main table (`table: 'main'`) or 13th-plan completion table
 * (`table: 'completion'`) from pasted text or a whole document (importPlanTable: delimited text
 * by column meaning, the three source-document layouts by their readers). Pure: no I/O, no
 * clock. Never throws: empty, oversized or unreadable input gives `{ ok: false }` with a located
 * Chinese message, and rows the importer had to guess at carry ImportWarnings (also returned as
 * Result warnings).
 */
export function importPlanFromText(text: string, options: ImportOptions): Result<PlanBundle> {
  const read = importPlanTable(text, options);
  if (!read.ok) return read;
  const file = options.fileName;
  const bundle = read.value.bundle;
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
}
