/**
 * `evaluate --plan <plan> [--table main|completion] [--actuals <actuals>] --year <Y>
 * [--mode midterm|final]`: evaluates a plan and prints one JSON object per indicator. The plan is
 * anything `parse` takes (or a PlanBundle JSON); the actuals are a CSV (`indicator,year,value,
 * measure`) or the app's data-entry template (.xlsx).
 */
import type { ActualValue } from '../../shared/domain/actualValue';
import type { PlanTableKind } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import type { EvaluationMode } from '../../shared/domain/verdict';
import { evaluatePlan } from '../../shared/evaluation/evaluatePlan';
import type { ComponentActual } from '../../shared/evaluation/indicatorEvaluation';
import { parseActualsCsv } from '../../shared/importers/actualsCsv';
import { formatProblem } from '../../shared/lib/result';
import type { CliCommand, CliIo } from '../io';
import { loadPlanFile } from '../loadPlanFile';

/** Parsed command-line options. */
export type EvaluateArgs = {
  readonly plan: string | null;
  readonly actuals: string | null;
  readonly year: number | null;
  readonly mode: EvaluationMode | null;
  readonly table: PlanTableKind | null;
};

const USAGE =
  '用法：evaluate --plan <规划.txt|规划.xlsx|规划.json> [--table main|completion] [--actuals <实际值.csv|填报模板.xlsx>] --year <评估年份> [--mode midterm|final]';

/** The `evaluate` command: reads the plan file, then evaluates it (exit 0 ok, 1 bad data, 2 usage). */
export const evaluateCommand: CliCommand = async (argv, io) => {
  const args = parseEvaluateArgs(argv);
  if (typeof args === 'string') return usageError(io, args);
  if (!args.plan) return usageError(io, `缺少 --plan。${USAGE}`);
  const loaded = await loadPlanFile(
    args.plan,
    { planId: 'cli-plan', ...(args.table ? { table: args.table } : {}) },
    io,
  );
  if (!loaded.ok) {
    io.stderr(`无法读取规划：${formatProblem(loaded.error)}\n`);
    return 1;
  }
  return runEvaluateWithBundle(loaded.value, argv, io);
};

/** Reads the options; returns a Chinese message for a usage error. */
export function parseEvaluateArgs(argv: readonly string[]): EvaluateArgs | string {
  const args = argv[0] === 'evaluate' ? argv.slice(1) : argv;
  const found: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const value = args[i + 1];
    if (!['--plan', '--actuals', '--year', '--mode', '--table'].includes(flag))
      return `无法识别的参数「${flag}」。${USAGE}`;
    if (value === undefined || value.startsWith('--')) return `参数 ${flag} 缺少取值。${USAGE}`;
    found[flag] = value;
  }
  return checkYearAndMode(found);
}

function checkYearAndMode(found: Readonly<Record<string, string>>): EvaluateArgs | string {
  const yearText = found['--year'];
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && !Number.isInteger(year)) return `评估年份「${yearText}」应为四位整数年份。`;
  const mode = found['--mode'] ?? null;
  if (mode !== null && mode !== 'midterm' && mode !== 'final') {
    return `评估方式「${mode}」只能为 midterm（中期）或 final（总结）。`;
  }
  const table = found['--table'] ?? null;
  if (table !== null && table !== 'main' && table !== 'completion') {
    return `--table 只能是 main 或 completion，收到「${table}」。`;
  }
  return { plan: found['--plan'] ?? null, actuals: found['--actuals'] ?? null, year, mode, table };
}

/** Runs the command on a bundle another parser produced (text, xlsx); `--plan` is not read. */
export async function runEvaluateWithBundle(
  bundle: PlanBundle,
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  const args = parseEvaluateArgs(argv);
  if (typeof args === 'string') return usageError(io, args);
  const isCompletion = bundle.plan.tableKind === 'completion';
  const year = args.year ?? (isCompletion ? bundle.plan.targetYear : null);
  if (year === null) return usageError(io, `缺少 --year。${USAGE}`);
  const actuals = await readActuals(bundle, args, io);
  if (!actuals) return 1;
  const mode = args.mode ?? (isCompletion ? 'final' : 'midterm');
  const result = evaluatePlan(
    {
      plan: bundle.plan,
      indicators: bundle.indicators,
      actualValues: actuals.values,
      componentActuals: actuals.components,
    },
    { year, mode },
  );
  const official = new Map(
    bundle.officialAssessments.map((a) => [a.indicatorId as string, a.verdictRaw]),
  );
  const rows = result.evaluations.map((e) => ({
    id: e.indicatorId,
    name: e.name,
    category: e.category,
    attribute: e.attribute,
    status: e.finalVerdict,
    explanation: e.explanation,
    progress: e.progressRatio,
    requiredAnnualGrowth: e.requiredAnnualGrowth,
    requiredAnnualChange: e.requiredAnnualChange,
    timeProgress: e.timeProgress,
    taskProgress: e.taskProgress,
    dataYear: e.dataYear,
    missing: e.missing,
    ...(official.has(e.indicatorId) ? { officialStatus: official.get(e.indicatorId) } : {}),
  }));
  io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  io.stderr(`${result.summary.sentence}\n`);
  return 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return 2;
}

/** Actual values and structure components read from `--actuals` (or the bundle's own). */
export type Actuals = {
  values: readonly ActualValue[];
  components: readonly ComponentActual[];
};

/** Reads `--actuals` (CSV or data template); prints the problem and returns null on failure. */
export async function readActuals(
  bundle: PlanBundle,
  args: EvaluateArgs,
  io: CliIo,
): Promise<Actuals | null> {
  if (!args.actuals) {
    if (bundle.actualValues.length === 0 && bundle.plan.tableKind !== 'completion') {
      io.stderr(`规划中没有实际值，请用 --actuals 提供实际值 CSV。${USAGE}\n`);
      return null;
    }
    return { values: bundle.actualValues, components: [] };
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(args.actuals);
  } catch (error) {
    io.stderr(
      `无法读取文件「${args.actuals}」：${error instanceof Error ? error.message : String(error)}\n`,
    );
    return null;
  }
  const fileName = args.actuals.split(/[\\/]/).at(-1) ?? args.actuals;
  if (/\.xlsx$/i.test(args.actuals)) {
    const { readTemplateActuals } = await import('../../shared/importers/xlsxDataTemplateActuals');
    const read = readTemplateActuals(bytes, fileName, bundle);
    if (!read.ok) {
      io.stderr(`${formatProblem(read.error)}\n`);
      return null;
    }
    return { values: read.value, components: [] };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = parseActualsCsv(text, bundle.indicators, { file: fileName });
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.stderr(`${formatProblem(problem)}\n`);
    return null;
  }
  return parsed.value;
}
