import { App } from 'antd';
import { formatProblem } from '../../../../../shared/lib/result';
import { getWorkbench } from '../../../platform/workbench';
import { useAppStore } from '../../../state/appStore';

/**
 * 从 Excel 导入: opens an .xlsx, reads it with the shared importer (xlsx loaded lazily), and hands
 * the parsed plan to the review screen. Nothing is saved before review.
 */
export function useExcelPlanImport(): () => Promise<void> {
  const setImportDraft = useAppStore((s) => s.setImportDraft);
  const { message } = App.useApp();
  return async () => {
    const file = await getWorkbench().openFile({
      title: '从 Excel 导入规划指标表',
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    if (!file) return;
    const { importPlanFromWorkbook } = await import('../excelPlanImport');
    const result = importPlanFromWorkbook(file.bytes, file.name);
    if (!result.ok) {
      void message.error({ content: formatProblem(result.error), duration: 8 });
      return;
    }
    setImportDraft({ bundle: result.value, warnings: [], sourceLabel: `文件「${file.name}」` });
  };
}
