import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { jdzMidtermReport, seedReport } from './reportFixture';
import { annotatedJdzReport } from './reportXlsxFixture';

describe('progressTable', () => {
  it('lays out the mid-term table with the years that have data', () => {
    const table = jdzMidtermReport().table;
    expect(table.title).toBe('主要指标进展情况表');
    expect(table.columns.map((column) => column.label)).toEqual([
      '类别',
      '指标',
      '单位',
      '2020年基期值',
      '2025年目标值',
      '年均/累计增长',
      '2021年',
      '2022年',
      '时间进度',
      '任务进度',
      '评价结论',
      '2025年预计',
      '属性',
    ]);
    expect(table.columns.filter((column) => column.group).map((column) => column.key)).toEqual([
      'actual:2021',
      'actual:2022',
    ]);
    expect(table.rows).toHaveLength(31);
    const texts = (id: string) =>
      table.rows.find((row) => row.indicatorId === asIndicatorId(id))?.cells.map((c) => c.text);
    expect(texts('seed-jdz-14/001')).toEqual([
      '综合质效',
      '地区生产总值（GDP）',
      '亿元',
      '957.14',
      '1200',
      '7左右',
      '1102.3',
      '1192.6',
      '40.0%',
      '37.3%',
      '符合预期',
      '超额完成',
      '预期性',
    ]);
    expect(texts('seed-jdz-14/011')?.slice(6, 8)).toEqual(['6.9:42.6:50.5', '6.8:42:51.2']);
    expect(texts('seed-jdz-14/013')?.slice(3, 10)).toEqual([
      '68.05*',
      '—',
      '[3左右]',
      '65.6',
      '66.1',
      // The 2019 base counts from 2019: 3 of 6 years (issue 12, item 5).
      '50.0%',
      '-65.0%',
    ]);
    expect(table.notes.at(0)).toBe('2020 年基期值均为预期数');
    expect(table.notes).toContain(
      '任务进度为指标自基期值向目标值推进的程度；“—”表示不适用或暂无数据。',
    );
    expect(table.notes).toContain('时间基准：评价以2022年数据为准。');
    // Method notes follow (shared/report/methodNotes.ts): thresholds last.
    expect(table.notes.at(-1)?.startsWith('评价阈值：快于预期：进度比R不低于120%')).toBe(true);
  });

  it('shows the revised base beside the plan base, and the cut-off the evaluator gave', () => {
    const report = annotatedJdzReport();
    const table = report.table;
    expect(table.columns.map((column) => column.label).slice(3, 6)).toEqual([
      '2020年基期值',
      '修订基期值',
      '2025年目标值',
    ]);
    const urbanisation = table.rows.find((row) => row.indicatorId === 'seed-jdz-14/013');
    expect(urbanisation?.cells.slice(3, 5).map((cell) => [cell.text, cell.value])).toEqual([
      ['68.05*', null],
      ['65.02', 65.02],
    ]);
    expect(table.rows[0]?.cells[4]?.text).toBe('—');
    expect(table.notes).toContain(
      '常住人口城镇化率的规划基期值与实际数据可能不可比，已按修订基期值评价（“修订基期值”一栏）。',
    );
  });

  it('marks overrides and drops empty columns at the end of the period', () => {
    const overrides = new Map([
      [
        'seed-jdz-13c/002',
        {
          verdict: '基本完成' as const,
          reason: '受减税降费政策影响',
          decidedAt: '2026-11-22T02:00:00.000Z',
          decidedBy: '评估组',
        },
      ],
    ]);
    const table = seedReport({ key: 'jdz-13c', year: 2020, mode: 'final', overrides }).table;
    expect(table.title).toBe('主要指标完成情况表');
    expect(table.columns.map((column) => column.key)).toEqual([
      'name',
      'unit',
      'base',
      'target',
      'growth',
      'actual:2019',
      'actual:2020',
      'taskProgress',
      'verdict',
      'attribute',
    ]);
    const row = table.rows[1];
    expect(row?.cells.map((cell) => cell.text)).toEqual([
      '财政总收入',
      '亿元',
      '111.6',
      '180',
      '10',
      '—',
      '140.27',
      '47.0%',
      '基本完成（人工研判）',
      '预期性',
    ]);
    expect(row?.isOverridden).toBe(true);
    expect(table.notes).toContain('评价结论注有“人工研判”的，为评估人员研判后确定的结论。');
    expect(table.notes).toContain('时间基准：评价以2020年数据为准。');
    expect(table.notes).toContain(
      '暂无权威统计数据、没有测算的指标（1项）：单位GDP二氧化碳排放降低。',
    );
  });
});
