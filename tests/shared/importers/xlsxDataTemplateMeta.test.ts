import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { asPlanId } from '../../../shared/domain/ids';
import { buildDataTemplate } from '../../../shared/importers/xlsxDataTemplateBuild';
import { importDataTemplate } from '../../../shared/importers/xlsxDataTemplateImport';
import type { Problem } from '../../../shared/lib/result';
import { makePlan } from '../../helpers/makeIndicator';
import {
  buildTemplate,
  existing,
  fillCells,
  indicators,
  now,
  openWorkbook,
  plan,
  saveWorkbook,
  years,
} from './xlsxDataTemplateFixture';

const FILE = '填报.xlsx';
const metaWhere = { file: FILE, sheet: '模板信息' };

function errorOf(bytes: Uint8Array): Problem {
  const result = importDataTemplate(bytes, FILE, plan, indicators, existing);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('readTemplateMeta', () => {
  it('refuses a template from another plan, naming both plans', async () => {
    const fuzhou = makePlan({
      id: asPlanId('seed-fz-14'),
      name: '抚州市国民经济和社会发展第十四个五年规划',
    });
    const bytes = await buildDataTemplate(fuzhou, [], [], { years, now });
    expect(errorOf(bytes)).toEqual({
      message:
        '该模板属于规划「抚州市国民经济和社会发展第十四个五年规划」（编号 seed-fz-14），不是当前规划「景德镇市国民经济和社会发展第十四个五年规划」（编号 seed-jdz-14）。请使用从当前规划导出的模板',
      location: metaWhere,
    });
  });

  it('refuses a workbook without the 模板信息 sheet', () => {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([
        ['指标', '2021'],
        ['地区生产总值', 1102.3],
      ]),
      'Sheet1',
    );
    expect(errorOf(saveWorkbook(workbook))).toEqual({
      message:
        '不是本工作台导出的数据填报模板（缺少「模板信息」工作表）。请先导出填报模板，填写后再导入',
      location: { file: FILE },
    });
  });

  it('refuses a 模板信息 sheet of another format', () => {
    expect(errorOf(fillCells(buildTemplate(), { B2: '别的模板' }, '模板信息')).message).toBe(
      '「模板信息」工作表内容不对，不是本工作台导出的数据填报模板',
    );
  });

  it('refuses a template written by a newer version, with the way out', () => {
    expect(errorOf(fillCells(buildTemplate(), { B3: 3 }, '模板信息'))).toEqual({
      message:
        '该模板由新版本的规划评估工作台生成（模板格式第 3 版，本程序只支持到第 2 版），请安装新版本后再导入',
      location: metaWhere,
    });
  });

  it('refuses edited years', () => {
    expect(errorOf(fillCells(buildTemplate(), { B8: '2021年' }, '模板信息')).message).toBe(
      '「模板信息」工作表中的基期年份或填报年份缺失或被修改，无法读取模板',
    );
  });

  it('refuses an edited part-year, or one outside the years', () => {
    const message = '「模板信息」工作表中的年内分期（如「2023年上半年」）被修改，无法读取模板';
    for (const text of ['2022年下半年', '2023年上半年', '']) {
      expect(errorOf(fillCells(buildTemplate(), { B9: text }, '模板信息'))).toEqual({
        message,
        location: metaWhere,
      });
    }
  });

  it('refuses an edited version', () => {
    expect(errorOf(fillCells(buildTemplate(), { B3: '第一版' }, '模板信息')).message).toBe(
      '「模板信息」工作表中的模板格式版本缺失或被修改，无法确认模板格式',
    );
  });

  it('still reads a template whose 模板信息 sheet was unhidden', () => {
    const workbook = openWorkbook(buildTemplate());
    workbook.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 0 }] };
    expect(importDataTemplate(saveWorkbook(workbook), FILE, plan, indicators, existing).ok).toBe(
      true,
    );
  });
});
