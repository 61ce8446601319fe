/**
 * 四、下一步建议: what each lagging indicator needs over the remaining years (requiredEffort.ts),
 * binding indicators first and strictly (DOMAIN.md: binding indicators are promises), targets
 * awaiting a judgment, missing data, and the usual closing on monitoring the plan.
 */
import { formatYear } from '../lib/formatNumber';
import type { ReportContext } from './reportContext';
import { bindingConcerns, indicatorsPhrase, isOnOrAhead, ordinalLead } from './reportContext';
import type { ReportBlock, ReportIndicatorData } from './reportDocument';
import { laggingEntries } from './problemsSection';
import { requiredEffortText } from './requiredEffort';
import { nextPeriodLabel } from './reportTitle';

/** The generated paragraphs of 四、下一步建议. */
export function suggestionsBlocks(context: ReportContext): ReportBlock[] {
  const lagging = laggingEntries(context);
  const points = [
    context.mode === 'midterm' ? catchUpPoint(context, lagging) : shortfallPoint(context, lagging),
    bindingPoint(context, lagging),
    monitoringPoint(context),
    closingPoint(context),
  ].filter((text): text is string => text !== null);
  return points.map((text, index) => ({ kind: 'paragraph', text: `${ordinalLead(index)}${text}` }));
}

function withDepartments(entry: ReportIndicatorData, text: string): string {
  const departments = entry.indicator.departments;
  return departments.length === 0 ? text : `${text}（责任单位：${departments.join('、')}）`;
}

function catchUpPoint(
  context: ReportContext,
  lagging: readonly ReportIndicatorData[],
): string | null {
  if (lagging.length === 0) {
    // Nothing judged yet (no data): there is no trend to keep up.
    if (!context.entries.some((entry) => isOnOrAhead(entry.evaluation.finalVerdict))) return null;
    return '巩固良好发展态势。各项指标总体进展顺利，要保持工作力度，持续跟踪指标运行，防止出现回落。';
  }
  const needs = lagging.map((entry) =>
    withDepartments(entry, requiredEffortText(entry.indicator, entry.evaluation, context.plan)),
  );
  return `推动滞后指标加快进度。按剩余年份测算，${needs.join('；')}。有关责任单位要逐项分析滞后原因，制定针对性措施，确保如期完成规划目标。`;
}

function shortfallPoint(context: ReportContext, lagging: readonly ReportIndicatorData[]): string {
  const next = `“${nextPeriodLabel(context.plan)}”`;
  // 基本完成 is a shortfall too (issue 12, item 16): those targets were not reached.
  const basic = context.entries.filter((entry) => entry.evaluation.finalVerdict === '基本完成');
  if (lagging.length === 0 && basic.length === 0) {
    return `总结推广规划实施经验。${context.citation.short}主要指标全面完成，要认真总结经验做法，为${next}规划实施打好基础。`;
  }
  const names = lagging.map((entry) => entry.indicator.name).join('、');
  const basicNames = basic.map((entry) => entry.indicator.name).join('、');
  const shortfalls = [
    lagging.length > 0 ? `${names}未完成规划目标` : '',
    basic.length > 0 ? `${basicNames}基本完成或接近完成，但未达到规划目标` : '',
  ].filter((text) => text !== '');
  return `深入分析${lagging.length > 0 ? '未完成' : '未全面完成'}指标的原因。${shortfalls.join('；')}，有关责任单位要深入分析原因，在${next}规划中科学合理确定相关指标目标，明确推进措施。`;
}

function bindingPoint(
  context: ReportContext,
  lagging: readonly ReportIndicatorData[],
): string | null {
  const { atRisk, pending } = bindingConcerns(context, lagging);
  const parts: string[] = [];
  if (atRisk.length > 0) {
    const names = atRisk.map((entry) => entry.indicator.name).join('、');
    parts.push(
      context.mode === 'midterm'
        ? `${names}要作为重点，逐年分解目标任务，确保完成`
        : `${names}要加强问题整改，落实责任追究`,
    );
  }
  if (pending.length > 0) {
    const names = pending.map((entry) => entry.indicator.name).join('、');
    parts.push(`${names}要及时对接上级下达任务，明确评价口径和标准`);
  }
  if (parts.length === 0) return null;
  return `强化约束性指标刚性约束。${parts.join('；')}。`;
}

function monitoringPoint(context: ReportContext): string | null {
  const missing = context.entries.filter((entry) => entry.evaluation.finalVerdict === '数据不足');
  const qualitative = context.entries.filter(
    (entry) =>
      entry.indicator.attribute !== '约束性' && entry.evaluation.finalVerdict === '需人工研判',
  );
  const parts: string[] = [];
  if (missing.length > 0) {
    const names = indicatorsPhrase(missing.map((entry) => entry.indicator.name));
    const year = formatYear(context.dataYear ?? context.year);
    parts.push(`及时补齐${names}的${year}数据`);
  }
  if (qualitative.length > 0) {
    const names = indicatorsPhrase(qualitative.map((entry) => entry.indicator.name));
    parts.push(`明确${names}的评价标准`);
  }
  if (parts.length === 0) return null;
  return `加强统计监测。${parts.join('，')}，确保评价依据充分。`;
}

function closingPoint(context: ReportContext): string {
  const short = context.citation.short;
  return context.mode === 'midterm'
    ? `统筹推进规划实施。做好年度计划与${short}的衔接，加强${short}实施情况的跟踪监测和分析预警，确保${short}确定的目标任务如期完成。`
    : `做好规划衔接。系统总结${short}实施成效和经验，将未完成的目标任务纳入“${nextPeriodLabel(context.plan)}”规划统筹推进。`;
}
