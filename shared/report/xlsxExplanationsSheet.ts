/**
 * The 评价说明 sheet of the report workbook: for each indicator the automatic verdict and the one
 * in force, the evaluator's reason when they differ, the one-sentence explanation with its rule,
 * and what is still needed. DOMAIN.md「Mid-term judgments」: a reader must see why a verdict was
 * given; UX.md: an override is shown beside the automatic verdict, never silently replaced.
 */
import type { Worksheet } from 'exceljs';
import { attributeLabel } from '../domain/attributeLabel';
import { verdictColor } from '../domain/verdict';
import type { ReportDocument, ReportIndicatorData } from './reportDocument';
import { requiredPace } from './requiredEffort';
import { columnWidth } from './xlsxColumnWidth';
import { planTableName } from './xlsxProgressSheet';
import {
  BODY_FONT,
  CENTRED,
  HEADER_FONT,
  LEFT,
  fitRowHeight,
  freezeHeader,
  setPrintLayout,
  writeCell,
  writeTitleRow,
} from './xlsxSheetStyle';

/** One column of the sheet: its header and how a row's text is read from the data. */
type Column = {
  readonly key: string;
  readonly label: string;
  readonly text: (entry: ReportIndicatorData) => string | number;
};

const COLUMNS: readonly Column[] = [
  { key: 'categoryPlain', label: '类别', text: (entry) => entry.indicator.category },
  { key: 'nameNarrow', label: '指标', text: (entry) => entry.indicator.name },
  { key: 'attribute', label: '属性', text: (entry) => attributeLabel(entry.indicator.attribute) },
  {
    key: 'dataYear',
    label: '数据年份',
    text: (entry) => entry.evaluation.dataYear ?? '—',
  },
  { key: 'verdict', label: '自动评价', text: (entry) => entry.evaluation.automaticVerdict },
  { key: 'verdict', label: '采用结论', text: (entry) => entry.evaluation.finalVerdict },
  { key: 'reason', label: '人工研判理由', text: (entry) => overrideText(entry) },
  { key: 'explanation', label: '评价说明', text: (entry) => entry.evaluation.explanation },
  { key: 'rule', label: '评价规则', text: (entry) => entry.evaluation.rule },
  {
    key: 'need',
    label: '实现目标尚需',
    text: (entry) => requiredPace(entry.indicator, entry.evaluation) ?? '—',
  },
  { key: 'missing', label: '缺少的数据', text: (entry) => entry.evaluation.missing ?? '—' },
];

/** The header of the sheet, in column order. */
export const EXPLANATIONS_SHEET_HEADER: readonly string[] = COLUMNS.map((column) => column.label);

const FINAL_VERDICT_COLUMN = COLUMNS.findIndex((column) => column.label === '采用结论');

/** Fills the sheet: title, header, one row per indicator in table order. */
export function writeExplanationsSheet(sheet: Worksheet, report: ReportDocument): void {
  const width = COLUMNS.length;
  writeTitleRow(sheet, 1, width, `${planTableName(report)}主要指标评价说明`);
  COLUMNS.forEach((column, index) =>
    writeCell(sheet, 2, index + 1, column.label, { font: HEADER_FONT, alignment: CENTRED }),
  );
  const texts = report.indicators.map((entry) => COLUMNS.map((column) => column.text(entry)));
  const widths = COLUMNS.map((column, index) =>
    columnWidth(
      column.key,
      column.label,
      texts.map((row) => String(row[index])),
    ),
  );
  report.indicators.forEach((entry, rowIndex) => {
    const rowNumber = 3 + rowIndex;
    const row = texts[rowIndex] ?? [];
    row.forEach((value, index) => {
      const isLong = index === 1 || index >= 6;
      const cell = writeCell(sheet, rowNumber, index + 1, value === '' ? null : value, {
        alignment: isLong ? { ...LEFT, vertical: 'top' } : { ...CENTRED, vertical: 'top' },
        numFmt: typeof value === 'number' ? '0"年"' : null,
      });
      if (index === FINAL_VERDICT_COLUMN) {
        const color = verdictColor(entry.evaluation.finalVerdict, entry.indicator.attribute);
        cell.font = {
          ...BODY_FONT,
          bold: true,
          color: { argb: `FF${color.slice(1).toUpperCase()}` },
        };
      }
    });
    fitRowHeight(
      sheet,
      rowNumber,
      row.map((value, index) => ({ text: String(value), width: widths[index] ?? 10 })),
    );
  });
  widths.forEach((value, index) => {
    sheet.getColumn(index + 1).width = value;
  });
  freezeHeader(sheet, 3, 3);
  setPrintLayout(sheet, { repeatRows: [2, 2], columnWidths: widths });
}

/** 「理由（研判人，2026年11月22日）」 when the evaluator overrode the verdict, else empty. */
function overrideText(entry: ReportIndicatorData): string {
  const override = entry.evaluation.override;
  if (!override) return '';
  const by = override.decidedBy.trim();
  const time = new Date(override.decidedAt);
  // UX.md「Numbers」: dates as 2026年11月22日, in the local time the app shows them in.
  const date = Number.isNaN(time.getTime())
    ? ''
    : `${time.getFullYear()}年${time.getMonth() + 1}月${time.getDate()}日`;
  const who = [by, date].filter((part) => part !== '').join('，');
  return who === '' ? override.reason : `${override.reason}（${who}）`;
}
