import { App } from 'antd';
import type { WorkItemListId } from '../../../../../shared/domain/ids';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import {
  putProgress,
  revertProgressChange,
  type ProgressChange,
} from '../../../db/repositories/workItemProgressRepository';
import { appWriteContext } from '../../../db/writeContext';
import { useEnsureUserName } from '../../dataEntry/hooks/useEnsureUserName';

/** Writes and reverts progress records of one list, asking for the user's name once. */
export function useProgressWriter(listId: WorkItemListId) {
  const { message } = App.useApp();
  const ensureUserName = useEnsureUserName();
  const run = async (action: (user: string) => Promise<unknown>): Promise<boolean> => {
    const user = await ensureUserName();
    if (!user) {
      void message.warning('未填写姓名，本次修改未保存');
      return false;
    }
    try {
      await action(user);
      return true;
    } catch (error) {
      void message.error(
        error instanceof Error && /未做任何修改/.test(error.message)
          ? error.message
          : describeStorageError(error),
      );
      return false;
    }
  };
  return {
    write: (changes: readonly ProgressChange[]) =>
      run((user) =>
        putProgress(getDb(), listId, changes, appWriteContext(user, { type: 'manual' })),
      ),
    revert: (changeLogId: string) =>
      run((user) =>
        revertProgressChange(getDb(), changeLogId, appWriteContext(user, { type: 'restore' })),
      ),
  };
}
