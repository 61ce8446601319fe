/**
 * 一、评估工作开展情况 (issue 14, REAL-REPORTS.md「Outline」 variant B): who commissioned the
 * evaluation, its scope, the period and data cut-off, the methods, the departments consulted and
 * what the indicators were judged against — drafted from the framing the evaluator fills once
 * per evaluation, and from the plan and the data where the framing is silent.
 */
import { formatYear } from '../lib/formatNumber';
import type { ReportContext } from './reportContext';
import { percentText, timeProgressOf } from './reportContext';
import type { ReportBlock } from './reportDocument';
import { EVALUATION_METHOD_LABELS, formatCutoff } from './reportFraming';

/** The generated paragraphs of 一. */
export function workBlocks(context: ReportContext): ReportBlock[] {
  return [organisation(context), basis(context)]
    .filter((text) => text !== '')
    .map((text) => ({ kind: 'paragraph', text }));
}

/** 「根据市人民政府部署，对《纲要》及…实施情况开展中期评估。评估采用…等方式，征求了…等N个部门意见。」 */
function organisation(context: ReportContext): string {
  const { framing, citation, plan, mode } = context;
  const who =
    framing.commissioner === ''
      ? '按照规划实施评估有关要求，'
      : `根据${framing.commissioner}工作部署，`;
  const scope =
    framing.scope === ''
      ? `${citation.full}（以下简称${citation.short}）`
      : `${citation.full}（以下简称${citation.short}）及${framing.scope}`;
  const kind = mode === 'midterm' ? '中期评估' : '总结评估';
  const start = formatYear(plan.baseYear + 1);
  const period =
    framing.cutoffDate === ''
      ? ''
      : `评估时段为${start}1月1日至${formatCutoff(framing.cutoffDate)}。`;
  const methods = framing.methods.map((method) => EVALUATION_METHOD_LABELS[method]);
  const how = methods.length === 0 ? '' : `评估采取${methods.join('、')}相结合的方式进行。`;
  const consulted =
    framing.departments.length === 0
      ? ''
      : `评估过程中，征求了${consultedText(framing.departments)}的意见。`;
  return `${who}对${scope}实施情况开展${kind}。${period}${how}${consulted}`;
}

function consultedText(departments: readonly string[]): string {
  if (departments.length <= 8)
    return `${departments.join('、')}${departments.length > 1 ? `等${departments.length}个单位` : ''}`;
  return `${departments.slice(0, 8).join('、')}等${departments.length}个单位`;
}

/** What the indicators were judged against: the data year and time progress. */
function basis(context: ReportContext): string {
  const { plan, citation, entries, dataYear, mode } = context;
  const opening = `${citation.short}确定了${entries.length}项主要指标。`;
  if (dataYear === null) {
    return `${opening}本次评估时点为${formatYear(context.year)}，目前尚未取得各项指标的实际数据。`;
  }
  if (mode === 'final') {
    return `${opening}对照${citation.short}确定的${formatYear(plan.targetYear)}目标，以${formatYear(dataYear)}统计数据为基础，逐项评价各项指标的完成情况。`;
  }
  const time = percentText(timeProgressOf(plan, dataYear));
  return `${opening}对照${citation.short}目标，以${formatYear(dataYear)}统计数据为基础（时间进度为${time}），将各项指标的任务进度与时间进度相比较，逐项评价指标进展情况。`;
}
