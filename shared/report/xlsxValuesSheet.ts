/**
 * The 分年度数据 sheet of the report workbook: every actual value by year with its statistical
 * status (预计数/快报数/年报数/核实数), source and note, so a reader can check each number the
 * evaluation used (DOMAIN.md「Revisions and base breaks」: a base-year value is a revision).
 */
import type { Worksheet } from 'exceljs';
import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import { MEASURE_LABELS } from '../importers/xlsxPlanTemplateLayout';
import type { ComponentActual } from '../evaluation/indicatorEvaluation';
import { decimalsOf } from '../lib/formatNumber';
import type { ReportDocument } from './reportDocument';
import { columnWidth } from './xlsxColumnWidth';
import { planTableName } from './xlsxProgressSheet';
import { decimalFormat, indicatorDecimals } from './xlsxNumberFormat';
import {
  CENTRED,
  HEADER_FONT,
  LEFT,
  fitRowHeight,
  freezeHeader,
  setPrintLayout,
  writeCell,
  writeTitleRow,
} from './xlsxSheetStyle';

/** The header of the sheet, in column order. */
export const VALUES_SHEET_HEADER = [
  '类别',
  '指标',
  '单位',
  '年份',
  '口径',
  '数值',
  '状态',
  '来源',
  '备注',
] as const;

const KEYS = [
  'categoryPlain',
  'name',
  'unit',
  'year',
  'measure',
  'value',
  'status',
  'source',
  'note',
];

type ValueRow = readonly [
  string,
  string,
  string,
  number,
  string,
  number | string,
  string,
  string,
  string,
];

/** Fills the sheet: title, header, one row per value in table order, then year and measure. */
export function writeValuesSheet(sheet: Worksheet, report: ReportDocument): void {
  const rows: { readonly cells: ValueRow; readonly numFmt: string | null }[] = [];
  for (const entry of report.indicators) {
    const decimals = indicatorDecimals(entry.indicator);
    for (const actual of entry.actuals) {
      rows.push({
        cells: actualRow(entry.indicator, actual, report.plan.baseYear),
        numFmt: decimalFormat(actual.value, valueDecimals(actual, decimals)),
      });
    }
    for (const components of entry.components) {
      rows.push({ cells: componentRow(entry.indicator, components), numFmt: null });
    }
  }
  const width = VALUES_SHEET_HEADER.length;
  writeTitleRow(sheet, 1, width, `${planTableName(report)}主要指标分年度数据`);
  VALUES_SHEET_HEADER.forEach((label, index) =>
    writeCell(sheet, 2, index + 1, label, { font: HEADER_FONT, alignment: CENTRED }),
  );
  const widths = KEYS.map((key, index) =>
    columnWidth(
      key,
      VALUES_SHEET_HEADER[index] ?? '',
      rows.map((row) => String(row.cells[index])),
    ),
  );
  rows.forEach((row, index) => writeValueRow(sheet, 3 + index, row, widths));
  widths.forEach((columnWidthValue, index) => {
    sheet.getColumn(index + 1).width = columnWidthValue;
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: width } };
  freezeHeader(sheet, 3, 3);
  setPrintLayout(sheet, { repeatRows: [2, 2], columnWidths: widths });
}

function writeValueRow(
  sheet: Worksheet,
  rowNumber: number,
  row: { readonly cells: ValueRow; readonly numFmt: string | null },
  widths: readonly number[],
): void {
  row.cells.forEach((value, index) => {
    const isLeft = index === 1 || index >= 7;
    writeCell(sheet, rowNumber, index + 1, value === '' ? null : value, {
      alignment: isLeft ? LEFT : CENTRED,
      numFmt: index === 3 ? '0"年"' : index === 5 ? row.numFmt : null,
    });
  });
  fitRowHeight(
    sheet,
    rowNumber,
    row.cells.map((value, index) => ({ text: String(value), width: widths[index] ?? 10 })),
  );
}

/** A level shows the indicator's decimals (never fewer than its own); a rate at least one. */
function valueDecimals(actual: ActualValue, indicator: number | null): number {
  const own = decimalsOf(actual.value);
  if (actual.measure === 'value') return Math.max(own, indicator ?? own);
  return Math.max(own, 1);
}

function actualRow(indicator: Indicator, actual: ActualValue, baseYear: number): ValueRow {
  const isBaseRevision = actual.year === baseYear && actual.measure === 'value';
  return [
    indicator.category,
    indicator.name,
    indicator.unit,
    actual.year,
    isBaseRevision ? '基期值修订' : MEASURE_LABELS[actual.measure],
    actual.value,
    actual.status,
    actual.source,
    actual.note,
  ];
}

function componentRow(indicator: Indicator, components: ComponentActual): ValueRow {
  return [
    indicator.category,
    indicator.name,
    indicator.unit,
    components.year,
    '结构（各部分占比）',
    components.components.join(':'),
    '',
    '',
    '',
  ];
}
