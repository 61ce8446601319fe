/**
 * How the data template's 数据填报 sheet looks (issue 15 item 7: like a form): input columns
 * shaded yellow under a yellow header, borders, the title and header rows and the name columns
 * frozen, a drop-down list of the four statuses on every status cell, and A4 landscape printing
 * one page wide, one page per 30 indicators, with the header repeated.
 */
import type { Style, Worksheet } from 'exceljs';
import { VALUE_STATUSES } from '../domain/actualValue';
import { CENTRED, THIN_BORDERS, freezeHeader, setPrintLayout } from '../report/xlsxSheetStyle';
import { FIXED_COLUMN_COUNT } from './xlsxDataTemplateLayout';
import {
  TEMPLATE_BOLD_FONT,
  TEMPLATE_FONT,
  addValidation,
  fitRowHeights,
  solidFill,
  statusListValidation,
  styleRange,
} from './xlsxTemplateWorkbook';

/** Rows printed per landscape page (issue 15 item 7: one page per 30 indicators). */
const INDICATORS_PER_PAGE = 30;

/** The fill of the cells to fill in: light yellow, as form templates in Excel shade them. */
export const INPUT_FILL_RGB = 'FFF2CC';
/** The fill of the input columns' header: a darker yellow. */
export const INPUT_HEADER_FILL_RGB = 'FFE699';
/** The fill of the fixed columns' header: light grey. */
const HEADER_FILL_RGB = 'F2F2F2';

/** Rows above the table: title, instructions, the two header rows (decision 0045). */
const HEADER_ROWS = 4;

const LOOK = {
  title: {
    font: { ...TEMPLATE_BOLD_FONT, size: 14 },
    alignment: { horizontal: 'left', vertical: 'middle' },
  },
  notes: {
    font: TEMPLATE_FONT,
    alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
  },
  header: {
    font: TEMPLATE_BOLD_FONT,
    alignment: CENTRED,
    border: THIN_BORDERS,
    fill: solidFill(HEADER_FILL_RGB),
  },
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
  centred: { font: TEMPLATE_FONT, alignment: CENTRED, border: THIN_BORDERS },
  inputValue: {
    font: TEMPLATE_FONT,
    alignment: { horizontal: 'right', vertical: 'middle' },
    border: THIN_BORDERS,
    fill: solidFill(INPUT_FILL_RGB),
  },
  inputStatus: {
    font: TEMPLATE_FONT,
    alignment: { horizontal: 'center', vertical: 'middle' },
    border: THIN_BORDERS,
    fill: solidFill(INPUT_FILL_RGB),
  },
} as const satisfies Record<string, Partial<Style>>;

/** What the styling needs to know about the written sheet. */
export type DataSheetLayout = {
  readonly indicatorCount: number;
  /** Columns of the sheet, the hidden id column included. */
  readonly columnCount: number;
  /** 0-based columns of the periods' 状态 cells. */
  readonly statusColumns: readonly number[];
};

/** Styles the 数据填报 sheet written by writeDataTemplate; values are untouched. */
export function styleDataSheet(sheet: Worksheet, layout: DataSheetLayout): void {
  const lastRow = HEADER_ROWS + layout.indicatorCount;
  const statuses = new Set(layout.statusColumns.map((column) => column + 1));
  styleRange(sheet, [1, lastRow], [1, layout.columnCount], (row, column) => {
    const isInput = column > FIXED_COLUMN_COUNT;
    if (row <= 2) return column === 1 ? null : row === 1 ? LOOK.title : LOOK.notes;
    if (row <= HEADER_ROWS) return isInput ? LOOK.inputHeader : LOOK.header;
    if (statuses.has(column)) return LOOK.inputStatus;
    if (isInput) return LOOK.inputValue;
    return column === 4 || column === 6 ? LOOK.centred : LOOK.text;
  });
  [28, 80, 20, 20].forEach((height, index) => (sheet.getRow(index + 1).height = height));
  fitRowHeights(sheet, [HEADER_ROWS + 1, lastRow]);
  // Title, instructions and header stay in view; so do 类别 and 指标名称 (columns B and C).
  freezeHeader(sheet, HEADER_ROWS + 1, 4);
  addStatusValidation(sheet, layout);
  setPrintPages(sheet, layout);
}

const STATUS_VALIDATION = statusListValidation(
  VALUE_STATUSES,
  '从下拉列表中选择；留空表示沿用原状态',
);

function addStatusValidation(sheet: Worksheet, layout: DataSheetLayout): void {
  const last = HEADER_ROWS + Math.max(1, layout.indicatorCount);
  for (const column of layout.statusColumns) {
    const letter = columnLetter(column);
    addValidation(sheet, `${letter}${HEADER_ROWS + 1}:${letter}${last}`, STATUS_VALIDATION);
  }
}

/** A4 landscape, one page wide, one page tall per 30 indicators. */
export function printPages(indicatorCount: number): number {
  return Math.max(1, Math.ceil(indicatorCount / INDICATORS_PER_PAGE));
}

/**
 * Prints columns B to the last input column (the id column stays off paper), the header rows on
 * every page, a page break after every 30th indicator and the page number in the footer.
 */
function setPrintPages(sheet: Worksheet, layout: DataSheetLayout): void {
  const widths = Array.from(
    { length: layout.columnCount - 1 },
    (_, index) => sheet.getColumn(index + 2).width ?? 9,
  );
  setPrintLayout(sheet, { repeatRows: [HEADER_ROWS - 1, HEADER_ROWS], columnWidths: widths });
  const pages = printPages(layout.indicatorCount);
  const lastRow = Math.max(3, HEADER_ROWS + layout.indicatorCount);
  // exceljs puts a `$` before each end of the range it is given: 「B$1」 becomes 「$B$1」.
  sheet.pageSetup.printArea = `B$1:${columnLetter(layout.columnCount - 1)}$${lastRow}`;
  sheet.pageSetup.fitToHeight = pages;
  sheet.pageSetup.margins = {
    left: 0.4,
    right: 0.4,
    top: 0.5,
    bottom: 0.6,
    header: 0.3,
    footer: 0.3,
  };
  for (let page = 1; page < pages; page += 1) {
    sheet.getRow(HEADER_ROWS + page * INDICATORS_PER_PAGE).addPageBreak();
  }
}

/** The letters of a 0-based column: 0 → A, 26 → AA. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
