import { Button, Input, Space, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import type { FollowUp } from '../../../../../shared/domain/followUp';
import type { FollowUpEditor, FollowUpField } from '../hooks/useFollowUpEditor';

type FollowUpTableProps = { editor: FollowUpEditor; rows: readonly FollowUp[] };

const SOURCE_LABELS: Readonly<Record<FollowUp['subject']['type'], string>> = {
  indicator: '指标',
  workItem: '任务',
  manual: '手工',
};

/** The editable rows: 事项, 存在问题, 牵头单位, 整改措施, 完成时限, with move and delete. */
export function FollowUpTable({ editor, rows }: FollowUpTableProps) {
  return (
    <Table<FollowUp>
      size="small"
      rowKey="id"
      className="follow-up-table"
      columns={followUpColumns(editor, rows.length)}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ y: 'calc(100vh - 260px)' }}
      locale={{ emptyText: '没有滞后的指标或任务；可点「新增一行」手工添加' }}
    />
  );
}

function followUpColumns(editor: FollowUpEditor, rowCount: number): TableColumnsType<FollowUp> {
  const text = (field: FollowUpField, label: string, placeholder: string, multiline = false) =>
    function Cell(_: unknown, row: FollowUp) {
      const common = {
        'aria-label': `第 ${row.order} 行${label}`,
        value: row[field],
        placeholder,
        onChange: (e: { target: { value: string } }) =>
          editor.update(row.id, field, e.target.value),
      };
      return multiline ? (
        <Input.TextArea {...common} autoSize={{ minRows: 1, maxRows: 4 }} />
      ) : (
        <Input {...common} />
      );
    };
  return [
    { title: '序号', dataIndex: 'order', width: 56, align: 'center' },
    {
      title: '来源',
      key: 'source',
      width: 56,
      render: (_: unknown, row: FollowUp) => SOURCE_LABELS[row.subject.type],
    },
    {
      title: '整改事项',
      key: 'title',
      width: 220,
      render: text('title', '整改事项', '事项', true),
    },
    { title: '存在问题', key: 'problem', render: text('problem', '存在问题', '问题', true) },
    {
      title: '牵头单位',
      key: 'lead',
      width: 150,
      render: text('lead', '牵头单位', '待明确', true),
    },
    {
      title: '整改措施',
      key: 'measure',
      width: 260,
      render: text('measure', '整改措施', '请填写整改措施', true),
    },
    {
      title: '完成时限',
      key: 'deadline',
      width: 156,
      render: text('deadline', '完成时限', '如 2024年底前'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 104,
      render: (_: unknown, row: FollowUp) => (
        <RowActions editor={editor} row={row} last={rowCount} />
      ),
    },
  ];
}

type RowActionsProps = { editor: FollowUpEditor; row: FollowUp; last: number };

function RowActions({ editor, row, last }: RowActionsProps) {
  return (
    <Space size={0}>
      <Tooltip title="上移">
        <Button
          type="text"
          size="small"
          aria-label={`上移第 ${row.order} 行`}
          icon={<ArrowUpOutlined />}
          disabled={row.order === 1}
          onClick={() => editor.move(row.id, -1)}
        />
      </Tooltip>
      <Tooltip title="下移">
        <Button
          type="text"
          size="small"
          aria-label={`下移第 ${row.order} 行`}
          icon={<ArrowDownOutlined />}
          disabled={row.order === last}
          onClick={() => editor.move(row.id, 1)}
        />
      </Tooltip>
      <Tooltip title="删除">
        <Button
          type="text"
          size="small"
          danger
          aria-label={`删除第 ${row.order} 行`}
          icon={<DeleteOutlined />}
          onClick={() => editor.remove(row.id)}
        />
      </Tooltip>
    </Space>
  );
}
