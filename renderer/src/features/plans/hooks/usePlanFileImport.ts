import { App } from 'antd';
import { PLAN_FILE_EXTENSIONS } from '../../../../../shared/importers/planFileTypes';
import { formatProblem } from '../../../../../shared/lib/result';
import { getWorkbench } from '../../../platform/workbench';
import { useAppStore } from '../../../state/appStore';

/**
 * 从文件导入: opens a plan file (Word, PDF, Excel, web page, CSV or text), reads it with the shared
 * readers (loaded lazily), and hands the parsed plan to the review screen. Nothing is saved before
 * review; a file that cannot be read says why and what to do.
 */
export function usePlanFileImport(): () => Promise<void> {
  const setImportDraft = useAppStore((s) => s.setImportDraft);
  const { message } = App.useApp();
  return async () => {
    const file = await getWorkbench().openFile({
      title: '从文件导入规划指标表',
      filters: [
        { name: '规划文件（Word、PDF、Excel、网页、文本）', extensions: [...PLAN_FILE_EXTENSIONS] },
      ],
    });
    if (!file) return;
    const hide = message.loading({ content: `正在读取「${file.name}」…`, duration: 0 });
    try {
      const { importPlanFile } = await import('../planFileImport');
      const result = await importPlanFile(file.bytes, file.name);
      if (!result.ok) {
        void message.error({ content: formatProblem(result.error), duration: 10 });
        return;
      }
      setImportDraft({ bundle: result.value, warnings: [], sourceLabel: `文件「${file.name}」` });
    } finally {
      hide();
    }
  };
}
