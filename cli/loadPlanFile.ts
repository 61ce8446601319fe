import type { PlanTableKind } from '../shared/domain/plan';
import type { PlanBundle } from '../shared/domain/planBundle';
import { importPlanFromText } from '../shared/importers/importPlanFromText';
import { guardPlanBundle } from '../shared/domain/guards/guardPlanBundle';
import { fail, type Result } from '../shared/lib/result';
import { decodeUserText } from '../shared/lib/textCodec';
import { describeUnsupportedFile } from '../shared/lib/unsupportedFile';
import type { CliIo } from './io';

/** How to read a plan file. */
export type LoadPlanOptions = {
  /** The table to read from text (default main); for workbooks it is checked only when given. */
  readonly table?: PlanTableKind;
  readonly planId: string;
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
  const unsupported = describeUnsupportedFile(fileName, bytes, 'plan');
  if (unsupported) return fail(unsupported, { file: fileName });
  if (/\.json$/i.test(path)) return readBundleJson(bytes, fileName);
  if (/\.xlsx$/i.test(path)) {
    // The table kind is read from the workbook, and checked against --table only when given.
    const { importPlanFromWorkbook } = await import('../shared/importers/xlsxPlanWorkbook');
    return importPlanFromWorkbook(bytes, fileName, options);
  }
  // A plan saved from WPS or Notepad on Chinese Windows may be GBK.
  return importPlanFromText(decodeUserText(bytes).text, {
    table: options.table ?? 'main',
    planId: options.planId,
    fileName,
    origin: { type: 'file', fileName },
  });
}

function readBundleJson(bytes: Uint8Array, fileName: string): Result<PlanBundle> {
  let data: unknown;
  try {
    data = JSON.parse(decodeUserText(bytes).text);
  } catch (error) {
    return fail(`不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`, {
      file: fileName,
    });
  }
  // The same guards as a backup restore: a bad target kind or a year of 1e9 is refused here,
  // not met as a stack trace or an out-of-memory deep inside `evaluate` or `report`.
  return guardPlanBundle(data, fileName);
}
