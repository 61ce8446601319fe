import type { BackupTables } from '../../../shared/backup/backupFormat';
import {
  asIndicatorId,
  asPlanId,
  asWorkItemId,
  asWorkItemListId,
} from '../../../shared/domain/ids';
import { makeJdzPlanBundle } from '../../helpers/jdzPlanBundle';

/** Every table filled from 景德镇's real rows, as the database would hold them. */
export function makeBackupTables(): BackupTables {
  const bundle = makeJdzPlanBundle(asPlanId('test-jdz'));
  const planId = bundle.plan.id;
  return {
    plans: [
      {
        ...bundle.plan,
        createdAt: '2026-11-20T08:00:00.000Z',
        updatedAt: '2026-11-21T09:30:00.000Z',
      },
    ],
    indicators: bundle.indicators,
    actualValues: [
      ...bundle.actualValues.map((value) => ({ ...value, planId })),
      {
        indicatorId: asIndicatorId('test-jdz/004'),
        planId,
        year: 2021,
        measure: 'value',
        value: 3.2,
        status: '快报数',
        source: '市人社局',
        note: '',
      },
    ],
    officialAssessments: [],
    changeLog: [
      {
        id: 'log-1',
        at: '2026-11-21T09:30:00.000Z',
        user: '张三',
        planId,
        indicatorId: asIndicatorId('test-jdz/001'),
        action: '修改实际值',
        origin: { type: 'import', fileName: '市统计局填报.xlsx' },
        before: null,
        after: '{"value":1102.3}',
      },
    ],
    settings: [{ key: 'userName', value: '张三' }],
    meta: [{ key: 'builtinPlansInstalled', value: true }],
    verdictOverrides: [
      {
        planId,
        indicatorId: asIndicatorId('test-jdz/004'),
        year: 2023,
        mode: 'midterm',
        verdict: '符合预期',
        reason: '2023年受疫情后恢复影响，全年口径已回升',
        decidedAt: '2026-11-21T10:00:00.000Z',
        decidedBy: '张三',
      },
    ],
    reportSections: [
      {
        planId,
        year: 2023,
        mode: 'midterm',
        sectionId: 'overall',
        text: '总体看，规划实施进展顺利。',
        generatedText: '28项主要指标中……',
        editedAt: '2026-11-21T10:05:00.000Z',
        editedBy: '张三',
      },
    ],
    ...makeWorkItemTables(planId),
  };
}

/** A task list with one task of source-doc 004, its progress, its log entry and a follow-up. */
function makeWorkItemTables(
  planId: string,
): Pick<
  BackupTables,
  'workItemLists' | 'workItems' | 'workItemProgress' | 'workItemChangeLog' | 'followUps'
> {
  const listId = asWorkItemListId('test-004');
  const itemId = asWorkItemId('test-004/010');
  return {
    workItemLists: [
      {
        id: listId,
        name: '2021年景德镇市推进长江经济带发展工作要点',
        region: '景德镇市',
        planId: asPlanId(planId),
        startYear: 2021,
        endYear: 2021,
        origin: { type: 'builtin', seedKey: 'jdz-cjjjd-2021' },
        createdAt: '2026-11-20T08:00:00.000Z',
        updatedAt: '2026-11-20T08:00:00.000Z',
      },
    ],
    workItems: [
      {
        id: itemId,
        listId,
        order: 10,
        number: '10',
        kind: '任务',
        place: {
          part: '二、持续推进生态环境保护修复',
          section: '（三）大力推进生态保护修复',
          box: '',
          group: '',
        },
        title: '加强森林生态修复和保护',
        text: '加强森林生态修复和保护。深入实施国土绿化、森林质量提升、生物多样性保护等工程，完成 28.91 万亩营造林生产任务。（市林业局、各县（市、区）政府负责）',
        responsibilities: [
          {
            lead: ['市林业局', '各县（市、区）政府'],
            support: [],
            clause: '加强森林生态修复和保护。',
          },
        ],
        deadlines: [],
        quantities: [{ text: '28.91 万亩', context: '完成 28.91 万亩营造林生产任务' }],
      },
    ],
    workItemProgress: [
      {
        itemId,
        listId,
        year: 2021,
        span: '全年',
        status: '已完成',
        shareDone: 100,
        text: '完成营造林 29.3 万亩',
        investmentDone: null,
        source: '市林业局',
        reporter: '李四',
      },
    ],
    workItemChangeLog: [
      {
        id: 'wlog-1',
        at: '2026-11-21T09:40:00.000Z',
        user: '李四',
        listId,
        itemId,
        action: '填报进展',
        origin: { type: 'manual' },
        before: null,
        after: '{"status":"已完成"}',
      },
    ],
    followUps: [
      {
        id: 'fu-1',
        scopeId: planId,
        year: 2023,
        order: 1,
        subject: { type: 'workItem', itemId },
        title: '加强森林生态修复和保护',
        problem: '2023年进展滞后',
        lead: '市林业局',
        measure: '加快营造林进度',
        deadline: '2024年12月底前',
      },
    ],
  };
}
