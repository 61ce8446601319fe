// `npm run bench`: one table of every benchmark in the project, each figure beside the target its
// issue set; `npm run bench -- --json` prints the same as a JSON array. The in-browser rows run
// only with `-- --browser` (decision 0043): on the shared 2-core machine Chromium's IndexedDB
// alone took minutes for the 100,000-value restore, so they no longer hold up every run.
import { runAgreementBenchmarks } from './agreementBench';
import { runBrowserBenchmarks } from './browserBench';
import { runDocumentBenchmarks } from './documentBench';
import { runEvaluationBenchmarks } from './evaluationBench';
import type { BenchResult } from './measure';
import { runParseBenchmarks } from './parseBench';
import { runReportBenchmarks } from './reportBench';
import { runStorageBenchmarks } from './storageBench';
import { runWorkItemBenchmarks } from './workItemBench';

const results: BenchResult[] = [
  ...runParseBenchmarks(),
  ...(await runDocumentBenchmarks()),
  ...runEvaluationBenchmarks(),
  ...runAgreementBenchmarks(),
  ...(await runReportBenchmarks()),
  ...(await runWorkItemBenchmarks()),
  ...(await runStorageBenchmarks()),
  // In Chromium against a fresh build (several minutes on a loaded machine): `-- --browser`.
  ...(process.argv.includes('--browser') ? await runBrowserBenchmarks() : []),
];

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      results.map(({ name, value, unit, target, ok }) => ({
        name,
        value: round(value),
        unit,
        target,
        ok,
      })),
      null,
      2,
    ),
  );
} else {
  printTable(results);
}
process.exitCode = results.every((result) => result.ok) ? 0 : 1;

function printTable(rows: readonly BenchResult[]): void {
  console.log('规划评估工作台 性能基准（本机测得，取中位数）\n');
  for (const row of rows) {
    const figure = `${round(row.value)} ${row.unit}`.padStart(12);
    const target = (row.target || '（仅报告）').padEnd(10);
    const ratio =
      row.ratio === undefined ? '' : `  为基准的 ${round(row.ratio)} 倍（基准：${row.baseline}）`;
    console.log(`${row.ok ? '✓' : '✗'} ${figure}  目标 ${target} ${row.name}${ratio}`);
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
