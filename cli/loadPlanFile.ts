import type { PlanTableKind } from '../shared/domain/plan';
import type { PlanBundle } from '../shared/domain/planBundle';
import type { GridOverrides } from '../shared/importers/columnRole';
import type { OpenedPlan } from '../shared/importers/openPlanDocument';
import { regionFromText } from '../shared/importers/regionFromText';
import { fail, ok, type Result } from '../shared/lib/result';
import type { CliIo } from './io';
import { readBundleJson } from './readBundleJson';

/** How to read a plan file. */
export type LoadPlanOptions = {
  /** The table to read from text (default main); for workbooks it is checked only when given. */
  readonly table?: PlanTableKind;
  readonly planId: string;
  /** The user's column mapping (`--map`): the table is then read through importPlanGrid. */
  readonly overrides?: GridOverrides;
  /** The place name (`--region`); a text plan's is otherwise read from its title line. */
  readonly region?: string;
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
  if (/\.json$/i.test(path))
    return placed(withoutReading(readBundleJson(bytes, fileName)), options);
  const { openPlanTable } = await import('../shared/importers/openPlanDocument');
  // Without --table a document's main table is read; a workbook's table kind is detected.
  const opened = await openPlanTable(bytes, fileName, options);
  const isText = /\.(txt|md)$/i.test(path);
  return placed(opened, options, isText ? () => new TextDecoder('utf-8').decode(bytes) : null);
}

/**
 * Names the plan's place (issue 14): `--region` whatever the file, else for a text plan without
 * one the place its title line names (「景德镇市国民经济和社会发展…」), with the level it implies.
 */
function placed(
  result: Result<LoadedPlan>,
  options: LoadPlanOptions,
  text: (() => string) | null = null,
): Result<LoadedPlan> {
  if (!result.ok) return result;
  const plan = result.value.bundle.plan;
  const guess =
    options.region === undefined && plan.region === '' && text ? regionFromText(text()) : null;
  const region = options.region ?? guess?.region;
  if (region === undefined) return result;
  const level = guess && plan.level === '其他' ? guess.level : plan.level;
  const bundle = { ...result.value.bundle, plan: { ...plan, region, level } };
  return { ...result, value: { ...result.value, bundle } };
}

function withoutReading(result: Result<PlanBundle>): Result<LoadedPlan> {
  return result.ok ? ok({ bundle: result.value, reading: null }, result.warnings) : result;
}
