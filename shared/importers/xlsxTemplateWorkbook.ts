/**
 * The exceljs side of our templates (docs/decisions/0047): the plan template, the data template
 * and the department workbook are written and styled with exceljs, the library of the report's
 * Excel export, and read back with SheetJS like any other file. This is the only module of
 * shared/importers that loads exceljs at run time; the app reaches it through a dynamic import.
 */
import ExcelJS from 'exceljs';
import type { DataValidation, Fill, Font, Style, Worksheet } from 'exceljs';
import { fitRowHeight } from '../report/xlsxSheetStyle';

/** A cell to write: a text stays a string cell, a number a number cell, null or '' leaves it empty. */
export type TemplateCellValue = string | number | null;

/** 宋体, as in the source documents' tables; family and charset let Excel pick it for Chinese. */
export const TEMPLATE_FONT: Partial<Font> = { name: '宋体', size: 11, family: 3, charset: 134 };
export const TEMPLATE_BOLD_FONT: Partial<Font> = { ...TEMPLATE_FONT, bold: true };

/** A solid fill of an RGB colour (「FFF2CC」), as the templates shade their input cells. */
export function solidFill(rgb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}

/**
 * A drop-down list of statuses on a status column. A warning, not a stop: a status typed by hand
 * (「年报」) is still read on import, and a wrong one is named there.
 */
export function statusListValidation(statuses: readonly string[], prompt?: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${statuses.join(',')}"`],
    errorStyle: 'warning',
    showErrorMessage: true,
    errorTitle: '状态',
    error: `请从下拉列表中选择：${statuses.join('、')}`,
    ...(prompt ? { showInputMessage: true, promptTitle: '状态', prompt } : {}),
  };
}

/** A new workbook stamped with its creation time (exceljs otherwise stamps the current time). */
export function createTemplateWorkbook(createdAt?: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '规划评估工作台';
  workbook.lastModifiedBy = '规划评估工作台';
  if (createdAt) {
    workbook.created = createdAt;
    workbook.modified = createdAt;
  }
  return workbook;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  // exceljs declares an ArrayBuffer but returns a Buffer in Node and its own in the browser; the
  // Uint8Array constructor copies all three into a plain Uint8Array (as reportXlsxBuilder does).
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Writes rows of values from the 1-based row `firstRow`, column A on. Texts are written as string
 * cells and never as formulas (exceljs writes formulas only from `{ formula }` objects;
 * docs/decisions/0013); a blank ('' or null) leaves the cell empty, as SheetJS reads it back.
 */
export function writeRows(
  sheet: Worksheet,
  firstRow: number,
  rows: readonly (readonly TemplateCellValue[])[],
): void {
  rows.forEach((values, index) => {
    const row = sheet.getRow(firstRow + index);
    values.forEach((value, column) => {
      if (value !== null && value !== '') row.getCell(column + 1).value = value;
    });
  });
}

/**
 * Gives every cell of the rectangle (1-based, inclusive) the look `styleAt` returns for it, empty
 * cells included, so borders and shading cover blank and merged cells too. Each cell gets its own
 * copy: exceljs setters such as `cell.font =` change the style object in place.
 */
export function styleRange(
  sheet: Worksheet,
  rows: readonly [number, number],
  columns: readonly [number, number],
  styleAt: (row: number, column: number) => Partial<Style> | null,
): void {
  for (let r = rows[0]; r <= rows[1]; r += 1) {
    const row = sheet.getRow(r);
    for (let c = columns[0]; c <= columns[1]; c += 1) {
      const look = styleAt(r, c);
      if (look) row.getCell(c).style = { ...look };
    }
  }
}

/** Gives every written cell of the sheet the template font (sheets without other styling). */
export function applyTemplateFont(sheet: Worksheet): void {
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      cell.font = TEMPLATE_FONT;
    });
  });
}

/** exceljs keeps a sheet's validations by address or range, a member its typings leave out. */
type SheetWithValidations = Worksheet & {
  readonly dataValidations: { add(range: string, validation: DataValidation): void };
};

/**
 * Gives a range of cells (「I5:I35」) one validation, written as one element. Set cell by cell,
 * exceljs joins equal validations into ranges after sorting the addresses as text (I10 before I5),
 * and from the tenth row on writes overlapping ranges (「I10:I35」 and 「I5:I35」), which Excel
 * repairs on opening.
 */
export function addValidation(sheet: Worksheet, range: string, validation: DataValidation): void {
  (sheet as SheetWithValidations).dataValidations.add(range, validation);
}

/** One column's width in characters (SheetJS's `wch`, as first sized) and whether it is hidden. */
export type TemplateColumnWidth = { readonly width: number; readonly isHidden?: boolean };

/**
 * Sets the columns' widths from column A on. Excel's width adds 5 pixels of padding to the
 * characters, at 6 pixels each as SheetJS counted them, so the columns keep the width they had
 * when SheetJS wrote the templates.
 */
export function setColumnWidths(sheet: Worksheet, widths: readonly TemplateColumnWidth[]): void {
  widths.forEach(({ width, isHidden }, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.round(((width * 6 + 5) / 6) * 256) / 256;
    if (isHidden) column.hidden = true;
  });
}

/**
 * Sets the height of each row in the span from its wrapped texts: Excel does not grow a row for
 * wrapped text when it opens a file, so a long name would be cut off on screen and on paper.
 */
export function fitRowHeights(sheet: Worksheet, rows: readonly [number, number]): void {
  for (let r = rows[0]; r <= rows[1]; r += 1) {
    const texts: { text: string; width: number }[] = [];
    sheet.getRow(r).eachCell((cell, column) => {
      if (cell.alignment?.wrapText === true && cell.value !== null && !cell.isMerged) {
        texts.push({ text: String(cell.value), width: sheet.getColumn(column).width ?? 9 });
      }
    });
    fitRowHeight(sheet, r, texts, 15);
  }
}
