import type { ActualValue } from '../../shared/domain/actualValue';
import type { IndicatorId } from '../../shared/domain/ids';
import { TARGET_KIND_LABELS } from '../../shared/domain/target';
import type { PlanTableKind } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import { formatProblem } from '../../shared/lib/result';
import type { CliIo } from '../io';
import { loadPlanFile } from '../loadPlanFile';

const USAGE =
  '用法：parse <文件.txt|文件.xlsx> [--table main|completion] [--plan-id 规划编号] [--region 地区名称]';

type ParseArgs = {
  file: string;
  table: PlanTableKind | null;
  planId: string;
  region: string | null;
};

/**
 * `parse <file> [--table main|completion]`: imports the table from a text file or an Excel workbook
 * (.xlsx: our plan template or a document-style table, see xlsxPlanWorkbook) and prints the
 * PlanBundle as JSON, each indicator with its raw cells, target kind, numbers and warnings, and
 * for completion tables its 2020 actual and official verdict. Errors go to stderr in Chinese.
 */
export async function parseCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = readArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`${args}\n${USAGE}\n`);
    return 2;
  }
  const result = await loadPlanFile(
    args.file,
    {
      planId: args.planId,
      ...(args.table ? { table: args.table } : {}),
      ...(args.region ? { region: args.region } : {}),
    },
    io,
  );
  if (!result.ok) {
    io.stderr(`解析失败：${formatProblem(result.error)}\n`);
    return 1;
  }
  io.stdout(`${JSON.stringify(describeBundle(result.value), null, 2)}\n`);
  return 0;
}

function readArgs(argv: readonly string[]): ParseArgs | string {
  let file = '';
  let table: PlanTableKind | null = null;
  let planId = 'cli-plan';
  let region: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--table') {
      const value = argv[(index += 1)];
      if (value !== 'main' && value !== 'completion')
        return `--table 只能是 main 或 completion，收到「${value ?? ''}」`;
      table = value;
    } else if (arg === '--plan-id') {
      planId = argv[(index += 1)] ?? planId;
    } else if (arg === '--region') {
      region = argv[(index += 1)]?.trim() || null;
    } else if (arg.startsWith('--')) {
      return `未知选项「${arg}」`;
    } else if (file === '') {
      file = arg;
    } else {
      return `多余的参数「${arg}」`;
    }
  }
  return file === '' ? '缺少要解析的文件' : { file, table, planId, region };
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
