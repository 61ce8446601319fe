import { readFileSync } from 'node:fs';
import type { PlanBundle } from '../../shared/domain/planBundle';
import {
  completionAgreement,
  settingsForReading,
} from '../../shared/evaluation/completionAgreement';
import type { EndOfTermReading } from '../../shared/evaluation/evaluationSettings';
import { END_OF_TERM_READING_LABELS } from '../../shared/evaluation/evaluationSettings';
import type { BenchResult } from './measure';

/** The 13th-plan completion tables of the source docs (景德镇 000, 抚州 002), as seeded. */
const SEEDS = ['seeds/generated/seed-jdz-13c.json', 'seeds/generated/seed-fz-13c.json'];

/**
 * Issue 12: agreement of the end-of-term verdicts with the official 完成情况 column, under both
 * end-of-term readings; a figure to track, not a target. Disagreements are explained in
 * docs/evaluation-method.md.
 */
export function runAgreementBenchmarks(): BenchResult[] {
  const bundles = SEEDS.map((path) => JSON.parse(readFileSync(path, 'utf8')) as PlanBundle);
  const readings: EndOfTermReading[] = ['practice', 'strict'];
  return readings.map((reading) => {
    const results = bundles.map((bundle) =>
      completionAgreement(bundle, settingsForReading(reading)),
    );
    const agree = results.reduce((sum, result) => sum + result.agree, 0);
    const total = results.reduce((sum, result) => sum + result.total, 0);
    const parts = results.map((r, i) => `${bundles[i]?.plan.region ?? ''}${r.agree}/${r.total}`);
    return {
      name: `“十三五”完成情况表总结评估与官方结论一致（${END_OF_TERM_READING_LABELS[reading]}；${parts.join('，')}）`,
      value: agree,
      unit: `/${total} 项`,
      target: '',
      ok: true,
    };
  });
}
