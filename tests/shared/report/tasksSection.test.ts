import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { buildReport } from '../../../shared/report/buildReport';
import type { ReportWorkItem } from '../../../shared/report/tasksSection';
import { sectionLines, seedBundle } from './reportFixture';

const item = (
  kind: ReportWorkItem['kind'],
  area: string,
  leadDepartment: string,
  status: ReportWorkItem['status'],
  name = `${area}${kind}`,
): ReportWorkItem => ({ kind, name, area, leadDepartment, status });

const ITEMS: ReportWorkItem[] = [
  item('重点任务', '科技创新', '市科技局', '已完成'),
  item('重点任务', '科技创新', '市科技局', '按计划推进'),
  item('重点任务', '科技创新', '市工信局', '进度滞后', '陶瓷产业数字化改造'),
  item('重点任务', '生态环境', '市生态环境局', '按计划推进'),
  item('重大工程项目', '交通', '市交通运输局', '尚未启动', '景鹰高速景德镇段'),
  item('重大改革', '', '', '已完成'),
];

function reportWith(workItems: readonly ReportWorkItem[]) {
  const bundle = seedBundle('jdz-14');
  const options = { year: 2022, mode: 'midterm' as const };
  return buildReport(bundle, evaluatePlan(bundle, options), { ...options, workItems });
}

describe('tasksBlocks', () => {
  it('counts tasks, projects and reforms with shares, by area and by lead department', () => {
    const report = reportWith(ITEMS);
    expect(sectionLines(report, 'tasks')).toEqual([
      '《纲要》部署的4项重点任务中，1项已完成，2项按计划推进，1项进度滞后，已完成和按计划推进的占75%。分领域看，科技创新3项中1项进度滞后或尚未启动；生态环境1项按计划推进。分牵头单位看，市科技局2项均已完成或按计划推进；市工信局1项进度滞后；市生态环境局1项按计划推进。',
      '《纲要》部署的1项重大工程项目中，1项尚未启动，已完成和按计划推进的占0%。',
      '《纲要》部署的1项重大改革中，1项已完成，已完成和按计划推进的占100%。',
    ]);
  });

  it('adds the lagging work items to the follow-up table after the indicators', () => {
    const rows = reportWith(ITEMS).followUp.rows;
    expect(rows.slice(-2)).toEqual([
      ['1', '陶瓷产业数字化改造（重点任务）', '市工信局', '倒排工期，加快推进实施', '2025年底前'],
      [
        '2',
        '景鹰高速景德镇段（重大工程项目）',
        '市交通运输局',
        '加快前期工作，尽早开工实施',
        '2025年底前',
      ],
    ]);
  });
});
