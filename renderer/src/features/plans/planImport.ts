import type { PlanTableKind } from '../../../../shared/domain/plan';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import type { GridOverrides } from '../../../../shared/importers/columnRole';
import { importPlanGrid } from '../../../../shared/importers/importPlanGrid';
import type { TableImport } from '../../../../shared/importers/importPlanGrid';
import {
  importPlanTable,
  MAX_IMPORT_TEXT_LENGTH,
} from '../../../../shared/importers/importPlanTable';
import type { Result } from '../../../../shared/lib/result';

/** Largest pasted text accepted (the importer's limit). */
export const MAX_TEXT_LENGTH = MAX_IMPORT_TEXT_LENGTH;

type PastedPlanOptions = { tableKind: PlanTableKind; fileName: string | null };

/**
 * Parses pasted text (or an opened .txt) into a new user plan with a fresh id, with how the table
 * was read (column mapping, row fates, issues) for the review screen. The rows' own warnings are
 * listed there per row, so no Result warnings are kept.
 */
export function parsePlanText(text: string, options: PastedPlanOptions): Result<TableImport> {
  const result = importPlanTable(text, {
    table: options.tableKind,
    planId: `user-${crypto.randomUUID()}`,
    origin: options.fileName ? { type: 'file', fileName: options.fileName } : { type: 'pasted' },
    ...(options.fileName ? { fileName: options.fileName } : {}),
  });
  return result.ok ? { ok: true, value: result.value, warnings: [] } : result;
}

/**
 * Reads the same grid again with the user's corrections (a column's role, the header row,
 * dropped rows): the review screen's preview, at once. The plan keeps its id and what the user
 * typed (name, region, level); the indicators are read anew.
 */
export function rereadPlanTable(
  reading: TableImport,
  plan: PlanBundle['plan'],
  overrides: GridOverrides,
): Result<TableImport> {
  const result = importPlanGrid(reading.grid, {
    table: plan.tableKind,
    planId: plan.id,
    origin: plan.origin,
    name: plan.name,
    region: plan.region,
    level: plan.level,
    overrides,
  });
  if (!result.ok) return result;
  const bundle = {
    ...result.value.bundle,
    plan: { ...result.value.bundle.plan, ...keptFields(plan) },
  };
  return { ok: true, value: { ...result.value, bundle }, warnings: [] };
}

function keptFields(plan: PlanBundle['plan']) {
  return { name: plan.name, region: plan.region, level: plan.level, origin: plan.origin };
}
