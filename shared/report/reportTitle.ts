/**
 * The report's title and how it names the plan: 「景德镇市国民经济和社会发展第十四个五年规划纲要
 * 实施中期评估报告」 (issue 6), 总结评估报告 at the end of the period (DOMAIN.md「Mid-term
 * judgments」).
 */
import type { Plan } from '../domain/plan';
import type { EvaluationMode } from '../domain/verdict';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 14 → 十四, 21 → 二十一 (1–99), the way plans and headings count. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return DIGITS[ones] ?? '';
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/**
 * The plan's ordinal in words (十四 for the 14th plan): from the period label (十四五), else from
 * the years. The 3rd plan began in 1966 and every plan since has lasted five years.
 */
export function planOrdinal(plan: Pick<Plan, 'periodLabel' | 'baseYear'>): string {
  const fromLabel = /^([一二三四五六七八九十]+)五$/.exec(
    plan.periodLabel.trim().replace(/[“”"]/g, ''),
  );
  if (fromLabel?.[1]) return fromLabel[1];
  return chineseNumeral(Math.floor((plan.baseYear + 1 - 1966) / 5) + 3);
}

/** The next plan's period label: 十四 → 十五五 (used in end-of-term suggestions). */
export function nextPeriodLabel(plan: Pick<Plan, 'periodLabel' | 'baseYear'>): string {
  return `${chineseNumeral(ordinalValue(planOrdinal(plan)) + 1)}五`;
}

function ordinalValue(ordinal: string): number {
  const [tensText, onesText] = ordinal.includes('十') ? ordinal.split('十') : ['', ordinal];
  const tens = ordinal.includes('十') ? Math.max(1, DIGITS.indexOf(tensText ?? '')) : 0;
  return tens * 10 + Math.max(0, DIGITS.indexOf(onesText ?? ''));
}

/** 景德镇市国民经济和社会发展第十四个五年规划纲要: the plan's formal name as reports cite it. */
export function planFormalName(plan: Pick<Plan, 'region' | 'periodLabel' | 'baseYear'>): string {
  return `${plan.region}国民经济和社会发展第${planOrdinal(plan)}个五年规划纲要`;
}

/** The report's title: …规划纲要实施中期评估报告, or …实施总结评估报告 for mode 'final'. */
export function reportTitle(
  plan: Pick<Plan, 'region' | 'periodLabel' | 'baseYear'>,
  mode: EvaluationMode,
): string {
  return `${planFormalName(plan)}实施${mode === 'midterm' ? '中期' : '总结'}评估报告`;
}

/**
 * How the report cites the plan: its full name in 《》 the first time, then 《纲要》 or 《规划》
 * as its name ends. A completion table's name (…主要指标完成情况) is not a plan's name, so the
 * formal name stands in for it.
 */
export function planCitation(plan: Pick<Plan, 'name' | 'region' | 'periodLabel' | 'baseYear'>): {
  readonly full: string;
  readonly short: string;
} {
  const name = plan.name.trim();
  if (/规划$/.test(name)) return { full: `《${name}》`, short: '《规划》' };
  if (/纲要$/.test(name)) return { full: `《${name}》`, short: '《纲要》' };
  return { full: `《${planFormalName(plan)}》`, short: '《纲要》' };
}

/**
 * The title over two lines at a natural break, as printed titles are: 「景德镇市国民经济和社会发展
 * / 第十四个五年规划纲要实施中期评估报告」; a title without that phrase stays one line.
 */
export function titleLines(title: string): string[] {
  const at = title.indexOf('国民经济和社会发展第');
  if (at < 0) return [title];
  const cut = at + '国民经济和社会发展'.length;
  return [title.slice(0, cut), title.slice(cut)];
}

/**
 * The lines under the title that real reports carry (issue 14「Title and framing」):
 * 「（2023年8月28日在市十六届人大常委会第十五次会议上）」 and the reporter, each when given.
 */
export function titleBlockLines(framing: {
  readonly reportDate: string;
  readonly meeting: string;
  readonly reporter: string;
}): string[] {
  const occasion = `${framing.reportDate}${framing.meeting}`.trim();
  return [occasion === '' ? '' : `（${occasion}）`, framing.reporter.trim()].filter(
    (line) => line !== '',
  );
}
