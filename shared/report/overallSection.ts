/**
 * 一、总体评价: what was evaluated and how, the counts (the summary sentence and by attribute),
 * and the overall judgment. DOMAIN.md「Mid-term judgments」: task progress against time progress.
 */
import { formatYear } from '../lib/formatNumber';
import type { ReportContext } from './reportContext';
import { countsPhrase, isLagging, isOnOrAhead, percentText, timeProgressOf } from './reportContext';
import type { ReportBlock } from './reportDocument';

/** The generated paragraphs of 一、总体评价. */
export function overallBlocks(context: ReportContext): ReportBlock[] {
  const paragraphs = [
    methodParagraph(context),
    countsParagraph(context),
    judgmentParagraph(context),
  ];
  return paragraphs.filter((text) => text !== '').map((text) => ({ kind: 'paragraph', text }));
}

function methodParagraph(context: ReportContext): string {
  const { plan, citation, entries, dataYear, mode } = context;
  const opening = `${citation.full}（以下简称${citation.short}）确定了${entries.length}项主要指标。`;
  if (dataYear === null) {
    return `${opening}本次评估时点为${formatYear(context.year)}，目前尚未取得各项指标的实际数据。`;
  }
  if (mode === 'final') {
    return `${opening}对照${citation.short}确定的${formatYear(plan.targetYear)}目标，以${formatYear(dataYear)}统计数据为基础，逐项评价各项指标的完成情况。`;
  }
  const time = percentText(timeProgressOf(plan, dataYear));
  return `${opening}对照${citation.short}目标，以${formatYear(dataYear)}统计数据为基础（时间进度为${time}），将各项指标的任务进度与时间进度相比较，逐项评价指标进展情况。`;
}

function countsParagraph(context: ReportContext): string {
  const { summary } = context;
  if (summary.overall.total === 0) return '';
  const anticipatory = summary.byAttribute.find((entry) => entry.attribute === '预期性');
  const hasBinding = summary.byAttribute.some(
    (entry) => entry.attribute === '约束性' && entry.total > 0,
  );
  // The summary sentence names binding indicators already; the anticipatory ones complete it.
  const byAttribute =
    anticipatory && hasBinding
      ? `预期性指标${anticipatory.total}项，${countsPhrase(anticipatory.counts)}。`
      : '';
  const overridden = context.entries.filter((entry) => entry.evaluation.override !== null).length;
  const overrideText =
    overridden > 0 ? `上述结论中，${overridden}项指标的评价结论经人工研判确定。` : '';
  return `从评估结果看，${summary.sentence}${byAttribute}${overrideText}`;
}

function judgmentParagraph(context: ReportContext): string {
  const verdicts = context.entries.map((entry) => entry.evaluation.finalVerdict);
  const judged = verdicts.filter((verdict) => verdict !== '需人工研判' && verdict !== '数据不足');
  const good = judged.filter(isOnOrAhead).length;
  const lagging = judged.filter(isLagging).length;
  const pending = verdicts.filter((verdict) => verdict === '需人工研判').length;
  const missing = verdicts.filter((verdict) => verdict === '数据不足').length;
  const short = context.citation.short;
  if (judged.length === 0) {
    return `由于主要指标实际数据尚不完整，暂无法对${short}实施情况作出总体判断。`;
  }
  const overall =
    context.mode === 'midterm'
      ? midtermJudgment(short, good / judged.length, good, lagging)
      : finalJudgment(short, good / judged.length, good, lagging, basicCount(judged));
  const rest = [
    pending > 0 ? `${pending}项指标需结合上级下达任务和实际情况人工研判` : '',
    missing > 0 ? `${missing}项指标因数据不足暂无法评价` : '',
  ].filter((text) => text !== '');
  return `总体来看，${overall}${rest.length > 0 ? `另有${rest.join('，')}。` : ''}`;
}

// No Chinese source publishes cut-offs for the overall judgment (DOMAIN.md): four in five
// judged indicators on schedule reads as 总体符合预期, three in five as 基本符合, fewer as 不及预期.
const BROADLY_ON_TRACK = 0.8;
const MOSTLY_ON_TRACK = 0.6;

function midtermJudgment(short: string, share: number, good: number, lagging: number): string {
  if (lagging === 0) {
    return `${short}实施总体顺利，可评价的${good}项指标均达到或快于时间进度要求。`;
  }
  if (share >= BROADLY_ON_TRACK) {
    return `${short}实施总体顺利，主要指标进展总体符合预期，${good}项指标达到或快于时间进度要求，${lagging}项指标进展滞后。`;
  }
  if (share >= MOSTLY_ON_TRACK) {
    return `${short}实施总体平稳，多数主要指标进展符合预期，但仍有${lagging}项指标进展滞后，需加大推进力度。`;
  }
  return `${short}主要指标进展总体不及预期，${lagging}项指标进展滞后，完成规划目标任务压力较大。`;
}

/** 基本完成 is a shortfall (issue 12, item 16): it never reads as 全面完成 in the overall judgment. */
function basicCount(verdicts: readonly string[]): number {
  return verdicts.filter((verdict) => verdict === '基本完成').length;
}

function finalJudgment(
  short: string,
  share: number,
  good: number,
  lagging: number,
  basic: number,
): string {
  if (lagging === 0 && basic === 0) {
    return `${short}确定的主要指标全面完成，可评价的${good}项指标均完成规划目标。`;
  }
  if (lagging === 0) {
    return `${short}确定的主要指标总体完成较好，${good - basic}项指标完成规划目标，${basic}项指标基本完成或接近完成。`;
  }
  if (share >= BROADLY_ON_TRACK) {
    return `${short}确定的主要指标总体完成较好，${good}项指标完成或基本完成规划目标，${lagging}项指标未完成。`;
  }
  if (share >= MOSTLY_ON_TRACK) {
    return `${short}确定的主要指标多数完成，但仍有${lagging}项指标未完成规划目标。`;
  }
  return `${short}确定的主要指标完成情况不够理想，${lagging}项指标未完成规划目标。`;
}
