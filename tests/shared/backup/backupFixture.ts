import type { BackupTables } from '../../../shared/backup/backupFormat';
import { asIndicatorId, asPlanId } from '../../../shared/domain/ids';
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
  };
}
