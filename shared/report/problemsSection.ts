/**
 * 四、存在的主要问题 (issue 14, REAL-REPORTS.md「Problems and suggestions」): development problems
 * by theme — one point per area whose indicators lag, with their figures — binding (约束性)
 * indicators at risk named (DOMAIN.md: binding indicators are promises, judged strictly), gaps to
 * the higher level where reference series show them, and revised bases that change the verdict
 * (DOMAIN.md「Revisions and base breaks」). Missing data are not a development problem: they are
 * one clause in 二 and a list in the appendix.
 */
import type { ReportContext } from './reportContext';
import {
  bindingConcerns,
  indicatorsPhrase,
  isLagging,
  isOnOrAhead,
  ordinalLead,
} from './reportContext';
import type { ReportBlock, ReportIndicatorData } from './reportDocument';

/** The generated paragraphs of 三、存在的主要问题. */
export function problemsBlocks(context: ReportContext): ReportBlock[] {
  const lagging = laggingEntries(context);
  const points = [
    ...laggingPoints(context, lagging),
    bindingPoint(context, lagging),
    gapPoint(context),
    revisionPoint(context),
  ].filter((text): text is string => text !== null);
  const judged = context.entries.some((entry) => isOnOrAhead(entry.evaluation.finalVerdict));
  const opening =
    lagging.length === 0 && judged
      ? context.mode === 'midterm'
        ? '从评估情况看，可评价的主要指标均达到或快于时间进度要求，暂未发现进展滞后的指标。'
        : '从评估情况看，可评价的主要指标均完成规划目标。'
      : null;
  if (points.length === 0) {
    return [{ kind: 'paragraph', text: opening ?? '从评估情况看，暂未发现突出问题。' }];
  }
  const paragraphs = points.map((text, index) => `${ordinalLead(index)}${text}`);
  return (opening === null ? paragraphs : [opening, ...paragraphs]).map((text) => ({
    kind: 'paragraph',
    text,
  }));
}

/** Lagging (滞后/未完成) entries: binding ones first, each group in the plan's order. */
export function laggingEntries(context: ReportContext): ReportIndicatorData[] {
  const lagging = context.entries.filter((entry) => isLagging(entry.evaluation.finalVerdict));
  return [
    ...lagging.filter((entry) => entry.indicator.attribute === '约束性'),
    ...lagging.filter((entry) => entry.indicator.attribute !== '约束性'),
  ];
}

/** One point per area (category) with lagging indicators, in the plan's order. */
function laggingPoints(context: ReportContext, lagging: readonly ReportIndicatorData[]): string[] {
  if (lagging.length === 0) return [];
  const inOrder = context.entries.filter((entry) => lagging.includes(entry));
  const areas: string[] = [];
  for (const entry of inOrder) {
    if (!areas.includes(entry.indicator.category)) areas.push(entry.indicator.category);
  }
  return areas.map((area) => {
    const entries = inOrder.filter((entry) => entry.indicator.category === area);
    const what = context.mode === 'midterm' ? '进展滞后于时间进度' : '未完成规划目标';
    const head =
      area.trim() === ''
        ? `部分指标${what}。`
        : `${area}领域仍有短板，${indicatorsPhrase(
            entries.map((entry) => entry.indicator.name),
            Number.POSITIVE_INFINITY,
          )}${what}。`;
    const details = entries.map(statusClause).filter((text) => text !== '');
    return details.length === 0 ? head : `${head}${details.join('；')}。`;
  });
}

/** Rates below the higher level's (「低于全省0.8个百分点」), from the comparisons. */
function gapPoint(context: ReportContext): string | null {
  const below = context.entries.flatMap((entry) => {
    const comparison = context.comparisons.get(entry.indicator.id);
    if (!comparison || !/低于/.test(comparison.text)) return [];
    if (entry.indicator.direction === 'lowerIsBetter') return [];
    return [
      `${entry.indicator.name}${comparison.text
        .split('，')
        .filter((part) => part.includes('低于'))
        .join('、')}`,
    ];
  });
  if (below.length === 0) return null;
  return `与上级平均水平相比仍有差距。${below.join('；')}。`;
}

/**
 * The facts of an explanation without its verdict and what is still needed: 「2022年研发经费支出
 * 为24.3亿元，…完成预期进度的93.4%」 out of 「…，滞后；2023—2025年需…。」.
 */
export function statusClause(entry: ReportIndicatorData): string {
  const { evaluation } = entry;
  const first = evaluation.explanation.split('；')[0] ?? '';
  const withoutStop = first.replace(/。$/, '');
  const verdictTail = `，${evaluation.verdict}`;
  return withoutStop.endsWith(verdictTail)
    ? withoutStop.slice(0, -verdictTail.length)
    : withoutStop;
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
        ? `${names}为约束性指标，目前进展滞后，如期完成规划目标的压力较大`
        : `${names}为约束性指标，未完成规划目标`,
    );
  }
  if (pending.length > 0) {
    const names = indicatorsPhrase(
      pending.map((entry) => entry.indicator.name),
      Number.POSITIVE_INFINITY,
      '约束性指标',
    );
    parts.push(`${names}的完成情况尚需人工研判`);
  }
  if (parts.length === 0) return null;
  const head = atRisk.length > 0 ? '约束性指标完成存在风险。' : '部分约束性指标完成情况有待研判。';
  return `${head}${parts.join('；')}。`;
}

function revisionPoint(context: ReportContext): string | null {
  const ambiguous = context.entries.filter(
    (entry) => entry.evaluation.baseRevision?.alternative != null,
  );
  if (ambiguous.length === 0) return null;
  const names = indicatorsPhrase(ambiguous.map((entry) => entry.indicator.name));
  return `部分指标基期值经修订，评价口径有待明确。${names}的基期值已修订，按保持规划增量和保持规划增速两种方式衔接规划目标，得出的评价结论不同，需审慎研判。`;
}
