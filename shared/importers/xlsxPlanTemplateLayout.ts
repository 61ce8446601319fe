/**
 * The layout of our own plan template (issue 3 item 4「Excel」), shared by the exporter and the
 * importer so both always agree on sheet names, labels and header rows.
 */
import type { Measure } from '../domain/actualValue';
import type { PlanTableKind } from '../domain/plan';

/** Format tag in the 规划信息 sheet: marks a workbook as our plan template. */
export const PLAN_TEMPLATE_FORMAT = 'plan-evaluation-workbench-plan-template';

/** Template format version; a newer template is refused with a way out. */
export const PLAN_TEMPLATE_VERSION = 1;

/** Sheet names. 规划信息 is what makes a workbook our template. */
export const TEMPLATE_SHEETS = {
  indicators: '指标表',
  meta: '规划信息',
  actuals: '实际值',
  warnings: '导入提示',
} as const;

/** Labels of column A of the 规划信息 sheet. Notes are rows 注1, 注2, … one note per row. */
export const META_LABELS = {
  format: '模板格式',
  version: '模板版本',
  name: '规划名称',
  region: '地区',
  level: '行政级别',
  periodLabel: '规划期',
  baseYear: '基期年份',
  targetYear: '目标年份',
  tableKind: '表格类型',
  note: '注',
} as const;

/** Header of the 实际值 sheet. */
export const ACTUALS_HEADER = ['序号', '指标', '年份', '口径', '数值', '数据状态', '来源', '说明'];

/** Header of the 导入提示 sheet. */
export const WARNINGS_HEADER = ['序号', '指标', '提示', '原行号', '列', '单元格内容'];

/** How the 实际值 sheet names each measure. */
export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  value: '指标值',
  growth: '当年增速(%)',
  averageGrowth: '年均增速(%)',
  cumulativeChange: '累计变化',
  firstHalfValue: '上半年指标值',
  firstHalfGrowth: '上半年增速(%)',
  firstThreeQuartersValue: '前三季度指标值',
  firstThreeQuartersGrowth: '前三季度增速(%)',
};

/** The two header rows of the 指标表 sheet and the horizontal merges of the top row. */
export type TemplateHeader = {
  readonly top: readonly string[];
  readonly bottom: readonly string[];
  /** [first, last] 0-based columns of each group label spanning several columns. */
  readonly groups: readonly (readonly [number, number])[];
};

const TRAILING = ['属性', '方向', '责任单位', '备注'];

/**
 * The two-row header of the 指标表 sheet, as in the documents: a year over 基期值 / 目标值, and for a
 * completion table the target year over 实际数 and 目标值 and the growth over 实际 and 规划. A bottom
 * cell equal to the top one is a column merged down both rows.
 */
export function templateHeader(
  kind: PlanTableKind,
  baseYear: number,
  targetYear: number,
): TemplateHeader {
  const lead = ['序号', '类别', '指标（含单位）'];
  const growth = '年均/累计增长(%)';
  if (kind === 'main') {
    const top = [...lead, `${baseYear}年`, `${targetYear}年`, growth, ...TRAILING];
    const bottom = [...lead, '基期值', '目标值', growth, ...TRAILING];
    return { top, bottom, groups: [] };
  }
  const target = `${targetYear}年`;
  const top = [...lead, `${baseYear}年`, target, target, growth, growth, '完成情况', ...TRAILING];
  const bottom = [...lead, '基期值', '实际数', '目标值', '实际', '规划', '完成情况', ...TRAILING];
  return {
    top,
    bottom,
    groups: [
      [4, 5],
      [6, 7],
    ],
  };
}
