import { ok } from '../lib/result';
import type { Result } from '../lib/result';
import type { DocumentImportOptions, OpenedPlan } from './importDocumentTables';
import type { TableImport } from './importPlanGrid';
import { importPlanTable } from './importPlanTable';

/**
 * A plan file's text (a .txt or .md, a PDF's rebuilt lines, a page or Word document without
 * tables) through the text importer, which finds the table in a whole document.
 */
export function importText(
  text: string,
  fileName: string,
  options: DocumentImportOptions,
): Result<OpenedPlan> {
  return withReading(
    importPlanTable(text, {
      table: options.table ?? 'main',
      planId: options.planId,
      fileName,
      origin: { type: 'file', fileName },
      ...(options.name === undefined ? {} : { name: options.name }),
      ...(options.region === undefined ? {} : { region: options.region }),
      ...(options.level === undefined ? {} : { level: options.level }),
      ...(options.source === undefined ? {} : { source: options.source }),
      ...(options.overrides ? { overrides: options.overrides } : {}),
    }),
  );
}

/** A grid reading as an opened plan. */
export function withReading(result: Result<TableImport>): Result<OpenedPlan> {
  return result.ok
    ? ok({ bundle: result.value.bundle, reading: result.value }, result.warnings)
    : result;
}
