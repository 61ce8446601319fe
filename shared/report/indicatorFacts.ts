/**
 * An indicator's numbers in the running text of 二 (issue 14「Themes, not one sentence per row」,
 * the national report's style): 「地区生产总值（GDP）达到1192.6亿元，年均增长6.5%」 — the level
 * and its pace, without the rule and the verdict, which the appendix table carries.
 */
import type { NumberUsed } from '../evaluation/indicatorEvaluation';
import { changeStyleOf } from '../evaluation/incrementRule';
import { decimalsOf, formatAsWritten, formatChange, formatNumber } from '../lib/formatNumber';
import type { ReportIndicatorData } from './reportDocument';
import { coversKinds } from '../lib/exhaustive';

const numberOf = (numbers: readonly NumberUsed[], label: string): number | null =>
  numbers.find((entry) => entry.label === label)?.value ?? null;

/** 6.5% for a rate in per cent, one decimal. */
const rate = (value: number): string => `${formatNumber(value, 1)}%`;

/** The clause, or null when the indicator has no number for its data year. */
export function indicatorFact(entry: ReportIndicatorData, baseYear: number): string | null {
  const { indicator, evaluation, actuals, components } = entry;
  const year = evaluation.dataYear;
  if (year === null) return null;
  const { numbers } = evaluation;
  const name = indicator.name;
  const level = actuals.find((value) => value.year === year && value.measure === 'value');
  const levelText = level ? `${formatAsWritten(level.value)}${indicator.unit}` : null;
  switch (evaluation.kind) {
    case 'levelWithGrowth': {
      const growth = numberOf(numbers, '实际年均增速');
      if (levelText === null) return growth === null ? null : `${name}年均增长${rate(growth)}`;
      return growth === null
        ? `${name}达到${levelText}`
        : `${name}达到${levelText}，年均${formatChange(growth, { kind: 'growth' })}`;
    }
    case 'growthRate':
      return growthFact(name, numberOf(numbers, '实际年均增速'), year - baseYear);
    case 'relational':
      return growthFact(name, numberOf(numbers, '本指标年均增速'), year - baseYear);
    case 'cumulativeReduction': {
      const reduction = numberOf(numbers, '实际累计降幅');
      if (reduction === null) return null;
      return `${name.replace(/(降幅|降低|下降)$/, '')}累计下降${rate(reduction)}`;
    }
    case 'structure': {
      const parts = components.find((value) => value.year === year)?.components;
      return parts ? `${name}为${parts.map(formatAsWritten).join(':')}` : null;
    }
    default:
      coversKinds(evaluation.kind, [
        'level',
        'cumulativeChange',
        'ceiling',
        'floor',
        'keepStable',
        'judgment',
      ]);
      return flowFact(entry) ?? levelFact(entry, levelText, baseYear);
  }
}

/**
 * 「地区生产总值年均增长6.0%」 for a rate named …增长 (not 「…增长年均为6.0%」); one year is not an
 * average (issue 12 item 10); a fall says 下降.
 */
function growthFact(name: string, growth: number | null, years: number): string | null {
  if (growth === null) return null;
  const subject = name.replace(/(增长|增速|增幅)(率)?$/, '');
  return `${subject}${years > 1 ? '年均' : ''}${formatChange(growth, { kind: 'growth' })}`;
}

/** 「城镇新增就业人数累计0.51万人」: a flow is told by its sum over the years, not the last year. */
function flowFact(entry: ReportIndicatorData): string | null {
  const total = numberOf(entry.evaluation.numbers, '累计完成');
  if (total === null) return null;
  return `${entry.indicator.name}累计${formatAsWritten(total)}${entry.indicator.unit}`;
}

function levelFact(
  entry: ReportIndicatorData,
  levelText: string | null,
  baseYear: number,
): string | null {
  if (levelText === null) return null;
  return `${entry.indicator.name}为${levelText}${changeText(entry, baseYear)}`;
}

/** 「，较2020年提高1.1个百分点」 for indicators judged on their change from the base. */
function changeText(entry: ReportIndicatorData, baseYear: number): string {
  const change = numberOf(entry.evaluation.numbers, '实际累计变化');
  if (change === null) return '';
  const base = entry.indicator.base.value;
  const decimals = Math.min(2, Math.max(1, base === null ? 1 : decimalsOf(base)));
  const style = changeStyleOf(entry.indicator, decimals);
  return `，较${entry.indicator.base.year || baseYear}年${formatChange(change, style)}`;
}
