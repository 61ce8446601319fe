import type { PlanTableKind } from '../domain/plan';
import { fiveYearBase, fiveYearLabel } from '../domain/planPeriod';
import { normaliseCellText } from '../parsing/normaliseCellText';
import { TABLE_DEFAULTS } from './importOptions';

/** A plan's period as read from its title and header (issue 11: never a constant). */
export type PlanPeriod = {
  readonly periodLabel: string;
  readonly baseYear: number;
  readonly targetYear: number;
  /** Where it was read, in Chinese: 「标题“十三五”」, 「表头年份 2020、2025」, 「默认」. */
  readonly source: string;
};

/** What the period can be read from. */
export type PeriodClues = {
  readonly kind: PlanTableKind;
  /** Title and any text around the table. */
  readonly title: string;
  /** Header texts of the columns (two-row headers joined). */
  readonly headers: readonly string[];
  /** Values given by the caller win over anything read. */
  readonly given?: { periodLabel?: string; baseYear?: number; targetYear?: number };
};

const LABELS = /十[一二三四五六]五/g;
const ANNUAL_TITLE = /((?:19|20)\d{2})\s*年(?:度)?[^，。；]{0,20}?(?:计划|年度)/;
const YEAR = /(?:19|20)\d{2}/g;

/** Reads the period: given values, then the title's 十X五 or annual year, then the header years. */
export function readPlanPeriod(clues: PeriodClues): PlanPeriod {
  const read = fromTitle(clues) ?? fromHeaders(clues.headers) ?? fromDefaults(clues.kind);
  const given = clues.given ?? {};
  const baseYear = given.baseYear ?? (given.targetYear ? given.targetYear - 5 : read.baseYear);
  const targetYear = given.targetYear ?? (given.baseYear ? given.baseYear + 5 : read.targetYear);
  const changed = baseYear !== read.baseYear || targetYear !== read.targetYear;
  return {
    periodLabel: given.periodLabel ?? (changed ? labelOf(baseYear, targetYear) : read.periodLabel),
    baseYear,
    targetYear,
    source: given.baseYear || given.targetYear || given.periodLabel ? '导入选项' : read.source,
  };
}

/** `十四五` for a five-year span, `2024年` for one year, else `2021—2027年`. */
export function labelOf(baseYear: number, targetYear: number): string {
  if (targetYear - baseYear === 5)
    return fiveYearLabel(baseYear) ?? `${baseYear + 1}—${targetYear}年`;
  if (targetYear - baseYear === 1) return `${targetYear}年`;
  return `${baseYear + 1}—${targetYear}年`;
}

function fromTitle(clues: PeriodClues): PlanPeriod | null {
  const title = normaliseCellText(clues.title);
  const bases = [...title.matchAll(LABELS)]
    .map((match) => fiveYearBase(match[0]))
    .filter((year): year is number => year !== null);
  if (bases.length > 0) {
    // A completion table looks back (十三五 in 「十三五完成情况和十四五目标」), a main table ahead.
    const baseYear = clues.kind === 'completion' ? Math.min(...bases) : Math.max(...bases);
    return {
      periodLabel: fiveYearLabel(baseYear) ?? '',
      baseYear,
      targetYear: baseYear + 5,
      source: `标题「${fiveYearLabel(baseYear) ?? ''}」`,
    };
  }
  const annual = ANNUAL_TITLE.exec(title);
  if (!annual) return null;
  const targetYear = Number(annual[1]);
  return {
    periodLabel: `${targetYear}年`,
    baseYear: targetYear - 1,
    targetYear,
    source: `标题「${targetYear}年计划」`,
  };
}

/** Header years: a labelled base/target year, else a 5-year (or 1-year) pair of bare years. */
function fromHeaders(headers: readonly string[]): PlanPeriod | null {
  const texts = headers.map((header) => normaliseCellText(header).replace(/\s+/g, ''));
  const labelled = fromHeaderLabels(texts);
  if (labelled) return labelled;
  const yearIn = (pattern: RegExp) =>
    texts.filter((text) => pattern.test(text)).flatMap(yearsOf)[0] ?? null;
  const base = yearIn(/基期|基数|现状|基年/);
  const target = yearIn(/目标|规划|预期/);
  if (base !== null && target !== null && target > base) {
    return spanOf(base, target, `表头年份 ${base}、${target}`);
  }
  const years = [...new Set(texts.filter((text) => !/远景/.test(text)).flatMap(yearsOf))].sort();
  for (const gap of [5, 1]) {
    const first = years.find((year) => years.includes(year + gap));
    if (first !== undefined) return spanOf(first, first + gap, `表头年份 ${first}、${first + gap}`);
  }
  if (target !== null) return spanOf(target - 5, target, `表头目标年份 ${target}`);
  return null;
}

/**
 * A 十X五 in the header: over a target (「“十四五”目标」) it is the period; over actuals
 * (「“十三五”实际」, kept for reference) the period is the next one.
 */
function fromHeaderLabels(texts: readonly string[]): PlanPeriod | null {
  const bases = texts.flatMap((text) =>
    [...text.matchAll(LABELS)].map((match) => {
      const base = fiveYearBase(match[0]) ?? 0;
      return /实际|完成/.test(text) && !/目标|规划/.test(text) ? base + 5 : base;
    }),
  );
  if (bases.length === 0) return null;
  const baseYear = Math.max(...bases);
  return spanOf(baseYear, baseYear + 5, `表头「${fiveYearLabel(baseYear) ?? baseYear}」`);
}

function yearsOf(text: string): number[] {
  return [...text.matchAll(YEAR)].map((match) => Number(match[0]));
}

function spanOf(baseYear: number, targetYear: number, source: string): PlanPeriod {
  return { periodLabel: labelOf(baseYear, targetYear), baseYear, targetYear, source };
}

function fromDefaults(kind: PlanTableKind): PlanPeriod {
  return { ...TABLE_DEFAULTS[kind], source: '未从标题或表头读出，按默认' };
}
