import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildDataTemplate } from '../../../shared/importers/xlsxDataTemplateBuild';
import { instructionText } from '../../../shared/importers/xlsxDataTemplateLayout';
import {
  buildTemplate,
  indicators,
  openWorkbook,
  plan,
  sheetRows,
} from './xlsxDataTemplateFixture';

// Two header rows: each year over its 数值, 增速(%) and 状态 (the year cell merged over three).
const HEADER = [
  '指标编号（请勿修改）',
  '类别',
  '指标名称',
  '单位',
  '责任单位',
  '2020年基期值',
  '2021年（填报）',
  null,
  null,
  '2022年（填报）',
];
const SUB_HEADER = [
  null,
  null,
  null,
  null,
  null,
  null,
  '数值',
  '增速(%)',
  '状态',
  '数值',
  '增速(%)',
  '状态',
];

describe('buildDataTemplate', () => {
  it('writes title, instructions, header and one row per indicator with existing values', () => {
    expect(sheetRows(buildTemplate(), '数据填报')).toEqual([
      [null, '景德镇市国民经济和社会发展第十四个五年规划主要指标年度数据填报表（全部指标）'],
      [null, instructionText(['2021年', '2022年'])],
      HEADER,
      SUB_HEADER,
      // The level (快报数) and the growth (核实数) differ in status: the status cell stays blank.
      [
        'seed-jdz-14/001',
        '综合质效',
        '地区生产总值（GDP）',
        '亿元',
        '市统计局、市发改委',
        957.14,
        1102.3,
        8.1,
      ],
      ['seed-jdz-14/002', '综合质效', '规模以上工业增加值增速', '%', '市工信局', '[7.66]'],
      ['seed-jdz-14/003', '创新驱动', '每万人口高价值发明专利拥有量', '件', null, 5.8],
      [
        'seed-jdz-14/004',
        '民生福祉',
        '城镇登记失业率',
        '%',
        '市人社局、市统计局',
        3.12,
        3.2,
        null,
        '年报数',
      ],
    ]);
  });

  it('explains which cells to fill, units and the statuses allowed', () => {
    expect(instructionText(['2021年', '2022年', '2023年上半年'])).toBe(
      '填报说明：请只在表头标有「（填报）」的列中填写 2021年、2022年、2023年上半年 的数值、增速和状态。「数值」填指标本身的水平值，「增速(%)」填比上年同期增长的百分比（地区生产总值等按可比价），有哪项填哪项；只填数字，单位以「单位」列为准，可带千分位逗号或百分号，不要填写文字；状态对该期的数值和增速都适用，可从下拉列表选择 预计数、快报数、年报数、核实数（也可填「年报」等简称），留空时已有数据保留原状态、新填数据按「快报数」处理（与在工作台中直接录入时相同）；单元格留空不会清除已有数据。请勿修改表头、插入或删除列、合并单元格，也不要改动隐藏的 A 列（指标编号）和「模板信息」工作表。',
    );
  });

  it('keeps only the department’s indicators when a department is given', () => {
    const rows = sheetRows(buildTemplate('市统计局'), '数据填报');
    expect(rows[0]).toEqual([
      null,
      '景德镇市国民经济和社会发展第十四个五年规划主要指标年度数据填报表（市统计局）',
    ]);
    expect(rows.slice(4).map((row) => row[2])).toEqual(['地区生产总值（GDP）', '城镇登记失业率']);
  });

  it('records plan id, version, years and row ids in a hidden 模板信息 sheet', () => {
    const bytes = buildTemplate('市人社局');
    expect(sheetRows(bytes, '模板信息')).toEqual([
      ['项目', '内容'],
      ['模板格式', 'plan-evaluation-workbench-data-template'],
      ['模板格式版本', 2],
      ['规划编号', 'seed-jdz-14'],
      ['规划名称', '景德镇市国民经济和社会发展第十四个五年规划'],
      ['基期年份', 2020],
      ['责任单位', '市人社局'],
      ['填报年份', '2021,2022'],
      ['年内分期', '无'],
      ['生成时间', '2026-11-22T02:00:00.000Z'],
      ['指标编号', 'seed-jdz-14/004'],
    ]);
    const workbook = XLSX.read(bytes, { type: 'array', cellStyles: true });
    expect(workbook.SheetNames).toEqual(['数据填报', '模板信息']);
    expect(workbook.Workbook?.Sheets?.map((sheet) => sheet.Hidden)).toEqual([0, 1]);
    expect(workbook.Sheets['数据填报']?.['!cols']?.[0]?.hidden).toBe(true);
  });

  it('writes an xlsx (zip) file', async () => {
    const bytes = await buildDataTemplate(plan, indicators, [], {
      years: [2021],
      now: new Date(0),
    });
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(openWorkbook(bytes).SheetNames).toEqual(['数据填报', '模板信息']);
  });
});
