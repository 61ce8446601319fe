/**
 * The wording of levelWithGrowth verdicts that depends on the indicator's price basis (issue 12,
 * item 7): 可比价 is said only of GDP and value added (priceBasis.ts).
 */
import type { Indicator } from '../domain/indicator';
import type { EvaluationFrame } from './evaluationFrame';
import type { GrowthReading } from './growthReading';
import { isBinding } from './kindOutcome';
import { priceBasisOfIndicator } from './priceBasis';
import { aboutRateText, onceForRun, ratioRuleText } from './ruleText';

/** Names the source of a growth rate, saying 可比价 only where it is true. */
export function growthSourceText(indicator: Indicator, source: GrowthReading['source']): string {
  const basis = priceBasisOfIndicator(indicator);
  return (basis === 'comparable' ? COMPARABLE_SOURCE_TEXT : PLAIN_SOURCE_TEXT)[source];
}

/** How the explanation names the source of the growth rate it quotes, for GDP and value added. */
const COMPARABLE_SOURCE_TEXT: Readonly<Record<GrowthReading['source'], string>> = {
  levels: '',
  annualRates: '（按可比价计算的实际增速）',
  periodAverage: '（按可比价计算的实际增速）',
  official: '（官方公布，可比价）',
};

/** The same for indicators measured in current prices or plain counts (财政收入, 人口). */
const PLAIN_SOURCE_TEXT: Readonly<Record<GrowthReading['source'], string>> = {
  levels: '',
  annualRates: '（按录入的各年增速计算）',
  periodAverage: '（完成情况表所列年均增长）',
  official: '（官方公布）',
};

const DEFINITIONS = {
  comparable:
    '总量指标按年均增速评价：可比价增速（官方公布或录入）与规划年均增速相比；未录入可比价增速时，按现价水平值的年均增速与由基期值到目标值所需的年均增速相比，不以现价增速对比可比价目标',
  plain:
    '总量指标按年均增速评价：实际年均增速与规划年均增速相比，有官方公布或录入的增速时优先采用，否则按水平值推算',
} as const;

/** Run-wide keys of the rule text by price basis, then binding and 左右 (no string per call). */
const RULE_KEYS: Readonly<Record<keyof typeof DEFINITIONS, readonly string[]>> = {
  comparable: ['00', '01', '10', '11'].map((variant) => `levelWithGrowth:comparable:${variant}`),
  plain: ['00', '01', '10', '11'].map((variant) => `levelWithGrowth:plain:${variant}`),
};

/** The rule text, built once per run for each combination (binding, 左右, price basis). */
export function levelWithGrowthRule(
  indicator: Indicator,
  isAbout: boolean,
  frame: EvaluationFrame,
): string {
  const binding = isBinding(indicator);
  const basis = priceBasisOfIndicator(indicator);
  const key = RULE_KEYS[basis][(binding ? 2 : 0) + (isAbout ? 1 : 0)] ?? '';
  return onceForRun(frame, key, () =>
    ratioRuleText(DEFINITIONS[basis], frame, binding, isAbout ? aboutRateText(frame) : ''),
  );
}
