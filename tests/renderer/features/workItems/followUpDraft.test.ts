/**
 * The editing screen and the report draft the same 整改任务分工表 (issue 13): the screen's draft of
 * 景德镇 2022 has the report's six lagging indicators in the report's order with the report's
 * measures, then the lagging tasks of 004.
 */
import { describe, expect, it } from 'vitest';
import { asWorkItemId, asWorkItemListId } from '../../../../shared/domain/ids';
import type { ProgressStatus } from '../../../../shared/domain/workItemProgress';
import { parseActualsCsv } from '../../../../shared/importers/actualsCsv';
import { draftFollowUpTable } from '../../../../renderer/src/features/workItems/followUpDraft';
import type { WorkItemProgressRow } from '../../../../renderer/src/db/rows';
import {
  jdzMidtermReport,
  JDZ_ACTUALS_CSV,
  seedBundle,
} from '../../../shared/report/reportFixture';
import { readWorkItemSeed } from '../../../helpers/workItemSeeds';

const TASKS = readWorkItemSeed('seed-jdz-cjjjd-2021');

function progress(n: number, status: ProgressStatus): WorkItemProgressRow {
  return {
    listId: asWorkItemListId('seed-jdz-cjjjd-2021'),
    itemId: asWorkItemId(`seed-jdz-cjjjd-2021/${String(n).padStart(3, '0')}`),
    year: 2022,
    span: '全年',
    status,
    shareDone: null,
    text: '',
    investmentDone: null,
    source: '',
    reporter: '',
  };
}

describe('draftFollowUpTable', () => {
  it('drafts the report’s lagging indicators, then the 滞后 and 未启动 tasks of the year', () => {
    const bundle = seedBundle('jdz-14');
    const parsed = parseActualsCsv(JDZ_ACTUALS_CSV, bundle.indicators);
    if (!parsed.ok) throw new Error(parsed.error.message);
    let next = 0;
    const rows = draftFollowUpTable({
      scopeId: bundle.plan.id,
      year: 2022,
      plan: bundle.plan,
      indicators: bundle.indicators,
      actuals: [...bundle.actualValues, ...parsed.value.values],
      items: TASKS.items,
      progress: [progress(4, '滞后'), progress(10, '已完成'), progress(12, '未启动')],
      existing: [],
      newId: () => `fu-${(next += 1)}`,
    });
    const report = jdzMidtermReport().followUp.rows;
    expect(
      rows
        .slice(0, 6)
        .map((r) => [String(r.order), r.title, r.lead || '待明确', r.measure, r.deadline]),
    ).toEqual(report);
    expect(rows.slice(6).map((r) => [r.order, r.title, r.problem, r.lead, r.measure])).toEqual([
      [7, '4. 深入推进城镇污水垃圾处理', '2022年进展滞后', '市住房城乡建设局', ''],
      [
        8,
        `12. ${TASKS.items[11]!.title}`,
        '2022年尚未启动',
        TASKS.items[11]!.responsibilities[0]!.lead[0],
        '',
      ],
    ]);
    expect(rows[0]!.problem).toContain('劳动年龄人口平均受教育年限');
  });

  it('drafts items only for a list that belongs to no plan', () => {
    const rows = draftFollowUpTable({
      scopeId: 'list',
      year: 2022,
      plan: null,
      indicators: [],
      actuals: [],
      items: TASKS.items,
      progress: [progress(4, '滞后')],
      existing: [],
      newId: () => 'fu',
    });
    expect(rows.map((r) => r.title)).toEqual(['4. 深入推进城镇污水垃圾处理']);
  });
});
