import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ProgressContent } from '../../../../../shared/domain/workItemProgress';
import type {
  ItemProgressEntry,
  ItemProgressPreview,
} from '../../../../../shared/importers/xlsxDepartmentItemsImport';
import { describeLocation } from '../../../../../shared/lib/result';
import { KIND_LABELS } from '../templateModel';

type Row = ItemProgressEntry & { readonly key: string };

type ItemProgressPreviewTableProps = { items: ItemProgressPreview };

const KIND_COLORS = {
  new: 'green',
  changed: 'blue',
  unchanged: 'default',
  invalid: 'red',
} as const;

/**
 * The 重点任务进展 rows of a department workbook in the import preview (issue 13): new, changed
 * and invalid rows with the status before and after, or the reason and the cell; unchanged rows
 * are only counted.
 */
export function ItemProgressPreviewTable({ items }: ItemProgressPreviewTableProps) {
  const shown = items.entries
    .filter((entry) => entry.kind !== 'unchanged')
    .map((entry, index) => ({ ...entry, key: String(index) }));
  const { counts } = items;
  return (
    <>
      <Typography.Text strong className="item-preview-counts">
        重点任务进展：新增 {counts.new}，修改 {counts.changed}，未变 {counts.unchanged}，无效{' '}
        {counts.invalid}
      </Typography.Text>
      <Table<Row>
        size="small"
        rowKey="key"
        className="item-preview-table"
        columns={COLUMNS}
        dataSource={shown}
        pagination={false}
        scroll={{ y: 200 }}
        locale={{ emptyText: '没有新增或修改的进展' }}
      />
    </>
  );
}

function describeProgress(content: ProgressContent | null): string {
  if (!content) return '（空）';
  const share = content.shareDone === null ? '' : ` ${content.shareDone}%`;
  return `${content.status}${share}`;
}

const COLUMNS: TableColumnsType<Row> = [
  {
    title: '类型',
    dataIndex: 'kind',
    width: 64,
    render: (kind: ItemProgressEntry['kind']) => (
      <Tag color={KIND_COLORS[kind]}>{KIND_LABELS[kind]}</Tag>
    ),
  },
  { title: '任务', dataIndex: 'title', ellipsis: true },
  { title: '期间', dataIndex: 'period', width: 110 },
  {
    title: '原进展 → 新进展 / 无效原因',
    key: 'change',
    width: 260,
    render: (_: unknown, entry: Row) =>
      entry.kind === 'invalid' ? (
        <Typography.Text type="danger">{entry.reason}</Typography.Text>
      ) : (
        `${describeProgress(entry.before)} → ${describeProgress(entry.after)}`
      ),
  },
  {
    title: '位置',
    key: 'where',
    width: 220,
    render: (_: unknown, entry: Row) => describeLocation(entry.location),
  },
];
