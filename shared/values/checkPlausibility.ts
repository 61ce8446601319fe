import type { Measure } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import { formatAsWritten, formatUpTo } from '../lib/formatNumber';
import { DEFAULT_PLAUSIBILITY_SETTINGS } from './plausibilitySettings';
import type { PlausibilitySettings } from './plausibilitySettings';

/** Which check raised a warning. */
export type PlausibilityWarningKind = 'largeChange' | 'shareAbove100' | 'negative';

/** A warning the user confirms or corrects; the message is one Chinese sentence. */
export type PlausibilityWarning = {
  readonly kind: PlausibilityWarningKind;
  readonly message: string;
};

/** The value being entered, with the previous year's value of the same measure if known. */
export type PlausibilityInput = {
  readonly indicator: Pick<Indicator, 'name' | 'unit' | 'target'>;
  readonly year: number;
  readonly measure: Measure;
  readonly value: number;
  /** The previous year's value (or the base value for the first year), null when unknown. */
  readonly previous: { readonly year: number; readonly value: number } | null;
};

// UX.md / brief: growth-rate indicators are named …增速 / …增长…; changes and reductions
// (降幅, 累计…, 下降) may be negative too (a reduction target missed is a negative reduction).
const GROWTH_NAME = /增速|增长/;
const MAY_BE_NEGATIVE_NAME = /增速|增长|增幅|降幅|降低|下降|减少|变化|变动|累计|差额|净/;
const MAY_BE_NEGATIVE_KINDS = new Set(['growthRate', 'cumulativeReduction', 'relational']);

/**
 * Plausibility warnings for one entered value (issue 5「Validation」): a change from the previous
 * year beyond ±`maxChangePercent` (rates: beyond ±`maxRateChangePoints` points), a share in %
 * above 100 (growth rates excepted), and a negative value where none is possible.
 */
export function checkPlausibility(
  input: PlausibilityInput,
  settings: PlausibilitySettings = DEFAULT_PLAUSIBILITY_SETTINGS,
): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const change = checkChange(input, settings);
  if (change) warnings.push(change);
  if (settings.checkShareAbove100 && isShareAbove100(input)) {
    warnings.push({
      kind: 'shareAbove100',
      message: `${input.year}年数值 ${formatAsWritten(input.value)}% 超过 100%，占比类指标一般不超过 100%，请核实`,
    });
  }
  if (settings.checkNegative && input.value < 0 && !mayBeNegative(input)) {
    warnings.push({
      kind: 'negative',
      message: `${input.year}年数值为负数（${formatAsWritten(input.value)}），该指标一般不为负，请核实`,
    });
  }
  return warnings;
}

/** True for growth-rate readings: the 'growth' measure or an indicator named …增速 / …增长…. */
export function isRateReading(input: Pick<PlausibilityInput, 'indicator' | 'measure'>): boolean {
  return (
    input.measure === 'growth' ||
    input.indicator.target.kind === 'growthRate' ||
    GROWTH_NAME.test(input.indicator.name)
  );
}

function checkChange(
  input: PlausibilityInput,
  settings: PlausibilitySettings,
): PlausibilityWarning | null {
  const { previous, value, year } = input;
  if (!previous) return null;
  const from = `与${previous.year}年（${formatAsWritten(previous.value)}）相比`;
  if (isRateReading(input)) {
    const points = value - previous.value;
    if (Math.abs(points) <= settings.maxRateChangePoints + 1e-9) return null;
    const verb = points > 0 ? '提高' : '下降';
    return {
      kind: 'largeChange',
      message: `${year}年数值${from}${verb} ${formatUpTo(Math.abs(points), 1)} 个百分点，超过 ±${settings.maxRateChangePoints} 个百分点的提示阈值，请核实`,
    };
  }
  if (previous.value === 0) return null;
  const percent = ((value - previous.value) / Math.abs(previous.value)) * 100;
  if (Math.abs(percent) <= settings.maxChangePercent + 1e-9) return null;
  const verb = percent > 0 ? '增长' : '下降';
  return {
    kind: 'largeChange',
    message: `${year}年数值${from}${verb} ${formatUpTo(Math.abs(percent), 1)}%，超过 ±${settings.maxChangePercent}% 的提示阈值，请核实`,
  };
}

function isShareAbove100(input: PlausibilityInput): boolean {
  return input.indicator.unit === '%' && input.value > 100 && !isRateReading(input);
}

function mayBeNegative(input: PlausibilityInput): boolean {
  return (
    isRateReading(input) ||
    MAY_BE_NEGATIVE_KINDS.has(input.indicator.target.kind) ||
    MAY_BE_NEGATIVE_NAME.test(input.indicator.name)
  );
}
