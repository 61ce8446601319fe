/**
 * The stored items and progress as the report counts them for one year (issue 14, item 1): the
 * whole year's status before the half year's, another year's status never standing in, 未填报
 * without a record, the 专栏 as the area before the part, investment only for projects.
 */
import { describe, expect, it } from 'vitest';
import { asWorkItemId, asWorkItemListId } from '../../../shared/domain/ids';
import type { WorkItem } from '../../../shared/domain/workItem';
import type { WorkItemProgress } from '../../../shared/domain/workItemProgress';
import { workItemsForReport } from '../../../shared/report/workItemsForReport';

const LIST = asWorkItemListId('list');
const place = (part: string, box: string) => ({ part, section: '', box, group: '' });

const TASK_ITEM: WorkItem = {
  kind: '任务',
  id: asWorkItemId('list/1'),
  listId: LIST,
  order: 1,
  number: '1',
  place: place('二、持续推进生态环境保护修复', ''),
  title: '深入推进城镇污水垃圾处理',
  text: '',
  responsibilities: [
    { lead: ['市住建局', '市城管局'], support: ['市生态环境局'], clause: '' },
    { lead: ['市住建局'], support: [], clause: '' },
  ],
  deadlines: [],
  quantities: [],
};

const PROJECT: WorkItem = {
  ...TASK_ITEM,
  id: asWorkItemId('list/2'),
  order: 2,
  number: '专栏1-3',
  place: place('第三篇', '专栏1 陶瓷文化保护传承工程'),
  title: '御窑厂遗址保护',
  responsibilities: [],
  kind: '工程项目',
  project: { totalInvestment: 9000, annualInvestment: {}, startYear: 2021, endYear: 2025 },
};

function record(
  item: WorkItem,
  year: number,
  span: WorkItemProgress['span'],
  status: WorkItemProgress['status'],
  investmentDone: number | null = null,
): WorkItemProgress {
  return {
    itemId: item.id,
    year,
    span,
    status,
    shareDone: null,
    text: '',
    investmentDone,
    source: '',
    reporter: '',
  };
}

describe('workItemsForReport', () => {
  it('takes the whole year before the half year and names area and leads', () => {
    const progress = [
      record(TASK_ITEM, 2022, '全年', '滞后'),
      record(TASK_ITEM, 2022, '上半年', '序时推进'),
      record(PROJECT, 2022, '上半年', '序时推进', 4000),
    ];
    expect(workItemsForReport([TASK_ITEM, PROJECT], progress, 2022)).toEqual([
      {
        itemId: 'list/1',
        kind: '任务',
        number: '1',
        title: '深入推进城镇污水垃圾处理',
        area: '持续推进生态环境保护修复',
        leads: ['市住建局', '市城管局'],
        status: '滞后',
        plannedInvestment: null,
        investmentDone: null,
      },
      {
        itemId: 'list/2',
        kind: '工程项目',
        number: '专栏1-3',
        title: '御窑厂遗址保护',
        area: '专栏1 陶瓷文化保护传承工程',
        leads: [],
        status: '序时推进',
        plannedInvestment: 9000,
        investmentDone: 4000,
      },
    ]);
  });

  it('says 未填报 when only another year was reported', () => {
    const progress = [
      record(TASK_ITEM, 2021, '全年', '已完成'),
      record(PROJECT, 2023, '全年', '已完成', 9000),
    ];
    const items = workItemsForReport([TASK_ITEM, PROJECT], progress, 2022);
    expect(items.map((item) => [item.status, item.investmentDone])).toEqual([
      ['未填报', null],
      ['未填报', null],
    ]);
  });
});
