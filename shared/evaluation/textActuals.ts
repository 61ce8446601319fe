/**
 * Actuals written as text (issue 12, item 8): a completion table's 实际数 or 实际累计或年均增长 cell
 * such as 「实现农村贫困人口全面脱贫」 states no number the rules can use. Where the rules then find
 * no data, the verdict is 需人工研判 with the text quoted — never a misleading 「缺少基期值」. Text
 * that states one value is read as that value by the importer (readAchievedGrowth.ts).
 */
import type { PlanBundle } from '../domain/planBundle';
import { parseCell } from '../parsing/parseCell';
import type { ReviewedEvaluation } from './applyOverride';

/** The text of an indicator's actual cells, and the year they stand for. */
export type TextActual = {
  readonly year: number;
  readonly texts: readonly string[];
};

/** Text actuals by indicator id, from a completion table's printed cells. */
export function textActualsOf(
  assessments: PlanBundle['officialAssessments'],
  year: number,
): ReadonlyMap<string, TextActual> {
  const byIndicator = new Map<string, TextActual>();
  for (const assessment of assessments) {
    const texts = [assessment.actualRaw, assessment.actualGrowthRaw].filter(
      (raw) => parseCell(raw).type === 'text',
    );
    if (texts.length > 0) byIndicator.set(assessment.indicatorId, { year, texts });
  }
  return byIndicator;
}

/** Turns 数据不足 into 需人工研判 when the only actual is text, quoting it. */
export function judgeTextActual(
  evaluation: ReviewedEvaluation,
  text: TextActual | undefined,
): ReviewedEvaluation {
  if (text === undefined || evaluation.verdict !== '数据不足') return evaluation;
  const quoted = text.texts.map((item) => `「${item}」`).join('、');
  const explanation = `${evaluation.name}${text.year}年实际情况为${quoted}（文字表述，无可计算的数值），需人工研判。`;
  return {
    ...evaluation,
    verdict: '需人工研判',
    automaticVerdict: '需人工研判',
    finalVerdict: '需人工研判',
    dataYear: text.year,
    missing: null,
    rule: '实际数为文字表述时，由评估人员对照原文研判',
    explanation,
  };
}
