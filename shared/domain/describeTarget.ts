import type { Indicator } from './indicator';
import type { NumberRange, QualifiedNumber, Qualifier, Target, TargetKind } from './target';

const QUALIFIER_SUFFIX: Readonly<Record<Qualifier, string>> = {
  exact: '',
  about: '左右',
  atMost: '以内',
  lessThan: '（不含）以内',
  atLeast: '以上',
  greaterThan: '（不含）以上',
};

/** 「7%左右」: a qualified number with its unit. */
export function formatQualified(number: QualifiedNumber, unit: string): string {
  return `${number.value}${unit}${QUALIFIER_SUFFIX[number.qualifier]}`;
}

function formatRange(range: NumberRange, unit: string): string {
  const body = range.min === range.max ? `${range.min}` : `${range.min}～${range.max}`;
  return `${body}${unit}${QUALIFIER_SUFFIX[range.qualifier]}`;
}

type Describers = {
  [K in TargetKind]: (target: Extract<Target, { kind: K }>, unit: string) => string;
};

// One phrase per kind (DOMAIN.md「What kinds of target there are」). Shares in % change by
// percentage points (个百分点), per UX.md「Numbers」.
const DESCRIBERS: Describers = {
  levelWithGrowth: (t, unit) =>
    `年均增长${formatQualified(t.annualGrowth, '%')}` +
    (t.targetValue === null ? '' : `，目标${t.targetValue}${unit}`),
  level: (t, unit) =>
    `目标${formatQualified(t.targetValue, unit)}（${t.interpolation === 'compound' ? '按复合增长' : '按线性'}测算进度）`,
  growthRate: (t) => `增速指标，年均${formatQualified(t.annualGrowth, '%')}`,
  cumulativeChange: (t, unit) => {
    const isDown = t.change.max < 0;
    const range = isDown ? { ...t.change, min: -t.change.max, max: -t.change.min } : t.change;
    return `五年累计${isDown ? '下降' : '提高'}${formatRange(range, unit === '%' ? '个百分点' : unit)}`;
  },
  cumulativeReduction: (t) => `五年累计降低${formatRange(t.reductionPercent, '%')}`,
  ceiling: (t, unit) => `每年不高于${t.limit}${unit}${t.isApproximate ? '左右' : ''}`,
  floor: (t, unit) => `每年不低于${t.limit}${unit}${t.isApproximate ? '左右' : ''}`,
  keepStable: (t, unit) =>
    t.reference ? `保持稳定（${formatQualified(t.reference, unit)}）` : '保持稳定（不低于基期值）',
  structure: (t) => `结构目标 ${t.targetComponents.join(':')}`,
  relational: (t) => `${RELATION_LABEL[t.relation]}${t.referenceName}`,
  judgment: (t) => JUDGMENT_LABEL[t.reason],
};

const RELATION_LABEL = { above: '高于', inStep: '与之基本同步：', below: '低于' } as const;

const JUDGMENT_LABEL = {
  qualitative: '定性目标，需人工研判',
  provinceSet: '按上级下达任务执行，需人工研判',
  notSpecified: '规划未给出量化目标，需人工研判',
} as const;

/**
 * The parsed meaning of an indicator's target in one short Chinese phrase, shown beside the raw
 * cells so the evaluator can check the reading (UX.md「Numbers」).
 */
export function describeTarget(indicator: Pick<Indicator, 'target' | 'unit'>): string {
  const describe = DESCRIBERS[indicator.target.kind] as (target: Target, unit: string) => string;
  return describe(indicator.target, indicator.unit);
}
