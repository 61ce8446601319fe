import type { Plan } from '../../../shared/domain/plan';
import { periodYears } from '../../../shared/domain/planPeriod';
import { assertNever } from '../../../shared/lib/exhaustive';

/** 「“十四五”（2021—2025年）」: period label with the years it covers, as documents write it (UX.md). */
export function describePeriod(
  plan: Pick<Plan, 'periodLabel' | 'baseYear' | 'targetYear'>,
): string {
  const years = periodYears(plan);
  return plan.periodLabel ? `“${plan.periodLabel}”（${years}）` : years;
}

/** Chinese label of the table kind. */
export function describeTableKind(kind: Plan['tableKind']): string {
  return kind === 'completion' ? '完成情况表' : '主要指标表';
}

/** Chinese label of where a plan came from. */
export function describeOrigin(origin: Plan['origin']): string {
  switch (origin.type) {
    case 'builtin':
      return '内置规划';
    case 'pasted':
      return '粘贴文本';
    case 'file':
      return `文件：${origin.fileName}`;
    case 'empty':
      return '手工新建';
    default:
      return assertNever(origin);
  }
}

/** 「2026年11月22日」 from an ISO time (UX.md dates). */
export function formatChineseDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
