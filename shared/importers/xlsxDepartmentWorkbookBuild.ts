import type { Style, Worksheet } from 'exceljs';
import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import { PROGRESS_STATUSES, type WorkItemProgress } from '../domain/workItemProgress';
import { CENTRED, THIN_BORDERS, freezeHeader, setPrintLayout } from '../report/xlsxSheetStyle';
import { writeDataTemplate } from './xlsxDataTemplateBuild';
import { INPUT_FILL_RGB, INPUT_HEADER_FILL_RGB } from './xlsxDataTemplateLook';
import { INPUT_MARK } from './xlsxDataTemplateLayout';
import type { DepartmentWorkbookOptions } from './xlsxDepartmentWorkbook';
import { itemProgressRows, type DepartmentItemSource } from './xlsxDepartmentItemsBuild';
import { ITEM_PROGRESS_COLUMNS, ITEM_SHEET_NAME } from './xlsxDepartmentItemsLayout';
import {
  TEMPLATE_BOLD_FONT,
  TEMPLATE_FONT,
  addValidation,
  createTemplateWorkbook,
  setColumnWidths,
  solidFill,
  statusListValidation,
  styleRange,
  fitRowHeights,
  workbookBytes,
  writeRows,
} from './xlsxTemplateWorkbook';

/**
 * One workbook per department with its indicators (the data template's 数据填报 sheet) and its
 * work items (重点任务进展), issue 13「Department templates」. Written with exceljs, read back by
 * importDepartmentWorkbook with SheetJS (docs/decisions/0047).
 */
export async function buildDepartmentWorkbook(
  plan: Plan,
  indicators: readonly Indicator[],
  actualValues: readonly ActualValue[],
  sources: readonly DepartmentItemSource[],
  progress: readonly WorkItemProgress[],
  options: DepartmentWorkbookOptions,
): Promise<Uint8Array> {
  const workbook = createTemplateWorkbook(options.now);
  writeDataTemplate(workbook, plan, indicators, actualValues, options);
  const sheet = workbook.addWorksheet(ITEM_SHEET_NAME);
  const rows = itemProgressRows(sources, progress, options.period, options.department);
  writeRows(sheet, 1, rows);
  styleItemSheet(sheet, rows.length);
  return workbookBytes(workbook);
}

/** The item sheet's header row (1-based): title and instructions above it. */
const HEADER_ROW = 3;

const isInput = (column: number) => (ITEM_PROGRESS_COLUMNS[column - 1] ?? '').endsWith(INPUT_MARK);

const LOOK = {
  title: { font: { ...TEMPLATE_BOLD_FONT, size: 14 } },
  notes: { font: TEMPLATE_FONT },
  header: { font: TEMPLATE_BOLD_FONT, alignment: CENTRED, border: THIN_BORDERS },
  inputHeader: {
    font: TEMPLATE_BOLD_FONT,
    alignment: CENTRED,
    border: THIN_BORDERS,
    fill: solidFill(INPUT_HEADER_FILL_RGB),
  },
  text: {
    font: TEMPLATE_FONT,
    alignment: { vertical: 'middle', wrapText: true },
    border: THIN_BORDERS,
  },
  input: {
    font: TEMPLATE_FONT,
    alignment: { vertical: 'middle', wrapText: true },
    border: THIN_BORDERS,
    fill: solidFill(INPUT_FILL_RGB),
  },
} as const satisfies Record<string, Partial<Style>>;

const STATUS_VALIDATION = statusListValidation(PROGRESS_STATUSES);

/**
 * The 重点任务进展 sheet as a form like 数据填报: borders, the columns to fill shaded yellow, the
 * header frozen and repeated on printed pages, the id column hidden, and a drop-down list of the
 * five statuses (a warning only: the importer reads what is typed and names a wrong one).
 */
function styleItemSheet(sheet: Worksheet, rowCount: number): void {
  const width = ITEM_PROGRESS_COLUMNS.length;
  setColumnWidths(
    sheet,
    ITEM_PROGRESS_COLUMNS.map((name, index) =>
      index === 0
        ? { width: 24, isHidden: true }
        : { width: name === '任务' || name.startsWith('进展') ? 40 : 14 },
    ),
  );
  styleRange(sheet, [1, Math.max(rowCount, HEADER_ROW)], [1, width], (row, column) => {
    if (row < HEADER_ROW) return column === 1 ? null : row === 1 ? LOOK.title : LOOK.notes;
    if (row === HEADER_ROW) return isInput(column) ? LOOK.inputHeader : LOOK.header;
    return isInput(column) ? LOOK.input : LOOK.text;
  });
  sheet.getRow(1).height = 28;
  fitRowHeights(sheet, [HEADER_ROW, rowCount]);
  freezeHeader(sheet, HEADER_ROW + 1);
  const status = ITEM_PROGRESS_COLUMNS.indexOf('状态（填报）') + 1;
  if (rowCount > HEADER_ROW) {
    const letter = sheet.getColumn(status).letter;
    addValidation(sheet, `${letter}${HEADER_ROW + 1}:${letter}${rowCount}`, STATUS_VALIDATION);
  }
  setPrintLayout(sheet, {
    repeatRows: [HEADER_ROW, HEADER_ROW],
    columnWidths: ITEM_PROGRESS_COLUMNS.slice(1).map((_, i) => sheet.getColumn(i + 2).width ?? 9),
  });
  sheet.pageSetup.printArea = `B$1:${sheet.getColumn(width).letter}$${Math.max(rowCount, 3)}`;
}
