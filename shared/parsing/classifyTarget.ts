import type { ImportWarning } from '../domain/indicator';
import type { Target } from '../domain/target';
import { parseCell } from './parseCell';
import type { ParsedCell } from './parseCell';
import { isGrowthRateName, isReductionName, isShareName } from './indicatorNameTraits';
import { inferDirection } from './inferDirection';
import { levelBoundInGrowthColumn } from './levelBoundInGrowthColumn';
import { hasProvinceNumber, readTargetCells } from './readTargetCells';
import { boundTarget, bracketTarget, judgment, relationalTarget, textOf } from './targetRules';

/** The raw texts of one indicator row that decide its target kind. */
export type TargetInput = {
  readonly name: string;
  readonly unit: string;
  readonly baseRaw: string;
  readonly targetRaw: string;
  readonly growthRaw: string;
  /**
   * The table notes say binding values are set by the province (「约束性指标具体数值按省下达任务执行」,
   * source-doc 000 line 1009) and this row is binding: an empty target is then province-set.
   */
  readonly setByProvince?: boolean;
  /**
   * Years from the base to the target year, for the bracket-growth consistency rule
   * (bracketGrowthRule.ts); DEFAULT_PLAN_YEARS (a five-year plan) when not given.
   */
  readonly years?: number;
};

/** The decided target with the warnings met on the way. */
export type TargetDecision = {
  readonly target: Target;
  readonly warnings: readonly ImportWarning[];
};

const PROVINCE_SET = /按?省.{0,2}下达|按市下达|省下达|市下达/;
const STABLE = /保持稳定|持续稳定|^稳定$|基本稳定/;

/**
 * Decides the Target kind of a row from its name, unit and the base/target/growth texts.
 * DOMAIN.md「What kinds of target there are」, rule by rule: province-set and qualitative texts →
 * judgment; `a:b:c` → structure; 保持稳定 → keepStable; 高于/同步 → relational; `[x]` →
 * cumulativeChange or (for 降幅/降低 names) cumulativeReduction, or levelWithGrowth when the bracket
 * holds an annual growth (bracketGrowthRule.ts); 以内/`<` → ceiling; 以上/`>` →
 * floor; 增速 names → growthRate; level + growth → levelWithGrowth; level only → level.
 */
export function classifyTarget(input: TargetInput): TargetDecision {
  const base = parseCell(input.baseRaw);
  // readTargetCells.ts: `省下达的目标 [16]` is judged on the 16, `>7、力争…` on the >7 (issue 12, 3).
  const cells = readTargetCells(input.targetRaw, input.growthRaw);
  const texts = [input.targetRaw, input.growthRaw].join(' ');
  if (PROVINCE_SET.test(texts) && !hasProvinceNumber(cells)) {
    return judgment(
      'provinceSet',
      textOf([parseCell(input.targetRaw), parseCell(input.growthRaw)]),
    );
  }
  const target = parseCell(cells.targetText);
  const growth = parseCell(cells.growthText);
  if (target.type === 'structure') {
    const baseComponents = base.type === 'structure' ? base.components : null;
    return {
      target: { kind: 'structure', baseComponents, targetComponents: target.components },
      warnings: [],
    };
  }
  if (STABLE.test(growth.text) || STABLE.test(target.text)) {
    const reference = target.type === 'number' ? target.number : null;
    return { target: { kind: 'keepStable', reference }, warnings: [] };
  }
  const relational = relationalTarget(growth) ?? relationalTarget(target);
  if (relational) return { target: relational, warnings: [] };
  const bracket = bracketDecision(input, base, target, growth);
  if (bracket) return bracket;
  if (growth.type === 'number') return numberGrowthTarget(input, base, target, growth);
  if (target.type === 'number') return levelOnlyTarget(input, base, target);
  return fallbackTarget(input, base, target, growth);
}

/** `[x]` in the growth column, or alone in the target column, as a five-year reading. */
function bracketDecision(
  input: TargetInput,
  base: ParsedCell,
  target: ParsedCell,
  growth: ParsedCell,
): TargetDecision | null {
  if (growth.type === 'bracket' && growth.range) return bracketTarget(input, base, target, growth);
  // 城镇新增就业 `[>5500]` in the target column with nothing beside it (the national table writes
  // five-year totals there): the same five-year cumulative reading as in the growth column.
  if (target.type === 'bracket' && target.range && growth.type === 'empty') {
    return bracketTarget(input, base, growth, target);
  }
  return null;
}

