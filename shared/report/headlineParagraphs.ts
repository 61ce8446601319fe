/**
 * The opening of 二、主要目标指标实现情况 (issue 14「Honest headline」, REAL-REPORTS.md「How
 * indicators are summarised」): one sentence of counts per verdict with the names, the indicators
 * without data left out in one clause (「除3项因无权威统计数据没有测算外」), the binding laggards
 * named, and an overall judgment computed on the judged indicators only, saying how many they are.
 */
import type { Verdict } from '../domain/verdict';
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../domain/verdict';
import type { ReportContext } from './reportContext';
import { indicatorsPhrase, isLagging, isOnOrAhead } from './reportContext';
import type { ReportIndicatorData } from './reportDocument';

/** A verdict the engine reached on the numbers (not 需人工研判, not 数据不足). */
export function isJudged(verdict: Verdict): boolean {
  return verdict !== '需人工研判' && verdict !== '数据不足';
}

// No Chinese source publishes cut-offs for the overall judgment (DOMAIN.md): four in five judged
// indicators on schedule reads as 总体符合预期, three in five as 基本符合, fewer as 不及预期 —
// and only when at least half of the plan's indicators could be judged (decision 0034).
const BROADLY_ON_TRACK = 0.8;
const MOSTLY_ON_TRACK = 0.6;
/** Names listed per verdict before 「等」: a sentence of a whole large plan is unreadable. */
const MAX_NAMES = 12;
/** Below this share of the plan judged, no overall judgment is drawn. */
export const MIN_JUDGED_SHARE = 0.5;

/** The two paragraphs: counts with names, then the judgment. */
export function headlineParagraphs(context: ReportContext): string[] {
  if (context.entries.length === 0) return [];
  return [countsSentence(context), judgmentSentence(context)].filter((text) => text !== '');
}

function countsSentence(context: ReportContext): string {
  const { entries, citation } = context;
  const missing = entries.filter((entry) => entry.evaluation.finalVerdict === '数据不足');
  const opening = `${citation.short}确定的${entries.length}项主要指标中，`;
  const excluded =
    missing.length === 0
      ? ''
      : missing.length === entries.length
        ? `${missing.length}项均因暂无权威统计数据没有测算。`
        : `除${missing.length}项因暂无权威统计数据没有测算外（见附表），`;
  const groups = verdictOrder(context)
    .filter((verdict) => verdict !== '数据不足')
    .map((verdict) => verdictGroup(context, verdict))
    .filter((text) => text !== '');
  if (groups.length === 0) return `${opening}${excluded}`;
  return `${opening}${excluded}${groups.join('；')}。${bindingSentence(context)}`;
}

function verdictOrder(context: ReportContext): readonly Verdict[] {
  return context.mode === 'midterm' ? MIDTERM_VERDICTS : FINAL_VERDICTS;
}

/** 「6项滞后，分别是A、B、…」; a pending judgment says why it waits. */
function verdictGroup(context: ReportContext, verdict: Verdict): string {
  const entries = context.entries.filter((entry) => entry.evaluation.finalVerdict === verdict);
  if (entries.length === 0) return '';
  const names = entries.map((entry) => entry.indicator.name);
  const label = verdict === '需人工研判' ? '需结合上级下达任务或定性目标人工研判' : verdict;
  if (entries.length === 1) return `1项${label}，为${names[0]}`;
  if (entries.length > MAX_NAMES) {
    return `${entries.length}项${label}，包括${names.slice(0, MAX_NAMES).join('、')}等`;
  }
  return `${entries.length}项${label}，分别是${names.join('、')}`;
}

function bindingSentence(context: ReportContext): string {
  const lagging = context.entries.filter(
    (entry) => entry.indicator.attribute === '约束性' && isLagging(entry.evaluation.finalVerdict),
  );
  if (lagging.length === 0) return '';
  const names = indicatorsPhrase(
    lagging.map((entry) => entry.indicator.name),
    Number.POSITIVE_INFINITY,
    '约束性指标',
  );
  const what = context.mode === 'midterm' ? '进展滞后' : '未完成规划目标';
  return lagging.length === 1 ? `其中，${names}为约束性指标，${what}。` : `其中，${names}${what}。`;
}

function judgmentSentence(context: ReportContext): string {
  const judged = context.entries.filter((entry) => isJudged(entry.evaluation.finalVerdict));
  const short = context.citation.short;
  if (judged.length === 0) {
    return `由于主要指标实际数据尚不完整，暂无法对${short}实施情况作出总体判断。`;
  }
  const good = judged.filter((entry) => isOnOrAhead(entry.evaluation.finalVerdict)).length;
  const lagging = judged.length - good;
  const scope = `从已测算的${judged.length}项指标看，`;
  const tally = talliedClause(context, good, lagging);
  if (judged.length < context.entries.length * MIN_JUDGED_SHARE) {
    return `${scope}${tally}。由于已测算指标不足主要指标总数的一半，暂不宜对${short}实施情况作出总体判断，待数据补齐后再作评价。`;
  }
  const basic = judged.filter((entry) => entry.evaluation.finalVerdict === '基本完成').length;
  return `${scope}${tally}，${overallClause(context, good / judged.length, lagging, basic)}。`;
}

function talliedClause(context: ReportContext, good: number, lagging: number): string {
  const midterm = context.mode === 'midterm';
  const goodText = midterm ? '达到或快于时间进度要求' : '完成或基本完成规划目标';
  const lagText = midterm ? '进展滞后' : '未完成规划目标';
  if (lagging === 0) return `均${goodText}`;
  if (good === 0) return `均${lagText}`;
  return `${good}项${goodText}，${lagging}项${lagText}`;
}

/** 基本完成 is a shortfall (issue 12, item 16): it never reads as 全面完成. */
function overallClause(
  context: ReportContext,
  share: number,
  lagging: number,
  basic: number,
): string {
  const short = context.citation.short;
  if (context.mode === 'final') {
    if (lagging === 0 && basic === 0) return `${short}确定的主要指标全面完成`;
    if (share >= BROADLY_ON_TRACK) return `${short}确定的主要指标总体完成较好`;
    if (share >= MOSTLY_ON_TRACK) return `${short}确定的主要指标多数完成`;
    return `${short}确定的主要指标完成情况不够理想`;
  }
  if (lagging === 0 || share >= BROADLY_ON_TRACK) return `主要指标进展总体符合预期`;
  if (share >= MOSTLY_ON_TRACK) return `多数主要指标进展符合预期，但仍需加大推进力度`;
  return `主要指标进展总体不及预期，完成规划目标任务压力较大`;
}

/** Entries the engine judged, in the plan's order (for themes and comparisons). */
export function judgedEntries(context: ReportContext): ReportIndicatorData[] {
  return context.entries.filter((entry) => isJudged(entry.evaluation.finalVerdict));
}
