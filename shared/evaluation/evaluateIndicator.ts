/**
 * Evaluates one indicator in one year: picks the rule of its target kind, applies a revised base
 * (DOMAIN.md「Revisions and base breaks」) and assembles the explanation.
 */
import type { ActualValue } from '../domain/actualValue';
import type { Indicator } from '../domain/indicator';
import type { Target } from '../domain/target';
import { assertNever } from '../domain/target';
import { formatPeriod, formatYear } from '../lib/formatNumber';
import type { IndicatorSeries } from './actualIndex';
import { seriesOf } from './actualIndex';
import type { PartialYear, SeriesAtCutOff } from './cutOff';
import { explainAtCutOff, seriesAtCutOff, twoYearAverageText } from './cutOff';
import {
  alternativeSuffix,
  carryTarget,
  otherCarryOver,
  primaryCarryOver,
  revisionPrefix,
} from './baseRevision';
import type { EvaluationFrame } from './evaluationFrame';
import type { Explained } from './evaluationRecord';
import { EvaluationRecord } from './evaluationRecord';
import { evaluateFinalBeforeTarget, isFinalBeforeTarget } from './finalBeforeTarget';
import { buildFrame, explainingFrame } from './evaluationFrame';
import { evaluateCeilingOrFloor, evaluateKeepStable } from './evaluateBound';
import { evaluateCumulativeChange } from './evaluateCumulativeChange';
import { evaluateCumulativeReduction } from './evaluateCumulativeReduction';
import { evaluateGrowthRate } from './evaluateGrowthRate';
import { evaluateJudgment } from './evaluateJudgment';
import { evaluateLevel } from './evaluateLevel';
import { evaluateLevelWithGrowth } from './evaluateLevelWithGrowth';
import { evaluateRelational } from './evaluateRelational';
import { evaluateStructure } from './evaluateStructure';
import { otherYearFrame, withOtherYearNote } from './otherYearBase';
import { judgeTextActual } from './textActuals';
import type { ReviewedEvaluation } from './applyOverride';
import type { BaseRevision, EvaluationContext, IndicatorEvaluation } from './indicatorEvaluation';
import type { KindInput, KindOutcome } from './kindOutcome';
import { withTargetCellNote } from './targetCellNote';
import { makeOutcome } from './kindOutcome';

/**
 * Evaluates an indicator. `actuals` may hold every actual value of the plan; pass
 * `context.index` (or use evaluatePlan) to avoid re-indexing them for each indicator.
 */
export function evaluateIndicator(
  indicator: Indicator,
  actuals: readonly ActualValue[],
  context: EvaluationContext,
): IndicatorEvaluation {
  return evaluateInFrame(indicator, buildFrame(context, actuals));
}

/**
 * Evaluates an indicator within an already resolved frame (used by evaluatePlan); the result
 * already carries the review fields, with no override.
 */
export function evaluateInFrame(indicator: Indicator, frame: EvaluationFrame): ReviewedEvaluation {
  if (isFinalBeforeTarget(frame)) {
    return evaluateFinalBeforeTarget(indicator, frame, evaluateInFrame);
  }
  const cut = seriesAtCutOff(seriesOf(frame.index, indicator.id), indicator, frame.year);
  const evaluation = evaluateSeries(indicator, frame, cut);
  return judgeTextActual(evaluation, frame.textActualOf(indicator.id));
}

/**
 * The sentence of an evaluation made in a frame that does not explain: its rule run again in the
 * explaining frame (decision 0046). Rules are pure, so the figures are the same ones.
 */
function explainAgain(indicator: Indicator, frame: EvaluationFrame): Explained {
  const explaining = explainingFrame(frame);
  const cut = seriesAtCutOff(seriesOf(frame.index, indicator.id), indicator, frame.year);
  return evaluateSeries(indicator, explaining, cut);
}

function evaluateSeries(
  indicator: Indicator,
  frame: EvaluationFrame,
  cut: SeriesAtCutOff,
): ReviewedEvaluation {
  const { series } = cut;
  if (frame.requestedYear <= frame.baseYear) {
    const message = `评估年份${formatYear(frame.requestedYear)}须晚于基期年${formatYear(frame.baseYear)}`;
    const outcome = makeOutcome(
      {
        verdict: '数据不足',
        rule: '评估年份须在基期年之后',
        missing: message,
        explanation: `${indicator.name}：${message}，暂无法评价。`,
      },
      frame,
    );
    return assemble(indicator, frame, outcome, null, cut);
  }
  const planBase = indicator.base.isPeriodAverage ? null : indicator.base.value;
  const carry = primaryCarryOver(indicator.target);
  const revised = carry === null ? undefined : series.value.get(frame.baseYear);
  if (revised === undefined || carry === null || revised === planBase) {
    // A base of another year counts from its own year until a revised base is entered.
    const shifted = revised === undefined ? otherYearFrame(indicator, frame) : null;
    const outcome = runKind(
      indicator,
      indicator.target,
      planBase,
      planBase,
      series,
      shifted ?? frame,
    );
    return assemble(
      indicator,
      frame,
      shifted && frame.explains ? withOtherYearNote(outcome, shifted) : outcome,
      null,
      cut,
    );
  }
  return evaluateRevised(indicator, frame, cut, planBase, revised);
}

