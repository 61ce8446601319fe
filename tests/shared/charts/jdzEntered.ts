/**
 * 景德镇's built-in 14th-plan table (seeds/generated/seed-jdz-14.json) with values an evaluator
 * has entered for 2021–2022 and the census revision of the urbanisation base (65.02 for 2020,
 * DOMAIN.md「Revisions and base breaks」). Shared by the chart and 评估分析 tests.
 */
import { readFileSync } from 'node:fs';
import type { ActualValue } from '../../../shared/domain/actualValue';
import type { PlanBundle } from '../../../shared/domain/planBundle';

/** [order in the table, year, value] as entered. */
const ENTERED: readonly (readonly [number, number, number])[] = [
  [1, 2021, 1102.3],
  [1, 2022, 1192.1],
  [2, 2021, 9.3],
  [2, 2022, 9.6],
  [3, 2021, 10.5],
  [3, 2022, 5.4],
  [5, 2021, 530.2],
  [5, 2022, 546.7],
  [6, 2021, 10.97],
  [6, 2022, 10.95],
  [8, 2021, 24.1],
  [8, 2022, 26.5],
  [9, 2021, 6.6],
  [9, 2022, 7.4],
  [13, 2020, 65.02],
  [13, 2021, 65.8],
  [13, 2022, 66.4],
  [14, 2021, 75.3],
  [14, 2022, 80.1],
  [24, 2021, 36626],
  [24, 2022, 38603],
  [25, 2021, 3.2],
  [25, 2022, 3.3],
  [26, 2021, 9.98],
  [26, 2022, 10.0],
];

/** The built-in plan as shipped (no actual values). */
export function loadJdzSeed(): PlanBundle {
  return JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
}

/** The built-in plan with the entered values above. */
export function jdzWithEnteredValues(): PlanBundle {
  const seed = loadJdzSeed();
  const actualValues: ActualValue[] = ENTERED.map(([order, year, value]) => {
    const indicator = seed.indicators.find((candidate) => candidate.order === order);
    if (!indicator) throw new Error(`种子中没有第${order}项指标`);
    return {
      indicatorId: indicator.id,
      year,
      measure: 'value',
      value,
      status: '年报数',
      source: '测试录入',
      note: '',
    };
  });
  return { ...seed, actualValues };
}
