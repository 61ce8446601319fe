/**
 * Relational targets of the national plan: 「高于GDP增长」, 「与GDP增长基本同步」. DOMAIN.md
 * 「What kinds of target there are」: compare with the named indicator's actual growth in the same
 * years. The reference row is found by meaning (referenceIndicator.ts); rates are read as rates
 * (relationalRates.ts, issue 12 reading 2).
 */
import type { Indicator } from '../domain/indicator';
import type { RelationalTarget } from '../domain/target';
import { formatAsWritten, formatNumber, formatPeriod } from '../lib/formatNumber';
import { seriesOf } from './actualIndex';
import { classifyCondition } from './classifyVerdict';
import { annualGrowthText } from './explainText';
import { averageGrowth } from './growthMath';
import type { KindInput, KindOutcome } from './kindOutcome';
import { isBinding, makeOutcome, missingOutcome, timeProgressOf } from './kindOutcome';
import type { RelationalRates } from './relationalRates';
import { growthSubject, relationalRates } from './relationalRates';
import { conditionRuleText } from './ruleText';

type Input = KindInput<RelationalTarget>;

const RELATION_TEXT: Record<RelationalTarget['relation'], string> = {
  above: '高于',
  inStep: '与…基本同步',
  below: '低于',
};

/** Evaluates a relational target against the referenced indicator's growth. */
export function evaluateRelational(input: Input): KindOutcome {
  const { target, frame, indicator, series, base } = input;
  const band = frame.settings.inStepPoints;
  const named = growthSubject(target.referenceName);
  const wording =
    target.relation === 'inStep'
      ? `与${named}增长基本同步`
      : `${RELATION_TEXT[target.relation]}${named}增长`;
  const rule = conditionRuleText(
    `相对指标（${wording}${target.relation === 'inStep' ? `，差距在±${formatAsWritten(band)}个百分点以内为同步` : ''}）：比较同期年均增速`,
    frame,
  );
  const references = frame
    .findReferences(target.referenceName)
    .filter((reference) => reference.id !== indicator.id);
  if (references.length === 0)
    return missingOutcome(input, `在本规划中找不到参照指标「${target.referenceName}」`, rule);
  const from = frame.baseYear + 1;
  const ownRates = relationalRates(indicator, series, base, from, frame.year);
  const own = ownRates.rates;
  const found = pickReference(references, frame, from, own);
  const reference = found.indicator;
  const other = found.rates.rates;
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
        { label: `${growthSubject(reference.name)}年均增速`, value: otherAverage },
      ],
      explanation: `${period}${growthSubject(indicator.name)}${annualGrowthText(ownAverage)}${levelsNote(ownRates)}，${growthSubject(reference.name)}${annualGrowthText(otherAverage)}${levelsNote(found.rates)}，${gapText(ownAverage, otherAverage)}，规划要求${wording}，${verdict}。`,
    },
    frame,
  );
}

/** The first reference row with rates in the years of this row's rates, else the best row. */
function pickReference(
  references: readonly Indicator[],
  frame: Input['frame'],
  from: number,
  own: ReadonlyMap<number, number>,
): { indicator: Indicator; rates: RelationalRates } {
  const readOf = (indicator: Indicator): RelationalRates =>
    relationalRates(
      indicator,
      seriesOf(frame.index, indicator.id),
      indicator.base.isPeriodAverage ? null : indicator.base.value,
      from,
      frame.year,
    );
  for (const indicator of references) {
    const rates = readOf(indicator);
    if ([...own.keys()].some((year) => rates.rates.has(year))) return { indicator, rates };
  }
  const first = references[0] as Indicator;
  return { indicator: first, rates: readOf(first) };
}

/** Says when a growth was computed from levels (current prices for a value in 元). */
function levelsNote(read: RelationalRates): string {
  return read.fromLevels ? '（由相邻年份水平值推算）' : '';
}

/**
 * 「前者高0.5个百分点」, 「前者低1.2个百分点」 or 「两者持平」: the gap between the two rates as the
 * sentence shows them (one decimal), so 5.7% and 5.4% differ by 0.3, not by the 0.25 of 5.70 − 5.45.
 */
function gapText(own: number, other: number): string {
  const shown = (rate: number) => Number(formatNumber(rate, 1).replace(/,/g, ''));
  const difference = shown(own) - shown(other);
  const magnitude = formatNumber(Math.abs(difference), 1);
  if (Number(magnitude) === 0) return '两者持平';
  return `前者${difference > 0 ? '高' : '低'}${magnitude}个百分点`;
}
