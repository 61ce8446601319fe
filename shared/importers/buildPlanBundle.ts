import type { ActualValue } from '../domain/actualValue';
import { starredDataYear } from '../parsing/starredDataYear';
import { asPlanId } from '../domain/ids';
import type { ImportWarning, Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import type { OfficialAssessment, PlanBundle } from '../domain/planBundle';
import { parseCell } from '../parsing/parseCell';
import { readAchievedGrowth } from '../parsing/readAchievedGrowth';
import { buildIndicator, tidyRaw } from './buildIndicator';
import type { ImportOptions } from './importOptions';
import { readPlanRegion } from './readPlanRegion';
import { TABLE_DEFAULTS } from './importOptions';
import type { RawRow, RawTable } from './rawTable';

/**
 * Builds the PlanBundle of a parsed table. Completion tables (DOMAIN.md「Mid-term judgments」) also
 * yield the 2020 actual values (status 年报数 for a 实际数 column, 预计数 for 预期值), the achieved
 * average growth or cumulative change of the 实际累计或年均增长 column, and the official verdicts (`verdictRaw` is '' when the table has no 完成情况 column, as in 001).
 */
export function buildPlanBundle(table: RawTable, options: ImportOptions): PlanBundle {
  const planId = asPlanId(options.planId);
  const notesText = table.notes.join(' ');
  const plan = planOf(table, options);
  const context = {
    planId,
    kind: table.kind,
    baseYear: plan.baseYear,
    baseIsEstimate: /基期值.{0,3}预期数/.test(notesText),
    bindingSetAbove: /约束性指标.{0,12}按[省市].{0,2}下达/.test(notesText),
    starredYear: starredDataYear(notesText),
  };
  const built = table.rows.map((row, index) => buildIndicator(row, index + 1, context));
  if (table.kind === 'main') {
    return { plan, indicators: built, actualValues: [], officialAssessments: [] };
  }
  const source = options.source ?? plan.name;
  const status = table.header.actualIsFinal ? '年报数' : '预计数';
  const actualValues: ActualValue[] = [];
  const indicators = built.map((indicator, index) => {
    const row = table.rows[index] as RawRow;
    const context: ActualContext = {
      year: plan.targetYear,
      baseYear: plan.baseYear,
      status,
      source,
    };
    // `[1.62]` in the 实际 column beside an empty growth column: the published five-year total,
    // read as the 实际累计 cell would be (issue 12 reading 1), not refused as a non-number level.
    const actualRaw = tidyRaw(row.cells[1] ?? '');
    const achievedRaw = tidyRaw(row.cells[3] ?? '');
    const isTotalInActual =
      parseCell(achievedRaw).type === 'empty' && parseCell(actualRaw).type === 'bracket';
    const actual = isTotalInActual ? {} : readActual(row, indicator, context);
    if (actual.value) actualValues.push(actual.value);
    const achievedText = isTotalInActual ? actualRaw : achievedRaw;
    const achieved = readAchieved(achievedText, row, indicator, actual.value ?? null, context);
    if (achieved.value) actualValues.push(achieved.value);
    const warnings = [actual.warning, achieved.warning].filter(
      (warning): warning is ImportWarning => warning !== undefined,
    );
    return warnings.length > 0
      ? { ...indicator, warnings: [...indicator.warnings, ...warnings] }
      : indicator;
  });
  const officialAssessments: OfficialAssessment[] = indicators.map((indicator, index) => ({
    indicatorId: indicator.id,
    verdictRaw: tidyRaw(table.rows[index]?.verdict ?? ''),
    actualRaw: tidyRaw(table.rows[index]?.cells[1] ?? ''),
    actualGrowthRaw: tidyRaw(table.rows[index]?.cells[3] ?? ''),
  }));
  return { plan, indicators, actualValues, officialAssessments };
}

/** The plan a table describes: the caller's options, else what the table says, else defaults. */
function planOf(table: RawTable, options: ImportOptions): Plan {
  const defaults = TABLE_DEFAULTS[table.kind];
  // The title names the region when the caller does not (青川县国民经济和社会发展…).
  const named = options.region === undefined ? readPlanRegion(table.title) : null;
  return {
    id: asPlanId(options.planId),
    name: options.name ?? (table.title || '未命名规划'),
    region: options.region ?? named?.region ?? '',
    level: options.level ?? named?.level ?? '其他',
    periodLabel: options.periodLabel ?? defaults.periodLabel,
    baseYear: options.baseYear ?? defaults.baseYear,
    targetYear: options.targetYear ?? defaults.targetYear,
    tableKind: table.kind,
    notes: table.notes,
    origin: options.origin ?? { type: 'pasted' },
  };
}

type ActualContext = {
  year: number;
  baseYear: number;
  status: ActualValue['status'];
  source: string;
};

/**
 * The 实际累计或年均增长 cell (COMPLETION_COLUMNS 3) as an actual of the target year, with the
 * 2020 actual's status and source: a plain number is the official average growth
 * (`averageGrowth`, GDP `7.4`), a bracket the achieved cumulative change (`cumulativeChange`,
 * `[27.4]`, `下降 [9.76]`); see readAchievedGrowth. Text stays text (稳定), unless it states one dated change (截至2019年上升16.3%: a value of 2019).
 */
function readAchieved(
  raw: string,
  row: RawRow,
  indicator: Indicator,
  level: ActualValue | null,
  context: ActualContext,
): { value?: ActualValue; warning?: ImportWarning } {
  const achieved = readAchievedGrowth({
    raw,
    indicator,
    level: level && level.measure === 'value' ? { value: level.value, year: level.year } : null,
    baseYear: context.baseYear,
  });
  if (!achieved) return {};
  return {
    value: {
      indicatorId: indicator.id,
      year: achieved.year ?? context.year,
      measure: achieved.measure,
      value: achieved.value,
      status: context.status,
      source: context.source,
      note: achieved.note,
    },
    ...(achieved.warning ? { warning: { ...achieved.warning, line: row.line } } : {}),
  };
}

/**
 * The target-year actual of a completion row: a number (with `*` meaning the year before, 000
 * line 289; 以上/左右 kept in the note). A cell with another unit or text (`66.46 亿元（人民币）`,
 * 000 line 219) is not turned into a value: the evaluator must convert it, so a warning says so.
 */
function readActual(
  row: RawRow,
  indicator: Indicator,
  context: ActualContext,
): { value?: ActualValue; warning?: ImportWarning } {
  const raw = tidyRaw(row.cells[1] ?? '');
  const cell = parseCell(raw);
  if (cell.type === 'empty' || cell.type === 'structure') return {};
  if (cell.type !== 'number') {
    return {
      warning: {
        message: `${context.year}年实际数「${raw}」不是单纯的数值（可能单位或口径不同），未导入为实际值`,
        line: row.line,
        column: '2020年实际数',
        cellText: raw,
      },
    };
  }
  const notes: string[] = [];
  if (cell.hasFootnote) notes.push(`带*为${context.year - 1}年数据`);
  if (cell.number.qualifier !== 'exact') notes.push(`原文「${raw}」`);
  return {
    value: {
      indicatorId: indicator.id,
      year: cell.hasFootnote ? context.year - 1 : context.year,
      measure: 'value',
      value: cell.number.value,
      status: context.status,
      source: context.source,
      note: notes.join('；'),
    },
  };
}
