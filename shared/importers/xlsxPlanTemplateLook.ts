/**
 * How the plan template's 指标表 looks (UX.md「Documents」: like the source tables): a large title,
 * a bold centred two-row header, thin borders on the table, wrapped notes below it, the title and
 * header rows frozen, and A4 landscape printing one page wide with the header on every page.
 */
import type { Style, Worksheet } from 'exceljs';
import { CENTRED, THIN_BORDERS, freezeHeader, setPrintLayout } from '../report/xlsxSheetStyle';
import {
  TEMPLATE_BOLD_FONT,
  TEMPLATE_FONT,
  fitRowHeights,
  styleRange,
} from './xlsxTemplateWorkbook';

/** Columns of free text, left-aligned; the others (序号, values, 属性…) are centred. */
const LEFT_ALIGNED = ['指标（含单位）', '责任单位', '备注'];

const LOOK = {
  title: {
    font: { ...TEMPLATE_BOLD_FONT, size: 16 },
    alignment: { horizontal: 'center', vertical: 'middle' },
  },
  header: { font: TEMPLATE_BOLD_FONT, alignment: CENTRED, border: THIN_BORDERS },
  text: {
    font: TEMPLATE_FONT,
    alignment: { vertical: 'middle', wrapText: true },
    border: THIN_BORDERS,
  },
  centred: { font: TEMPLATE_FONT, alignment: CENTRED, border: THIN_BORDERS },
  note: { font: TEMPLATE_FONT, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
} as const satisfies Record<string, Partial<Style>>;

/** What the styling needs to know about the written 指标表. */
export type PlanSheetLayout = {
  /** The header's bottom row, one label per column. */
  readonly labels: readonly string[];
  /** 1-based row of the last indicator (3 when there is none). */
  readonly lastTableRow: number;
  readonly noteCount: number;
};

/** Styles the 指标表 sheet written by writeIndicatorSheet; values are untouched. */
export function stylePlanIndicatorSheet(sheet: Worksheet, layout: PlanSheetLayout): void {
  const width = layout.labels.length;
  styleRange(sheet, [1, layout.lastTableRow + layout.noteCount], [1, width], (row, column) => {
    if (row === 1) return LOOK.title;
    if (row <= 3) return LOOK.header;
    if (row > layout.lastTableRow) return column === 1 ? LOOK.note : null;
    return LEFT_ALIGNED.includes(layout.labels[column - 1] ?? '') ? LOOK.text : LOOK.centred;
  });
  sheet.getRow(1).height = 30;
  fitRowHeights(sheet, [4, layout.lastTableRow]);
  freezeHeader(sheet, 4);
  setPrintLayout(sheet, {
    repeatRows: [2, 3],
    columnWidths: layout.labels.map((_, index) => sheet.getColumn(index + 1).width ?? 9),
  });
}
