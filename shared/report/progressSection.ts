/**
 * 二、主要指标进展情况: one part per category (（一）综合质效 …), each a paragraph opening with the
 * category's counts and going on with the per-indicator explanation sentences (DOMAIN.md
 * 「Mid-term judgments」: the numbers and the rule, in one sentence). A table without categories
 * is grouped by verdict instead.
 */
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../domain/verdict';
import type { ReportContext } from './reportContext';
import { countsPhrase } from './reportContext';
import type { ReportBlock, ReportIndicatorData } from './reportDocument';
import { chineseNumeral } from './reportTitle';
import { indicatorSentences } from './indicatorSentences';

/** The generated blocks of 二、主要指标进展情况. */
export function progressBlocks(context: ReportContext): ReportBlock[] {
  if (context.entries.length === 0) {
    return [{ kind: 'paragraph', text: '规划未列出主要指标，暂无指标进展情况。' }];
  }
  const hasCategories = context.entries.some((entry) => entry.indicator.category.trim() !== '');
  return hasCategories ? byCategory(context) : byVerdict(context);
}

function byCategory(context: ReportContext): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  context.summary.byCategory.forEach((tally, index) => {
    const entries = context.entries.filter((entry) => entry.evaluation.category === tally.category);
    const name = tally.category.trim() === '' ? '其他' : tally.category;
    blocks.push({ kind: 'subheading', text: `（${chineseNumeral(index + 1)}）${name}` });
    blocks.push({
      kind: 'paragraph',
      text: `${name}领域${tally.total}项指标中，${countsPhrase(tally.counts)}。`,
    });
    blocks.push(...paragraphs(indicatorSentences(entries)));
  });
  return blocks;
}

function byVerdict(context: ReportContext): ReportBlock[] {
  const order = context.mode === 'midterm' ? MIDTERM_VERDICTS : FINAL_VERDICTS;
  const blocks: ReportBlock[] = [];
  let number = 0;
  for (const verdict of order) {
    const entries: ReportIndicatorData[] = context.entries.filter(
      (entry) => entry.evaluation.finalVerdict === verdict,
    );
    if (entries.length === 0) continue;
    number += 1;
    blocks.push({
      kind: 'subheading',
      text: `（${chineseNumeral(number)}）${verdict}的指标（${entries.length}项）`,
    });
    blocks.push(...paragraphs(indicatorSentences(entries)));
  }
  return blocks;
}

/** One paragraph per indicator: a whole category in one paragraph runs over a page. */
function paragraphs(sentences: readonly string[]): ReportBlock[] {
  return sentences.map((text) => ({ kind: 'paragraph', text }));
}
