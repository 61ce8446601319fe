import * as XLSX from 'xlsx';
import { VALUE_STATUSES } from '../domain/actualValue';
import { FIXED_COLUMN_COUNT } from './xlsxDataTemplateLayout';
import { decodeUtf8, encodeUtf8 } from '../lib/textCodec';

/** Rows printed per landscape page (issue 15 item 7: one page per 30 indicators). */
export const INDICATORS_PER_PAGE = 30;

/** Rows above the table: title, instructions, the two header rows (decision 0045). */
const HEADER_ROWS = 4;

// Cell formats of the styles.xml below (cellXfs indices).
const STYLE = {
  body: 1,
  header: 2,
  title: 3,
  notes: 4,
  inputValue: 5,
  inputStatus: 6,
  centred: 7,
  inputHeader: 8,
} as const;

/** The fill of the cells to fill in: light yellow, as form templates in Excel shade them. */
export const INPUT_FILL_RGB = 'FFF2CC';

const FONT = '<name val="宋体"/><family val="3"/><charset val="134"/>';
const BORDER = (side: string) => `<${side} style="thin"><color auto="1"/></${side}>`;

// SheetJS community edition writes no cell styles, validations or print setup: they are added to
// the written package, as stylePlanTemplate does for the plan template.
const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="3"><font><sz val="11"/>${FONT}</font><font><b/><sz val="11"/>${FONT}</font>` +
  `<font><b/><sz val="14"/>${FONT}</font></fonts>` +
  '<fills count="5"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>' +
  `<fill><patternFill patternType="solid"><fgColor rgb="FF${INPUT_FILL_RGB}"/><bgColor indexed="64"/></patternFill></fill>` +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFE699"/><bgColor indexed="64"/></patternFill></fill>' +
  '</fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  `<border>${BORDER('left')}${BORDER('right')}${BORDER('top')}${BORDER('bottom')}<diagonal/></border></borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="9">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  xf(0, 0, 'vertical="center" wrapText="1"') +
  xf(1, 2, 'horizontal="center" vertical="center" wrapText="1"') +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">' +
  '<alignment horizontal="left" vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">' +
  '<alignment horizontal="left" vertical="top" wrapText="1"/></xf>' +
  xf(0, 3, 'horizontal="right" vertical="center"') +
  xf(0, 3, 'horizontal="center" vertical="center"') +
  xf(0, 0, 'horizontal="center" vertical="center" wrapText="1"') +
  xf(1, 4, 'horizontal="center" vertical="center" wrapText="1"') +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function xf(fontId: number, fillId: number, alignment: string): string {
  return (
    `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="1" xfId="0" ` +
    `applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment ${alignment}/></xf>`
  );
}

/** What the styling needs to know about the written sheet. */
export type DataTemplateShape = {
  readonly indicatorCount: number;
  /** 0-based columns of the periods' 状态 cells. */
  readonly statusColumns: readonly number[];
};

/**
 * Makes the 数据填报 sheet (the first) look like a form (issue 15 item 7): input columns shaded
 * yellow with a yellow header, borders, the title and header rows and the name columns frozen, a
 * drop-down list of the four statuses on every status cell, and A4 landscape printing one page
 * wide and one page per 30 indicators with the header repeated. Values are untouched; the
 * input cells written empty ('') become empty styled cells. Returns the input unchanged if the
 * package is not laid out as expected.
 */
