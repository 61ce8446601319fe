// Writes the files the in-browser benchmarks open through the app's file choosers: a backup that
// holds the 2,000-indicator plan, its filled template (10,000 values) and a 100,000-value backup.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupTables } from '../../shared/backup/backupFormat';
import { buildBackup } from '../../shared/backup/buildBackup';
import { planYears } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import { buildDataTemplate } from '../../shared/importers/xlsxDataTemplateBuild';
import {
  makeBenchActuals,
  makeBenchChangeLog,
  makeBenchPlan,
  makeBenchTables,
  type BenchPlan,
} from './browserFixtures';

/** The Dexie schema version the app writes (renderer/src/db/schema.ts; a test keeps them equal). */
export const BENCH_SCHEMA_VERSION = 3;

/** Issue 5: a plan of 2,000 indicators × 5 years gives the template's 10,000 values. */
export const TEMPLATE_INDICATORS = 2_000;

/** Issue 5: 100,000 values, as 20 plans of 1,000 indicators × 5 years. */
export const BACKUP_PLANS = 20;
export const BACKUP_INDICATORS_PER_PLAN = 1_000;

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

/** Builds every fixture into `dir` (served to the page, so the baseline can fetch them). */
export function writeBenchFixtures(dir: string, now: Date): BenchFixtures {
  mkdirSync(dir, { recursive: true });
  const seed = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
  const appVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
    .version;
  const writeBackup = (name: string, tables: BackupTables) => {
    const bytes = buildBackup(tables, { appVersion, schemaVersion: BENCH_SCHEMA_VERSION, now });
    writeFileSync(join(dir, name), bytes);
    return bytes.length;
  };

  const templatePlan = makeBenchPlan(seed, 1, TEMPLATE_INDICATORS, now);
  writeBackup('import-plan.json', emptyPlanTables(templatePlan, now));
  const templateActuals = makeBenchActuals(templatePlan);
  const { plan, indicators } = templatePlan;
  const template = buildDataTemplate(plan, indicators, templateActuals, {
    // As the app exports it (templateModel.templateYears): the base year, then the plan years;
    // the base year stays blank, so the filled cells are exactly the plan years' values.
    years: [plan.baseYear, ...planYears(plan)],
    now,
  });
  writeFileSync(join(dir, 'template.xlsx'), template);

  const plans = Array.from({ length: BACKUP_PLANS }, (_, index) =>
    makeBenchPlan(seed, index + 1, BACKUP_INDICATORS_PER_PLAN, now),
  );
  const actuals = plans.flatMap(makeBenchActuals);
  const changeLog = makeBenchChangeLog(plans, now);
  const largeBytes = writeBackup(
    'backup-100000.json',
    makeBenchTables({ plans, actuals, changeLog, now }),
  );
  return {
    importPlanName: plan.name,
    importPlanBackup: join(dir, 'import-plan.json'),
    template: join(dir, 'template.xlsx'),
    templateValues: templateActuals.length,
    largeBackup: join(dir, 'backup-100000.json'),
    largeBackupValues: actuals.length,
    largeBackupBytes: largeBytes,
  };
}

function emptyPlanTables(entry: BenchPlan, now: Date): BackupTables {
  const plans = [entry];
  return makeBenchTables({ plans, actuals: [], changeLog: makeBenchChangeLog(plans, now), now });
}
