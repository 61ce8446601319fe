import type { ActualValue } from '../domain/actualValue';
import type { PlanBundle } from '../domain/planBundle';
import { fail, formatProblem, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { importDataTemplate } from './xlsxDataTemplateImport';

/**
 * Reads a filled data template as actual values for the CLI (issue 5: the template is also what
 * the CLI accepts as actuals). Returns every filled value of the template (new, changed and
 * unchanged against the bundle's values); any invalid cell fails the whole read, naming the
 * first one and how many there are, so no partial data is evaluated.
 */
export function readTemplateActuals(
  bytes: Uint8Array,
  fileName: string,
  bundle: PlanBundle,
): Result<ActualValue[]> {
  const preview = importDataTemplate(
    bytes,
    fileName,
    bundle.plan,
    bundle.indicators,
    bundle.actualValues,
  );
  if (!preview.ok) return preview;
  const invalid = preview.value.entries.filter((entry) => entry.kind === 'invalid');
  const first = invalid[0];
  if (first) {
    const where = formatProblem({ message: first.reason ?? '', location: first.location });
    return fail(
      `模板中有 ${invalid.length} 个单元格无法读取，请改正后再试。第一个：${where}`,
      first.location,
    );
  }
  const values = preview.value.entries.flatMap((entry) => (entry.after ? [entry.after] : []));
  return ok(values, preview.warnings);
}
