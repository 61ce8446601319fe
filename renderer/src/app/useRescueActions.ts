import { useState } from 'react';
import { backupFileName, buildBackup } from '../../../shared/backup/buildBackup';
import { readBackup } from '../../../shared/backup/readBackup';
import type { BackupContents } from '../../../shared/backup/readBackup';
import { formatProblem } from '../../../shared/lib/result';
import { getDb } from '../db/db';
import { describeStorageError } from '../db/errors';
import { readAllTables, restoreAllTables } from '../db/repositories/backupRepository';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { appWriteContext } from '../db/writeContext';
import { getWorkbench } from '../platform/workbench';
import { BACKUP_FILE_FILTERS, formatSize } from '../features/settings/hooks/useBackupExport';

/** What the rescue screen is doing, and what came of the last action. */
export type RescueState =
  | { readonly step: 'idle' }
  | { readonly step: 'busy'; readonly what: string }
  | { readonly step: 'confirm'; readonly fileName: string; readonly contents: BackupContents }
  | { readonly step: 'done'; readonly message: string }
  | { readonly step: 'failed'; readonly message: string };

/**
 * The ways out of a screen that cannot render the stored data (issue 16): keep a copy of what is
 * there now, then restore an automatic backup or a backup file. Each backup is checked in full by
 * readBackup before anything is written, so a poisoned file is refused and nothing changes.
 */
export function useRescueActions() {
  const [state, setState] = useState<RescueState>({ step: 'idle' });

  const check = (fileName: string, bytes: Uint8Array) => {
    const read = readBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, fileName });
    setState(
      read.ok
        ? { step: 'confirm', fileName, contents: read.value }
        : {
            step: 'failed',
            message: `无法从该备份恢复：${formatProblem(read.error)}。当前数据未做任何改动。`,
          },
    );
  };

  const run = async (what: string, action: () => Promise<void>) => {
    setState({ step: 'busy', what });
    try {
      await action();
    } catch (error) {
      setState({ step: 'failed', message: `${what}失败：${describeStorageError(error)}` });
    }
  };

  return {
    state,
    cancel: () => setState({ step: 'idle' }),
    exportCurrent: () =>
      run('导出当前数据', async () => {
        const now = new Date();
        const { version } = await getWorkbench().getAppInfo();
        const bytes = buildBackup(await readAllTables(getDb()), {
          appVersion: version,
          schemaVersion: CURRENT_SCHEMA_VERSION,
          now,
        });
        const saved = await getWorkbench().saveFile({
          suggestedName: `出错时的数据-${backupFileName(now)}`,
          bytes,
          filters: BACKUP_FILE_FILTERS,
        });
        if (saved.status === 'failed') {
          setState({ step: 'failed', message: `导出当前数据失败：${saved.message}` });
        } else if (saved.status === 'saved') {
          setState({ step: 'done', message: `已导出当前数据（${formatSize(bytes.length)}）` });
        } else {
          setState({ step: 'idle' });
        }
      }),
    chooseAutomatic: (fileName: string) =>
      run('读取自动备份', async () =>
        check(fileName, await getWorkbench().readAutoBackup(fileName)),
      ),
    chooseFile: () =>
      run('读取备份文件', async () => {
        const file = await getWorkbench().openFile({ filters: BACKUP_FILE_FILTERS });
        if (file) check(file.name, file.bytes);
        else setState({ step: 'idle' });
      }),
    restore: (fileName: string, contents: BackupContents) =>
      run('恢复备份', async () => {
        const context = appWriteContext('系统', { type: 'restore' });
        const source = { fileName, createdAt: contents.createdAt };
        await restoreAllTables(getDb(), contents.tables, source, context);
        window.location.reload();
      }),
  };
}
