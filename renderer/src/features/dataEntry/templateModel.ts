import type { ItemProgressPreview } from '../../../../shared/importers/xlsxDepartmentItemsImport';
import type { ActualValue } from '../../../../shared/domain/actualValue';
import { MEASURE_NAMES } from '../../../../shared/domain/measurePeriod';
import type { Indicator } from '../../../../shared/domain/indicator';
import type { Plan } from '../../../../shared/domain/plan';
import { planYears } from '../../../../shared/domain/plan';
import type {
  TemplateCellEntry,
  TemplatePreview,
} from '../../../../shared/importers/xlsxDataTemplateImport';
import { periodLabel } from '../../../../shared/importers/xlsxDataTemplateShape';
import type { TemplateCutOff } from '../../../../shared/importers/xlsxDataTemplateShape';
import type { ValueChange } from '../../db/repositories/actualValuesRepository';

/** The departments (责任单位) of a plan's indicators, in table order, each once. */
export function templateDepartments(indicators: readonly Indicator[]): string[] {
  const sorted = [...indicators].sort((a, b) => a.order - b.order);
  const names = sorted.flatMap((indicator) => indicator.departments.map((name) => name.trim()));
  return [...new Set(names.filter((name) => name !== ''))];
}

/** The years of a template: the base year (to collect revised base values) and the period. */
export function templateYears(plan: Pick<Plan, 'baseYear' | 'targetYear'>): number[] {
  return [plan.baseYear, ...planYears(plan)];
}

/** 「<规划名称>_<责任单位或全部指标>_填报模板.xlsx」, without characters Windows refuses. */
export function templateFileName(planName: string, department: string): string {
  const scope = department.trim() === '' ? '全部指标' : department.trim();
  return `${planName}_${scope}_填报模板.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
}

/** One row of the import preview table. */
export type PreviewRow = {
  readonly key: string;
  readonly kind: TemplateCellEntry['kind'];
  readonly indicatorName: string;
  readonly year: number;
  /** 「水平值」「增速」「上半年增速」: what the cell holds. */
  readonly measure: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly status: string;
  /** The reason of an invalid cell; '' otherwise. */
  readonly reason: string;
  /** 「工作表「数据填报」，第 5 行，「2021年（填报）」列」 */
  readonly where: string;
};

/** The preview rows worth showing: new, changed and invalid cells (invalid first). */
export function previewRows(preview: TemplatePreview): PreviewRow[] {
  const shown = preview.entries.filter((entry) => entry.kind !== 'unchanged');
  const rank = { invalid: 0, changed: 1, new: 2, unchanged: 3 } as const;
  return shown.sort((a, b) => rank[a.kind] - rank[b.kind]).map(toPreviewRow);
}

function toPreviewRow(entry: TemplateCellEntry): PreviewRow {
  return {
    key: `${entry.address}|${entry.location.line ?? ''}|${entry.year}|${entry.measure}`,
    kind: entry.kind,
    indicatorName: entry.indicatorName,
    year: entry.year,
    measure: MEASURE_NAMES[entry.measure],
    before: entry.before?.value ?? null,
    after: entry.after?.value ?? null,
    status: entry.after?.status ?? '',
    reason: entry.reason ?? '',
    where: describeWhere(entry),
  };
}

function describeWhere(entry: TemplateCellEntry): string {
  // Concatenated directly: this runs for each of up to 10,000 preview rows (issue 16).
  const { sheet, line, column } = entry.location;
  let where = sheet ? `工作表「${sheet}」` : '';
  if (line) where += `${where ? '，' : ''}第 ${line} 行`;
  if (column) where += `${where ? '，' : ''}「${column}」列`;
  return `${where}（${entry.address}）`;
}

/** 「2023年上半年」 as the export dialog lists a cut-off. */
export function cutOffLabel(cutOff: TemplateCutOff): string {
  return periodLabel(cutOff.year, cutOff.period);
}

/** Whether the preview may be applied: something to write, and no invalid cell unless allowed. */
export function canApplyPreview(preview: TemplatePreview, allowInvalid: boolean): boolean {
  if (preview.toWrite.length === 0) return false;
  return preview.counts.invalid === 0 || allowInvalid;
}

/** What an import writes: cells and item rows, and how many of each are invalid. */
export function importTotals(pending: {
  readonly preview: TemplatePreview;
  readonly items: ItemProgressPreview | null;
}): { toWrite: number; invalid: number; label: string } {
  const cells = pending.preview.toWrite.length;
  const items = pending.items?.toWrite.length ?? 0;
  const label = items > 0 ? `${cells} 个单元格和 ${items} 项任务进展` : `${cells} 个单元格`;
  const invalid = pending.preview.counts.invalid + (pending.items?.counts.invalid ?? 0);
  return { toWrite: cells + items, invalid, label };
}

/** Whether an import may be applied: something to write, nothing invalid unless allowed. */
export function canApplyImport(
  pending: { readonly preview: TemplatePreview; readonly items: ItemProgressPreview | null },
  allowInvalid: boolean,
): boolean {
  const totals = importTotals(pending);
  return totals.toWrite > 0 && (totals.invalid === 0 || allowInvalid);
}

/** The repository changes of a preview's values to write. */
export function previewChanges(toWrite: readonly ActualValue[]): ValueChange[] {
  return toWrite.map(({ indicatorId, year, measure, value, status, source, note }) => ({
    indicatorId,
    year,
    measure,
    next: { value, status, source, note },
  }));
}

/** Labels of the cell kinds, as the preview shows them. */
export const KIND_LABELS: Readonly<Record<TemplateCellEntry['kind'], string>> = {
  new: '新增',
  changed: '修改',
  unchanged: '未变',
  invalid: '无效',
};