function numberGrowthTarget(
  input: TargetInput,
  base: ParsedCell,
  target: ParsedCell,
  growth: Extract<ParsedCell, { type: 'number' }>,
): TargetDecision {
  const annualGrowth = growth.number;
  // `PM2.5 浓度下降 … 22.2` (000 line 532): a reduction written without brackets.
  if (isReductionName(input.name) && input.unit === '%') {
    const { value, qualifier } = annualGrowth;
    return {
      target: {
        kind: 'cumulativeReduction',
        reductionPercent: { min: value, max: value, qualifier },
      },
      warnings: [],
    };
  }
  if (isGrowthRateName(input.name)) {
    return { target: { kind: 'growthRate', annualGrowth }, warnings: [] };
  }
  // 城镇登记失业率 `4.5 以内`, 城镇调查失业率 `5.5左右`: the growth column bounds the rate itself.
  const isLevelBound = target.type !== 'number' && isShareName(input.name, input.unit);
  const isBoundQualifier = annualGrowth.qualifier !== 'exact';
  if (isLevelBound && (isBoundQualifier || inferDirection(input.name) === 'lowerIsBetter')) {
    const bound = boundTarget(annualGrowth, inferDirection(input.name));
    if (bound) return { target: bound, warnings: [] };
  }
  const levelBound = levelBoundInGrowthColumn(input, base, target, growth);
  if (levelBound) return levelBound;
  const targetValue = target.type === 'number' ? target.number.value : null;
  return { target: { kind: 'levelWithGrowth', targetValue, annualGrowth }, warnings: [] };
}

function levelOnlyTarget(
  input: TargetInput,
  base: ParsedCell,
  target: Extract<ParsedCell, { type: 'number' }>,
): TargetDecision {
  const bound = boundTarget(target.number, 'higherIsBetter', true);
  if (bound) return { target: bound, warnings: [] };
  const keep = keepAboutLevel(input, base, target);
  if (keep) return keep;
  if (isGrowthRateName(input.name)) {
    return { target: { kind: 'growthRate', annualGrowth: target.number }, warnings: [] };
  }
  const interpolation = isShareName(input.name, input.unit) ? 'linear' : 'compound';
  return { target: { kind: 'level', targetValue: target.number, interpolation }, warnings: [] };
}

function fallbackTarget(
  input: TargetInput,
  base: ParsedCell,
  target: ParsedCell,
  growth: ParsedCell,
): TargetDecision {
  if (target.type === 'text' || growth.type === 'text') {
    return judgment('qualitative', textOf([target, growth]));
  }
  if (input.setByProvince) return judgment('provinceSet', '约束性指标具体数值按省下达任务执行');
  return judgment('notSpecified', textOf([base, target, growth]) || '--');
}

/**
 * 粮食综合生产能力 11.2 → `11左右`: a level 左右 on the unwanted side of the base (lower for a
 * higher-is-better row) is the level to hold, 保持在11左右, not a fall to reach: 10.4 must not
 * count as 「已达到11亿斤的目标」. Read as 保持稳定 at that level, with a warning saying so.
 */
function keepAboutLevel(
  input: TargetInput,
  base: ParsedCell,
  target: Extract<ParsedCell, { type: 'number' }>,
): TargetDecision | null {
  if (target.number.qualifier !== 'about' || base.type !== 'number') return null;
  const change = target.number.value - base.number.value;
  const direction = inferDirection(input.name);
  const isAgainst = direction === 'lowerIsBetter' ? change > 0 : change < 0;
  if (!isAgainst) return null;
  return {
    target: { kind: 'keepStable', reference: target.number },
    warnings: [
      {
        message: `目标「${target.text}」${change < 0 ? '低于' : '高于'}基期值${base.text}，按保持在该水平左右评价（不${direction === 'lowerIsBetter' ? '高于' : '低于'}${target.text}），请核对原表`,
        column: '目标值',
        cellText: target.text,
      },
    ],
  };
}