export function styleDataTemplate(bytes: Uint8Array, shape: DataTemplateShape): Uint8Array {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const styles = XLSX.CFB.find(cfb, '/xl/styles.xml');
  const sheet = XLSX.CFB.find(cfb, '/xl/worksheets/sheet1.xml');
  if (!styles || !sheet) return bytes;
  const lastRow = HEADER_ROWS + shape.indicatorCount;
  const statuses = new Set(shape.statusColumns);
  const sheetXml = decodeUtf8(Uint8Array.from(sheet.content as ArrayLike<number>));
  if (sheetXml === null) return bytes;
  const xml = sheetXml
    .replace('<sheetView workbookViewId="0"/>', FROZEN_VIEW)
    .replace(/<row r="(\d+)"/g, (match: string, row: string) => `${match}${rowHeight(Number(row))}`)
    .replace(/<c r="([A-Z]+)(\d+)"/g, (match: string, letters: string, digits: string) => {
      const style = cellStyle(Number(digits), XLSX.utils.decode_col(letters), lastRow, statuses);
      return `${match} s="${style}"`;
    })
    .replace(/ t="str"><v><\/v><\/c>/g, '/>')
    .replace(/<dimension /, `${FIT_TO_PAGE}<dimension `)
    .replace(/(<ignoredErrors|<\/worksheet>)/, `${statusValidation(shape)}${pageSetup(shape)}$1`);
  XLSX.CFB.utils.cfb_add(cfb, '/xl/styles.xml', encodeUtf8(STYLES_XML));
  XLSX.CFB.utils.cfb_add(cfb, '/xl/worksheets/sheet1.xml', encodeUtf8(xml));
  const written: unknown = XLSX.CFB.write(cfb, {
    fileType: 'zip',
    type: 'array',
    compression: true,
  });
  return written instanceof Uint8Array ? written : new Uint8Array(written as ArrayLike<number>);
}

/** Title, instructions and header stay in view; so do 类别 and 指标名称 (columns B and C). */
const FROZEN_VIEW =
  '<sheetView workbookViewId="0"><pane xSplit="3" ySplit="4" topLeftCell="D5" ' +
  'activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="G5" ' +
  'sqref="G5"/></sheetView>';

const FIT_TO_PAGE = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';

function rowHeight(row: number): string {
  if (row === 1) return ' ht="28" customHeight="1"';
  if (row === 2) return ' ht="80" customHeight="1"';
  if (row === 3 || row === 4) return ' ht="20" customHeight="1"';
  return '';
}

function cellStyle(
  row: number,
  column: number,
  lastRow: number,
  statusColumns: ReadonlySet<number>,
): number {
  const isInput = column >= FIXED_COLUMN_COUNT;
  const isStatus = statusColumns.has(column);
  if (row === 1) return STYLE.title;
  if (row === 2) return STYLE.notes;
  if (row <= HEADER_ROWS) return isInput ? STYLE.inputHeader : STYLE.header;
  if (row > lastRow) return STYLE.body;
  if (isStatus) return STYLE.inputStatus;
  if (isInput) return STYLE.inputValue;
  return column === 3 || column === 5 ? STYLE.centred : STYLE.body;
}

/** The status columns' cells of every indicator row, e.g. 「I5:I35 L5:L35」. */
export function statusRanges(shape: DataTemplateShape): string {
  const last = HEADER_ROWS + Math.max(1, shape.indicatorCount);
  return shape.statusColumns
    .map((column) => {
      const letter = XLSX.utils.encode_col(column);
      return `${letter}${HEADER_ROWS + 1}:${letter}${last}`;
    })
    .join(' ');
}

// A warning, not a stop: 「年报」 typed by hand is still read as 年报数 on import.
function statusValidation(shape: DataTemplateShape): string {
  if (shape.statusColumns.length === 0) return '';
  return (
    '<dataValidations count="1"><dataValidation type="list" errorStyle="warning" ' +
    'allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="状态" ' +
    `error="请从下拉列表中选择：${VALUE_STATUSES.join('、')}" promptTitle="状态" ` +
    `prompt="从下拉列表中选择；留空表示沿用原状态" sqref="${statusRanges(shape)}">` +
    `<formula1>"${VALUE_STATUSES.join(',')}"</formula1></dataValidation></dataValidations>`
  );
}

/** A4 landscape, one page wide, one page tall per 30 indicators. */
export function printPages(indicatorCount: number): number {
  return Math.max(1, Math.ceil(indicatorCount / INDICATORS_PER_PAGE));
}

function pageSetup(shape: DataTemplateShape): string {
  return (
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" ' +
    `fitToHeight="${printPages(shape.indicatorCount)}"/>` +
    '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>'
  );
}
