import type { PlanTableKind } from '../shared/domain/plan';
import type { PlanBundle } from '../shared/domain/planBundle';
import { importPlanFromText } from '../shared/importers/importPlanFromText';
import { regionFromText } from '../shared/importers/regionFromText';
import { fail, type Result } from '../shared/lib/result';
import type { CliIo } from './io';
import { readBundleJson } from './readBundleJson';

/** How to read a plan file. */
export type LoadPlanOptions = {
  /** The table to read from text (default main); for workbooks it is checked only when given. */
  readonly table?: PlanTableKind;
  readonly planId: string;
  /** The place name (`--region`): for a text plan, else read from the document's title line. */
  readonly region?: string;
};

/**
 * Reads a plan from any file the CLI accepts: a PlanBundle JSON (.json), a plan document or
 * table as text (.txt, .md), or a workbook (.xlsx: our template or a document-style table).
 */
export async function loadPlanFile(
  path: string,
  options: LoadPlanOptions,
  io: CliIo,
): Promise<Result<PlanBundle>> {
  const fileName = path.split(/[\\/]/).at(-1) ?? path;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    return fail(
      `无法读取文件「${path}」：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (/\.json$/i.test(path)) return withRegion(readBundleJson(bytes, fileName), options.region);
  if (/\.xlsx?$/i.test(path)) {
    // The table kind is read from the workbook, and checked against --table only when given.
    const { importPlanFromWorkbook } = await import('../shared/importers/xlsxPlanWorkbook');
    return withRegion(importPlanFromWorkbook(bytes, fileName, options), options.region);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const guess = regionFromText(text);
  const region = options.region ?? guess?.region;
  return importPlanFromText(text, {
    table: options.table ?? 'main',
    planId: options.planId,
    fileName,
    origin: { type: 'file', fileName },
    ...(region ? { region } : {}),
    ...(guess && (options.region === undefined || options.region === guess.region)
      ? { level: guess.level }
      : {}),
  });
}

/** `--region` names the place of a plan whatever file it came from. */
function withRegion(result: Result<PlanBundle>, region: string | undefined): Result<PlanBundle> {
  if (!result.ok || region === undefined) return result;
  return { ...result, value: { ...result.value, plan: { ...result.value.plan, region } } };
}
