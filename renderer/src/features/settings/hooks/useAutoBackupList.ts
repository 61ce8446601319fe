import { useEffect, useState } from 'react';
import type { AutoBackupEntry } from '../../../../../shared/platform/workbenchApi';
import { getWorkbench } from '../../../platform/workbench';

/** The automatic backups the host keeps, newest first; undefined while loading, null on failure. */
export function useAutoBackupList(): readonly AutoBackupEntry[] | null | undefined {
  const [backups, setBackups] = useState<readonly AutoBackupEntry[] | null | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    getWorkbench()
      .listAutoBackups()
      .then((list) => isCurrent && setBackups(list))
      .catch(() => isCurrent && setBackups(null));
    return () => {
      isCurrent = false;
    };
  }, []);
  return backups;
}
