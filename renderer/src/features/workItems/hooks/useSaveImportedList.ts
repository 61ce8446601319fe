import { useState } from 'react';
import { App } from 'antd';
import { asPlanId } from '../../../../../shared/domain/ids';
import type { WorkItemBundle } from '../../../../../shared/domain/workItemList';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { putWorkItemBundle } from '../../../db/repositories/workItemsRepository';
import { appWriteContext } from '../../../db/writeContext';
import { useEnsureUserName } from '../../dataEntry/hooks/useEnsureUserName';

/** The choices of the preview applied to the read list. */
export type ImportChoices = { readonly name: string; readonly planId: string | null };

/**
 * Stores a previewed list with the name and plan chosen, in one transaction (nothing of it before),
 * asking for the user's name for the change log; resolves to the list id, or null when not saved.
 */
export function useSaveImportedList(bundle: WorkItemBundle, fileName: string) {
  const { message } = App.useApp();
  const ensureUserName = useEnsureUserName();
  const [isSaving, setSaving] = useState(false);
  const save = async (choices: ImportChoices): Promise<string | null> => {
    const user = await ensureUserName();
    if (!user) {
      void message.warning('未填写姓名，任务清单未保存');
      return null;
    }
    setSaving(true);
    try {
      const list = {
        ...bundle.list,
        name: choices.name.trim() || bundle.list.name,
        planId: choices.planId ? asPlanId(choices.planId) : null,
      };
      await putWorkItemBundle(
        getDb(),
        { list, items: bundle.items },
        appWriteContext(user, { type: 'import', fileName }),
      );
      void message.success(`已导入任务清单「${list.name}」，共 ${bundle.items.length} 项`);
      return list.id;
    } catch (error) {
      void message.error(describeStorageError(error));
      return null;
    } finally {
      setSaving(false);
    }
  };
  return { save, isSaving };
}
