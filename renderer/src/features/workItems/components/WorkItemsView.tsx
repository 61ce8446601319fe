import { useMemo, useState } from 'react';
import { Button, Spin } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useShallow } from 'zustand/react/shallow';
import { summarizeWorkItems } from '../../../../../shared/evaluation/summarizeWorkItems';
import type { WorkItemListRow } from '../../../db/rows';
import { useLiveListProgress, useLiveWorkItems } from '../../../db/workItemQueries';
import { useAppStore } from '../../../state/appStore';
import { departmentChoices, groupWorkItemRows, periodStatuses } from '../workItemsView';
import { FollowUpDrawer } from './FollowUpDrawer';
import { WorkItemPanel } from './WorkItemPanel';
import { WorkItemsFilterBar } from './WorkItemsFilterBar';
import { WorkItemsSummary } from './WorkItemsSummary';
import { WorkItemsTable } from './WorkItemsTable';
import { WorkItemsToolbar } from './WorkItemsToolbar';

type WorkItemsViewProps = { lists: readonly WorkItemListRow[] };

/** The chosen list and period: toolbar, counts and chart, filters, grouped table, item panel. */
export function WorkItemsView({ lists }: WorkItemsViewProps) {
  const state = useAppStore(useShallow((s) => s.workItems));
  const actions = useAppStore(
    useShallow((s) => ({
      selectList: s.selectWorkItemList,
      setPeriod: s.setWorkItemPeriod,
      setFilters: s.setWorkItemFilters,
      open: s.openWorkItem,
    })),
  );
  const [isFollowUpOpen, setFollowUpOpen] = useState(false);
  const list = lists.find((l) => l.id === state.listId) ?? lists[0]!;
  const year = state.year ?? list.endYear;
  const items = useLiveWorkItems(list.id);
  const progress = useLiveListProgress(list.id);
  const statuses = useMemo(
    () => periodStatuses(progress ?? [], year, state.span),
    [progress, year, state.span],
  );
  const summary = useMemo(() => summarizeWorkItems(items ?? [], statuses), [items, statuses]);
  const groups = useMemo(
    () => groupWorkItemRows(items ?? [], progress ?? [], { year, span: state.span }, state.filters),
    [items, progress, year, state.span, state.filters],
  );
  const departments = useMemo(() => departmentChoices(items ?? []), [items]);
  const detail = items?.find((item) => item.id === state.detailId) ?? null;
  const detailProgress =
    progress?.find((p) => p.itemId === detail?.id && p.year === year && p.span === state.span) ??
    null;
  return (
    <>
      <WorkItemsToolbar
        lists={lists}
        list={list}
        year={year}
        span={state.span}
        onList={actions.selectList}
        onPeriod={actions.setPeriod}
        extra={
          <Button icon={<FormOutlined />} onClick={() => setFollowUpOpen(true)}>
            整改任务分工表
          </Button>
        }
      />
      {isFollowUpOpen ? (
        <FollowUpDrawer
          key={`${list.id}:${year}`}
          list={list}
          year={year}
          onClose={() => setFollowUpOpen(false)}
        />
      ) : null}
      {items === undefined || progress === undefined ? (
        <Spin />
      ) : (
        <>
          <WorkItemsSummary summary={summary} />
          <WorkItemsFilterBar
            filters={state.filters}
            departments={departments}
            shown={groups.reduce((sum, g) => sum + g.rows.length, 0)}
            total={items.length}
            onChange={actions.setFilters}
          />
          <WorkItemsTable groups={groups} onOpen={actions.open} />
          <WorkItemPanel
            item={detail}
            list={list}
            year={year}
            span={state.span}
            progress={detailProgress}
            onClose={() => actions.open(null)}
          />
        </>
      )}
    </>
  );
}
