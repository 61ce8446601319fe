/**
 * The forecast of 二 and the 附表's 目标年预计 column (issue 14, items 2 and 6): counts per
 * outlook by the plan's own target year, binding ones 完成难度较大 named, an override the outlook
 * contradicts said so, nothing at the end of the period or without a pace.
 */
import { describe, expect, it } from 'vitest';
import { outlookContradictsOverride } from '../../../shared/report/forecastParagraph';
import { jdzMidtermReport, sectionLines, seedReport } from './reportFixture';
import { annotatedJdzReport } from './reportXlsxFixture';

const forecastLine = (lines: readonly string[]) => lines.find((l) => l.startsWith('按当前进度'));

describe('forecastParagraph', () => {
  it('counts the outlooks to the target year and names the binding ones 完成难度较大', () => {
    expect(forecastLine(sectionLines(jdzMidtermReport(), 'progress'))).toBe(
      '按当前进度测算，可作预计的19项指标中，到2025年7项预计可超额完成，6项预计可如期完成，6项完成难度较大。其中，约束性指标劳动年龄人口平均受教育年限完成难度较大。',
    );
  });

  it('says so when an overridden verdict and the outlook disagree', () => {
    const report = annotatedJdzReport();
    expect(forecastLine(sectionLines(report, 'progress'))).toMatch(
      /。进出口总额经人工研判为符合预期，但按当前进度测算完成难度较大，以人工研判结论为准。$/,
    );
    const trade = report.table.rows.find((row) => row.cells[1]?.text === '进出口总额');
    const forecastAt = report.table.columns.findIndex((column) => column.key === 'forecast');
    expect(trade?.cells[forecastAt]?.text).toBe('难度较大（与研判不一致）');
  });

  it('reads the target year from the plan: 2020 for a 十三五 plan', () => {
    const report = seedReport({ key: 'fz-13c', year: 2019, mode: 'midterm' });
    expect(report.table.columns.find((column) => column.key === 'forecast')?.label).toBe(
      '2020年预计',
    );
    expect(forecastLine(sectionLines(report, 'progress'))).toBe(
      '按当前进度测算，可作预计的1项指标中，到2020年1项完成难度较大。其中，约束性指标单位GDP二氧化碳排放降低完成难度较大。',
    );
  });

  it('has no forecast without a pace, nor at the end of the term', () => {
    const noData = seedReport({ key: 'jdz-14', year: 2022, mode: 'midterm' });
    expect(noData.table.columns.some((column) => column.key === 'forecast')).toBe(false);
    const final = seedReport({ key: 'fz-13c', year: 2020, mode: 'final' });
    expect(final.table.columns.some((column) => column.key === 'forecast')).toBe(false);
    expect(forecastLine(sectionLines(final, 'progress'))).toBeUndefined();
  });
});

describe('outlookContradictsOverride', () => {
  const override = {
    verdict: '符合预期',
    reason: '口径',
    decidedAt: '2023-06-30',
    decidedBy: '评估组',
  } as const;
  const base = { override };
  it('is true only for an override the outlook reads the other way', () => {
    const cases = [
      { ...base, outlook: '完成难度较大', finalVerdict: '符合预期' },
      { ...base, outlook: '预计可如期完成', finalVerdict: '滞后' },
      { ...base, outlook: '预计可超额完成', finalVerdict: '符合预期' },
      { ...base, outlook: null, finalVerdict: '符合预期' },
      { override: null, outlook: '完成难度较大', finalVerdict: '符合预期' },
    ] as const;
    expect(cases.map((c) => outlookContradictsOverride(c))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
