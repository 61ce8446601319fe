import type { PlanTableKind } from '../domain/plan';
import type { PlanBundle } from '../domain/planBundle';
import { fail, ok } from '../lib/result';
import type { Problem, Result } from '../lib/result';
import type { GridOverrides } from './columnRole';
import type { DocumentTableGrid } from './documentGrid';
import { importPlanGrid } from './importPlanGrid';
import type { PlanGrid, TableImport } from './importPlanGrid';
import type { NumberedLine } from './rawTable';
import { withDocumentRegion } from './readPlanRegion';
import { readingOfRows } from './readingOfRows';
import { collectNotesLines, isNotesStart, joinNotesLines, splitNoteItems } from './tableNotes';
import { importPlanDocumentSheet, readSheetTable } from './xlsxPlanDocumentTable';
import { TABLE_KIND_LABELS } from './xlsxPlanOptions';
import type { PlanWorkbookOptions } from './xlsxPlanOptions';
import type { SheetGrid } from './xlsxPlanSheetGrid';

/** Where the tables came from, for the messages: 「Word 文档」「网页」「PDF」. */
export type DocumentSource = { readonly fileName: string; readonly label: string };

/** A plan read from a file, with how its table was read when the grid importer read it. */
export type OpenedPlan = { readonly bundle: PlanBundle; readonly reading: TableImport | null };

/** Options of a document import: the workbook options and the user's column mapping. */
export type DocumentImportOptions = PlanWorkbookOptions & { readonly overrides?: GridOverrides };

const MAX_TITLE_LENGTH = 60;

/**
 * Imports the indicator table of a document from its table grids: the first table of the kind
 * asked for (`options.table`, else the main table, else whatever indicator table there is). Each
 * table is read like an Excel sheet laid out as the documents are, else by the grid importer
 * (columns by meaning, the paragraphs around it searched for the period and notes). The title is
 * the short paragraph
 * just above the table; its notes are the 注：/备注： paragraphs just below.
 */
export function importDocumentTables(
  tables: readonly DocumentTableGrid[],
  source: DocumentSource,
  options: DocumentImportOptions,
): Result<OpenedPlan> {
  const wanted: PlanTableKind = options.table ?? 'main';
  if (tables.length === 0) {
    return fail(
      `${source.label}中没有表格：找不到指标表。请确认指标表是${source.label}中的表格，或把表格复制后用「粘贴指标表」导入`,
      { file: source.fileName },
    );
  }
  let firstProblem: Result<OpenedPlan> | null = null;
  let otherKind: DocumentTableGrid | null = null;
  for (const table of tables) {
    const sheet = tableSheet(table, source.fileName);
    const classic = readSheetTable(sheet, { inheritCategory: true });
    if (classic?.ok && classic.value.columns.kind !== wanted) {
      otherKind ??= table;
      continue;
    }
    const read = readTable(table, sheet, source, { ...options, table: wanted });
    if (read.ok) return withHeadRegion(read, tables, options);
    firstProblem ??= read;
  }
  if (otherKind) {
    return withHeadRegion(readOtherKind(otherKind, wanted, source, options), tables, options);
  }
  return firstProblem ?? notFound(source, tables);
}

/**
 * A table whose title names no region takes the one the document's title lines name: the
 * paragraphs before the first table (a plan's table is often an appendix far below its title).
 */
function withHeadRegion(
  read: Result<OpenedPlan>,
  tables: readonly DocumentTableGrid[],
  options: DocumentImportOptions,
): Result<OpenedPlan> {
  if (!read.ok) return read;
  const head = (tables[0]?.before ?? []).join('\n');
  const bundle = withDocumentRegion(read.value.bundle, head, options);
  if (bundle === read.value.bundle) return read;
  const { reading } = read.value;
  // The review screen's reading usually holds the very bundle opened; keep them one object.
  const named = reading && {
    ...reading,
    bundle:
      reading.bundle === read.value.bundle
        ? bundle
        : withDocumentRegion(reading.bundle, head, options),
  };
  return { ...read, value: { bundle, reading: named } };
}

/**
 * Only a table of the other kind was found: read as that kind when no kind was asked for, else
 * refused with a message naming both kinds.
 */
