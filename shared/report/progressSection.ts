/**
 * 二、主要目标指标实现情况 (issue 14, REAL-REPORTS.md「How indicators are summarised」): the headline
 * (counts with names, no-data rows in one clause, binding laggards, a judgment on the judged ones),
 * then the indicators by theme — one part per category with their numbers in running text and
 * the comparisons with the reference series. The one-line explanation of each indicator stays in
 * the appendix table. A table without categories is discussed by verdict class instead.
 */
import type { ReportContext } from './reportContext';
import { countsPhrase, isLagging, isOnOrAhead } from './reportContext';
import type { ReportBlock, ReportIndicatorData } from './reportDocument';
import { forecastParagraph } from './forecastParagraph';
import { headlineParagraphs, isJudged } from './headlineParagraphs';
import { indicatorFact } from './indicatorFacts';
import { sentenceOf } from './indicatorSentences';
import { chineseNumeral } from './reportTitle';
import { formatYear } from '../lib/formatNumber';

/** The generated blocks of 二. */
export function progressBlocks(context: ReportContext): ReportBlock[] {
  if (context.entries.length === 0) {
    return [{ kind: 'paragraph', text: '规划未列出主要指标，暂无指标实现情况。' }];
  }
  const headline = [
    ...headlineParagraphs(context),
    ...overrideParagraphs(context),
    forecastParagraph(context),
  ]
    .filter((text) => text !== '')
    .map(paragraph);
  const hasCategories = context.entries.some((entry) => entry.indicator.category.trim() !== '');
  return [...headline, ...(hasCategories ? byCategory(context) : byVerdictClass(context))];
}

const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });

function byCategory(context: ReportContext): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let number = 0;
  for (const tally of context.summary.byCategory) {
    const entries = context.entries.filter((entry) => entry.evaluation.category === tally.category);
    const measured = entries.filter((entry) => entry.evaluation.finalVerdict !== '数据不足');
    if (measured.length === 0) continue;
    number += 1;
    const name = tally.category.trim() === '' ? '其他' : tally.category;
    blocks.push({ kind: 'subheading', text: `（${chineseNumeral(number)}）${name}` });
    const counts = countsPhrase(tally.counts.filter((count) => count.verdict !== '数据不足'));
    const lead = `${name}领域已测算的${measured.length}项指标中，${counts}。`;
    blocks.push(paragraph(`${lead}${themeText(context, entries)}`));
  }
  return blocks;
}

/** Plans without categories: those on or ahead of schedule, then the lagging ones. */
function byVerdictClass(context: ReportContext): ReportBlock[] {
  const midterm = context.mode === 'midterm';
  // At the end of the term 基本完成 is its own class (issue 12, item 16): a shortfall that never
  // reads as 完成规划目标.
  const basic = (entry: ReportIndicatorData) => entry.evaluation.finalVerdict === '基本完成';
  const classes = midterm
    ? [
        {
          title: '进展顺利的指标',
          test: (e: ReportIndicatorData) => isOnOrAhead(e.evaluation.finalVerdict),
        },
        {
          title: '进展滞后的指标',
          test: (e: ReportIndicatorData) => isLagging(e.evaluation.finalVerdict),
        },
      ]
    : [
        {
          title: '完成规划目标的指标',
          test: (e: ReportIndicatorData) => isOnOrAhead(e.evaluation.finalVerdict) && !basic(e),
        },
        { title: '基本完成或接近完成的指标', test: basic },
        {
          title: '未完成规划目标的指标',
          test: (e: ReportIndicatorData) => isLagging(e.evaluation.finalVerdict),
        },
      ];
  const blocks: ReportBlock[] = [];
  for (const group of classes) {
    const entries = context.entries.filter(group.test);
    const text = themeText(context, entries);
    if (text === '') continue;
    blocks.push({
      kind: 'subheading',
      text: `（${chineseNumeral(blocks.length / 2 + 1)}）${group.title}（${entries.length}项）`,
    });
    blocks.push(paragraph(text));
  }
  return blocks;
}

/** 「2022年，A达到…，高于全省…；B…。其中，约束性指标C进展滞后。另有1项需人工研判。」 */
function themeText(context: ReportContext, entries: readonly ReportIndicatorData[]): string {
  const facts = entries
    .filter((entry) => isJudged(entry.evaluation.finalVerdict))
    .map((entry) => withComparison(context, entry, indicatorFact(entry, context.plan.baseYear)))
    .filter((text): text is string => text !== null);
  const year = context.dataYear === null ? '' : `${formatYear(context.dataYear)}，`;
  const parts = facts.length === 0 ? [] : [`${year}${facts.join('；')}。`];
  const lagging = entries.filter((entry) => isLagging(entry.evaluation.finalVerdict));
  if (lagging.length > 0 && lagging.length < entries.length)
    parts.push(laggingText(context, lagging));
  const pending = entries.filter((entry) => entry.evaluation.finalVerdict === '需人工研判');
  if (pending.length > 0) parts.push(`另有${pending.length}项需人工研判。`);
  return parts.join('');
}

function withComparison(
  context: ReportContext,
  entry: ReportIndicatorData,
  fact: string | null,
): string | null {
  if (fact === null) return null;
  const comparison = context.comparisons.get(entry.indicator.id);
  return comparison && comparison.text !== '' ? `${fact}，${comparison.text}` : fact;
}

function laggingText(context: ReportContext, lagging: readonly ReportIndicatorData[]): string {
  const what = context.mode === 'midterm' ? '进展滞后' : '未完成规划目标';
  const binding = lagging.filter((entry) => entry.indicator.attribute === '约束性');
  const other = lagging.filter((entry) => entry.indicator.attribute !== '约束性');
  const names = (list: readonly ReportIndicatorData[]) =>
    list.map((entry) => entry.indicator.name).join('、');
  const parts = [
    binding.length > 0 ? `约束性指标${names(binding)}` : '',
    other.length > 0 ? names(other) : '',
  ].filter((text) => text !== '');
  return `其中，${parts.join('和')}${what}。`;
}

/** The evaluator's judgments, each with its reason (UX.md: an override is never silent). */
function overrideParagraphs(context: ReportContext): string[] {
  const overridden = context.entries.filter((entry) => entry.evaluation.override !== null);
  if (overridden.length === 0) return [];
  return [
    `上述结论中，${overridden.length}项指标的评价结论经人工研判确定。${overridden.map(sentenceOf).join('')}`,
  ];
}
