import ExcelJS from 'exceljs';

/**
 * Opens xlsx bytes with exceljs, to check the styles, views, validations and print setup a
 * template was written with (SheetJS, which the app reads templates with, drops most of them).
 */
export async function openWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own `Buffer extends ArrayBuffer`; a Node Buffer is what it reads.
  await workbook.xlsx.load(
    Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  return workbook;
}

/** The solid fill colour of a cell (「FFF2CC」), or undefined when it has none. */
export function fillOf(sheet: ExcelJS.Worksheet, address: string): string | undefined {
  const fill = sheet.getCell(address).fill;
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return fill.fgColor?.argb?.slice(2);
}
