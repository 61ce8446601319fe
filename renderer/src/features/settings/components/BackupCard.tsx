import { Alert, Button, Card, Space, Typography } from 'antd';
import { useLiveLastBackupAt } from '../../../db/liveQueries';
import type { AutoBackupEntry } from '../../../../../shared/platform/workbenchApi';
import { useAutoBackupList } from '../hooks/useAutoBackupList';
import { useBackupExport } from '../hooks/useBackupExport';
import { useBackupRestore } from '../hooks/useBackupRestore';
import { formatDateTime } from '../../../lib/formatDateTime';

type BackupCardProps = {
  /** True in a plain browser, where the browser may clear the data (issue 5 item 7). */
  isWebMode: boolean;
};

/** 备份与恢复: export everything to one file, restore everything from one. */
export function BackupCard({ isWebMode }: BackupCardProps) {
  const lastBackupAt = useLiveLastBackupAt();
  const autoBackups = useAutoBackupList();
  const { isExporting, exportBackup } = useBackupExport();
  const { phase, startRestore } = useBackupRestore();
  const isBusy = isExporting || phase !== 'idle';
  const lastText =
    lastBackupAt === undefined
      ? '读取中…'
      : lastBackupAt
        ? formatDateTime(lastBackupAt)
        : '尚未导出过备份';

  return (
    <Card title="备份与恢复" size="small" className="settings-card">
      {isWebMode ? (
        <Alert
          className="settings-backup-reminder"
          type={lastBackupAt ? 'info' : 'warning'}
          showIcon
          title="网页模式下，数据只保存在本浏览器中"
          description={`清除浏览器数据、浏览器自动清理存储或更换电脑后，数据将无法找回。请定期「导出备份」，并把备份文件保存在电脑的其他位置。上次导出备份：${lastText}。`}
        />
      ) : null}
      <Typography.Paragraph type="secondary">
        备份文件包含全部规划、指标、实际值、官方评价、人工研判、报告修改、变更记录和设置。恢复时先校验文件，确认后一次性替换当前全部数据。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="settings-auto-backups">
        {autoBackupText(isWebMode, autoBackups)}
      </Typography.Paragraph>
      <Space wrap>
        <Button
          type="primary"
          loading={isExporting}
          disabled={isBusy && !isExporting}
          onClick={() => void exportBackup()}
        >
          {isExporting ? '正在导出备份…' : '导出备份'}
        </Button>
        <Button
          loading={phase === 'reading' || phase === 'restoring'}
          disabled={isBusy && phase !== 'reading' && phase !== 'restoring'}
          onClick={() => void startRestore()}
        >
          {RESTORE_LABELS[phase]}
        </Button>
        {isWebMode ? null : (
          <Typography.Text type="secondary">上次导出备份：{lastText}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

const RESTORE_LABELS = {
  idle: '从备份恢复…',
  reading: '正在读取备份…',
  confirming: '等待确认…',
  restoring: '正在恢复…',
} as const;

/** Where automatic backups are kept, how many there are and the newest (issue 5). */
function autoBackupText(
  isWebMode: boolean,
  backups: readonly AutoBackupEntry[] | null | undefined,
): string {
  const where = isWebMode
    ? '每天自动备份一次，保存在本浏览器中（清除浏览器数据时会一并清除），保留最新 10 份'
    : '退出程序时和每天自动备份，保存在用户数据文件夹的 backups 子文件夹中，保留最新 10 份；这些文件也可用「从备份恢复…」恢复';
  if (backups === undefined) return `自动备份：${where}。`;
  if (backups === null) return `自动备份：${where}。目前无法读取自动备份列表。`;
  const newest = backups[0];
  const count = newest
    ? `目前共 ${backups.length} 份，最新一份为 ${formatDateTime(newest.createdAt)}。`
    : '目前还没有自动备份。';
  return `自动备份：${where}。${count}`;
}
