import type { ActualValue } from '../../shared/domain/actualValue';
import type { IndicatorId } from '../../shared/domain/ids';
import { TARGET_KIND_LABELS } from '../../shared/domain/target';
import type { PlanTableKind } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import { COLUMN_ROLE_LABELS, parseColumnMap } from '../../shared/importers/columnRole';
import type { ColumnRole } from '../../shared/importers/columnRole';
import type { TableImport } from '../../shared/importers/importPlanGrid';
import { formatProblem } from '../../shared/lib/result';
import type { CliIo } from '../io';
import { loadPlanTable } from '../loadPlanFile';

const USAGE = [
  '用法：parse <文件.docx|.pdf|.xlsx|.xls|.et|.html|.csv|.txt> [--table main|completion] [--plan-id 规划编号] [--map 列映射]',
  '  --map "0=seq,1=category,2=name,3=base,4=target,5=growth,6=attribute"（列号从 0 开始），',
  '        或一个 JSON 文件 {"0":"seq",…}；角色：seq category group name unit base target growth',
  '        actual actualGrowth verdict attribute direction departments remarks keep ignore',
].join('\n');

type ParseArgs = {
  file: string;
  table: PlanTableKind | null;
  planId: string;
  map: string | null;
};

/**
 * `parse <file> [--table main|completion] [--map 0=seq,1=category,…]`: imports the table from
 * any plan file (Word, PDF, Excel, web page, CSV or text; see openPlanDocument) and prints the
 * PlanBundle as JSON, each indicator with its raw cells, target kind, numbers and warnings, and
 * for completion tables its 2020 actual and official verdict; for tables read from text or by
 * meaning, also the column mapping used (`columns`, `map`), which `--map` overrides. Errors go to
 * stderr in Chinese.
 */
export async function parseCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const args = readArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${USAGE}\n`);
    return 2;
  }
  const columns = args.map === null ? null : await readMap(args.map, io);
  if (typeof columns === 'string') {
    io.stderr(`${columns}\n${USAGE}\n`);
    return 2;
  }
  const result = await loadPlanTable(
    args.file,
    {
      planId: args.planId,
      ...(args.table ? { table: args.table } : {}),
      ...(columns ? { overrides: { columns } } : {}),
    },
    io,
  );
  if (!result.ok) {
    io.stderr(`解析失败：${formatProblem(result.error)}\n`);
    return 1;
  }
  const { bundle, reading } = result.value;
  const described = { ...describeBundle(bundle), ...(reading ? describeReading(reading) : {}) };
  io.stdout(`${JSON.stringify(described, null, 2)}\n`);
  return 0;
}

/** `--map` as written, or the JSON file it names. */
async function readMap(value: string, io: CliIo): Promise<Record<number, ColumnRole> | string> {
  if (/\.json$/i.test(value)) {
    try {
      return parseColumnMap(new TextDecoder('utf-8').decode(await io.readFile(value)));
    } catch (error) {
      return `无法读取 --map 文件「${value}」：${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return parseColumnMap(value);
}

/**
 * How the table was read: each column's role with the header it came from (`columns`, the same
 * form `--map` takes back), the header rows, the period and where it was read, the rows not read
 * as indicators (with why) and the table-level issues.
 */
export function describeReading(reading: TableImport) {
  return {
    columns: reading.columns.map((item) => ({
      column: item.column,
      role: item.role,
      roleLabel: COLUMN_ROLE_LABELS[item.role],
      header: item.header,
      year: item.year,
      source: item.source,
    })),
    map: reading.columns.map((item) => `${item.column}=${item.role}`).join(','),
    headerRows: reading.headerRows,
    period: reading.period,
    rows: reading.fates.filter((fate) => fate.fate !== 'indicator'),
    issues: reading.issues,
  };
}

function readArgs(argv: readonly string[]): ParseArgs | string {
  let file = '';
  let table: PlanTableKind | null = null;
  let planId = 'cli-plan';
  let map: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--table') {
      const value = argv[(index += 1)];
      if (value !== 'main' && value !== 'completion')
        return `--table 只能是 main 或 completion，收到「${value ?? ''}」`;
      table = value;
    } else if (arg === '--plan-id') {
      planId = argv[(index += 1)] ?? planId;
    } else if (arg === '--map') {
      map = argv[(index += 1)] ?? '';
    } else if (arg.startsWith('--')) {
      return `未知选项「${arg}」`;
    } else if (file === '') {
      file = arg;
    } else {
      return `多余的参数「${arg}」`;
    }
  }
  return file === '' ? '缺少要解析的文件' : { file, table, planId, map };
}

/** The JSON printed by `parse`: the bundle, with per-indicator actual and verdict for completion tables. */
export function describeBundle(bundle: PlanBundle) {
  const completion = bundle.plan.tableKind === 'completion' ? completionFields(bundle) : null;
  return {
    plan: bundle.plan,
    indicatorCount: bundle.indicators.length,
    indicators: bundle.indicators.map((indicator) => ({
      id: indicator.id,
      order: indicator.order,
      category: indicator.category,
      name: indicator.name,
      unit: indicator.unit,
      baseRaw: indicator.baseRaw,
      targetRaw: indicator.targetRaw,
      growthRaw: indicator.growthRaw,
      attribute: indicator.attribute,
      direction: indicator.direction,
      targetKind: indicator.target.kind,
      targetKindLabel: TARGET_KIND_LABELS[indicator.target.kind],
      target: indicator.target,
      base: indicator.base,
      remarks: indicator.remarks,
      warnings: indicator.warnings,
      ...completion?.(indicator.id),
    })),
  };
}

/**
 * For completion tables: each indicator's 2020 actual (the level, measure 'value'), the official
 * achieved growth or change, and the official verdict.
 */
function completionFields(bundle: PlanBundle) {
  const levels = new Map<string, ActualValue>();
  const official = new Map<string, ActualValue>();
  for (const value of bundle.actualValues) {
    (value.measure === 'value' ? levels : official).set(value.indicatorId, value);
  }
  const assessments = new Map(bundle.officialAssessments.map((item) => [item.indicatorId, item]));
  return (indicatorId: IndicatorId) => {
    const assessment = assessments.get(indicatorId);
    const actual = levels.get(indicatorId);
    const growth = official.get(indicatorId);
    return {
      actual2020: {
        raw: assessment?.actualRaw ?? '',
        value: actual?.value ?? null,
        year: actual?.year ?? null,
        status: actual?.status ?? null,
      },
      actualGrowthRaw: assessment?.actualGrowthRaw ?? '',
      actualGrowth: growth ? { measure: growth.measure, value: growth.value } : null,
      officialVerdict: assessment?.verdictRaw ? assessment.verdictRaw : null,
    };
  };
}
