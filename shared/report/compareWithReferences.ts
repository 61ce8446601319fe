/**
 * The plan's indicators beside the reference series (issue 14「Comparisons」): for each indicator
 * with data, the value of its data year in each series, the gap to a higher level in percentage
 * points where it is a rate (「高于全省0.8个百分点」), and the rank among peers (「居全市第2位」).
 * Growth is compared where both sides have it (「增速高于全省…」), else the level.
 */
import type { Measure } from '../domain/actualValue';
import type { IndicatorId } from '../domain/ids';
import { formatNumber } from '../lib/formatNumber';
import type { ReportIndicatorData } from './reportDocument';
import type { ReferencePoint, ReferenceRole, ReferenceSeries } from './referenceSeries';
import { matchKey } from './referenceSeries';

/** One series' value for the compared year and measure, or null when it has none. */
export type ReferenceValue = {
  readonly region: string;
  readonly label: string;
  readonly role: ReferenceRole;
  readonly value: number | null;
};

/** One indicator compared. */
export type IndicatorComparison = {
  readonly indicatorId: IndicatorId;
  readonly name: string;
  readonly unit: string;
  readonly year: number;
  readonly measure: Measure;
  readonly own: number;
  readonly references: readonly ReferenceValue[];
  /** 1-based rank among the plan and its peers with a value (best first), or null. */
  readonly rank: { readonly position: number; readonly of: number } | null;
  /** 「增速高于全省0.8个百分点，居全市第2位」, or '' when nothing can be said. */
  readonly text: string;
};

/** Compares every entry that matches at least one series; entries without data are skipped. */
export function compareWithReferences(
  entries: readonly ReportIndicatorData[],
  series: readonly ReferenceSeries[],
): IndicatorComparison[] {
  if (series.length === 0) return [];
  const indexes = series.map(indexPoints);
  const result: IndicatorComparison[] = [];
  for (const entry of entries) {
    const compared = compareEntry(entry, series, indexes);
    if (compared) result.push(compared);
  }
  return result;
}

type PointIndex = ReadonlyMap<string, number>;

const pointKey = (key: string, year: number, measure: Measure) => `${key}#${year}#${measure}`;

function indexPoints(reference: ReferenceSeries): PointIndex {
  return new Map(
    reference.points.map((point: ReferencePoint) => [
      pointKey(point.key, point.year, point.measure),
      point.value,
    ]),
  );
}

function compareEntry(
  entry: ReportIndicatorData,
  series: readonly ReferenceSeries[],
  indexes: readonly PointIndex[],
): IndicatorComparison | null {
  const year = entry.evaluation.dataYear;
  if (year === null) return null;
  const key = matchKey(entry.indicator.name, entry.indicator.unit);
  for (const measure of ['growth', 'value'] as const) {
    const own = entry.actuals.find((value) => value.year === year && value.measure === measure);
    if (!own) continue;
    const values = indexes.map((index) => index.get(pointKey(key, year, measure)) ?? null);
    if (values.every((value) => value === null)) continue;
    const references = series.map((reference, at) => ({
      region: reference.region,
      label: reference.label,
      role: reference.role,
      value: values[at] ?? null,
    }));
    const rank = rankOf(entry, own.value, references);
    return {
      indicatorId: entry.indicator.id,
      name: entry.indicator.name,
      unit: entry.indicator.unit,
      year,
      measure,
      own: own.value,
      references,
      rank,
      text: comparisonText(entry.indicator.unit, measure, own.value, references, rank),
    };
  }
  return null;
}

function rankOf(
  entry: ReportIndicatorData,
  own: number,
  references: readonly ReferenceValue[],
): IndicatorComparison['rank'] {
  const peers = references.filter((ref) => ref.role === 'peer' && ref.value !== null);
  if (peers.length === 0) return null;
  const isBetter = (value: number) =>
    entry.indicator.direction === 'lowerIsBetter' ? value < own : value > own;
  const position = 1 + peers.filter((ref) => isBetter(ref.value as number)).length;
  return { position, of: peers.length + 1 };
}

function comparisonText(
  unit: string,
  measure: Measure,
  own: number,
  references: readonly ReferenceValue[],
  rank: IndicatorComparison['rank'],
): string {
  const parts: string[] = [];
  const isRate = unit === '%' || measure !== 'value';
  const higher = references.filter((ref) => ref.role === 'higher' && ref.value !== null);
  if (isRate) {
    for (const ref of higher) {
      parts.push(
        `${measure === 'growth' ? '增速' : ''}${gapText(own - (ref.value as number), ref.label)}`,
      );
    }
  }
  if (rank) {
    const group = higher[0]?.label;
    parts.push(
      group ? `居${group}第${rank.position}位` : `在${rank.of}个同级地区中居第${rank.position}位`,
    );
  }
  return parts.join('，');
}

/** 「高于全省0.8个百分点」, 「低于全国1.2个百分点」, 「与全省持平」. */
function gapText(gap: number, label: string): string {
  const text = formatNumber(Math.abs(gap), 1);
  if (Number(text) === 0) return `与${label}持平`;
  return `${gap > 0 ? '高于' : '低于'}${label}${text}个百分点`;
}
