import { Spin } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import { useLiveWorkItemLists } from '../../db/workItemQueries';
import { WorkItemsView } from './components/WorkItemsView';

/** 重点任务: the plan's tasks, major projects and reforms with their progress by period. */
export function WorkItemsPage() {
  const lists = useLiveWorkItemLists();
  return (
    <>
      <PageHeader
        title="重点任务"
        description="规划的重点任务、重大工程项目和重大改革举措：按牵头单位、类型和进展状态查看，逐项填报各年度（上半年）进展。"
      />
      {lists === undefined ? <Spin /> : null}
      {lists?.length === 0 ? (
        <SectionEmpty
          title="还没有任务清单"
          details={['内置的任务清单会在首次启动时自动加入；也可以用命令行或模板导入任务清单。']}
        />
      ) : null}
      {lists && lists.length > 0 ? <WorkItemsView lists={lists} /> : null}
    </>
  );
}
