/**
 * Cell styles and page setup shared by the report workbook's sheets. UX.md「Documents」: like the
 * tables in the source documents — a title row, bold header, borders everywhere, widths that fit
 * Chinese text, frozen header, printed on A4 landscape with the header repeated on every page.
 */
import type { Alignment, Borders, Cell, Font, Worksheet } from 'exceljs';

/** Body text: 宋体, as the statistical tables of the source documents are set. */
export const BODY_FONT: Partial<Font> = { name: '宋体', size: 10 };
export const HEADER_FONT: Partial<Font> = { name: '宋体', size: 10, bold: true };
/** The title: the face of the Word report's title (GB/T 9704); Excel substitutes if missing. */
export const TITLE_FONT: Partial<Font> = { name: '方正小标宋简体', size: 16 };
export const NOTE_FONT: Partial<Font> = { name: '宋体', size: 9 };

const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
export const THIN_BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const CENTRED: Partial<Alignment> = {
  horizontal: 'center',
  vertical: 'middle',
  wrapText: true,
};
export const LEFT: Partial<Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };

/** How one table cell is drawn. */
export type CellLook = {
  readonly font?: Partial<Font>;
  readonly alignment?: Partial<Alignment>;
  readonly numFmt?: string | null;
  readonly isBordered?: boolean;
};

/**
 * Writes a value into a cell with its look. A text always becomes a string cell and never a
 * formula (exceljs writes formulas only from `{ formula }` objects; docs/decisions/0013), and a
 * number stays a number, so −3.2 is computed with, not read as text.
 */
export function writeCell(
  sheet: Worksheet,
  row: number,
  column: number,
  value: string | number | null,
  look: CellLook,
): Cell {
  const cell = sheet.getCell(row, column);
  cell.value = value === null ? null : value;
  cell.font = look.font ?? BODY_FONT;
  cell.alignment = look.alignment ?? CENTRED;
  if (look.numFmt) cell.numFmt = look.numFmt;
  if (look.isBordered ?? true) cell.border = THIN_BORDERS;
  return cell;
}

/** Width of a text in Excel character units: a CJK or full-width character counts two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffef]/.test(char) ? 2 : 1;
  return width;
}

/**
 * The lines a text takes in a column of `width` characters (explicit line breaks counted). A
 * column of width w is about 7w + 5 pixels; a 10-point CJK glyph is about 13.3 pixels, two units.
 */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width * 1.05 - 0.5);
  return text
    .split('\n')
    .reduce((lines, part) => lines + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
}

/** Points per line of 10-point 宋体 with a little leading. */
const LINE_HEIGHT = 13.5;

/**
 * Sets a row's height from the wrapped texts in it. Excel does not grow rows for wrapped text
 * when it opens a file, so a long name would otherwise be cut off on screen and on paper.
 */
export function fitRowHeight(
  sheet: Worksheet,
  row: number,
  texts: readonly { readonly text: string; readonly width: number }[],
  minimum = 18,
): void {
  const lines = Math.max(1, ...texts.map((item) => lineCount(item.text, item.width)));
  sheet.getRow(row).height = Math.max(minimum, lines * LINE_HEIGHT + 4);
}

/** What a printed sheet needs: the rows repeated on each page and the column widths. */
export type PrintLayout = {
  readonly repeatRows: readonly [number, number];
  readonly columnWidths: readonly number[];
};

const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };
const POINTS_PER_INCH = 72;
/** A4 landscape, in points: 297 × 210 mm. */
const PAGE = { width: 841.9, height: 595.3 } as const;

/** The printable height of a page in points at 100 %, inside the margins. */
export const PRINTABLE_HEIGHT = PAGE.height - (MARGINS.top + MARGINS.bottom) * POINTS_PER_INCH;

/**
 * A column of width w (Excel character units) is 7w + 5 pixels of Calibri 11, the default font
 * exceljs writes, 0.75 point each. Other spreadsheets substitute wider fonts, never narrower.
 */
export function columnPoints(width: number): number {
  return (width * 7 + 5) * 0.75;
}

/**
 * A4 landscape, one page wide and as many tall as needed, centred, the header rows on every page
 * and the page number in the footer (「第 1 页，共 3 页」). Returns the largest scale in per cent
 * the table can print at: a spreadsheet with wider fonts shrinks it more, fitting more rows on a
 * page, so page breaks planned for this scale stay safe.
 */
export function setPrintLayout(sheet: Worksheet, layout: PrintLayout): number {
  const tableWidth = layout.columnWidths.reduce((sum, width) => sum + columnPoints(width), 0);
  const printableWidth = PAGE.width - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: MARGINS,
    printTitlesRow: `${layout.repeatRows[0]}:${layout.repeatRows[1]}`,
  };
  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
  return Math.min(100, (printableWidth / tableWidth) * 100);
}

/** Freezes the rows above `firstBodyRow` and the columns left of `firstFreeColumn`. */
export function freezeHeader(sheet: Worksheet, firstBodyRow: number, firstFreeColumn = 1): void {
  sheet.views = [
    {
      state: 'frozen',
      xSplit: firstFreeColumn - 1,
      ySplit: firstBodyRow - 1,
      topLeftCell: sheet.getCell(firstBodyRow, firstFreeColumn).address,
      activeCell: sheet.getCell(firstBodyRow, firstFreeColumn).address,
    },
  ];
}

/** A title row merged across the table, tall enough for the 16-point title. */
export function writeTitleRow(sheet: Worksheet, row: number, width: number, title: string): void {
  sheet.mergeCells(row, 1, row, width);
  writeCell(sheet, row, 1, title, {
    font: TITLE_FONT,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    isBordered: false,
  });
  sheet.getRow(row).height = 32;
}
