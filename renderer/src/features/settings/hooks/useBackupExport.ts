import { useState } from 'react';
import { App } from 'antd';
import { buildBackup, backupFileName } from '../../../../../shared/backup/buildBackup';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { readAllTables } from '../../../db/repositories/backupRepository';
import { setLastBackupAt } from '../../../db/repositories/settingsRepository';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema';
import { getWorkbench } from '../../../platform/workbench';
import { formatNumber } from '../../../../../shared/lib/formatNumber';

/** The file type of backups, for save and open dialogs. */
export const BACKUP_FILE_FILTERS = [{ name: '规划评估工作台备份', extensions: ['json'] }];

/**
 * 导出备份: one consistent snapshot of every table, written as one file (issue 5 item 7). Runs
 * once at a time; the date of the export is remembered for the reminder.
 */
export function useBackupExport(): { isExporting: boolean; exportBackup: () => Promise<void> } {
  const { message } = App.useApp();
  const [isExporting, setExporting] = useState(false);
  const exportBackup = async () => {
    if (isExporting) return;
    setExporting(true);
    try {
      const db = getDb();
      const now = new Date();
      const { version } = await getWorkbench().getAppInfo();
      const bytes = buildBackup(await readAllTables(db), {
        appVersion: version,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        now,
      });
      const result = await getWorkbench().saveFile({
        suggestedName: backupFileName(now),
        bytes,
        filters: BACKUP_FILE_FILTERS,
      });
      if (result.status === 'saved') {
        await setLastBackupAt(db, now);
        void message.success(`已导出备份（${formatSize(bytes.length)}）`);
      }
      if (result.status === 'failed') void message.error(`备份未能保存：${result.message}`);
    } catch (error) {
      void message.error(`导出备份失败：${describeStorageError(error)}`);
    } finally {
      setExporting(false);
    }
  };
  return { isExporting, exportBackup };
}

/** 「1.2 MB」/「35 KB」. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
