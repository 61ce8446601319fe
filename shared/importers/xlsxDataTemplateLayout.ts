/**
 * The layout of the department data-entry template (issue 5「Department templates」), shared by
 * the builder and the importer so both always agree on sheet names, rows and headers.
 */
import type { ValueStatus } from '../domain/actualValue';
import { DEFAULT_VALUE_STATUS } from '../domain/defaultValueStatus';
import type { OpenWorkbookOptions } from './xlsxOpenWorkbook';

/** Format tag stored in the 模板信息 sheet. */
export const DATA_TEMPLATE_FORMAT = 'plan-evaluation-workbench-data-template';

/**
 * Template format version; a newer template is refused with a way out. Version 2 (decision 0045)
 * has a 数值, an 增速(%) and a 状态 column under each year and an optional 上半年 or 前三季度
 * block; version 1 (one 数值 and one 状态 column per year) is still read.
 */
export const DATA_TEMPLATE_VERSION = 2;

/** The sheet users fill in. */
export const DATA_SHEET_NAME = '数据填报';

/** The hidden sheet holding the plan id, version, years and the indicator ids of the rows. */
export const META_SHEET_NAME = '模板信息';

/** Files larger than this are refused before parsing: a filled template is a few hundred KB. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

/** How a filled template is opened: the size limit and the data-entry importer's own wording. */
export const TEMPLATE_OPEN_OPTIONS: OpenWorkbookOptions = {
  maxBytes: MAX_TEMPLATE_BYTES,
  messages: {
    empty: '文件是空的，请确认选择了填好的数据填报模板',
    tooLarge: (size, limit) =>
      `文件大小为 ${size} MB，超过 ${limit} MB 的上限，不像是数据填报模板，已拒绝读取。请确认选择了正确的文件`,
    reservedSheetName: '工作簿中有名为「__proto__」的工作表，不是本工作台导出的模板，已拒绝导入',
  },
};

/** The status of a newly filled value whose status cell is blank: the one default of the app. */
export const DEFAULT_NEW_STATUS: ValueStatus = DEFAULT_VALUE_STATUS;

/** Header of the hidden id column (A), which matches rows even when names are edited. */
export const ID_HEADER = '指标编号（请勿修改）';

/** Number of fixed columns before the year columns: 编号, 类别, 指标名称, 单位, 责任单位, 基期值. */
export const FIXED_COLUMN_COUNT = 6;

/** Marker in the header of the columns to fill. */
export const INPUT_MARK = '（填报）';

/** Meta sheet keys (column A of 模板信息). */
export const META_KEYS = {
  format: '模板格式',
  version: '模板格式版本',
  planId: '规划编号',
  planName: '规划名称',
  baseYear: '基期年份',
  department: '责任单位',
  years: '填报年份',
  createdAt: '生成时间',
  cutOff: '年内分期',
  indicatorId: '指标编号',
} as const;

/** The fixed headers: the hidden id, 类别, 指标名称, 单位, 责任单位 and the base value. */
export function fixedHeaders(baseYear: number): string[] {
  return [ID_HEADER, '类别', '指标名称', '单位', '责任单位', `${baseYear}年基期值`];
}

/**
 * The instructions row: which cells to fill, units, statuses allowed, what not to touch.
 * `periods` are the block labels, e.g. 2021年、2022年、2023年上半年.
 */
export function instructionText(periods: readonly string[]): string {
  return [
    `填报说明：请只在表头标有「${INPUT_MARK}」的列中填写 ${periods.join('、')} 的数值、增速和状态。`,
    '「数值」填指标本身的水平值，「增速(%)」填比上年同期增长的百分比（地区生产总值等按可比价），有哪项填哪项；',
    '只填数字，单位以「单位」列为准，可带千分位逗号或百分号，不要填写文字；',
    `状态对该期的数值和增速都适用，可从下拉列表选择 预计数、快报数、年报数、核实数（也可填「年报」等简称），留空时已有数据保留原状态、新填数据按「${DEFAULT_NEW_STATUS}」处理（与在工作台中直接录入时相同）；`,
    '单元格留空不会清除已有数据。',
    '请勿修改表头、插入或删除列、合并单元格，也不要改动隐藏的 A 列（指标编号）和「模板信息」工作表。',
  ].join('');
}
