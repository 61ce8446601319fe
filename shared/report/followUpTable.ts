/**
 * 附表 整改任务分工表 (issue 14, REAL-REPORTS.md「Problems and suggestions」: each lagging
 * indicator or task → responsible department → measures → deadline, as 重庆 drew it up after the
 * 审议意见): drafted from the lagging indicators, binding ones first, and the lagging work items.
 * The evaluator edits it in Word; the measures are what the remaining years require.
 */
import { formatYear } from '../lib/formatNumber';
import type { ReportContext } from './reportContext';
import type { ReportListTable } from './reportDocument';
import { laggingEntries } from './problemsSection';
import { requiredEffortText } from './requiredEffort';

const COLUMNS = [
  { key: 'number', label: '序号' },
  { key: 'item', label: '滞后指标或任务' },
  { key: 'department', label: '牵头单位' },
  { key: 'measure', label: '整改措施' },
  { key: 'deadline', label: '完成时限' },
] as const;

/**
 * The table; no rows when nothing lags, or at the end of the period, when what is left goes to
 * the next plan (the report then leaves it out).
 */
export function followUpTable(context: ReportContext): ReportListTable {
  if (context.mode === 'final') return { title: '整改任务分工表', columns: COLUMNS, rows: [] };
  const deadline = `${formatYear(context.plan.targetYear)}底前`;
  const fromIndicators = laggingEntries(context).map((entry) => {
    const binding = entry.indicator.attribute === '约束性' ? '（约束性）' : '';
    const effort = requiredEffortText(entry.indicator, entry.evaluation, context.plan);
    return [
      `${entry.indicator.name}${binding}`,
      entry.indicator.departments.join('、') || '待明确',
      `${effort.replace(entry.indicator.name, '')}；分析滞后原因，制定针对性措施`,
      deadline,
    ];
  });
  const fromTasks = context.workItems
    .filter((item) => item.status === '进度滞后' || item.status === '尚未启动')
    .map((item) => [
      `${item.name}（${item.kind}）`,
      item.leadDepartment || '待明确',
      item.status === '尚未启动' ? '加快前期工作，尽早开工实施' : '倒排工期，加快推进实施',
      deadline,
    ]);
  const rows = [...fromIndicators, ...fromTasks].map((row, index) => [String(index + 1), ...row]);
  return {
    title: '整改任务分工表',
    columns: COLUMNS,
    rows,
  };
}
