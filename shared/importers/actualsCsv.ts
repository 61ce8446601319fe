/**
 * Actual values from CSV with the header `indicator,year,value,measure` (Chinese headers 指标,
 * 年份, 数值, 口径 also accepted). `indicator` is an id or a name (matched ignoring spaces, the unit
 * in parentheses and full-/half-width differences); `measure` is `value` (default), `growth`
 * (增速), `averageGrowth` (年均增速) or `cumulativeChange` (累计变化), or a part of the year
 * (`firstHalfGrowth`, 上半年增速, …; shared/domain/measurePeriod.ts). An optional `period` column
 * (期间: 全年, 上半年, 前三季度) places a value or growth in part of the year. A structure indicator takes
 * its components as `6.8:42:51.2`. Optional columns `status`, `source`, `note` (状态, 来源, 备注),
 * as `formatActualsCsv` writes them, override the options row by row.
 */
import type { ActualValue, Measure, ValueStatus } from '../domain/actualValue';
import { VALUE_STATUSES } from '../domain/actualValue';
import type { Period } from '../domain/measurePeriod';
import { ENTRY_MEASURES, MEASURE_NAMES, measureOf, splitMeasure } from '../domain/measurePeriod';
import type { Indicator } from '../domain/indicator';
import type { ComponentActual } from '../evaluation/indicatorEvaluation';
import { matchIndicatorName } from '../lib/matchIndicatorName';
import { restoreNeutralizedText } from '../lib/neutralizeFormula';
import { parseCsv } from '../lib/parseCsv';
import type { Problem, Result, SourceLocation } from '../lib/result';
import { fail, ok } from '../lib/result';

/** What a CSV yields: single values, and components of structure indicators. */
export type ParsedActuals = {
  readonly values: readonly ActualValue[];
  readonly components: readonly ComponentActual[];
};

/** The result, plus every problem found (the error is the first of them). */
export type ActualsCsvResult = Result<ParsedActuals> & { readonly problems: readonly Problem[] };

/** Options: the file name for locations, and the status and source given to every value. */
export type ActualsCsvOptions = {
  readonly file?: string;
  readonly status?: ValueStatus;
  readonly source?: string;
};

const COLUMNS = {
  indicator: ['indicator', '指标', '指标名称'],
  year: ['year', '年份', '年度'],
  value: ['value', '数值', '实际值'],
  measure: ['measure', '口径', '类型'],
  status: ['status', '状态', '数据状态'],
  source: ['source', '来源', '数据来源'],
  note: ['note', '备注', '说明'],
  period: ['period', '期间', '时期'],
} as const;

type Column = keyof typeof COLUMNS;

const MEASURES: Record<string, Measure> = {
  '': 'value',
  value: 'value',
  水平: 'value',
  growth: 'growth',
  增速: 'growth',
  averagegrowth: 'averageGrowth',
  年均增速: 'averageGrowth',
  cumulativechange: 'cumulativeChange',
  累计变化: 'cumulativeChange',
  ...Object.fromEntries(
    ENTRY_MEASURES.flatMap((measure) => [
      [measure.toLowerCase(), measure],
      [MEASURE_NAMES[measure], measure],
    ]),
  ),
};

const PERIOD_WORDS: Record<string, Period> = {
  '': 'year',
  year: 'year',
  全年: 'year',
  firsthalf: 'firstHalf',
  上半年: 'firstHalf',
  firstthreequarters: 'firstThreeQuarters',
  前三季度: 'firstThreeQuarters',
};

/** Reads NFKC-folded numbers with thousands separators: 「１，１０２.３」 → 1102.3; also 1.2E-07. */
function readNumber(text: string): number | null {
  const folded = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(folded)) return null;
  const value = Number(folded);
  return Number.isFinite(value) ? value : null;
}

function headerIndex(cells: readonly string[]): Partial<Record<Column, number>> {
  const index: Partial<Record<Column, number>> = {};
  cells.forEach((cell, position) => {
    const name = cell.normalize('NFKC').trim().toLowerCase();
    for (const column of Object.keys(COLUMNS) as Column[]) {
      if ((COLUMNS[column] as readonly string[]).includes(name)) index[column] = position;
    }
  });
  return index;
}

/** Parses actuals CSV against a plan's indicators. */
export function parseActualsCsv(
  text: string,
  indicators: readonly Indicator[],
  options: ActualsCsvOptions = {},
): ActualsCsvResult {
  const [header, ...rows] = parseCsv(text);
  const at = (location: SourceLocation): SourceLocation =>
    options.file ? { file: options.file, ...location } : location;
  if (!header)
    return withProblems(
      fail('CSV 文件为空，请提供表头「indicator,year,value,measure」及数据行。', at({ line: 1 })),
    );
  const columns = headerIndex(header.cells);
  const absent = (['indicator', 'year', 'value'] as const).filter(
    (column) => columns[column] === undefined,
  );
  if (absent.length > 0) {
    return withProblems(
      fail(
        `表头缺少「${absent.join('」「')}」列，表头应为「indicator,year,value,measure」。`,
        at({ line: header.line, cellText: header.cells.join(',') }),
      ),
    );
  }
  const problems: Problem[] = [];
  const values: ActualValue[] = [];
  const components: ComponentActual[] = [];
  for (const row of rows) {
    const cell = (column: Column): string => {
      const position = columns[column];
      // Our own export puts an apostrophe before formula-like texts (docs/decisions/0013).
      return position === undefined
        ? ''
        : restoreNeutralizedText((row.cells[position] ?? '').trim());
    };
    const report = (message: string, column: Column): void => {
      problems.push({
        message,
        location: at({
          line: row.line,
          column: header.cells[columns[column] ?? 0]?.trim() ?? column,
          cellText: cell(column),
        }),
      });
    };
    const has = (column: Column): boolean => columns[column] !== undefined;
    const parsed = parseRow(cell, has, report, indicators, options);
    if (parsed?.kind === 'value') values.push(parsed.value);
    if (parsed?.kind === 'components') components.push(parsed.value);
  }
  if (problems.length > 0) {
    const [first] = problems;
    const more = problems.length > 1 ? `（另有${problems.length - 1}处错误）` : '';
    return { ...fail(`${first?.message ?? ''}${more}`, first?.location), problems };
  }
  return { ...ok({ values, components }), problems };
}

