/**
 * Actual values from CSV with the header `indicator,year,value,measure` (Chinese headers 指标,
 * 年份, 数值, 口径 also accepted). `indicator` is an id or a name (matched ignoring spaces, the unit
 * in parentheses and full-/half-width differences); `measure` is `value` (default) or `growth`
 * (增速). A structure indicator takes its components as `6.8:42:51.2`.
 */
import type { ActualValue, Measure, ValueStatus } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { ComponentActual } from '../evaluation/indicatorEvaluation';
import { matchIndicatorName } from '../lib/matchIndicatorName';
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
} as const;

type Column = keyof typeof COLUMNS;

const MEASURES: Record<string, Measure> = {
  '': 'value',
  value: 'value',
  水平: 'value',
  growth: 'growth',
  增速: 'growth',
};

/** Reads NFKC-folded numbers with thousands separators: 「１，１０２.３」 → 1102.3. */
function readNumber(text: string): number | null {
  const folded = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(folded)) return null;
  return Number(folded);
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
      return position === undefined ? '' : (row.cells[position] ?? '').trim();
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
    const parsed = parseRow(cell, report, indicators, options);
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
  const measure = MEASURES[cell('measure').toLowerCase()];
  if (measure) return measure;
  report('口径只能为 value（水平值）或 growth（增速），也可留空。', 'measure');
  return null;
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
  report: Report,
  indicators: readonly Indicator[],
  options: ActualsCsvOptions,
): Row | null {
  const indicator = readIndicator(cell, report, indicators);
  const year = readYear(cell, report);
  const measure = readMeasure(cell, report);
  const value = readValue(cell, report, indicator);
  if (!indicator || year === null || measure === null || value === null) return null;
  if (Array.isArray(value))
    return { kind: 'components', value: { indicatorId: indicator.id, year, components: value } };
  const source = options.source ?? options.file ?? 'CSV导入';
  return {
    kind: 'value',
    value: {
      indicatorId: indicator.id,
      year,
      measure,
      value,
      status: options.status ?? '年报数',
      source,
      note: '',
    },
  };
}
