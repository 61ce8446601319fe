// The in-browser benchmarks of `npm run bench` (issues 5 and 7): a production build of the
// renderer served as in web mode, driven in Debian's Chromium through the UI a user would use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../staticServer';
import { runBackupBenchmarks } from './browserBackupBench';
import { BENCH_FOLDER, buildForBench } from './browserBuild';
import { runColdStartBenchmarks } from './browserColdStartBench';
import type { BrowserBenchEnv } from './browserEnv';
import { writeBenchFixtures } from './browserFixtureFiles';
import { runGridBenchmarks } from './browserGridBench';
import { runImportBenchmarks } from './browserImportBench';
import { launchChromium } from './browserSession';
import type { BenchResult } from './measure';

/**
 * Builds the renderer into a temporary folder (always fresh; the e2e tests' out/renderer is left
 * alone), writes the fixtures, serves both on loopback and runs every browser benchmark.
 * Progress goes to stderr, so `--json` output stays clean.
 */
export async function runBrowserBenchmarks(): Promise<BenchResult[]> {
  const workDir = mkdtempSync(join(tmpdir(), 'workbench-bench-'));
  try {
    const root = join(workDir, 'renderer');
    progress('构建界面（vite build，写入临时目录）…');
    const build = await buildForBench(root);
    progress('生成测试数据（填报模板与备份文件）…');
    const fixtures = await writeBenchFixtures(join(root, BENCH_FOLDER));
    const server = await startStaticServer({ root });
    const browser = await launchChromium();
    try {
      const env: BrowserBenchEnv = { browser, baseUrl: server.url, build, fixtures, workDir };
      progress('冷启动…');
      const start = await runColdStartBenchmarks(env);
      progress('导入填报模板…');
      const imports = await runImportBenchmarks(env);
      progress('备份与恢复…');
      const backup = await runBackupBenchmarks(env);
      progress('填报表按键移动…');
      const grid = await runGridBenchmarks(env);
      return [...imports, ...backup, ...grid, ...start];
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function progress(step: string): void {
  process.stderr.write(`[浏览器基准] ${step}\n`);
}
