/** Status suggestion rules (issue 13「Progress by period」): the user decides, the app suggests. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectItem, WorkItem } from '../../../shared/domain/workItem';
import type { WorkItemBundle } from '../../../shared/domain/workItemList';
import { suggestProgressStatus } from '../../../shared/evaluation/suggestProgressStatus';

const tasks = JSON.parse(
  readFileSync('seeds/generated/work-seed-jdz-cjjjd-2021.json', 'utf8'),
) as WorkItemBundle;
const boxes = JSON.parse(
  readFileSync('seeds/generated/work-seed-jdz-14-boxes.json', 'utf8'),
) as WorkItemBundle;
const sewage = tasks.items[3]!; // 004 task 4: 「2021 年底前全市建成区黑臭水体基本消除」
const forest = tasks.items[9]!; // 004 task 10: no deadline written
const zone = boxes.items.find((i) => i.number === '10-1') as ProjectItem;
const plan = { startYear: 2021, endYear: 2025 };
const share = (shareDone: number | null, investmentDone: number | null = null) => ({
  shareDone,
  investmentDone,
});

describe('suggestProgressStatus', () => {
  it('suggests 已完成 at 100 %', () => {
    expect(
      suggestProgressStatus(forest, tasks.list, { year: 2021, span: '全年' }, share(100)),
    ).toEqual({
      status: '已完成',
      reason: '完成进度 100%，已全部完成',
      timeProgress: 100,
    });
  });

  it('suggests 滞后 when the written deadline has passed unfinished', () => {
    expect(
      suggestProgressStatus(sewage, tasks.list, { year: 2021, span: '全年' }, share(90)),
    ).toEqual({
      status: '滞后',
      reason: '完成时限「2021 年底前」已到，完成进度 90%，尚未完成',
      timeProgress: 100,
    });
  });

  it('compares the share with the time progress of the half year', () => {
    const half = { year: 2021, span: '上半年' as const };
    expect(suggestProgressStatus(sewage, tasks.list, half, share(46))).toMatchObject({
      status: '序时推进',
      timeProgress: 50,
    });
    expect(suggestProgressStatus(sewage, tasks.list, half, share(44))).toEqual({
      status: '滞后',
      reason: '完成进度 44%，低于时间进度 50%',
      timeProgress: 50,
    });
    expect(suggestProgressStatus(sewage, tasks.list, half, share(0))?.status).toBe('未启动');
  });

  it('measures a project by 完成投资占计划投资 against the plan period', () => {
    const project: WorkItem = {
      ...zone,
      project: { totalInvestment: 20000, annualInvestment: {}, startYear: null, endYear: null },
    };
    // 2023 全年 is 3 of the plan's 5 years: 60 %.
    expect(
      suggestProgressStatus(project, plan, { year: 2023, span: '全年' }, share(90, 10000)),
    ).toEqual({
      status: '滞后',
      reason: '完成投资占计划投资 50%，低于时间进度 60%',
      timeProgress: 60,
    });
    expect(
      suggestProgressStatus(project, plan, { year: 2023, span: '全年' }, share(null, 11200)),
    ).toMatchObject({ status: '序时推进' });
  });

  it('uses a project’s own years and falls back to the share when no total is planned', () => {
    const project: WorkItem = {
      ...zone,
      project: { totalInvestment: null, annualInvestment: {}, startYear: 2022, endYear: 2023 },
    };
    expect(
      suggestProgressStatus(project, plan, { year: 2022, span: '全年' }, share(40, 5000)),
    ).toEqual({ status: '滞后', reason: '完成进度 40%，低于时间进度 50%', timeProgress: 50 });
  });

  it('suggests nothing when nothing was reported', () => {
    expect(
      suggestProgressStatus(forest, plan, { year: 2022, span: '全年' }, share(null)),
    ).toBeNull();
  });
});
