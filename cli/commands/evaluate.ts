/**
 * `evaluate --plan <plan> [--table main|completion] [--actuals <actuals>] --year <Y>
 * [--mode midterm|final] [--settings <阈值.json>]`: evaluates a plan and prints one JSON object per
 * indicator. The plan is anything `parse` takes (or a PlanBundle JSON); the actuals are a CSV
 * (`indicator,year,value,measure`) or the app's data-entry template (.xlsx); the settings file
 * holds the thresholds to change (shared/evaluation/parseEvaluationSettings.ts).
 */
import type { PlanTableKind } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import type { EvaluationMode } from '../../shared/domain/verdict';
import { evaluatePlan } from '../../shared/evaluation/evaluatePlan';
import type { CliCommand, CliIo } from '../io';
import { loadPlanArg, resolveRun, usageError, type EvaluationRun } from './evaluationRun';

/** Parsed command-line options. */
export type EvaluateArgs = {
  readonly plan: string | null;
  readonly actuals: string | null;
  readonly year: number | null;
  readonly mode: EvaluationMode | null;
  readonly table: PlanTableKind | null;
  /** A JSON file of evaluation thresholds (docs/evaluation-method.md), or null for the defaults. */
  readonly settings: string | null;
  /** `--region`: the place name, for a plan read from text that does not name it. */
  readonly region: string | null;
};

const USAGE =
  '用法：evaluate --plan <规划.txt|规划.xlsx|规划.json> [--table main|completion] [--actuals <实际值.csv|填报模板.xlsx>] --year <评估年份> [--mode midterm|final] [--settings <评估阈值.json>] [--region 地区名称]';

/** The `evaluate` command: reads the plan file, then evaluates it (exit 0 ok, 1 bad data, 2 usage). */
export const evaluateCommand: CliCommand = async (argv, io) => {
  const args = parseEvaluateArgs(argv);
  if (typeof args === 'string') return usageError(io, args);
  const bundle = await loadPlanArg(args.plan, args, io, USAGE);
  if (typeof bundle === 'number') return bundle;
  const run = await resolveRun(bundle, args, io, USAGE);
  return typeof run === 'number' ? run : printEvaluation(bundle, run, io);
};

/** Reads the options; returns a Chinese message for a usage error. */
export function parseEvaluateArgs(argv: readonly string[]): EvaluateArgs | string {
  const args = argv[0] === 'evaluate' ? argv.slice(1) : argv;
  const found: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const value = args[i + 1];
    if (
      !['--plan', '--actuals', '--year', '--mode', '--table', '--settings', '--region'].includes(
        flag,
      )
    )
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
  return {
    plan: found['--plan'] ?? null,
    actuals: found['--actuals'] ?? null,
    year,
    mode,
    table,
    settings: found['--settings'] ?? null,
    region: regionArg(found['--region']),
  };
}

/** Evaluates the run and prints one JSON object per indicator, the summary on stderr. */
function printEvaluation(bundle: PlanBundle, run: EvaluationRun, io: CliIo): number {
  const { year, mode, actuals, settings } = run;
  const result = evaluatePlan(
    {
      plan: bundle.plan,
      indicators: bundle.indicators,
      actualValues: actuals.values,
      componentActuals: actuals.components,
      officialAssessments: bundle.officialAssessments,
    },
    { year, mode, settings },
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
    outlook: e.outlook,
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

/** `--region` trimmed; blank counts as not given. */
function regionArg(value: string | undefined): string | null {
  const region = value?.trim() ?? '';
  return region === '' ? null : region;
}
