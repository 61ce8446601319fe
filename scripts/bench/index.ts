// `npm run bench`: one table of every benchmark in the project, each figure beside the target its
// issue set; `npm run bench -- --json` prints the same as a JSON array.
import { runAgreementBenchmarks } from './agreementBench';
import { runBrowserBenchmarks } from './browserBench';
import { runEvaluationBenchmarks } from './evaluationBench';
import type { BenchResult } from './measure';
import { runParseBenchmarks } from './parseBench';
import { runReportBenchmarks } from './reportBench';

const results: BenchResult[] = [
  ...runParseBenchmarks(),
  ...runEvaluationBenchmarks(),
  ...runAgreementBenchmarks(),
  ...(await runReportBenchmarks()),
  // In Chromium against a fresh build (about 1.5 minutes); `-- --no-browser` leaves them out.
  ...(process.argv.includes('--no-browser') ? [] : await runBrowserBenchmarks()),
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
