/**
 * What `evaluate` and `report` both need before they differ: the plan file loaded, and the run's
 * year, mode and actual values settled — or the exit code after saying in Chinese why not.
 */
import type { ActualValue } from '../../shared/domain/actualValue';
import type { PlanBundle } from '../../shared/domain/planBundle';
import type { EvaluationMode } from '../../shared/domain/verdict';
import type { ComponentActual } from '../../shared/evaluation/indicatorEvaluation';
import type { EvaluationSettings } from '../../shared/evaluation/evaluationSettings';
import { DEFAULT_EVALUATION_SETTINGS } from '../../shared/evaluation/evaluationSettings';
import { parseEvaluationSettingsText } from '../../shared/evaluation/parseEvaluationSettings';
import { parseActualsCsv } from '../../shared/importers/actualsCsv';
import { formatProblem } from '../../shared/lib/result';
import type { CliIo } from '../io';
import { loadPlanFile } from '../loadPlanFile';
import type { EvaluateArgs } from './evaluate';

/** Actual values and structure components read from `--actuals` (or the bundle's own). */
export type Actuals = {
  values: readonly ActualValue[];
  components: readonly ComponentActual[];
};

/** One evaluation run: the year and mode asked for, the values to judge and the thresholds. */
export type EvaluationRun = {
  readonly year: number;
  readonly mode: EvaluationMode;
  readonly actuals: Actuals;
  readonly settings: EvaluationSettings;
};

/** Prints a usage error; exit code 2. */
export function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return 2;
}

/** Loads `--plan`; exit code 2 when missing, 1 when it cannot be read. */
export async function loadPlanArg(
  plan: string | null,
  args: Pick<EvaluateArgs, 'table'>,
  io: CliIo,
  usage = '',
): Promise<PlanBundle | number> {
  if (!plan) return usageError(io, `缺少 --plan。${usage}`);
  const loaded = await loadPlanFile(
    plan,
    { planId: 'cli-plan', ...(args.table ? { table: args.table } : {}) },
    io,
  );
  if (loaded.ok) return loaded.value;
  io.stderr(`无法读取规划：${formatProblem(loaded.error)}\n`);
  return 1;
}

/**
 * Settles the run: `--year` (a completion table defaults to its target year), checked by
 * `checkYear` when given; the actuals; `--mode` (a completion table defaults to 总结评估).
 */
export async function resolveRun(
  bundle: PlanBundle,
  args: EvaluateArgs,
  io: CliIo,
  usage: string,
  checkYear?: (year: number) => string | null,
): Promise<EvaluationRun | number> {
  const isCompletion = bundle.plan.tableKind === 'completion';
  const year = args.year ?? (isCompletion ? bundle.plan.targetYear : null);
  if (year === null) return usageError(io, `缺少 --year。${usage}`);
  const yearProblem = checkYear?.(year);
  if (yearProblem) return usageError(io, yearProblem);
  const actuals = await readActuals(bundle, args, io, usage);
  if (!actuals) return 1;
  const settings = await readSettings(args.settings, io);
  if (!settings) return 1;
  return { year, mode: args.mode ?? (isCompletion ? 'final' : 'midterm'), actuals, settings };
}

/** Reads `--settings` (the defaults when absent); prints the problem and returns null on failure. */
async function readSettings(path: string | null, io: CliIo): Promise<EvaluationSettings | null> {
  if (path === null) return DEFAULT_EVALUATION_SETTINGS;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    io.stderr(
      `无法读取文件「${path}」：${error instanceof Error ? error.message : String(error)}\n`,
    );
    return null;
  }
  const fileName = path.split(/[\\/]/).at(-1) ?? path;
  const parsed = parseEvaluationSettingsText(new TextDecoder('utf-8').decode(bytes), fileName);
  if (parsed.ok) return parsed.value;
  io.stderr(`${formatProblem(parsed.error)}\n`);
  return null;
}

/** Reads `--actuals` (CSV or data template); prints the problem and returns null on failure. */
async function readActuals(
  bundle: PlanBundle,
  args: EvaluateArgs,
  io: CliIo,
  usage: string,
): Promise<Actuals | null> {
  if (!args.actuals) {
    if (bundle.actualValues.length === 0 && bundle.plan.tableKind !== 'completion') {
      io.stderr(`规划中没有实际值，请用 --actuals 提供实际值 CSV。${usage}\n`);
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
