import { formatDateTime } from '../../../lib/formatDateTime';
import { Alert, Descriptions, Table, Typography } from 'antd';
import {
  BACKUP_TABLE_LABELS,
  BACKUP_TABLE_NAMES,
  type BackupTableName,
} from '../../../../../shared/backup/backupFormat';
import type { BackupContents } from '../../../../../shared/backup/readBackup';
import { formatSize } from '../hooks/useBackupExport';

type RestorePreviewProps = {
  fileName: string;
  contents: BackupContents;
  current: Readonly<Record<BackupTableName, number>>;
};

/** What a backup holds and what restoring it replaces, shown before the user confirms. */
export function RestorePreview({ fileName, contents, current }: RestorePreviewProps) {
  // One row per kind of data, two columns to compare: fits the dialog (issue 15 item 10).
  const rows = BACKUP_TABLE_NAMES.map((name) => ({
    key: name,
    label: BACKUP_TABLE_LABELS[name],
    backup: contents.counts[name],
    current: current[name],
  }));
  const columns = [
    { title: '数据', dataIndex: 'label', key: 'label' },
    { title: '备份中', dataIndex: 'backup', key: 'backup', align: 'right' as const, width: 110 },
    {
      title: '当前（将被替换）',
      dataIndex: 'current',
      key: 'current',
      align: 'right' as const,
      width: 150,
    },
  ];
  return (
    <div className="restore-preview">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="备份文件">
          {fileName}（{formatSize(contents.byteLength)}）
        </Descriptions.Item>
        <Descriptions.Item label="备份时间">{formatDateTime(contents.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="生成程序">
          规划评估工作台 {contents.appVersion} 版
        </Descriptions.Item>
        <Descriptions.Item label="备份中的规划">
          {contents.plans.length === 0 ? (
            '（无）'
          ) : (
            <ul className="restore-preview-plans">
              {contents.plans.map((plan) => (
                <li key={plan.id}>{plan.name}</li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={columns}
        className="restore-preview-counts"
      />
      <Alert
        type="warning"
        showIcon
        style={{ marginTop: 12 }}
        title={`当前数据库中的全部数据（${current.plans} 个规划、${current.actualValues} 个实际值、${current.changeLog} 条变更记录）将被删除并替换为备份中的数据，无法撤销。`}
        description={
          <Typography.Text type="secondary">
            如需保留当前数据，请先取消并「导出备份」。
          </Typography.Text>
        }
      />
    </div>
  );
}
