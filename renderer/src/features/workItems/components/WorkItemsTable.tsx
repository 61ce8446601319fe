import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { WorkItemId } from '../../../../../shared/domain/ids';
import { PROGRESS_STATUS_COLORS } from '../../../../../shared/domain/workItemProgress';
import type { WorkItemGroup, WorkItemViewRow } from '../workItemsView';

type WorkItemsTableProps = {
  groups: readonly WorkItemGroup[];
  onOpen: (itemId: WorkItemId) => void;
};

type TableRow =
  | { readonly key: string; readonly type: 'group'; readonly label: string; readonly count: number }
  | { readonly key: string; readonly type: 'item'; readonly row: WorkItemViewRow };

/** The items grouped by 专栏 or part: a heading row per group, then its items. */
export function WorkItemsTable({ groups, onOpen }: WorkItemsTableProps) {
  const data: TableRow[] = groups.flatMap((group) => [
    { key: `g:${group.key}`, type: 'group' as const, label: group.label, count: group.rows.length },
    ...group.rows.map((row) => ({ key: row.item.id, type: 'item' as const, row })),
  ]);
  return (
    <Table<TableRow>
      className="work-items-table"
      size="small"
      bordered
      pagination={false}
      dataSource={data}
      columns={COLUMNS}
      scroll={{ y: 560 }}
      virtual={data.length > 300}
      onRow={(record) => ({
        onClick: () => (record.type === 'item' ? onOpen(record.row.item.id) : undefined),
        className: record.type === 'group' ? 'work-group-row' : 'work-item-row',
        style: record.type === 'item' ? { cursor: 'pointer' } : { background: '#fafafa' },
      })}
    />
  );
}

const groupSpan = (record: TableRow) => ({ colSpan: record.type === 'group' ? 0 : 1 });

const COLUMNS: ColumnsType<TableRow> = [
  {
    title: '编号',
    width: 80,
    onCell: (record) => ({ colSpan: record.type === 'group' ? 6 : 1 }),
    render: (_, record) =>
      record.type === 'group' ? (
        <Typography.Text strong>
          {record.label}（{record.count} 项）
        </Typography.Text>
      ) : (
        record.row.item.number
      ),
  },
  {
    title: '类型',
    width: 80,
    onCell: groupSpan,
    render: (_, r) => (r.type === 'item' ? r.row.item.kind : null),
  },
  {
    title: '任务',
    onCell: groupSpan,
    render: (_, r) => (r.type === 'item' ? r.row.item.title : null),
  },
  {
    title: '牵头单位',
    width: 280,
    ellipsis: true,
    onCell: groupSpan,
    render: (_, r) => (r.type === 'item' ? r.row.lead.join('、') : null),
  },
  {
    title: '状态',
    width: 96,
    onCell: groupSpan,
    render: (_, r) =>
      r.type === 'item' ? (
        <Tag color={PROGRESS_STATUS_COLORS[r.row.status]}>{r.row.status}</Tag>
      ) : null,
  },
  {
    title: '完成进度',
    width: 88,
    onCell: groupSpan,
    render: (_, r) =>
      r.type === 'item' && r.row.progress?.shareDone != null
        ? `${r.row.progress.shareDone}%`
        : null,
  },
];
