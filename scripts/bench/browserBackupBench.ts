import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBackup } from '../../shared/backup/readBackup';
import { SEED_MANIFEST } from '../../seeds/manifest';
import {
  exportThroughUi,
  phaseResults,
  restoreThroughUi,
  totalMs,
  waitForPlanList,
} from './browserAppFlows';
import { withBaselinePage, type BaselineScope } from './browserBaselinePage';
import { BENCH_FOLDER } from './browserBuild';
import type { BrowserBenchEnv } from './browserEnv';
import {
  BACKUP_INDICATORS_PER_PLAN,
  BACKUP_PLANS,
  BENCH_SCHEMA_VERSION,
} from './browserFixtureFiles';
import { newAppContext } from './browserSession';
import type { BenchResult } from './measure';

/**
 * What the user waits for before wondering whether the app hangs (the usual 10-second limit of
 * attention); a backup is taken now and then and shows a busy button meanwhile.
 */
const TARGET_MS = 10_000;

/**
 * Issue 5: 从备份恢复… and 导出备份 of a database of 100,000 actual values (20 plans of 1,000
 * indicators × 5 years), timed through 系统设置 in one run each.
 * Baselines in the same browser: JSON.parse plus a bare bulkAdd of the same tables (restore), and
 * reading them back with JSON.stringify, native SHA-256 and a Blob (export).
 */
export async function runBackupBenchmarks(env: BrowserBenchEnv): Promise<BenchResult[]> {
  const { fixtures } = env;
  const exported = join(env.workDir, 'exported-backup.json');
  const { restore, exportMs } = await timeInApp(env, exported);
  assertExportComplete(exported, fixtures.largeBackupValues);
  const baseline = await backupBaseline(env);
  const values = fixtures.largeBackupValues.toLocaleString('en-US');
  const size = `${(fixtures.largeBackupBytes / 1024 / 1024).toFixed(0)} MB`;
  const indicators = (BACKUP_PLANS * BACKUP_INDICATORS_PER_PLAN).toLocaleString('en-US');
  const restoreMs = totalMs(restore);
  return [
    {
      name: `网页中从备份恢复 ${values} 个实际值（${indicators} 项指标，文件 ${size}；选择文件→提示成功）`,
      value: restoreMs,
      unit: 'ms',
      target: '< 10 s',
      ok: restoreMs < TARGET_MS,
      ratio: restoreMs / baseline.restoreMs,
      baseline: 'JSON.parse 同一文件并用 Dexie bulkAdd 写入全部表',
    },
    ...phaseResults(
      '恢复',
      [restore],
      '读取并校验（选择文件→确认框）',
      '写入（点「替换」→提示成功）',
    ),
    {
      name: `网页中导出备份 ${values} 个实际值（点「导出备份」→开始下载）`,
      value: exportMs,
      unit: 'ms',
      target: '< 10 s',
      ok: exportMs < TARGET_MS,
      ratio: exportMs / baseline.exportMs,
      baseline: 'Dexie 读出同样的表、JSON.stringify、原生 SHA-256 并生成 Blob',
    },
  ];
}

/** Restores the large backup into a fresh page, then exports it again to `exported`. */
async function timeInApp(env: BrowserBenchEnv, exported: string) {
  const context = await newAppContext(env.browser, env.build.marksScript);
  try {
    const page = await context.newPage();
    await page.goto(env.baseUrl);
    await waitForPlanList(page, SEED_MANIFEST.length);
    const restore = await restoreThroughUi(page, env.fixtures.largeBackup);
    return { restore, exportMs: await exportThroughUi(page, exported) };
  } finally {
    await context.close();
  }
}

/** The download must be the whole database: a valid backup with every value. */
function assertExportComplete(path: string, values: number): void {
  const read = readBackup(new Uint8Array(readFileSync(path)), {
    currentSchemaVersion: BENCH_SCHEMA_VERSION,
  });
  if (!read.ok) throw new Error(`导出的备份无效：${read.error.message}`);
  if (read.value.counts.actualValues !== values) {
    throw new Error(`导出的备份有 ${read.value.counts.actualValues} 个实际值，应为 ${values} 个`);
  }
}

async function backupBaseline(env: BrowserBenchEnv) {
  const url = `${env.baseUrl}${BENCH_FOLDER}/backup-100000.json`;
  return withBaselinePage(env, async (page) => {
    const restored = await page.evaluate(
      (fileUrl) =>
        (globalThis as unknown as BaselineScope).workbenchBaseline.restoreBackup(fileUrl),
      url,
    );
    const exported = await page.evaluate(() =>
      (globalThis as unknown as BaselineScope).workbenchBaseline.exportBackup(),
    );
    return { restoreMs: restored.ms, exportMs: exported.ms };
  });
}
