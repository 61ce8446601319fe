import * as XLSX from 'xlsx';
import type { PlanBundle } from '../domain/planBundle';
import { templateHeader } from './xlsxPlanTemplateLayout';
import { decodeUtf8, encodeUtf8 } from '../lib/textCodec';

// Cell formats of the styles.xml below (cellXfs indices).
const STYLE = { body: 1, header: 2, title: 3, centred: 4, notes: 5 } as const;
const LEFT_ALIGNED = ['指标（含单位）', '责任单位', '备注'];

// SheetJS community edition writes no cell styles: the template's borders, bold header, title and
// frozen header rows are added to the written package (UX.md「Documents」: like the source tables).
const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="3">' +
  '<font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' +
  '<font><b/><sz val="16"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' +
  '</fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
  '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom>' +
  '<diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">' +
  '<alignment vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">' +
  '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">' +
  '<alignment horizontal="center" vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">' +
  '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">' +
  '<alignment horizontal="left" vertical="top" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

// Printed on A4 landscape, one page wide, as many pages tall as needed (OOXML order: sheetPr
// first, pageMargins and pageSetup before ignoredErrors).
const FIT_TO_PAGE_WIDTH = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
const A4_LANDSCAPE =
  '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';

/**
 * Styles the 指标表 sheet (the first) of a template written by SheetJS: thin borders on the table,
 * a bold centred two-row header, a large title, wrapped notes, the title and header rows frozen,
 * and A4 landscape printing one page wide.
 * Only the package's styles.xml and sheet1.xml change; values are untouched. Returns the input
 * unchanged if the package is not laid out as expected.
 */
export function stylePlanTemplate(bytes: Uint8Array, bundle: PlanBundle): Uint8Array {
  const { plan } = bundle;
  const header = templateHeader(plan.tableKind, plan.baseYear, plan.targetYear);
  const lastTableRow = 3 + bundle.indicators.length;
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const styles = XLSX.CFB.find(cfb, '/xl/styles.xml');
  const sheet = XLSX.CFB.find(cfb, '/xl/worksheets/sheet1.xml');
  if (!styles || !sheet) return bytes;
  const xml = decodeUtf8(Uint8Array.from(sheet.content as ArrayLike<number>));
  if (xml === null) return bytes;
  const styled = xml
    .replace(
      '<sheetView workbookViewId="0"/>',
      '<sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/></sheetView>',
    )
    .replace(/<row r="1"/, '<row r="1" ht="30" customHeight="1"')
    .replace(/<dimension /, `${FIT_TO_PAGE_WIDTH}<dimension `)
    .replace(/(<ignoredErrors|<\/worksheet>)/, `${A4_LANDSCAPE}$1`)
    .replace(/<c r="([A-Z]+)(\d+)"/g, (match: string, letters: string, digits: string) => {
      const row = Number(digits);
      const column = XLSX.utils.decode_col(letters);
      return `${match} s="${cellStyle(row, column, lastTableRow, header.bottom)}"`;
    });
  XLSX.CFB.utils.cfb_add(cfb, '/xl/styles.xml', encodeUtf8(STYLES_XML));
  XLSX.CFB.utils.cfb_add(cfb, '/xl/worksheets/sheet1.xml', encodeUtf8(styled));
  const written: unknown = XLSX.CFB.write(cfb, {
    fileType: 'zip',
    type: 'array',
    compression: true,
  });
  return written instanceof Uint8Array ? written : new Uint8Array(written as ArrayLike<number>);
}

function cellStyle(row: number, column: number, lastTableRow: number, labels: readonly string[]) {
  if (row === 1) return STYLE.title;
  if (row <= 3) return STYLE.header;
  if (row > lastTableRow) return STYLE.notes;
  return LEFT_ALIGNED.includes(labels[column] ?? '') ? STYLE.body : STYLE.centred;
}
