import type { PlanBundle } from '../domain/planBundle';
import type { Result } from '../lib/result';
import type { TableImport } from './importPlanGrid';

/**
 * The column reading to show on the review screen beside rows a layout reader read (a Word or
 * web table, a workbook laid out like the documents): the grid importer's reading of the same
 * table, its rows replaced by the layout reader's. Only when both read the same indicators in
 * the same order — a mapping must describe the rows shown — else null (no mapping shown).
 */
export function readingOfRows(
  byMeaning: Result<TableImport>,
  bundle: PlanBundle,
): TableImport | null {
  if (!byMeaning.ok) return null;
  const names = (value: PlanBundle) => value.indicators.map((item) => item.name).join('\n');
  if (names(byMeaning.value.bundle) !== names(bundle)) return null;
  return { ...byMeaning.value, bundle };
}
