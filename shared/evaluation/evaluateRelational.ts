/**
 * Relational targets of the national plan: 「高于GDP增长」, 「与GDP增长基本同步」. DOMAIN.md
 * 「What kinds of target there are」: compare with the named indicator's actual growth in the same
 * years. Growth is the `growth` actual where entered, else derived from consecutive levels.
 */
import type { IndicatorSeries } from './actualIndex';
import type { RelationalTarget } from '../domain/target';
import { formatAsWritten, formatNumber, formatPeriod } from '../lib/formatNumber';
import { seriesOf } from './actualIndex';
import { classifyCondition } from './classifyVerdict';
import { annualGrowthText } from './explainText';
import { averageGrowth } from './growthMath';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, timeProgressOf } from './kindOutcome';
import { conditionRuleText } from './ruleText';

type Input = KindInput<RelationalTarget>;

const RELATION_TEXT: Record<RelationalTarget['relation'], string> = {
  above: '高于',
  inStep: '与…基本同步',
  below: '低于',
};

/** Annual growth by year: the growth actual, else from this and last year's level. */
function annualRates(
  series: IndicatorSeries,
  base: number | null,
  from: number,
  to: number,
): Map<number, number> {
  const rates = new Map<number, number>();
  for (let year = from; year <= to; year += 1) {
    const direct = series.growth.get(year);
    const previous =
      year === from ? (series.value.get(year - 1) ?? base) : series.value.get(year - 1);
    const current = series.value.get(year);
    if (direct !== undefined) rates.set(year, direct);
    else if (previous != null && current !== undefined && previous > 0)
      rates.set(year, (current / previous - 1) * 100);
  }
  return rates;
}

/** Evaluates a relational target against the referenced indicator's growth. */
export function evaluateRelational(input: Input): KindOutcome {
  const { target, frame, indicator, series, base } = input;
  const band = frame.settings.inStepPoints;
  const wording =
    target.relation === 'inStep'
      ? `与${target.referenceName}增长基本同步`
      : `${RELATION_TEXT[target.relation]}${target.referenceName}增长`;
  const rule = conditionRuleText(
    `相对指标（${wording}${target.relation === 'inStep' ? `，差距在±${formatAsWritten(band)}个百分点以内为同步` : ''}）：比较同期年均增速`,
    frame,
  );
  const reference = frame.findIndicator(target.referenceName);
  if (!reference)
    return missingOutcome(input, `在本规划中找不到参照指标「${target.referenceName}」`, rule);
  const from = frame.baseYear + 1;
  const own = annualRates(series, base, from, frame.year);
  const other = annualRates(
    seriesOf(frame.index, reference.id),
    reference.base.value,
    from,
    frame.year,
  );
  const years = [...own.keys()].filter((year) => other.has(year)).sort((a, b) => a - b);
  const last = years[years.length - 1];
  if (last === undefined) {
    return missingOutcome(
      input,
      `缺少${formatPeriod(from, frame.year)}本指标或${reference.name}的同期增速`,
      rule,
    );
  }
  const ownAverage = averageGrowth(years.map((year) => own.get(year) ?? 0)) ?? 0;
  const otherAverage = averageGrowth(years.map((year) => other.get(year) ?? 0)) ?? 0;
  const holds = (difference: number): boolean =>
    target.relation === 'above'
      ? difference > 0
      : target.relation === 'below'
        ? difference < 0
        : Math.abs(difference) <= band || difference > band;
  const difference = ownAverage - otherAverage;
  const lastDifference = (own.get(last) ?? 0) - (other.get(last) ?? 0);
  const verdict = classifyCondition(
    {
      allYearsMet: holds(difference),
      lastYearMet: holds(lastDifference),
      isAhead: target.relation === 'inStep' && difference > band,
    },
    frame,
    isBinding(indicator),
  );
  const period = formatPeriod(years[0] ?? last, last);
  return makeOutcome(
    {
      verdict,
      rule,
      dataYear: last,
      timeProgress: timeProgressOf(frame, last),
      expected: otherAverage,
      projectedTargetValue: null,
      numbers: [
        { label: '本指标年均增速', value: ownAverage },
        { label: `${reference.name}年均增速`, value: otherAverage },
      ],
      explanation: `${period}${indicator.name}${annualGrowthText(ownAverage)}，${reference.name}${annualGrowthText(otherAverage)}，${gapText(difference)}，规划要求${wording}，${verdict}。`,
    },
    frame,
  );
}

/** 「前者高0.5个百分点」, 「前者低1.2个百分点」 or 「两者持平」, one decimal. */
function gapText(difference: number): string {
  const magnitude = formatNumber(Math.abs(difference), 1);
  if (Number(magnitude) === 0) return '两者持平';
  return `前者${difference > 0 ? '高' : '低'}${magnitude}个百分点`;
}
