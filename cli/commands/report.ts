/**
 * `report --plan <plan> [--table main|completion] [--actuals <actuals>] --year <Y>
 * [--mode midterm|final] [--settings <阈值.json>] [--region 地区名称] [--tasks <任务清单>]
 * --out <报告.docx|报告.xlsx>` (issue 6): evaluates the plan as `evaluate` does and writes the
 * evaluation report, the Word file with its charts (rendered server-side in cli/charts) or the
 * Excel tables. `--tasks` gives the plan's tasks and projects (issue 14, item 1): the CLI has no
 * progress to give, so 三 counts the items and says their progress is 未填报.
 */
import type { PlanBundle } from '../../shared/domain/planBundle';
import { formatYear } from '../../shared/lib/formatNumber';
import { evaluatePlan } from '../../shared/evaluation/evaluatePlan';
import { buildReport } from '../../shared/report/buildReport';
import type { ReportDocument } from '../../shared/report/reportDocument';
import { formatProblem } from '../../shared/lib/result';
import type { ReportWorkItem } from '../../shared/report/reportWorkItem';
import { workItemsForReport } from '../../shared/report/workItemsForReport';
import type { CliCommand, CliIo } from '../io';
import { loadWorkItemsFile } from '../loadWorkItemsFile';
import { parseEvaluateArgs } from './evaluate';
import { loadPlanArg, resolveRun, usageError } from './evaluationRun';

const USAGE =
  '用法：report --plan <规划.txt|规划.xlsx|规划.json> [--table main|completion] [--actuals <实际值.csv|填报模板.xlsx>] --year <评估年份> [--mode midterm|final] [--settings <评估阈值.json>] [--region 地区名称] [--tasks <任务清单.txt|任务模板.xlsx>] --out <报告.docx|报告.xlsx>';

/** What `--out` asks for. */
type ReportFormat = 'docx' | 'xlsx';

/** Splits `--out` from the options `evaluate` understands; a Chinese message on a usage error. */
export function parseReportOut(
  argv: readonly string[],
): { readonly out: string; readonly format: ReportFormat; readonly rest: string[] } | string {
  const args = argv[0] === 'report' ? argv.slice(1) : [...argv];
  const at = args.indexOf('--out');
  if (at < 0) return `缺少 --out（报告文件，.docx 或 .xlsx）。${USAGE}`;
  const out = args[at + 1];
  if (out === undefined || out.startsWith('--')) return `参数 --out 缺少取值。${USAGE}`;
  const format = /\.docx$/i.test(out) ? 'docx' : /\.xlsx$/i.test(out) ? 'xlsx' : null;
  if (format === null) return `报告文件「${out}」须以 .docx（Word）或 .xlsx（Excel）结尾。`;
  return { out, format, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

/** The `report` command: exit 0 written, 1 bad data or file, 2 usage. */
export const reportCommand: CliCommand = async (argv, io) => {
  const target = parseReportOut(argv);
  if (typeof target === 'string') return usageError(io, target);
  const tasks = takeOption(target.rest, '--tasks');
  if (typeof tasks === 'string') return usageError(io, tasks);
  const args = parseEvaluateArgs(tasks.rest);
  if (typeof args === 'string') return usageError(io, args.replace(/用法：evaluate[^\n]*$/, USAGE));
  const bundle = await loadPlanArg(args.plan, args, io, USAGE);
  if (typeof bundle === 'number') return bundle;
  const run = await resolveRun(bundle, args, io, USAGE, (year) => checkYear(bundle, year));
  if (typeof run === 'number') return run;
  const { year, mode, actuals, settings } = run;
  const workItems = tasks.value === null ? [] : await loadReportItems(tasks.value, year, io);
  if (workItems === null) return 1;
  const data = { ...bundle, actualValues: actuals.values, componentActuals: actuals.components };
  const evaluation = evaluatePlan(data, { year, mode, settings });
  const report = buildReport(data, evaluation, { year, mode, workItems });
  return writeReport(report, target, io);
};

/** Splits an optional `--name value` from the rest; a Chinese message when its value is missing. */
function takeOption(
  args: readonly string[],
  name: string,
): { readonly value: string | null; readonly rest: string[] } | string {
  const at = args.indexOf(name);
  if (at < 0) return { value: null, rest: [...args] };
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) return `参数 ${name} 缺少取值。${USAGE}`;
  return { value, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

/** The task list's items for 三, all 未填报 (a file gives no progress); null after an error. */
async function loadReportItems(
  path: string,
  year: number,
  io: CliIo,
): Promise<ReportWorkItem[] | null> {
  const loaded = await loadWorkItemsFile(path, io);
  if (!loaded.ok) {
    io.stderr(`读取任务清单失败：${formatProblem(loaded.error)}\n`);
    return null;
  }
  return workItemsForReport(loaded.value.items, [], year);
}

function checkYear(bundle: PlanBundle, year: number): string | null {
  const { baseYear, targetYear } = bundle.plan;
  if (year > baseYear && year <= targetYear) return null;
  return `评估年份${formatYear(year)}应在基期年${formatYear(baseYear)}之后、目标年${formatYear(targetYear)}或之前。`;
}

async function writeReport(
  report: ReportDocument,
  target: { readonly out: string; readonly format: ReportFormat },
  io: CliIo,
): Promise<number> {
  const bytes = target.format === 'docx' ? await docxBytes(report) : await xlsxBytes(report);
  try {
    await io.writeFile(target.out, bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`无法写入文件「${target.out}」：${reason}\n`);
    return 1;
  }
  const figures = target.format === 'docx' ? `，${report.figures.length}张图` : '';
  io.stdout(
    `已生成「${target.out}」：${report.title}（${formatYear(report.year)}，${report.table.rows.length}项指标${figures}）。\n`,
  );
  io.stderr(`${report.summary.sentence}\n`);
  return 0;
}

// The heavy libraries (echarts, resvg, docx, exceljs) load only for the format asked for.
async function docxBytes(report: ReportDocument): Promise<Uint8Array> {
  const [{ renderReportFigures }, { buildReportDocx }] = await Promise.all([
    import('../charts/renderReportFigures'),
    import('../../shared/report/reportDocxBuilder'),
  ]);
  return buildReportDocx(report, await renderReportFigures(report));
}

async function xlsxBytes(report: ReportDocument): Promise<Uint8Array> {
  const { buildReportWorkbook } = await import('../../shared/report/reportXlsxBuilder');
  return buildReportWorkbook(report);
}
