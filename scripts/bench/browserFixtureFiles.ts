// Writes the files the in-browser benchmarks open through the app's file choosers: a backup that
// holds the 2,000-indicator plan, its filled template (10,000 values) and a 100,000-value backup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchFixtureBytes } from './benchFixtureBytes';

export {
  BACKUP_INDICATORS_PER_PLAN,
  BACKUP_PLANS,
  BENCH_SCHEMA_VERSION,
  TEMPLATE_INDICATORS,
} from './benchFixtureBytes';

/** Where each fixture was written, and what it holds. */
export type BenchFixtures = {
  readonly importPlanName: string;
  /** Backup holding only the empty 2,000-indicator plan (how the plan gets into the page). */
  readonly importPlanBackup: string;
  /** The filled department template of that plan. */
  readonly template: string;
  readonly templateValues: number;
  /** The backup of 100,000 values. */
  readonly largeBackup: string;
  readonly largeBackupValues: number;
  readonly largeBackupBytes: number;
};

/** Writes every fixture into `dir` (served to the page, so the baseline can fetch them). */
export async function writeBenchFixtures(dir: string): Promise<BenchFixtures> {
  mkdirSync(dir, { recursive: true });
  const { template, largeBackup } = await benchFixtureBytes();
  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  return {
    importPlanName: template.plan.plan.name,
    importPlanBackup: write('import-plan.json', template.emptyPlanBackup),
    template: write('template.xlsx', template.bytes),
    templateValues: template.values.length,
    largeBackup: write('backup-100000.json', largeBackup.bytes),
    largeBackupValues: largeBackup.values,
    largeBackupBytes: largeBackup.bytes.length,
  };
}