function evaluateRevised(
  indicator: Indicator,
  frame: EvaluationFrame,
  cut: SeriesAtCutOff,
  planBase: number | null,
  revised: number,
): ReviewedEvaluation {
  const { series } = cut;
  const span = frame.targetYear - frame.baseYear;
  const carry = primaryCarryOver(indicator.target) ?? 'keepIncrement';
  const primaryTarget = carryTarget(indicator.target, planBase, revised, carry, span);
  const outcome = runKind(indicator, primaryTarget, revised, planBase, series, frame);
  const other = otherCarryOver(indicator.target, planBase);
  const alternativeOutcome =
    other === null
      ? null
      : runKind(
          indicator,
          carryTarget(indicator.target, planBase, revised, other, span),
          revised,
          planBase,
          series,
          frame,
        );
  const alternative =
    other !== null && alternativeOutcome !== null && alternativeOutcome.verdict !== outcome.verdict
      ? {
          carryOver: other,
          adjustedTarget: alternativeOutcome.targetLevel,
          verdict: alternativeOutcome.verdict,
          progressRatio: alternativeOutcome.progressRatio,
        }
      : null;
  const revision: BaseRevision = {
    planBase,
    revisedBase: revised,
    carryOver: carry,
    adjustedTarget: outcome.targetLevel,
    alternative,
  };
  if (!frame.explains) return assemble(indicator, frame, outcome, revision, cut);
  const prefix = revisionPrefix(indicator, planBase, revised, carry, outcome.targetLevel);
  const suffix = alternative ? alternativeSuffix(indicator, planBase, revised, alternative) : '';
  const explanation = `${prefix}${outcome.explanation.replace(/。$/, '')}${suffix}。`;
  return assemble(indicator, frame, { ...outcome, explanation }, revision, cut);
}

function runKind(
  indicator: Indicator,
  target: Target,
  base: number | null,
  planBase: number | null,
  series: IndicatorSeries,
  frame: EvaluationFrame,
): KindOutcome {
  // One input object per indicator, narrowed by the switch on its own target below.
  const input: KindInput<Target> = { indicator, target, base, planBase, series, frame };
  switch (target.kind) {
    case 'levelWithGrowth':
      return evaluateLevelWithGrowth(narrowed(input, target));
    case 'level':
      return evaluateLevel(narrowed(input, target));
    case 'growthRate':
      return evaluateGrowthRate(narrowed(input, target));
    case 'cumulativeChange':
      return evaluateCumulativeChange(narrowed(input, target));
    case 'cumulativeReduction':
      return evaluateCumulativeReduction(narrowed(input, target));
    case 'ceiling':
    case 'floor':
      return evaluateCeilingOrFloor(narrowed(input, target));
    case 'keepStable':
      return evaluateKeepStable(narrowed(input, target));
    case 'structure':
      return evaluateStructure(narrowed(input, target));
    case 'relational':
      return evaluateRelational(narrowed(input, target));
    case 'judgment':
      return evaluateJudgment(narrowed(input, target));
    default:
      return assertNever(target);
  }
}

/**
 * The input typed by its target's narrowed kind: `target` is `input.target`, so the cast only
 * passes on what the switch proved (a copy per indicator would be one more object, 10,000 a run).
 */
function narrowed<T extends Target>(input: KindInput<Target>, target: T): KindInput<T> {
  return input.target === target ? (input as KindInput<T>) : { ...input, target };
}

/**
 * The evaluation of a rule's outcome: the data-year note, the missing data and, at a part-year
 * cut-off, the period the data stop at (cutOff.ts); in the sentence when the frame explains.
 */
function assemble(
  indicator: Indicator,
  frame: EvaluationFrame,
  outcome: KindOutcome,
  baseRevision: BaseRevision | null,
  cut: SeriesAtCutOff,
): ReviewedEvaluation {
  const { partial } = cut;
  const stale =
    outcome.dataYear !== null && outcome.dataYear < frame.year
      ? `缺少${formatPeriod(outcome.dataYear + 1, frame.year)}数据，按${formatYear(outcome.dataYear)}数据评价`
      : null;
  const missing =
    stale && outcome.missing ? `${stale}；${outcome.missing}` : (stale ?? outcome.missing);
  const cutOff = partial !== null && outcome.dataYear === partial.year ? partial : null;
  const sentence = frame.explains
    ? explainInFrame(outcome.explanation, indicator, frame, stale, cutOff)
    : null;
  return new EvaluationRecord(indicator, frame, outcome, {
    missing,
    baseRevision,
    dataPeriod: cutOff === null ? null : cutOff.period,
    sentence,
    explainAgain,
  });
}

/** The rule's sentence with the run's notes: late year, stale data, target cell, 两年平均, cut-off. */
function explainInFrame(
  text: string,
  indicator: Indicator,
  frame: EvaluationFrame,
  stale: string | null,
  cutOff: PartialYear | null,
): string {
  const late =
    frame.requestedYear > frame.targetYear
      ? `评估年份${formatYear(frame.requestedYear)}晚于规划目标年，按${formatYear(frame.targetYear)}评价：`
      : '';
  const full = `${late}${stale ? `${stale}：` : ''}${withTargetCellNote(text, indicator)}`;
  const twoYears = twoYearAverageText(full, frame.baseYear);
  return cutOff === null ? twoYears : explainAtCutOff(twoYears, cutOff);
}
