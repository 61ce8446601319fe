/**
 * Which column of the data template holds what (decision 0045): the builder, the styling and the
 * importer all read it from here, for the version being written (2) and the one still read (1).
 *
 * Version 2 has a two-row header as statistical forms do: a period over its 数值 | 增速(%) | 状态
 * columns. Every year of the template gets a block; the cut-off's part-year (2023年上半年), when
 * chosen, gets one more just before its year, as mid-term reports use 上半年 of the evaluation year
 * (REAL-REPORTS.md「Time basis」) and no statistical form asks for 上半年 of every year.
 * Version 1 has one header row and a 数值 and a 状态 column per year.
 */
import type { Measure } from '../domain/actualValue';
import { measureOf, PERIOD_LABELS } from '../domain/measurePeriod';
import type { EntryQuantity, Period } from '../domain/measurePeriod';
import { FIXED_COLUMN_COUNT, INPUT_MARK, fixedHeaders } from './xlsxDataTemplateLayout';

/** The part of a year whose figures the template also asks for. */
export type TemplateCutOff = {
  readonly year: number;
  readonly period: Exclude<Period, 'year'>;
};

/** One input column and how a message names it: 「2021年增速(%)」. */
export type TemplateColumn = { readonly column: number; readonly header: string };

/** One filled quantity of a block: the measure it is stored as. */
export type TemplateQuantityColumn = TemplateColumn & {
  readonly quantity: EntryQuantity;
  readonly measure: Measure;
};

/** A period's columns: its quantities and the status that applies to all of them. */
export type TemplateBlock = {
  readonly year: number;
  readonly period: Period;
  /** 2021年, 2023年上半年. */
  readonly label: string;
  readonly quantities: readonly TemplateQuantityColumn[];
  readonly status: TemplateColumn;
};

export type TemplateShape = {
  readonly version: 1 | 2;
  readonly blocks: readonly TemplateBlock[];
  /** One array per header row (1 or 2), '' where a merged header cell is covered. */
  readonly headers: readonly (readonly string[])[];
  readonly columnCount: number;
};

/** The quantities of a version-2 block, in column order, and their bottom headers. */
const QUANTITY_HEADERS: Readonly<Record<EntryQuantity, string>> = {
  value: '数值',
  growth: '增速(%)',
};
const V2_QUANTITIES: readonly EntryQuantity[] = ['value', 'growth'];
const STATUS_HEADER = '状态';

/** 2021年; 2023年上半年. */
export function periodLabel(year: number, period: Period): string {
  return period === 'year' ? `${year}年` : `${year}年${PERIOD_LABELS[period]}`;
}

/** The layout of a template of `version` for these years and cut-off. */
export function templateShape(
  version: 1 | 2,
  baseYear: number,
  years: readonly number[],
  cutOff: TemplateCutOff | null,
): TemplateShape {
  return version === 1 ? shapeV1(baseYear, years) : shapeV2(baseYear, years, cutOff);
}

function shapeV1(baseYear: number, years: readonly number[]): TemplateShape {
  const header = fixedHeaders(baseYear);
  const blocks = years.map((year, index): TemplateBlock => {
    const column = FIXED_COLUMN_COUNT + index * 2;
    const value = `${year}年${INPUT_MARK}`;
    const status = `${year}年状态${INPUT_MARK}`;
    header.push(value, status);
    return {
      year,
      period: 'year',
      label: periodLabel(year, 'year'),
      quantities: [{ column, header: value, quantity: 'value', measure: 'value' }],
      status: { column: column + 1, header: status },
    };
  });
  return { version: 1, blocks, headers: [header], columnCount: header.length };
}

function shapeV2(
  baseYear: number,
  years: readonly number[],
  cutOff: TemplateCutOff | null,
): TemplateShape {
  const periods = years.flatMap((year): { year: number; period: Period }[] =>
    cutOff && cutOff.year === year
      ? [
          { year, period: cutOff.period },
          { year, period: 'year' },
        ]
      : [{ year, period: 'year' }],
  );
  const top = fixedHeaders(baseYear);
  const bottom = top.map(() => '');
  const blocks = periods.map(({ year, period }): TemplateBlock => {
    const first = top.length;
    const label = periodLabel(year, period);
    top.push(`${label}${INPUT_MARK}`, ...V2_QUANTITIES.map(() => ''));
    bottom.push(...V2_QUANTITIES.map((quantity) => QUANTITY_HEADERS[quantity]), STATUS_HEADER);
    const quantities = V2_QUANTITIES.map((quantity, index) => ({
      column: first + index,
      header: `${label}${QUANTITY_HEADERS[quantity]}`,
      quantity,
      measure: measureOf(period, quantity),
    }));
    const status = { column: first + V2_QUANTITIES.length, header: `${label}${STATUS_HEADER}` };
    return { year, period, label, quantities, status };
  });
  return { version: 2, blocks, headers: [top, bottom], columnCount: top.length };
}

/** Width of a version-2 block: 数值, 增速(%), 状态. */
export const V2_BLOCK_WIDTH = V2_QUANTITIES.length + 1;

/** How the 模板信息 sheet says that a template has no part-year block. */
const NO_CUT_OFF = '无';

/** 「2023年上半年」 as the 模板信息 sheet stores a cut-off; 「无」 for none. */
export function cutOffText(cutOff: TemplateCutOff | null): string {
  return cutOff ? periodLabel(cutOff.year, cutOff.period) : NO_CUT_OFF;
}

/** The cut-off of 「2023年上半年」; null for 「无」; undefined when the text is not a cut-off. */
export function parseCutOff(text: string): TemplateCutOff | null | undefined {
  if (text === NO_CUT_OFF) return null;
  const match = /^(\d{4})年(.+)$/.exec(text);
  const year = Number(match?.[1]);
  if (match?.[2] === PERIOD_LABELS.firstHalf) return { year, period: 'firstHalf' };
  if (match?.[2] === PERIOD_LABELS.firstThreeQuarters)
    return { year, period: 'firstThreeQuarters' };
  return undefined;
}
