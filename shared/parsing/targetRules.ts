import type { Direction, ImportWarning } from '../domain/indicator';
import type { JudgmentTarget, QualifiedNumber, RelationalTarget, Target } from '../domain/target';
import type { ParsedCell } from './parseCell';
import type { TargetDecision, TargetInput } from './classifyTarget';
import { formatAsWritten, formatNumber } from '../lib/formatNumber';
import { DEFAULT_PLAN_YEARS, impliedBracketGrowth } from './bracketGrowthRule';
import { isReductionName } from './indicatorNameTraits';

/** Builds a judgment decision (DOMAIN.md: qualitative or province-set → evaluator's judgment). */
export function judgment(reason: JudgmentTarget['reason'], text: string): TargetDecision {
  return { target: { kind: 'judgment', reason, text }, warnings: [] };
}

/** The texts of the non-empty cells, joined with a space. */
export function textOf(cells: readonly ParsedCell[]): string {
  return cells
    .filter((cell) => cell.type !== 'empty')
    .map((cell) => cell.text)
    .join(' ');
}

/** 「高于GDP增长」「与GDP增长基本同步」「低于…」 → relational target naming the reference indicator. */
export function relationalTarget(cell: ParsedCell): RelationalTarget | null {
  if (cell.type !== 'text') return null;
  const above = /^高于(.+?)(?:增长|增速)?$/.exec(cell.text);
  if (above) return { kind: 'relational', relation: 'above', referenceName: above[1] ?? '' };
  const below = /^低于(.+?)(?:增长|增速)?$/.exec(cell.text);
  if (below) return { kind: 'relational', relation: 'below', referenceName: below[1] ?? '' };
  const inStep = /^与(.+?)(?:增长|增速)?(?:基本)?同步$/.exec(cell.text);
  if (inStep) return { kind: 'relational', relation: 'inStep', referenceName: inStep[1] ?? '' };
  return null;
}

/**
 * A qualified number as a bound: 以内/≤/< → ceiling, 以上/≥/> → floor; `about` becomes a
 * ceiling (or floor) only for a rate whose direction is known (控制在5.5%左右).
 */
export function boundTarget(
  number: QualifiedNumber,
  direction: Direction,
  strictOnly = false,
): Target | null {
  const { value, qualifier } = number;
  if (qualifier === 'atMost' || qualifier === 'lessThan') {
    return {
      kind: 'ceiling',
      limit: value,
      inclusive: qualifier === 'atMost',
      isApproximate: false,
    };
  }
  if (qualifier === 'atLeast' || qualifier === 'greaterThan') {
    return {
      kind: 'floor',
      limit: value,
      inclusive: qualifier === 'atLeast',
      isApproximate: false,
    };
  }
  if (strictOnly) return null;
  const kind = direction === 'lowerIsBetter' ? 'ceiling' : 'floor';
  return { kind, limit: value, inclusive: true, isApproximate: qualifier === 'about' };
}

/**
 * `[x]` in the growth column. DOMAIN.md: `[2.2]` is a five-year cumulative change; on a 降幅/降低
 * name or written `下降 [x]` it is a cumulative reduction in per cent. An unsigned change whose
 * base and target show a fall (000 writes `[0.05]` for 2.19 → 2.14) takes the sign of the fall.
 */
export function bracketTarget(
  input: TargetInput,
  base: ParsedCell,
  target: ParsedCell,
  growth: Extract<ParsedCell, { type: 'bracket' }>,
): TargetDecision {
  const range = growth.range;
  if (!range) return judgment('notSpecified', growth.text);
  if (isReductionName(input.name) || /下降|减少|降低/.test(growth.prefix)) {
    return { target: { kind: 'cumulativeReduction', reductionPercent: range }, warnings: [] };
  }
  const targetValue = target.type === 'number' ? target.number.value : null;
  const baseValue = base.type === 'number' ? base.number.value : null;
  const asGrowth = bracketGrowthTarget(input, baseValue, targetValue, growth);
  if (asGrowth) return asGrowth;
  const warnings: ImportWarning[] = [];
  let change = range;
  if (targetValue !== null && baseValue !== null && range.min >= 0 && targetValue < baseValue) {
    change = { min: -range.max, max: -range.min, qualifier: range.qualifier };
    warnings.push({
      message: `累计变化「${growth.text}」未写正负号，按目标值低于基期值视为下降`,
      column: '年均/累计增长',
      cellText: growth.text,
    });
  }
  return { target: { kind: 'cumulativeChange', change, targetValue }, warnings };
}

/**
 * bracketGrowthRule.ts: `[9]` on 城镇人均可支配收入（元） 29288 → 45000 (000 line 313) is an average
 * annual growth, not a change of 9 元. Read as levelWithGrowth, with a warning saying why.
 */
function bracketGrowthTarget(
  input: TargetInput,
  baseValue: number | null,
  targetValue: number | null,
  growth: Extract<ParsedCell, { type: 'bracket' }>,
): TargetDecision | null {
  const range = growth.range;
  if (!range || range.min !== range.max || growth.prefix !== '') return null;
  const years = input.years ?? DEFAULT_PLAN_YEARS;
  const implied = impliedBracketGrowth({
    unit: input.unit,
    base: baseValue,
    level: targetValue,
    value: range.min,
    years,
  });
  if (implied === null || targetValue === null || baseValue === null) return null;
  return {
    target: {
      kind: 'levelWithGrowth',
      targetValue,
      annualGrowth: { value: range.min, qualifier: range.qualifier },
    },
    warnings: [
      {
        message: `「${growth.text}」按累计变化解读时基期值加变化量（${formatAsWritten(baseValue + range.min)}）与目标值${formatAsWritten(targetValue)}相差甚远，而${years}年复合年均增长${formatNumber(implied, 2)}%与之相符，已按年均增长${formatAsWritten(range.min)}%解读，请核对原表`,
        column: '年均/累计增长',
        cellText: growth.text,
      },
    ],
  };
}
