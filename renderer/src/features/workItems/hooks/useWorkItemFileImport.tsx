import { useState } from 'react';
import { App } from 'antd';
import type { WorkItemBundle } from '../../../../../shared/domain/workItemList';
import { PLAN_FILE_EXTENSIONS } from '../../../../../shared/importers/planFileTypes';
import type { Problem } from '../../../../../shared/lib/result';
import { getWorkbench } from '../../../platform/workbench';
import { ProblemText } from '../../dataEntry/hooks/useTemplateImport';

/** A read task list waiting for the user's confirmation; nothing of it is stored yet. */
export type PendingWorkItemImport = {
  readonly bundle: WorkItemBundle;
  readonly warnings: readonly Problem[];
  readonly fileName: string;
};

/** The import flow of 重点任务: open a file, read it (nothing written), keep it for the preview. */
export type WorkItemFileImport = {
  readonly pending: PendingWorkItemImport | null;
  readonly isReading: boolean;
  readonly open: () => Promise<void>;
  readonly close: () => void;
};

/**
 * 从文件导入任务清单: the same file types as plans (issue 13), read by the shared readers loaded
 * lazily. A file that cannot be read is explained in a dialog naming the line or cell; nothing is
 * written until the preview is confirmed.
 */
export function useWorkItemFileImport(): WorkItemFileImport {
  const { modal } = App.useApp();
  const [pending, setPending] = useState<PendingWorkItemImport | null>(null);
  const [isReading, setReading] = useState(false);
  const showError = (problem: Problem) =>
    modal.error({
      title: '无法导入该任务清单，未保存任何内容',
      content: <ProblemText problem={problem} />,
      width: 560,
    });
  const open = async () => {
    if (isReading) return;
    setReading(true);
    try {
      const file = await getWorkbench().openFile({
        title: '从文件导入任务清单',
        filters: [
          {
            name: '任务清单（Word、PDF、Excel 模板、网页、文本）',
            extensions: [...PLAN_FILE_EXTENSIONS],
          },
        ],
      });
      if (!file) return;
      const { openWorkItemDocument } =
        await import('../../../../../shared/importers/tasks/openWorkItemDocument');
      const read = await openWorkItemDocument(file.bytes, file.name, {
        listId: crypto.randomUUID(),
        origin: { type: 'file', fileName: file.name },
      });
      if (read.ok) setPending({ bundle: read.value, warnings: read.warnings, fileName: file.name });
      else showError(read.error);
    } catch (error) {
      showError({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      setReading(false);
    }
  };
  return { pending, isReading, open, close: () => setPending(null) };
}
