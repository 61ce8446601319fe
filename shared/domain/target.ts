/**
 * The kinds of target a plan's indicator row can express.
 * DOMAIN.md「What kinds of target there are」: one variant per kind, discriminated by `kind`.
 * The raw cell texts are kept on the Indicator (`baseRaw`, `targetRaw`, `growthRaw`).
 */

/** How a number in a plan cell is qualified. 左右 = about (a tolerance band, not a point). */
export type Qualifier =
  | 'exact' // 1200
  | 'about' // 7 左右
  | 'atMost' // 4.5 以内, ≤, 不高于, 控制在…以内
  | 'lessThan' // < 5.5
  | 'atLeast' // 以上, 不低于, ≥
  | 'greaterThan'; // > 6.5

/** A number as the plan wrote it, with its qualifier. */
export type QualifiedNumber = {
  readonly value: number;
  readonly qualifier: Qualifier;
};

/** A closed range such as `[18-22]`; a single value has min === max. */
export type NumberRange = {
  readonly min: number;
  readonly max: number;
  readonly qualifier: Qualifier;
};

/** Level indicator (总量/水平) with an annual average growth rate in %, e.g. GDP 957.14 → 1200, `7 左右`. */
export type LevelWithGrowthTarget = {
  readonly kind: 'levelWithGrowth';
  /** Target level in the target year, if the plan gives one. */
  readonly targetValue: number | null;
  /** Annual average growth in per cent. */
  readonly annualGrowth: QualifiedNumber;
};

/** Level indicator with a target level but no growth rate: interpolate base → target. */
export type LevelTarget = {
  readonly kind: 'level';
  readonly targetValue: QualifiedNumber;
  /** Compound interpolation for totals, linear for shares/ratios in % (DOMAIN.md). */
  readonly interpolation: 'compound' | 'linear';
};

/** The indicator is itself a growth rate (增速), e.g. 规模以上工业增加值增速 `7 左右`, or R&D growth `>7`. */
export type GrowthRateTarget = {
  readonly kind: 'growthRate';
  readonly annualGrowth: QualifiedNumber;
};

/** Five-year cumulative change in the indicator's unit, `[2.2]`, `[-0.05]`, `[18-22]`. */
export type CumulativeChangeTarget = {
  readonly kind: 'cumulativeChange';
  readonly change: NumberRange;
  /** Target level if also given (base + change), for cross-checking. */
  readonly targetValue: number | null;
};

/** Five-year cumulative reduction in per cent, e.g. 单位 GDP 能源消耗降幅 `[16]`. */
export type CumulativeReductionTarget = {
  readonly kind: 'cumulativeReduction';
  readonly reductionPercent: NumberRange;
};

/** Upper bound each year, e.g. 城镇登记失业率 `4.5 以内`, `<5.5`. */
export type CeilingTarget = {
  readonly kind: 'ceiling';
  readonly limit: number;
  readonly inclusive: boolean;
  /** True when written as 左右 on a lower-is-better rate (控制在5.5%左右). */
  readonly isApproximate: boolean;
};

/** Lower bound each year, e.g. `>6.5`, `96 以上`. */
export type FloorTarget = {
  readonly kind: 'floor';
  readonly limit: number;
  readonly inclusive: boolean;
  readonly isApproximate: boolean;
};

/** 保持稳定 / 持续稳定: actual not below base (small tolerance). */
export type KeepStableTarget = {
  readonly kind: 'keepStable';
  /** Explicit level to hold, when the target cell gives one (粮食 `11 左右`). */
  readonly reference: QualifiedNumber | null;
};

/** Structure such as 三产比例 `6.5:41.5:52`. */
export type StructureTarget = {
  readonly kind: 'structure';
  readonly baseComponents: readonly number[] | null;
  readonly targetComponents: readonly number[];
};

/** Relational target (national plan): 「高于GDP增长」, 「与GDP增长基本同步」. */
export type RelationalTarget = {
  readonly kind: 'relational';
  readonly relation: 'above' | 'inStep' | 'below';
  /** Name of the indicator it is compared with, as written (e.g. `GDP`, `经济增长`). */
  readonly referenceName: string;
};

/** Needs the evaluator's judgment: qualitative text, province-set values, or nothing given. */
export type JudgmentTarget = {
  readonly kind: 'judgment';
  readonly reason: 'qualitative' | 'provinceSet' | 'notSpecified';
  /** The text that made it so (`确保数量不减，质量提升`, `按省下达`, `--`). */
  readonly text: string;
};

/** Discriminated union of every target kind the engine understands. */
export type Target =
  | LevelWithGrowthTarget
  | LevelTarget
  | GrowthRateTarget
  | CumulativeChangeTarget
  | CumulativeReductionTarget
  | CeilingTarget
  | FloorTarget
  | KeepStableTarget
  | StructureTarget
  | RelationalTarget
  | JudgmentTarget;

/** The `kind` tag of a Target. */
export type TargetKind = Target['kind'];

/** Chinese label of each target kind, for the UI and exports. */
export const TARGET_KIND_LABELS: Readonly<Record<TargetKind, string>> = {
  levelWithGrowth: '总量（年均增长）',
  level: '总量/水平（目标值）',
  growthRate: '增速指标',
  cumulativeChange: '累计变化',
  cumulativeReduction: '累计降幅',
  ceiling: '上限（以内）',
  floor: '下限（以上）',
  keepStable: '保持稳定',
  structure: '结构比例',
  relational: '相对指标',
  judgment: '需人工研判',
};

/**
 * The kinds with no expected level path from the base to a target level: rates, bounds, structures,
 * relations and judgments. The trend guide, the base-break check and the base revision all treat
 * them alike (nothing to draw, compare or carry over); a new kind is added here or given a case.
 */
export const KINDS_WITHOUT_LEVEL_PATH = [
  'growthRate',
  'cumulativeReduction',
  'ceiling',
  'floor',
  'keepStable',
  'structure',
  'relational',
  'judgment',
] as const satisfies readonly TargetKind[];

/** Exhaustiveness for `switch (target.kind)`; kept here for the many callers that import it here. */
export { assertNever } from '../lib/exhaustive';
