/**
 * The report's 整改任务分工表 is the domain draft laid out (issue 13 and 14): the rows the evaluator
 * completed come first as stored, lagging indicators not yet listed follow with the suggested
 * measure, and a report work item matches a stored row by its title.
 */
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../shared/domain/followUp';
import { asWorkItemId } from '../../../shared/domain/ids';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { parseActualsCsv } from '../../../shared/importers/actualsCsv';
import { buildReport } from '../../../shared/report/buildReport';
import type { ReportWorkItem } from '../../../shared/report/reportWorkItem';
import { JDZ_ACTUALS_CSV, seedBundle } from './reportFixture';

function report(followUps: readonly FollowUp[], workItems: readonly ReportWorkItem[] = []) {
  const bundle = seedBundle('jdz-14');
  const parsed = parseActualsCsv(JDZ_ACTUALS_CSV, bundle.indicators);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const data = {
    ...bundle,
    actualValues: [...bundle.actualValues, ...parsed.value.values],
    componentActuals: parsed.value.components,
  };
  const options = { year: 2022, mode: 'midterm' as const };
  return buildReport(data, evaluatePlan(data, options), { ...options, followUps, workItems });
}

const RD = seedBundle('jdz-14').indicators.find((i) => i.name === '研发经费支出')!;

function stored(order: number, patch: Partial<FollowUp>): FollowUp {
  return {
    id: `fu-${order}`,
    scopeId: 'seed-jdz-14',
    year: 2022,
    order,
    subject: { type: 'indicator', indicatorId: RD.id },
    title: '研发经费支出',
    problem: '',
    lead: '',
    measure: '',
    deadline: '',
    ...patch,
  };
}

describe('followUpTable', () => {
  it('lays out the stored rows first, then the lagging indicators not yet listed', () => {
    const rows = report([
      stored(1, { lead: '市科技局', measure: '落实研发费用加计扣除', deadline: '2024年底前' }),
      stored(2, {
        subject: { type: 'workItem', itemId: asWorkItemId('x/1') },
        title: '4. 深入推进城镇污水垃圾处理',
        lead: '市住房城乡建设局',
        measure: '加快雨污分流工程',
        deadline: '2023年底前',
      }),
    ]).followUp.rows;
    expect(rows.slice(0, 3)).toEqual([
      ['1', '研发经费支出', '市科技局', '落实研发费用加计扣除', '2024年底前'],
      ['2', '4. 深入推进城镇污水垃圾处理', '市住房城乡建设局', '加快雨污分流工程', '2023年底前'],
      [
        '3',
        '劳动年龄人口平均受教育年限（约束性）',
        '待明确',
        expect.stringContaining('；分析滞后原因，制定针对性措施') as unknown as string,
        '2025年底前',
      ],
    ]);
    expect(rows.map((row) => row[1])).toEqual([
      '研发经费支出',
      '4. 深入推进城镇污水垃圾处理',
      '劳动年龄人口平均受教育年限（约束性）',
      '固定资产投资增速',
      '常住人口城镇化率',
      '进出口总额',
      '实际利用外资',
    ]);
  });

  it('adds lagging report items after the indicators, one row for an item already stored', () => {
    const reportItem = (
      id: string,
      title: string,
      leads: readonly string[],
      status: ReportWorkItem['status'],
    ): ReportWorkItem => ({
      itemId: asWorkItemId(id),
      kind: '任务',
      number: id.split('/')[1] ?? '',
      title,
      area: '',
      leads,
      status,
      plannedInvestment: null,
      investmentDone: null,
    });
    const items: ReportWorkItem[] = [
      reportItem('x/1', '景德镇名城保护', [], '未启动'),
      reportItem('x/2', '污水处理', ['市住建局'], '滞后'),
      reportItem('x/3', '森林修复', ['市林业局'], '已完成'),
    ];
    const done = stored(1, {
      subject: { type: 'workItem', itemId: asWorkItemId('x/2') },
      title: '2. 污水处理',
      lead: '市住建局',
      measure: '加快雨污分流工程',
    });
    const rows = report([done], items).followUp.rows;
    expect(rows[0]).toEqual(['1', '2. 污水处理', '市住建局', '加快雨污分流工程', '']);
    expect(rows.at(-1)).toEqual([
      '8',
      '1. 景德镇名城保护',
      '待明确',
      '加快前期工作，尽早开工实施',
      '2025年底前',
    ]);
    expect(rows.filter((row) => row[1] === '2. 污水处理')).toHaveLength(1);
  });
});