function withProblems(result: Result<ParsedActuals>): ActualsCsvResult {
  return { ...result, problems: result.ok ? [] : [result.error] };
}

type Row =
  | { readonly kind: 'value'; readonly value: ActualValue }
  | { readonly kind: 'components'; readonly value: ComponentActual };

type Cell = (column: Column) => string;
type Report = (message: string, column: Column) => void;

function readIndicator(
  cell: Cell,
  report: Report,
  indicators: readonly Indicator[],
): Indicator | null {
  const match = matchIndicatorName(cell('indicator'), indicators);
  if (match.kind === 'found') return match.indicator;
  if (match.kind === 'notFound')
    report(`找不到指标「${cell('indicator')}」，请核对指标名称或编号。`, 'indicator');
  else {
    const names = match.candidates.map((candidate) => candidate.name).join('、');
    report(
      `指标名称「${cell('indicator')}」对应多个指标（${names}），请改用指标编号。`,
      'indicator',
    );
  }
  return null;
}

function readYear(cell: Cell, report: Report): number | null {
  const text = cell('year').normalize('NFKC').replace(/年$/, '');
  if (/^\d{4}$/.test(text)) return Number(text);
  report('年份应为四位数字，如 2022。', 'year');
  return null;
}

function readMeasure(cell: Cell, report: Report): Measure | null {
  const key = cell('measure').toLowerCase();
  // Own keys only: 「constructor」 must not find Object.prototype's.
  const measure = Object.hasOwn(MEASURES, key) ? (MEASURES[key] ?? null) : null;
  if (measure === null) {
    report(
      '口径只能为 value（水平值）、growth（增速）、averageGrowth（年均增速）、cumulativeChange（累计变化），或上半年、前三季度的水平值与增速（如「上半年增速」），也可留空。',
      'measure',
    );
    return null;
  }
  return withPeriod(cell, report, measure);
}

/** Applies the 期间 column: 上半年 + 增速 → firstHalfGrowth. */
function withPeriod(cell: Cell, report: Report, measure: Measure): Measure | null {
  const key = cell('period').normalize('NFKC').toLowerCase();
  const period = Object.hasOwn(PERIOD_WORDS, key) ? PERIOD_WORDS[key] : undefined;
  if (period === undefined) {
    report('期间只能为全年、上半年或前三季度，也可留空（全年）。', 'period');
    return null;
  }
  if (period === 'year') return measure;
  const split = splitMeasure(measure);
  if (split === null || split.period !== 'year') {
    report(`口径「${cell('measure')}」不能再指定期间「${cell('period')}」。`, 'period');
    return null;
  }
  return measureOf(period, split.quantity);
}

function readStatus(cell: Cell, report: Report, fallback: ValueStatus): ValueStatus | null {
  const text = cell('status');
  if (text === '') return fallback;
  const status = VALUE_STATUSES.find((known) => known === text);
  if (!status) report(`状态只能为${VALUE_STATUSES.join('、')}，也可留空。`, 'status');
  return status ?? null;
}

/** A number, or the components of a structure (6.8:42:51.2) for a structure indicator. */
function readValue(
  cell: Cell,
  report: Report,
  indicator: Indicator | null,
): number | number[] | null {
  const text = cell('value');
  if (indicator?.target.kind === 'structure' && /[:：]/.test(text)) {
    const parts = text.split(/[:：]/).map(readNumber);
    if (parts.every((part): part is number => part !== null)) return parts;
    report('结构值应为以冒号分隔的数字，如 6.8:42:51.2。', 'value');
    return null;
  }
  const value = readNumber(text);
  if (value === null) report('数值不是有效数字。', 'value');
  return value;
}

function parseRow(
  cell: Cell,
  has: (column: Column) => boolean,
  report: Report,
  indicators: readonly Indicator[],
  options: ActualsCsvOptions,
): Row | null {
  const indicator = readIndicator(cell, report, indicators);
  const year = readYear(cell, report);
  const measure = readMeasure(cell, report);
  const value = readValue(cell, report, indicator);
  const status = readStatus(cell, report, options.status ?? '年报数');
  if (!indicator || year === null || measure === null || value === null || status === null)
    return null;
  if (Array.isArray(value))
    return { kind: 'components', value: { indicatorId: indicator.id, year, components: value } };
  // A 来源 column, even with a blank cell, is the row's own say (our export writes it).
  const source = has('source') ? cell('source') : (options.source ?? options.file ?? 'CSV导入');
  const note = cell('note');
  return {
    kind: 'value',
    value: { indicatorId: indicator.id, year, measure, value, status, source, note },
  };
}
