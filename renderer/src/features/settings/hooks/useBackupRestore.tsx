import { useState } from 'react';
import { App, Typography } from 'antd';
import type { BackupContents } from '../../../../../shared/backup/readBackup';
import { readBackup } from '../../../../../shared/backup/readBackup';
import { describeLocation } from '../../../../../shared/lib/result';
import type { Problem } from '../../../../../shared/lib/result';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { useLiveUserName } from '../../../db/liveQueries';
import { countAllTables, restoreAllTables } from '../../../db/repositories/backupRepository';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema';
import { appWriteContext } from '../../../db/writeContext';
import { getWorkbench } from '../../../platform/workbench';
import { RestorePreview } from '../components/RestorePreview';
import { BACKUP_FILE_FILTERS } from './useBackupExport';

/** Where a restore is: choosing and checking a file, asking, or writing. */
export type RestorePhase = 'idle' | 'reading' | 'confirming' | 'restoring';

/**
 * 从备份恢复 (issue 5 item 7): open a file, validate it completely, show what it holds and what
 * it replaces, ask once, then replace every table in one transaction. Never runs twice at once.
 */
export function useBackupRestore(): { phase: RestorePhase; startRestore: () => Promise<void> } {
  const { message, modal } = App.useApp();
  const userName = useLiveUserName();
  const [phase, setPhase] = useState<RestorePhase>('idle');

  const restore = async (fileName: string, contents: BackupContents) => {
    setPhase('restoring');
    try {
      const context = appWriteContext(userName || '未署名', { type: 'restore' });
      const source = { fileName, createdAt: contents.createdAt };
      await restoreAllTables(getDb(), contents.tables, source, context);
      void message.success(`已从备份「${fileName}」恢复全部数据`);
    } catch (error) {
      void message.error(`恢复失败：${describeStorageError(error)}`);
    } finally {
      setPhase('idle');
    }
  };

  const startRestore = async () => {
    if (phase !== 'idle') return;
    setPhase('reading');
    try {
      const file = await getWorkbench().openFile({ filters: BACKUP_FILE_FILTERS });
      if (!file) return setPhase('idle');
      const read = readBackup(file.bytes, {
        currentSchemaVersion: CURRENT_SCHEMA_VERSION,
        fileName: file.name,
      });
      if (!read.ok) {
        modal.error({ title: '无法从该文件恢复', content: <RefusedFile problem={read.error} /> });
        return setPhase('idle');
      }
      const current = await countAllTables(getDb());
      setPhase('confirming');
      modal.confirm({
        title: '从备份恢复：将替换当前全部数据',
        width: 680,
        content: <RestorePreview fileName={file.name} contents={read.value} current={current} />,
        okText: '替换为备份数据',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: () => restore(file.name, read.value),
        onCancel: () => setPhase('idle'),
      });
    } catch (error) {
      void message.error(`无法读取备份：${describeStorageError(error)}`);
      setPhase('idle');
    }
  };
  return { phase, startRestore };
}

function RefusedFile({ problem }: { problem: Problem }) {
  return (
    <>
      <Typography.Paragraph>{problem.message}</Typography.Paragraph>
      {problem.location ? (
        <Typography.Paragraph type="secondary">
          {describeLocation(problem.location)}
        </Typography.Paragraph>
      ) : null}
      <Typography.Paragraph type="secondary">
        当前数据未做任何改动。请选择由本程序「导出备份」生成的其他备份文件。
      </Typography.Paragraph>
    </>
  );
}