function readOtherKind(
  otherKind: DocumentTableGrid,
  wanted: PlanTableKind,
  source: DocumentSource,
  options: DocumentImportOptions,
): Result<OpenedPlan> {
  const kind: PlanTableKind = wanted === 'main' ? 'completion' : 'main';
  if (options.table === undefined) {
    return readTable(otherKind, tableSheet(otherKind, source.fileName), source, {
      ...options,
      table: kind,
    });
  }
  return fail(
    `${source.label}中只找到${TABLE_KIND_LABELS[kind]}，没有${TABLE_KIND_LABELS[wanted]}。请选择正确的表格类型`,
    {
      file: source.fileName,
      sheet: `表格 ${otherKind.index + 1}`,
    },
  );
}

/**
 * One table of the kind asked for: by the documents' column words when its header has them (as a
 * workbook's sheet is read), else by column meaning (importPlanGrid), whose message names every
 * column it saw. The user's column mapping always goes through importPlanGrid.
 */
function readTable(
  table: DocumentTableGrid,
  sheet: SheetGrid,
  source: DocumentSource,
  options: DocumentImportOptions & { readonly table: PlanTableKind },
): Result<OpenedPlan> {
  const classic = options.overrides ? null : importPlanDocumentSheet(sheet, options);
  const byMeaning = importPlanGrid(planGrid(table), {
    table: options.table,
    planId: options.planId,
    fileName: source.fileName,
    origin: { type: 'file', fileName: source.fileName },
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.level === undefined ? {} : { level: options.level }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
  if (classic?.ok) {
    // The review screen shows the columns as read by meaning and re-reads the grid with the
    // user's corrections, as for a pasted table; the rows stay those of the layout reader.
    const reading = readingOfRows(byMeaning, classic.value);
    return ok({ bundle: classic.value, reading }, classic.warnings);
  }
  if (!byMeaning.ok) return located(byMeaning, sheet);
  const reading = byMeaning.value;
  return ok({ bundle: reading.bundle, reading }, located(byMeaning.warnings, sheet));
}

/** The table as the grid importer's input: its rows, title and notes. */
export function planGrid(table: DocumentTableGrid): PlanGrid {
  const title = tableTitle(table);
  const notes = notesParagraphs(table.after);
  return {
    rows: table.rows,
    ...(title ? { title } : {}),
    // The paragraphs around the table are not passed as `context`: their years (「2019 年数据」 in a
    // note, 「二〇三五年」 in a title) move importPlanGrid's period (generated 'years' layouts).
    ...(notes.length > 0 ? { notes: splitNoteItems(joinNotesLines(notes)) } : {}),
  };
}

/**
 * A document table as a sheet: its title paragraph as the first row, its rows, then its notes
 * paragraphs one per row, so the sheet reader finds title, header, rows and notes as in Excel.
 */
export function tableSheet(table: DocumentTableGrid, fileName: string): SheetGrid {
  const title = tableTitle(table);
  return {
    file: fileName,
    sheet: `表格 ${table.index + 1}`,
    rows: [
      ...(title ? [[title]] : []),
      ...table.rows,
      ...notesParagraphs(table.after).map((line) => [line]),
    ],
    errorCells: [],
  };
}

function tableTitle(table: DocumentTableGrid): string {
  const title = table.before.at(-1) ?? '';
  return title.length <= MAX_TITLE_LENGTH ? title : '';
}

function notesParagraphs(after: readonly string[]): string[] {
  const lines: NumberedLine[] = after.map((text, index) => ({ line: index + 1, text }));
  if (!isNotesStart(lines[0]?.text ?? '')) return [];
  return lines.slice(0, collectNotesLines(lines, 0)).map((line) => line.text);
}

function located<T>(result: Result<T>, sheet: SheetGrid): Result<T>;
function located(problems: readonly Problem[], sheet: SheetGrid): Problem[];
function located<T>(
  input: Result<T> | readonly Problem[],
  sheet: SheetGrid,
): Result<T> | Problem[] {
  const at = (problem: Problem): Problem => ({
    ...problem,
    location: { ...problem.location, file: sheet.file, sheet: sheet.sheet },
  });
  if (Array.isArray(input)) return input.map(at);
  const result = input as Result<T>;
  return result.ok ? result : { ok: false, error: at(result.error) };
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
