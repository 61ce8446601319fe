import { useRef } from 'react';
import { App } from 'antd';
import type { PlanId } from '../../../../../shared/domain/ids';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { useLiveUserName } from '../../../db/liveQueries';
import {
  putActualValues,
  revertChange,
  type ValueChange,
} from '../../../db/repositories/actualValuesRepository';
import type { ChangeOrigin } from '../../../db/rows';
import { appWriteContext } from '../../../db/writeContext';
import { useAppStore } from '../../../state/appStore';
import { redoChanges, undoChanges } from '../dataEntrySlice';
import { useEnsureUserName } from './useEnsureUserName';

/** Writes cell changes through the repository, records them for undo, and undoes and redoes. */
export type ValueWriter = {
  /** Writes a batch; false when nothing was written (cancelled or refused, with a message). */
  readonly write: (changes: readonly ValueChange[], origin: ChangeOrigin) => Promise<boolean>;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  readonly revert: (changeLogId: string) => Promise<void>;
  /** The user's name, asked once and stored; null when the user cancelled the dialog. */
  readonly ensureUser: () => Promise<string | null>;
};

/** The writer for one plan. */
export function useValueWriter(planId: PlanId): ValueWriter {
  const { message } = App.useApp();
  const askUserName = useEnsureUserName();
  // The stored name, read live: a commit then closes its editor at once, so the next keys typed
  // (Tab, 8.3) reach the grid and not the editor still waiting for the database.
  const liveUserName = useLiveUserName();
  // The name just given in the dialog, until the live query has it: the write that follows the
  // dialog then needs no second database read.
  const givenName = useRef('');
  const ensureUserName = async () => {
    const known = liveUserName || givenName.current;
    if (known) return known;
    const name = await askUserName();
    if (name) givenName.current = name;
    return name;
  };
  const record = useAppStore((s) => s.recordEntryBatch);
  const markUndone = useAppStore((s) => s.markEntryUndone);
  const markRedone = useAppStore((s) => s.markEntryRedone);

  const run = async (action: (user: string) => Promise<unknown>) => {
    const user = await ensureUserName();
    if (!user) {
      void message.warning('未填写姓名，本次修改未保存');
      return false;
    }
    try {
      await action(user);
      return true;
    } catch (error) {
      void message.error(describeWriteError(error));
      return false;
    }
  };
  const put = (changes: readonly ValueChange[], user: string, origin: ChangeOrigin) =>
    putActualValues(getDb(), planId, changes, appWriteContext(user, origin));

  return {
    ensureUser: ensureUserName,
    write: (changes, origin) =>
      run(async (user) => record({ planId, changes: await put(changes, user, origin) })),
    undo: async () => {
      const batch = useAppStore.getState().dataEntry.undoStack.at(-1);
      if (!batch) return void message.info('没有可撤销的修改');
      const done = await run((user) => put(undoChanges(batch), user, { type: 'restore' }));
      if (done) markUndone();
    },
    redo: async () => {
      const batch = useAppStore.getState().dataEntry.redoStack.at(-1);
      if (!batch) return void message.info('没有可恢复的修改');
      const done = await run((user) => put(redoChanges(batch), user, { type: 'restore' }));
      if (done) markRedone();
    },
    revert: async (changeLogId) => {
      await run(async (user) => {
        const applied = await revertChange(
          getDb(),
          changeLogId,
          appWriteContext(user, { type: 'restore' }),
        );
        record({ planId, changes: applied });
        void message.success(applied.length ? '已撤回该次修改' : '单元格已是该数值，无需撤回');
      });
    },
  };
}

/** Validation errors of the repository are already Chinese sentences; storage errors are mapped. */
function describeWriteError(error: unknown): string {
  return error instanceof Error && error.name === 'Error'
    ? error.message
    : describeStorageError(error);
}
