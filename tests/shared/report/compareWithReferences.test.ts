import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { parseActualsCsv } from '../../../shared/importers/actualsCsv';
import { buildReport } from '../../../shared/report/buildReport';
import type { ReferenceSeries } from '../../../shared/report/referenceSeries';
import { matchKey, roleOf, seriesFromPlan } from '../../../shared/report/referenceSeries';
import { JDZ_ACTUALS_CSV, sectionLines, seedBundle } from './reportFixture';

// Two levels: 景德镇市 (市) and its district 昌江区 (区县), each with its own 2021–2022 values
// (昌江区's are made up for this test, tests/fixtures/report/cj-14-actuals-2021-2022.csv).
const CJ_ACTUALS_CSV = readFileSync('tests/fixtures/report/cj-14-actuals-2021-2022.csv', 'utf8');

function withActuals(key: string, csv: string): PlanBundle {
  const bundle = seedBundle(key);
  const parsed = parseActualsCsv(csv, bundle.indicators);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { ...bundle, actualValues: [...bundle.actualValues, ...parsed.value.values] };
}

const city = withActuals('jdz-14', JDZ_ACTUALS_CSV);
const district = withActuals('cj-14', CJ_ACTUALS_CSV);

function reportOf(bundle: PlanBundle, references: readonly ReferenceSeries[]) {
  const options = { year: 2022, mode: 'midterm' as const };
  return buildReport(bundle, evaluatePlan(bundle, options), { ...options, references });
}

/** Another district of the city, as entered values only. */
const FULIANG: ReferenceSeries = {
  region: '浮梁县',
  role: 'peer',
  label: '浮梁县',
  points: [
    {
      key: matchKey('地区生产总值', '亿元'),
      name: '地区生产总值',
      unit: '亿元',
      year: 2022,
      measure: 'growth',
      value: 6.1,
    },
    {
      key: matchKey('固定资产投资增速', '%'),
      name: '固定资产投资增速',
      unit: '%',
      year: 2022,
      measure: 'value',
      value: 1.5,
    },
  ],
};

describe('compareWithReferences', () => {
  it('sees the city as the higher level of its district and the district as lower', () => {
    expect(roleOf('区县', '市')).toBe('higher');
    expect(roleOf('市', '区县')).toBe('lower');
    expect(roleOf('市', '其他')).toBe('peer');
    expect(seriesFromPlan(district.plan, city)).toMatchObject({
      region: '景德镇市',
      role: 'higher',
      label: '全市',
    });
  });

  it('compares the district with the city on shared indicators, growth where both have it', () => {
    const report = reportOf(district, [seriesFromPlan(district.plan, city)]);
    expect(
      report.comparisons.map((c) => [c.name, c.measure, c.own, c.references[0]?.value, c.text]),
    ).toEqual([
      ['地区生产总值GDP', 'growth', 5.2, 4.5, '增速高于全市0.7个百分点'],
      ['固定资产投资增速', 'value', 2, 3.2, '低于全市1.2个百分点'],
      ['社会消费品零售总额', 'value', 102.7, 548.1, ''],
      ['常住人口城镇化率', 'value', 80.9, 66.1, '高于全市14.8个百分点'],
      ['森林覆盖率', 'value', 55.3, 68.02, '低于全市12.7个百分点'],
      ['城镇登记失业率', 'value', 3.1, 3.3, '低于全市0.2个百分点'],
    ]);
  });

  it('writes the comparisons into the themes and the gaps among the problems', () => {
    const report = reportOf(district, [seriesFromPlan(district.plan, city)]);
    const progress = sectionLines(report, 'progress').join('\n');
    expect(progress).toContain('地区生产总值GDP达到219.3亿元，年均增长');
    expect(progress).toContain('，增速高于全市0.7个百分点');
    expect(progress).toContain('常住人口城镇化率为80.9%，较2020年');
    const problems = sectionLines(report, 'problems');
    const gap = problems.find((line) => line.includes('与上级平均水平相比仍有差距'));
    // 城镇登记失业率 is lower-is-better: being below the city is no gap.
    expect(gap).toMatch(
      /与上级平均水平相比仍有差距。固定资产投资增速低于全市1.2个百分点；森林覆盖率低于全市12.7个百分点。$/,
    );
  });

  it('ranks among peers, best first, the lower-is-better way where it applies', () => {
    const report = reportOf(district, [seriesFromPlan(district.plan, city), FULIANG]);
    const byName = new Map(report.comparisons.map((c) => [c.name, c]));
    expect(byName.get('地区生产总值GDP')?.rank).toEqual({ position: 2, of: 2 });
    expect(byName.get('地区生产总值GDP')?.text).toBe('增速高于全市0.7个百分点，居全市第2位');
    expect(byName.get('固定资产投资增速')?.text).toBe('低于全市1.2个百分点，居全市第1位');
  });

  it('lists the city’s districts beside it without writing them into the text', () => {
    const report = reportOf(city, [seriesFromPlan(city.plan, district)]);
    expect(
      report.comparisons.map((c) => [c.name, c.references[0]?.label, c.references[0]?.value]),
    ).toEqual([
      ['地区生产总值（GDP）', '昌江区', 5.2],
      ['固定资产投资增速', '昌江区', 2],
      ['社会消费品零售总额', '昌江区', 102.7],
      ['常住人口城镇化率', '昌江区', 80.9],
      ['森林覆盖率', '昌江区', 55.3],
      ['城镇登记失业率', '昌江区', 3.1],
    ]);
    expect(report.comparisons.every((c) => c.text === '')).toBe(true);
  });
});
