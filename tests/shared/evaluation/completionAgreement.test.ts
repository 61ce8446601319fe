import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { readOfficialVerdict } from '../../../shared/evaluation/officialVerdict';

// End-of-term agreement with the official verdicts of the 13th-plan completion tables (景德镇 000,
// 抚州 002). No row is special-cased: this measures the default settings as they are.
const SEEDS = ['seeds/generated/seed-jdz-13c.json', 'seeds/generated/seed-fz-13c.json'];
const available = SEEDS.every((path) => existsSync(path));

type Agreement = { agree: number; total: number; noData: number; rows: string[] };

/** Verdicts that mean the engine had nothing comparable to judge on. */
const NO_DATA = new Set(['数据不足', '需人工研判']);

function agreement(path: string): Agreement {
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as PlanBundle;
  const { evaluations } = evaluatePlan(bundle, { year: bundle.plan.targetYear, mode: 'final' });
  const official = new Map(
    bundle.officialAssessments.map((a) => [a.indicatorId, readOfficialVerdict(a.verdictRaw)]),
  );
  const rows = evaluations.map(
    (e) =>
      `${official.get(e.indicatorId) === e.verdict ? '✓' : '✗'} ${e.name}：引擎${e.verdict}，官方${official.get(e.indicatorId) ?? '无'}`,
  );
  const agree = evaluations.filter((e) => official.get(e.indicatorId) === e.verdict).length;
  const noData = evaluations.filter((e) => NO_DATA.has(e.verdict)).length;
  return { agree, total: evaluations.length, noData, rows };
}

describe.skipIf(!available)('completion-table agreement', () => {
  it('counts engine verdicts that agree with the official ones', () => {
    const results = SEEDS.map(agreement);
    for (const [i, result] of results.entries()) {
      console.log(
        `${SEEDS[i]}：${result.agree}/${result.total} 项一致，${result.noData} 项无可比数据\n${result.rows.join('\n')}`,
      );
    }
    // 38 of 75 agree (15/36 and 23/39). The 实际累计或年均增长 column is now imported as official
    // average growth (`averageGrowth`, GDP 7.4) or achieved change (`cumulativeChange`, [14.09]),
    // and 景德镇's income rows `[9]`/`[10]` read as annual growth (bracketGrowthRule.ts). 16 rows
    // still have no comparable data (数据不足 or 需人工研判: province-set or qualitative targets,
    // structures without an engine rule at the end of term, text-only actuals).
    expect(results.map((r) => [r.agree, r.total, r.noData])).toEqual([
      [15, 36, 10],
      [23, 39, 6],
    ]);
  });
});
