import { App } from 'antd';
import type { Plan } from '../../../../../shared/domain/plan';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { applyDepartmentWorkbook } from '../../../db/repositories/departmentWorkbookRepository';
import { appWriteContext } from '../../../db/writeContext';
import { previewChanges } from '../templateModel';
import type { PendingImport } from './useTemplateImport';
import { useEnsureUserName } from './useEnsureUserName';
import type { ValueWriter } from './useValueWriter';

/**
 * Applies a previewed template. Values alone go through the value writer (with undo, as before);
 * a department workbook with item rows writes values and progress in ONE transaction (issue 13),
 * so a refused row leaves nothing written.
 */
export function useTemplateApply(plan: Plan, writer: ValueWriter) {
  const { message } = App.useApp();
  const ensureUserName = useEnsureUserName();
  return async (pending: PendingImport): Promise<boolean> => {
    const { toWrite, fileName } = pending.preview;
    const items = pending.items?.toWrite ?? [];
    if (items.length === 0) {
      const done = await writer.write(previewChanges(toWrite), { type: 'import', fileName });
      if (done) void message.success(`已从「${fileName}」导入 ${toWrite.length} 个单元格`);
      return done;
    }
    const user = await ensureUserName();
    if (!user) {
      void message.warning('未填写姓名，本次导入未保存');
      return false;
    }
    try {
      const written = await applyDepartmentWorkbook(
        getDb(),
        plan.id,
        previewChanges(toWrite),
        items,
        appWriteContext(user, { type: 'import', fileName }),
      );
      void message.success(
        `已从「${fileName}」导入 ${written.values} 个单元格、${written.items} 项任务进展`,
      );
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
}
