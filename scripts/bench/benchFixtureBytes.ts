// The benchmark's big files, built in memory once per run: the filled template of a 2,000-indicator
// plan (10,000 values) and a backup of 100,000 values. The in-browser benchmarks write them to
// disk; the Node benchmarks read them from memory.
import { readFileSync } from 'node:fs';
import type { BackupTables } from '../../shared/backup/backupFormat';
import { buildBackup } from '../../shared/backup/buildBackup';
import { planYears } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import type { ActualValueRow } from '../../shared/domain/storedRows';
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

/** The filled template, the plan it belongs to and the values it holds. */
export type TemplateFixture = {
  readonly plan: BenchPlan;
  /** Backup of the plan alone, without values (how the plan gets into the page). */
  readonly emptyPlanBackup: Uint8Array;
  readonly bytes: Uint8Array;
  readonly values: readonly ActualValueRow[];
};

/** The 100,000-value backup and what it holds. */
export type BackupFixture = {
  readonly bytes: Uint8Array;
  readonly values: number;
  readonly indicators: number;
};

/** Every big file of a run. */
export type BenchFixtureBytes = {
  readonly template: TemplateFixture;
  readonly largeBackup: BackupFixture;
};

let built: Promise<BenchFixtureBytes> | null = null;

/** Builds the files once per run (about 8 s of work on the shared machine), then reuses them. */
export function benchFixtureBytes(): Promise<BenchFixtureBytes> {
  built ??= buildFixtureBytes(new Date());
  return built;
}

async function buildFixtureBytes(now: Date): Promise<BenchFixtureBytes> {
  const seed = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
  const appVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
    .version;
  const backupOf = (tables: BackupTables) =>
    buildBackup(tables, { appVersion, schemaVersion: BENCH_SCHEMA_VERSION, now });

  const templatePlan = makeBenchPlan(seed, 1, TEMPLATE_INDICATORS, now);
  const values = makeBenchActuals(templatePlan);
  const { plan, indicators } = templatePlan;
  const template = await buildDataTemplate(plan, indicators, values, {
    // As the app exports it (templateModel.templateYears): the base year, then the plan years;
    // the base year stays blank, so the filled cells are exactly the plan years' values.
    years: [plan.baseYear, ...planYears(plan)],
    now,
  });
  const emptyPlans = [templatePlan];
  const emptyPlanBackup = backupOf(
    makeBenchTables({
      plans: emptyPlans,
      actuals: [],
      changeLog: makeBenchChangeLog(emptyPlans, now),
      now,
    }),
  );

  const plans = Array.from({ length: BACKUP_PLANS }, (_, index) =>
    makeBenchPlan(seed, index + 1, BACKUP_INDICATORS_PER_PLAN, now),
  );
  const actuals = plans.flatMap(makeBenchActuals);
  const changeLog = makeBenchChangeLog(plans, now);
  const largeBackup = backupOf(makeBenchTables({ plans, actuals, changeLog, now }));
  return {
    template: { plan: templatePlan, emptyPlanBackup, bytes: template, values },
    largeBackup: {
      bytes: largeBackup,
      values: actuals.length,
      indicators: BACKUP_PLANS * BACKUP_INDICATORS_PER_PLAN,
    },
  };
}
