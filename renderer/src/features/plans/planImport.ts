import type { PlanTableKind } from '../../../../shared/domain/plan';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import {
  importPlanFromText,
  MAX_IMPORT_TEXT_LENGTH,
} from '../../../../shared/importers/importPlanFromText';
import type { Result } from '../../../../shared/lib/result';

/** Largest pasted text accepted (the importer's limit). */
export const MAX_TEXT_LENGTH = MAX_IMPORT_TEXT_LENGTH;

type PastedPlanOptions = { tableKind: PlanTableKind; fileName: string | null };

/**
 * Parses pasted text (or an opened .txt) into a new user plan with a fresh id. The result's
 * warnings mirror the rows' own warnings, which the review screen lists per row, so only the
 * bundle is kept.
 */
export function parsePlanText(text: string, options: PastedPlanOptions): Result<PlanBundle> {
  const result = importPlanFromText(text, {
    table: options.tableKind,
    planId: `user-${crypto.randomUUID()}`,
    origin: options.fileName ? { type: 'file', fileName: options.fileName } : { type: 'pasted' },
    ...(options.fileName ? { fileName: options.fileName } : {}),
  });
  return result.ok ? { ok: true, value: result.value, warnings: [] } : result;
}
