/**
 * The verdict texts printed in the 完成情况 column of the 13th-plan completion tables
 * (DOMAIN.md「Mid-term judgments」; source-doc 000 lines 179–181, 296–298; 002 lines 294–345).
 */
export const COMPLETION_VERDICT_TEXTS: readonly string[] = [
  '基本完成或接近完成',
  '预计全面完成',
  '提前完成',
  '全面完成',
  '基本完成',
  '接近完成',
  '预计完成',
  '未完成',
  '已完成',
  '完成',
];

/** True when the text is a whole verdict. */
export function isVerdictText(text: string): boolean {
  return COMPLETION_VERDICT_TEXTS.includes(text.replace(/\s+/g, ''));
}

/** True when the text is the beginning of a verdict wrapped over lines (`基本完成或`, `预计全面完`). */
export function isVerdictPrefix(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return compact !== '' && COMPLETION_VERDICT_TEXTS.some((verdict) => verdict.startsWith(compact));
}
