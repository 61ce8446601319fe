import { Select, Space, Tag, Typography } from 'antd';
import type { ColumnRole } from '../../../../../shared/importers/columnRole';
import { COLUMN_ROLE_LABELS, COLUMN_ROLES } from '../../../../../shared/importers/columnRole';
import type { TableImport } from '../../../../../shared/importers/importPlanGrid';

type ColumnRoleListProps = {
  columns: TableImport['columns'];
  onRoleChange: (column: number, role: ColumnRole) => void;
};

const ROLE_OPTIONS = COLUMN_ROLES.map((role) => ({ value: role, label: COLUMN_ROLE_LABELS[role] }));
const SOURCE_LABELS = { header: '按表头', values: '按内容', user: '已指定' } as const;

/** Each column of the table with its header, the role it was read as, and how that was decided. */
export function ColumnRoleList({ columns, onRoleChange }: ColumnRoleListProps) {
  return (
    <div className="column-mapping">
      {columns.map((item) => (
        <div key={item.column} className="column-mapping-item">
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 150 }}>
            第 {item.column + 1} 列「{item.header || '无表头'}」
          </Typography.Text>
          <Space size={4}>
            <Select
              aria-label={`第 ${item.column + 1} 列的含义`}
              size="small"
              style={{ width: 144 }}
              value={item.role}
              options={ROLE_OPTIONS}
              popupMatchSelectWidth={false}
              onChange={(role: ColumnRole) => onRoleChange(item.column, role)}
            />
            <Tag bordered={false} color={item.source === 'user' ? 'blue' : 'default'}>
              {SOURCE_LABELS[item.source]}
            </Tag>
          </Space>
        </div>
      ))}
    </div>
  );
}
