/**
 * `>6.5` in the growth column of a level measured in an absolute unit (粮食综合生产能力（亿吨）) is a
 * floor on the level, not a growth rate (issue 12, reading 3). A bound written there for a level in
 * 亿元 (`8以上` beside GDP 957.14) is still a growth rate: when the row has a base, the bound is read
 * as a level only if it is of the base's magnitude (a growth in % of a level is not, but by chance).
 */
import type { ImportWarning } from '../domain/indicator';
import type { QualifiedNumber } from '../domain/target';
import { formatAsWritten } from '../lib/formatNumber';
import type { TargetDecision, TargetInput } from './classifyTarget';
import { inferDirection } from './inferDirection';
import { isGrowthRateName, isShareName } from './indicatorNameTraits';
import type { ParsedCell } from './parseCell';
import { boundTarget } from './targetRules';

/** The bound's share of the base within which it reads as a level: half to twice the base. */
const LEVEL_MAGNITUDE = { min: 0.5, max: 2 } as const;

function isAbsoluteUnit(input: TargetInput): boolean {
  return input.unit !== '' && !isShareName(input.name, input.unit) && !isGrowthRateName(input.name);
}

/** The floor or ceiling on the level, with a warning saying why; null when the bound is a growth. */
export function levelBoundInGrowthColumn(
  input: TargetInput,
  base: ParsedCell,
  target: ParsedCell,
  growth: { readonly text: string; readonly number: QualifiedNumber },
): TargetDecision | null {
  if (target.type === 'number' || !isAbsoluteUnit(input)) return null;
  const bound = boundTarget(growth.number, inferDirection(input.name), true);
  if (!bound) return null;
  const baseValue = base.type === 'number' ? base.number.value : null;
  if (baseValue !== null) {
    const share = baseValue > 0 ? growth.number.value / baseValue : 0;
    if (share < LEVEL_MAGNITUDE.min || share > LEVEL_MAGNITUDE.max) return null;
  }
  const what = bound.kind === 'floor' ? '下限' : '上限';
  const why =
    baseValue === null
      ? `指标以${input.unit}计量`
      : `指标以${input.unit}计量，且与基期值${formatAsWritten(baseValue)}同一量级`;
  const warning: ImportWarning = {
    message: `「${growth.text}」写在年均/累计增长栏，但${why}，已按${input.unit}水平的${what}解读（不是增速），请核对原表`,
    column: '年均/累计增长',
    cellText: growth.text,
  };
  return { target: bound, warnings: [warning] };
}
