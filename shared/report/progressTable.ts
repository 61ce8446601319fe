/**
 * 附表 主要指标进展情况表 (主要指标完成情况表 at the end of the period): one row per indicator with
 * the plan's cells as written (UX.md「Numbers」: raw texts shown exactly), the actual value of each
 * year, time and task progress, the verdict in force and the attribute.
 */
import { attributeLabel } from '../domain/attributeLabel';
import { planYears } from '../domain/plan';
import type { Outlook } from '../evaluation/indicatorEvaluation';
import type { ReportContext } from './reportContext';
import type {
  ReportCell,
  ReportIndicatorData,
  ReportTable,
  ReportTableColumn,
  ReportTableRow,
} from './reportDocument';
import { actualCell, NO_VALUE, numberCell, percentCell, rawCell, textCell } from './tableCells';
import { formatYear } from '../lib/formatNumber';
import { formatCutoff } from './reportFraming';
import { outlookContradictsOverride } from './forecastParagraph';

const ACTUALS_GROUP = '各年实际值';

/** What a column shows for one indicator. */
type ColumnDef = ReportTableColumn & { readonly cell: (entry: ReportIndicatorData) => ReportCell };

/**
 * The years shown: those with any data up to the evaluation year, and the evaluation year itself
 * (≤ target year), so an end-of-term table of 2020 data has no empty 2016–2019 columns.
 */
export function tableYears(context: ReportContext): number[] {
  const last = Math.min(context.year, context.plan.targetYear);
  const withData = new Set<number>([last]);
  for (const entry of context.entries) {
    for (const value of entry.actuals) if (value.measure === 'value') withData.add(value.year);
    for (const value of entry.components) withData.add(value.year);
  }
  return planYears(context.plan).filter((year) => year <= last && withData.has(year));
}

function columnDefs(context: ReportContext): ColumnDef[] {
  const { plan, mode } = context;
  const def = (
    key: string,
    label: string,
    cell: ColumnDef['cell'],
    group: string | null = null,
  ) => ({
    key,
    label,
    group,
    cell,
  });
  const hasCategories = context.entries.some((entry) => entry.indicator.category.trim() !== '');
  return [
    ...(hasCategories ? [def('category', '类别', (e) => textCell(e.indicator.category))] : []),
    def('name', '指标', (e) => textCell(e.indicator.name)),
    def('unit', '单位', (e) => textCell(e.indicator.unit)),
    def('base', `${plan.baseYear}年基期值`, (e) => rawCell(e.indicator.baseRaw)),
    // DOMAIN.md「Revisions and base breaks」: the plan's base and the revised one side by side.
    ...(context.entries.some((entry) => entry.evaluation.baseRevision !== null)
      ? [def('revisedBase', '修订基期值', revisedBaseCell)]
      : []),
    def('target', `${plan.targetYear}年目标值`, (e) => rawCell(e.indicator.targetRaw)),
    def('growth', '年均/累计增长', (e) => rawCell(e.indicator.growthRaw)),
    ...tableYears(context).map((year) =>
      def(`actual:${year}`, `${year}年`, (e) => actualCell(e, year), ACTUALS_GROUP),
    ),
    // At the end of the period time progress is 100% for every row and says nothing.
    ...(mode === 'midterm'
      ? [def('timeProgress', '时间进度', (e) => percentCell(e.evaluation.timeProgress))]
      : []),
    def('taskProgress', mode === 'midterm' ? '任务进度' : '完成进度', (e) =>
      percentCell(e.evaluation.taskProgress),
    ),
    def('verdict', '评价结论', (e) => textCell(verdictText(e))),
    // The outlook for the target year at the pace so far (issue 14, item 6); none at the end
    // of the period, nor when no indicator has a pace to forecast from.
    ...(hasForecast(context)
      ? [def('forecast', `${formatYear(plan.targetYear)}预计`, (e) => textCell(forecastText(e)))]
      : []),
    def('attribute', '属性', (e) => textCell(attributeLabel(e.indicator.attribute))),
  ];
}

function revisedBaseCell({ evaluation }: ReportIndicatorData): ReportCell {
  const revised = evaluation.baseRevision?.revisedBase;
  return revised === undefined ? textCell(NO_VALUE) : numberCell(revised);
}

function verdictText({ evaluation }: ReportIndicatorData): string {
  return evaluation.override === null
    ? evaluation.finalVerdict
    : `${evaluation.finalVerdict}（人工研判）`;
}

function hasForecast(context: ReportContext): boolean {
  if (context.mode !== 'midterm') return false;
  return context.entries.some((entry) => entry.evaluation.outlook !== null);
}

/** Under 「2025年预计」 the outlook in four characters, so the column stays narrow and whole. */
const OUTLOOK_CELLS: Readonly<Record<Outlook, string>> = {
  预计可超额完成: '超额完成',
  预计可如期完成: '如期完成',
  完成难度较大: '难度较大',
};

function forecastText({ evaluation }: ReportIndicatorData): string {
  if (evaluation.outlook === null) return NO_VALUE;
  const text = OUTLOOK_CELLS[evaluation.outlook];
  return outlookContradictsOverride(evaluation) ? `${text}（与研判不一致）` : text;
}

/** Builds the 附表 from the report's context. */
export function progressTable(context: ReportContext): ReportTable {
  const defs = columnDefs(context);
  const rows: ReportTableRow[] = context.entries.map((entry) => ({
    indicatorId: entry.indicator.id,
    category: entry.indicator.category,
    attribute: entry.indicator.attribute,
    verdict: entry.evaluation.finalVerdict,
    isOverridden: entry.evaluation.override !== null,
    cells: defs.map((def) => def.cell(entry)),
  }));
  const notes = [...context.plan.notes];
  notes.push(
    `${context.mode === 'midterm' ? '任务进度' : '完成进度'}为指标自基期值向目标值推进的程度；“—”表示不适用或暂无数据。`,
  );
  if (rows.some((row) => row.isOverridden)) {
    notes.push('评价结论注有“人工研判”的，为评估人员研判后确定的结论。');
  }
  if (hasForecast(context)) {
    const forecast = `${formatYear(context.plan.targetYear)}预计`;
    notes.push(`${forecast}为按当前进度测算的目标年完成预计。`);
    if (context.entries.some((entry) => outlookContradictsOverride(entry.evaluation))) {
      notes.push(`${forecast}注有“与研判不一致”的，评价以人工研判结论为准。`);
    }
  }
  const basis = timeBasisNote(context);
  if (basis !== null) notes.push(basis);
  const unmeasured = context.entries.filter(
    (entry) => entry.evaluation.finalVerdict === '数据不足',
  );
  if (unmeasured.length > 0) {
    const names = unmeasured.map((entry) => entry.indicator.name).join('、');
    notes.push(`暂无权威统计数据、没有测算的指标（${unmeasured.length}项）：${names}。`);
  }
  return {
    title: context.mode === 'midterm' ? '主要指标进展情况表' : '主要指标完成情况表',
    columns: defs.map(({ key, label, group }) => ({ key, label, group })),
    rows,
    notes,
  };
}

/** 时间基准: the data cut-off the evaluator gave, and the year the figures are of. */
function timeBasisNote(context: ReportContext): string | null {
  const cutoff = context.framing.cutoffDate;
  if (context.dataYear === null) return null;
  const year = `${formatYear(context.dataYear)}数据`;
  return cutoff === ''
    ? `时间基准：评价以${year}为准。`
    : `时间基准：数据截至${formatCutoff(cutoff)}，评价以${year}为准。`;
}
