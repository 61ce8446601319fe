/**
 * The forecast of 二 (issue 14, item 2; issue 12, item 13): how many indicators are, at the pace
 * so far, 预计可超额完成 / 预计可如期完成 / 完成难度较大 by the plan's target year, the binding ones
 * 完成难度较大 named. The outlook is the engine's (shared/evaluation/forecastPace.ts); where the
 * evaluator overrode the verdict and the outlook reads the other way, the report says so rather
 * than printing two conclusions that disagree without a word (UX.md: an override is never silent).
 */
import type { IndicatorEvaluation, Outlook } from '../evaluation/indicatorEvaluation';
import { OUTLOOKS } from '../evaluation/indicatorEvaluation';
import type { ReviewedEvaluation } from '../evaluation/applyOverride';
import { formatYear } from '../lib/formatNumber';
import type { ReportContext } from './reportContext';
import { indicatorsPhrase, isLagging, isOnOrAhead } from './reportContext';

type OutlookOf = Pick<IndicatorEvaluation, 'outlook'> &
  Pick<ReviewedEvaluation, 'finalVerdict' | 'override'>;

/** True when an overridden verdict and the outlook read opposite ways. */
export function outlookContradictsOverride(evaluation: OutlookOf): boolean {
  const { outlook, override, finalVerdict } = evaluation;
  if (override === null || outlook === null) return false;
  return outlook === '完成难度较大' ? isOnOrAhead(finalVerdict) : isLagging(finalVerdict);
}

/**
 * The forecast paragraph of a mid-term report, or '' when no indicator has an outlook. At the end
 * of the term the verdicts themselves say what was reached (finalBeforeTarget.ts words the rest).
 */
export function forecastParagraph(context: ReportContext): string {
  if (context.mode !== 'midterm') return '';
  const forecast = context.entries.filter((entry) => entry.evaluation.outlook !== null);
  if (forecast.length === 0) return '';
  const count = (outlook: Outlook) =>
    forecast.filter((entry) => entry.evaluation.outlook === outlook).length;
  const counts = OUTLOOKS.filter((outlook) => count(outlook) > 0).map(
    (outlook) => `${count(outlook)}项${outlook}`,
  );
  const lead = `按当前进度测算，可作预计的${forecast.length}项指标中，到${formatYear(context.plan.targetYear)}${counts.join('，')}。`;
  const hard = forecast.filter(
    (entry) =>
      entry.evaluation.outlook === '完成难度较大' && entry.indicator.attribute === '约束性',
  );
  const names = hard.map((entry) => entry.indicator.name);
  const binding =
    hard.length === 0
      ? ''
      : hard.length === 1
        ? `其中，约束性指标${names[0]}完成难度较大。`
        : `其中，${indicatorsPhrase(names, Number.POSITIVE_INFINITY, '约束性指标')}完成难度较大。`;
  return `${lead}${binding}${contradictionText(context)}`;
}

/** 「A经人工研判为符合预期，但按当前进度测算完成难度较大，以人工研判结论为准。」 */
function contradictionText(context: ReportContext): string {
  const differing = context.entries.filter((entry) => outlookContradictsOverride(entry.evaluation));
  return differing
    .map(
      ({ indicator, evaluation }) =>
        `${indicator.name}经人工研判为${evaluation.finalVerdict}，但按当前进度测算${evaluation.outlook ?? ''}，以人工研判结论为准。`,
    )
    .join('');
}
