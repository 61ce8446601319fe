import { fail, ok } from '../lib/result';
import type { Problem, Result } from '../lib/result';
import type { GridOverrides } from './columnRole';
import { findTableRegion } from './findTableRegion';
import { importPlanGrid } from './importPlanGrid';
import type { TableImport } from './importPlanGrid';
import { withDocumentRegion } from './readPlanRegion';
import type { ImportOptions } from './importOptions';
import { importLegacyText, isClassicLayout } from './legacyTextTable';
import { textToGrid } from './textToGrid';
import { formatNumber } from '../lib/formatNumber';

/** Largest text accepted: a whole plan document is about 0.3 MB, so 5 M characters is ample. */
export const MAX_IMPORT_TEXT_LENGTH = 5_000_000;

/**
 * Imports a plan table from text — pasted or a whole document — and says how it was read (issue
 * 11). Delimited text (tabs, pipes, one cell per line) is cut into a grid and read by
 * importPlanGrid, columns by meaning; when its columns are exactly those of the source documents,
 * or the text is not delimited (PDF text), the source-document layout readers read it, and
 * importPlanGrid is tried when they cannot. With `overrides` (the review screen, CLI --map) the
 * grid is always used. Never throws: bad input gives a located Chinese message.
 */
export function importPlanTable(
  text: string,
  options: ImportOptions & { readonly overrides?: GridOverrides },
): Result<TableImport> {
  const file = options.fileName;
  const at = (line: number) => (file ? { file, line } : { line });
  if (typeof text !== 'string') return fail('输入为空：请粘贴指标表文本', at(1));
  // The size check comes before any pass over the text (trim copies it).
  if (text.length > MAX_IMPORT_TEXT_LENGTH) {
    const megabytes = formatNumber(text.length / 1_000_000, 1);
    return fail(
      `文本过大（约 ${megabytes} 百万字符），超过 5 百万字符上限；请只粘贴指标表所在部分`,
      at(1),
    );
  }
  if (text.trim() === '') return fail('输入为空：请粘贴指标表文本', at(1));
  try {
    return withFile(readTable(text, options), file);
  } catch (error) {
    // Defensive: a parser bug must still reach the user as a located Chinese error, not a crash.
    return fail(
      `导入时发生内部错误：${error instanceof Error ? error.message : String(error)}`,
      at(1),
    );
  }
}

/**
 * Without overrides: the grid reading of delimited text unless its columns are the classic ones,
 * else the layout readers, else the grid's message. With overrides: the grid that plain reading
 * used (the one whose columns the user saw) is read again with them.
 */
function readTable(
  text: string,
  options: ImportOptions & { readonly overrides?: GridOverrides },
): Result<TableImport> {
  const { overrides, ...plainOptions } = options;
  const plain = readPlain(text, plainOptions);
  if (!overrides || !plain.ok) return withTextRegion(plain, text, options);
  return withTextRegion(importPlanGrid(plain.value.grid, options), text, options);
}

/** A table whose title names no region takes the one the document's title names, if any. */
function withTextRegion(
  read: Result<TableImport>,
  text: string,
  options: ImportOptions,
): Result<TableImport> {
  if (!read.ok) return read;
  const bundle = withDocumentRegion(read.value.bundle, text, options);
  return bundle === read.value.bundle ? read : { ...read, value: { ...read.value, bundle } };
}

function readPlain(text: string, options: ImportOptions): Result<TableImport> {
  const lines = text.split(/\r\n|\r|\n/);
  const region = findTableRegion(lines, options.table);
  const cut = textToGrid([...region.body, ...region.notes].sort((a, b) => a.line - b.line));
  const fromGrid = cut
    ? importPlanGrid(
        { rows: cut.rows, lines: cut.lines, ...(region.title ? { title: region.title } : {}) },
        options,
      )
    : null;
  if (fromGrid?.ok && (cut?.exact || !isClassicLayout(fromGrid.value.columns, options.table)))
    return fromGrid;
  const legacy = importLegacyText(text, options);
  // The grid's message names every column it saw, which says more than the layout readers'.
  return legacy.ok || !fromGrid ? legacy : fromGrid;
}

function withFile(result: Result<TableImport>, file: string | undefined): Result<TableImport> {
  if (!file) return result;
  if (!result.ok) return fail(result.error.message, { ...result.error.location, file });
  return ok(
    result.value,
    result.warnings.map((warning): Problem => ({
      ...warning,
      location: { ...warning.location, file },
    })),
  );
}
