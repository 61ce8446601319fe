import { describe, expect, it } from 'vitest';
import { importDataTemplate } from '../../../../shared/importers/xlsxDataTemplateImport';
import type { TemplatePreview } from '../../../../shared/importers/xlsxDataTemplateImport';
import {
  canApplyPreview,
  cutOffLabel,
  previewChanges,
  previewRows,
  templateDepartments,
  templateFileName,
  templateYears,
} from '../../../../renderer/src/features/dataEntry/templateModel';
import {
  buildTemplate,
  existing,
  fillCells,
  indicators,
  plan,
} from '../../../shared/importers/xlsxDataTemplateFixture';

function previewOf(edits: Record<string, string | number | null>): TemplatePreview {
  const result = importDataTemplate(
    fillCells(buildTemplate(), edits),
    '市统计局填报.xlsx',
    plan,
    indicators,
    existing,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('templateDepartments', () => {
  it('lists each department once in table order, skipping blanks', () => {
    expect(templateDepartments(indicators)).toEqual([
      '市统计局',
      '市发改委',
      '市工信局',
      '市人社局',
    ]);
  });

  it('is empty when no indicator has a department', () => {
    expect(templateDepartments(indicators.map((i) => ({ ...i, departments: [' '] })))).toEqual([]);
  });
});

describe('templateYears and templateFileName', () => {
  it('includes the base year so revised base values can be collected', () => {
    expect(templateYears(plan)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('names the file after the plan and the department', () => {
    expect(templateFileName(plan.name, '市统计局')).toBe(
      '景德镇市国民经济和社会发展第十四个五年规划_市统计局_填报模板.xlsx',
    );
    expect(templateFileName('规划', '')).toBe('规划_全部指标_填报模板.xlsx');
    expect(templateFileName('A/B', '局:处')).toBe('A_B_局_处_填报模板.xlsx');
  });
});

describe('cutOffLabel', () => {
  it('names a part-year as the export dialog lists it', () => {
    expect(cutOffLabel({ year: 2023, period: 'firstHalf' })).toBe('2023年上半年');
  });
});

describe('previewRows', () => {
  it('lists invalid cells first, then changed and new ones, with where they are', () => {
    const preview = previewOf({ G5: 1192.6, J5: 1250, H6: 7.2, J7: '约 7' });
    expect(preview.counts).toEqual({ new: 2, changed: 1, unchanged: 2, invalid: 1 });
    expect(
      previewRows(preview).map((r) => [
        r.kind,
        r.indicatorName,
        r.year,
        r.measure,
        r.before,
        r.after,
        r.where,
      ]),
    ).toEqual([
      [
        'invalid',
        '每万人口高价值发明专利拥有量',
        2022,
        '水平值',
        null,
        null,
        '工作表「数据填报」，第 7 行，「2022年数值」列（J7）',
      ],
      [
        'changed',
        '地区生产总值（GDP）',
        2021,
        '水平值',
        1102.3,
        1192.6,
        '工作表「数据填报」，第 5 行，「2021年数值」列（G5）',
      ],
      [
        'new',
        '地区生产总值（GDP）',
        2022,
        '水平值',
        null,
        1250,
        '工作表「数据填报」，第 5 行，「2022年数值」列（J5）',
      ],
      [
        'new',
        '规模以上工业增加值增速',
        2021,
        '增速',
        null,
        7.2,
        '工作表「数据填报」，第 6 行，「2021年增速(%)」列（H6）',
      ],
    ]);
    expect(previewRows(preview)[0]?.reason).toBe(
      '「约 7」不是数值：请只填写数字，可带千分位逗号或百分号',
    );
  });
});

describe('canApplyPreview', () => {
  it('refuses a preview with invalid cells unless the user allows it', () => {
    const preview = previewOf({ J5: 1250, J7: '约 7' });
    expect(canApplyPreview(preview, false)).toBe(false);
    expect(canApplyPreview(preview, true)).toBe(true);
  });

  it('applies a clean preview, and nothing when there is nothing to write', () => {
    expect(canApplyPreview(previewOf({ J5: 1250 }), false)).toBe(true);
    expect(canApplyPreview(previewOf({}), true)).toBe(false);
  });
});

describe('previewChanges', () => {
  it('turns the values to write into repository changes, keeping source and note', () => {
    const preview = previewOf({ G5: 1192.6 });
    expect(previewChanges(preview.toWrite)).toEqual([
      {
        indicatorId: 'seed-jdz-14/001',
        year: 2021,
        measure: 'value',
        next: { value: 1192.6, status: '快报数', source: '市统计局', note: '快报' },
      },
    ]);
  });
});
