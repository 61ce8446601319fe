import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { readTemplateActuals } from '../../../shared/importers/xlsxDataTemplateActuals';
import { buildTemplate, existing, fillCells, indicators, plan } from './xlsxDataTemplateFixture';

const bundle: PlanBundle = { plan, indicators, actualValues: existing, officialAssessments: [] };

describe('readTemplateActuals', () => {
  it('returns every filled value of the template', () => {
    const bytes = fillCells(buildTemplate(), { J5: '1,192.6', L5: '年报数' });
    expect(readTemplateActuals(bytes, '填报.xlsx', bundle)).toEqual({
      ok: true,
      value: [
        existing[0],
        existing[2],
        {
          indicatorId: 'seed-jdz-14/001',
          year: 2022,
          measure: 'value',
          value: 1192.6,
          status: '年报数',
          source: '',
          note: '',
        },
        existing[1],
      ],
      warnings: [],
    });
  });

  it('fails on any invalid cell, naming the first one and the count', () => {
    const bytes = fillCells(buildTemplate(), { J5: '约1200', K6: 'abc' });
    expect(readTemplateActuals(bytes, '填报.xlsx', bundle)).toEqual({
      ok: false,
      error: {
        message:
          '模板中有 2 个单元格无法读取，请改正后再试。第一个：文件「填报.xlsx」，工作表「数据填报」，第 5 行，「2022年数值」列，内容「约1200」：「约1200」不是数值：请只填写数字，可带千分位逗号或百分号',
        location: {
          file: '填报.xlsx',
          sheet: '数据填报',
          line: 5,
          column: '2022年数值',
          cellText: '约1200',
        },
      },
    });
  });

  it('passes file errors through', () => {
    const result = readTemplateActuals(new Uint8Array(3), '填报.xlsx', bundle);
    expect(result.ok || result.error.message).toBe(
      '不是 Excel 工作簿（.xlsx），文件可能已损坏或选错了文件',
    );
  });
});
