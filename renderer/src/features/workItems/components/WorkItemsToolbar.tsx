import type { ReactNode } from 'react';
import { Select, Space } from 'antd';
import { PROGRESS_SPANS, type ProgressSpan } from '../../../../../shared/domain/workItemProgress';
import type { WorkItemListRow } from '../../../db/rows';

type WorkItemsToolbarProps = {
  lists: readonly WorkItemListRow[];
  list: WorkItemListRow;
  year: number;
  span: ProgressSpan;
  onList: (listId: string) => void;
  onPeriod: (period: { year?: number; span?: ProgressSpan }) => void;
  /** Actions on the list and period (整改任务分工表). */
  extra?: ReactNode;
};

/** Which list and which period (year, 上半年 or 全年) the page shows. */
export function WorkItemsToolbar({
  lists,
  list,
  year,
  span,
  onList,
  onPeriod,
  extra,
}: WorkItemsToolbarProps) {
  const years: number[] = [];
  for (let y = list.startYear; y <= list.endYear; y += 1) years.push(y);
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select
        aria-label="任务清单"
        className="work-list-select"
        style={{ width: 420 }}
        value={list.id}
        onChange={onList}
        options={lists.map((l) => ({ value: l.id, label: l.name }))}
      />
      <Select
        aria-label="年份"
        style={{ width: 110 }}
        value={year}
        onChange={(value) => onPeriod({ year: value })}
        options={years.map((y) => ({ value: y, label: `${y}年` }))}
      />
      <Select
        aria-label="期间"
        style={{ width: 110 }}
        value={span}
        onChange={(value) => onPeriod({ span: value })}
        options={PROGRESS_SPANS.map((s) => ({ value: s, label: s }))}
      />
      {extra}
    </Space>
  );
}
