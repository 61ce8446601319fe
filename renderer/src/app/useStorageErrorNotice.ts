import { useEffect } from 'react';
import { App } from 'antd';
import { describeStorageError, storageErrorKind, type StorageErrorKind } from '../db/errors';

// Kinds whose names only the storage layer uses (an AbortError may equally be a cancelled fetch).
const NOTICED_KINDS: ReadonlySet<StorageErrorKind> = new Set(['quota', 'closed']);

/**
 * The safety net for write paths that do not catch: an unhandled rejection caused by a full disk
 * or a closed database still tells the user, in Chinese, that the data was not saved and what to
 * do (issue 7). Caught errors are shown by their own screens through describeStorageError.
 */
export function useStorageErrorNotice(): void {
  const { notification } = App.useApp();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const kind = storageErrorKind(event.reason);
      if (!kind || !NOTICED_KINDS.has(kind)) return;
      event.preventDefault();
      notification.error({
        key: 'storage-error',
        title: '数据未能保存',
        description: describeStorageError(event.reason),
        duration: 0,
      });
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [notification]);
}
