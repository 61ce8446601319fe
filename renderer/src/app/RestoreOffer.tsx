import { useState } from 'react';
import { Alert, Button, Result, Space } from 'antd';
import { readBackup } from '../../../shared/backup/readBackup';
import type { AutoBackupEntry } from '../../../shared/platform/workbenchApi';
import { getDb } from '../db/db';
import { describeStorageError } from '../db/errors';
import { finishFirstStart, type DatabaseStartup } from '../db/openDatabase';
import { restoreAllTables } from '../db/repositories/backupRepository';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { appWriteContext } from '../db/writeContext';
import { formatDateTime } from '../lib/formatDateTime';
import { getWorkbench } from '../platform/workbench';

type RestoreOfferProps = {
  readonly backups: readonly AutoBackupEntry[];
  readonly onDone: (startup: DatabaseStartup) => void;
};

const REASON_LABELS: Readonly<Record<AutoBackupEntry['reason'], string>> = {
  quit: '退出时',
  daily: '每日',
  migration: '升级前',
};

/**
 * The database is new and empty while automatic backups exist: the data may have been lost (an
 * Electron downgrade, a full disk). Offer the newest backup before anything is written (issue 5).
 */
export function RestoreOffer({ backups, onDone }: RestoreOfferProps) {
  const newest = backups[0];
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!newest) return null;

  const restore = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const bytes = await getWorkbench().readAutoBackup(newest.fileName);
      const read = readBackup(bytes, {
        currentSchemaVersion: CURRENT_SCHEMA_VERSION,
        fileName: newest.fileName,
      });
      if (!read.ok) throw new Error(read.error.message);
      const context = appWriteContext('系统', { type: 'restore' });
      const source = { fileName: newest.fileName, createdAt: read.value.createdAt };
      await restoreAllTables(getDb(), read.value.tables, source, context);
      onDone({ status: 'ready', installedSeeds: await finishFirstStart(getDb()) });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : describeStorageError(error));
      setBusy(false);
    }
  };
  const startFresh = async () => {
    setBusy(true);
    onDone({ status: 'ready', installedSeeds: await finishFirstStart(getDb()) });
  };

  return (
    <Result
      status="info"
      title="本机没有数据，但找到了自动备份"
      subTitle={
        <div className="gate-message">
          <p>
            本机数据库是空的，可能是数据丢失（例如更换了程序版本或磁盘已满）。共找到{' '}
            {backups.length} 份自动备份，最新一份为 {formatDateTime(newest.createdAt)}{' '}
            {REASON_LABELS[newest.reason]}自动备份。
          </p>
          <p>建议从最新备份恢复；如确需从头开始，也可不恢复，备份文件会保留。</p>
          {problem ? <Alert type="error" showIcon title={`恢复失败：${problem}`} /> : null}
        </div>
      }
      extra={
        <Space>
          <Button type="primary" loading={busy} onClick={() => void restore()}>
            从最新备份恢复
          </Button>
          <Button disabled={busy} onClick={() => void startFresh()}>
            不恢复，从头开始
          </Button>
        </Space>
      }
    />
  );
}
