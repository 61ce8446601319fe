import type { PlanTableKind } from '../shared/domain/plan';
import type { PlanBundle } from '../shared/domain/planBundle';
import type { GridOverrides } from '../shared/importers/columnRole';
import type { OpenedPlan } from '../shared/importers/openPlanDocument';
import { fail, ok, type Result } from '../shared/lib/result';
import type { CliIo } from './io';

/** How to read a plan file. */
export type LoadPlanOptions = {
  /** The table to read from text (default main); for workbooks it is checked only when given. */
  readonly table?: PlanTableKind;
  readonly planId: string;
  /** The user's column mapping (`--map`): the table is then read through importPlanGrid. */
  readonly overrides?: GridOverrides;
};

/** A plan read from a file, with how its table was read when it was a table (not JSON or our template). */
export type LoadedPlan = OpenedPlan;

/**
 * Reads a plan from any file the CLI accepts: a PlanBundle JSON (.json), or any plan document
 * openPlanDocument reads (.docx, .pdf, .xlsx/.xls/.et, .html/.htm, .csv, .txt/.md), the type
 * decided by the file's contents. An old .doc, a scanned or encrypted file is refused in Chinese.
 */
export async function loadPlanFile(
  path: string,
  options: LoadPlanOptions,
  io: CliIo,
): Promise<Result<PlanBundle>> {
  const loaded = await loadPlanTable(path, options, io);
  return loaded.ok ? ok(loaded.value.bundle, loaded.warnings) : loaded;
}

/** Like loadPlanFile, also returning the column mapping and row fates of a table's reading. */
export async function loadPlanTable(
  path: string,
  options: LoadPlanOptions,
  io: CliIo,
): Promise<Result<LoadedPlan>> {
  const fileName = path.split(/[\\/]/).at(-1) ?? path;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    return fail(
      `无法读取文件「${path}」：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (/\.json$/i.test(path)) return withoutReading(readBundleJson(bytes, fileName));
  const { openPlanTable } = await import('../shared/importers/openPlanDocument');
  // Without --table a document's main table is read; a workbook's table kind is detected.
  return openPlanTable(bytes, fileName, options);
}

function withoutReading(result: Result<PlanBundle>): Result<LoadedPlan> {
  return result.ok ? ok({ bundle: result.value, reading: null }, result.warnings) : result;
}

function readBundleJson(bytes: Uint8Array, fileName: string): Result<PlanBundle> {
  let data: Partial<PlanBundle>;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes)) as Partial<PlanBundle>;
  } catch (error) {
    return fail(`不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`, {
      file: fileName,
    });
  }
  if (!data?.plan || !Array.isArray(data.indicators) || typeof data.plan.baseYear !== 'number') {
    return fail('不是规划数据（应包含 plan、indicators、actualValues）', { file: fileName });
  }
  return ok({ actualValues: [], officialAssessments: [], ...data } as PlanBundle);
}
