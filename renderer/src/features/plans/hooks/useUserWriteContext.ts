import { useCallback } from 'react';
import { useLiveUserName } from '../../../db/liveQueries';
import type { ChangeOrigin } from '../../../db/rows';
import { appWriteContext, type WriteContext } from '../../../db/writeContext';

/** A factory of write contexts carrying the user's name for the change log. */
export function useUserWriteContext(): (origin?: ChangeOrigin) => WriteContext {
  const userName = useLiveUserName();
  return useCallback(
    (origin: ChangeOrigin = { type: 'manual' }) => appWriteContext(userName || '未署名', origin),
    [userName],
  );
}
