import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import {
  completionAgreement,
  settingsForReading,
} from '../../../shared/evaluation/completionAgreement';

// End-of-term agreement with the official verdicts of the 13th-plan completion tables (景德镇 000,
// 抚州 002). No row is special-cased: this measures the settings as they are. Every remaining
// disagreement is explained in docs/evaluation-method.md「与官方结论的一致情况」.
const SEEDS = ['seeds/generated/seed-jdz-13c.json', 'seeds/generated/seed-fz-13c.json'];
const available = SEEDS.every((path) => existsSync(path));
const bundles = available
  ? SEEDS.map((path) => JSON.parse(readFileSync(path, 'utf8')) as PlanBundle)
  : [];

function figures(reading: 'practice' | 'strict'): number[][] {
  return bundles.map((bundle) => {
    const result = completionAgreement(bundle, settingsForReading(reading));
    console.log(
      `${bundle.plan.region}（${reading}）：${result.agree}/${result.total} 项一致，${result.noData} 项无可比数据\n${result.rows
        .map((r) => `${r.agrees ? '✓' : '✗'} ${r.name}：引擎${r.engine}，官方${r.official ?? '无'}`)
        .join('\n')}`,
    );
    return [result.agree, result.total, result.noData];
  });
}

describe.skipIf(!available)('completion-table agreement', () => {
  it('counts engine verdicts that agree with the official ones, by practice (the default)', () => {
    expect(figures('practice')).toEqual([
      [24, 36, 5],
      [27, 39, 4],
    ]);
  });

  it('counts the same under the strict end-of-term reading', () => {
    expect(figures('strict')).toEqual([
      [21, 36, 5],
      [26, 39, 4],
    ]);
  });
});
