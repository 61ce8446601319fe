import type { PlanTableKind } from '../domain/plan';
import type { PlanBundle } from '../domain/planBundle';
import { fail } from '../lib/result';
import type { Result } from '../lib/result';
import type { DocumentTableGrid } from './documentGrid';
import type { NumberedLine } from './rawTable';
import { collectNotesLines, isNotesStart } from './tableNotes';
import { importPlanDocumentSheet, readSheetTable } from './xlsxPlanDocumentTable';
import { TABLE_KIND_LABELS } from './xlsxPlanOptions';
import type { PlanWorkbookOptions } from './xlsxPlanOptions';
import type { SheetGrid } from './xlsxPlanSheetGrid';

/** Where the tables came from, for the messages: 「Word 文档」「网页」「PDF」. */
export type DocumentSource = { readonly fileName: string; readonly label: string };

const MAX_TITLE_LENGTH = 60;

/**
 * Imports the indicator table of a document from its table grids: the first table of the kind
 * asked for (`options.table`, else the main table, else whatever indicator table there is), read
 * by the same column rules as an Excel sheet laid out like the documents. The table's title is
 * the short paragraph just above it; its notes are the 注：/备注： paragraphs just below.
 */
export function importDocumentTables(
  tables: readonly DocumentTableGrid[],
  source: DocumentSource,
  options: PlanWorkbookOptions,
): Result<PlanBundle> {
  const wanted: PlanTableKind = options.table ?? 'main';
  if (tables.length === 0) {
    return fail(
      `${source.label}中没有表格：找不到指标表。请确认指标表是 ${source.label}中的表格，或把表格复制后用「粘贴指标表」导入`,
      { file: source.fileName },
    );
  }
  let firstProblem: Result<PlanBundle> | null = null;
  let otherKind: SheetGrid | null = null;
  for (const table of tables) {
    const grid = tableSheet(table, source.fileName);
    const found = readSheetTable(grid, { inheritCategory: true });
    if (found === null) continue;
    if (!found.ok) {
      firstProblem ??= found;
      continue;
    }
    if (found.value.columns.kind === wanted) {
      return (
        importPlanDocumentSheet(grid, { ...options, table: wanted }) ?? notFound(source, tables)
      );
    }
    otherKind ??= grid;
  }
  if (otherKind && options.table === undefined) {
    return importPlanDocumentSheet(otherKind, options) ?? notFound(source, tables);
  }
  if (otherKind) {
    return fail(
      `${source.label}中只找到${TABLE_KIND_LABELS[wanted === 'main' ? 'completion' : 'main']}，没有${TABLE_KIND_LABELS[wanted]}。请选择正确的表格类型`,
      { file: source.fileName, sheet: otherKind.sheet },
    );
  }
  return firstProblem ?? notFound(source, tables);
}

function notFound(source: DocumentSource, tables: readonly DocumentTableGrid[]): Result<never> {
  const first = tables[0]?.rows.find((row) => row.some((cell) => cell !== '')) ?? [];
  return fail(
    `${source.label}中有 ${tables.length} 个表格，但没有一个的表头含有「指标」列和「属性」「基期值」「目标值」等列，找不到指标表。请检查表头，或把指标表复制后用「粘贴指标表」导入`,
    {
      file: source.fileName,
      sheet: '表格 1',
      line: 1,
      cellText: first
        .filter((cell, i) => cell !== '' && cell !== first[i - 1])
        .join(' ')
        .slice(0, 80),
    },
  );
}

/**
 * A document table as a sheet: its title paragraph as the first row, its rows, then its notes
 * paragraphs one per row, so the sheet reader finds title, header, rows and notes as in Excel.
 */
export function tableSheet(table: DocumentTableGrid, fileName: string): SheetGrid {
  const title = table.before.at(-1) ?? '';
  const titleRows = title !== '' && title.length <= MAX_TITLE_LENGTH ? [[title]] : [];
  return {
    file: fileName,
    sheet: `表格 ${table.index + 1}`,
    rows: [...titleRows, ...table.rows, ...notesRows(table.after)],
    errorCells: [],
  };
}

function notesRows(after: readonly string[]): string[][] {
  const lines: NumberedLine[] = after.map((text, index) => ({ line: index + 1, text }));
  if (!isNotesStart(lines[0]?.text ?? '')) return [];
  return lines.slice(0, collectNotesLines(lines, 0)).map((line) => [line.text]);
}
