import { App } from 'antd';
import type { FollowUp } from '../../../../../shared/domain/followUp';
import { describeStorageError } from '../../../db/errors';
import { getWorkbench } from '../../../platform/workbench';

/** The two formats the table is sent out in. */
export type FollowUpFormat = 'docx' | 'xlsx';

const FILTERS = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
} as const;

/**
 * 导出 Word / Excel: the table as shown, through the existing builders (docx and SheetJS loaded
 * only now), saved under 「<title>.docx」 or 「.xlsx」.
 */
export function useFollowUpExport(): (
  format: FollowUpFormat,
  title: string,
  rows: readonly FollowUp[],
) => Promise<void> {
  const { message } = App.useApp();
  return async (format, title, rows) => {
    try {
      const bytes =
        format === 'docx'
          ? await (
              await import('../../../../../shared/report/followUpDocxBuilder')
            ).buildFollowUpDocx(title, rows)
          : (await import('../../../../../shared/report/followUpXlsxBuilder')).buildFollowUpXlsx(
              title,
              rows,
            );
      const result = await getWorkbench().saveFile({
        suggestedName: `${title}.${format}`,
        bytes,
        filters: [FILTERS[format]],
      });
      if (result.status === 'saved') void message.success(`已导出${FILTERS[format].name}`);
      if (result.status === 'failed') void message.error(result.message);
    } catch (error) {
      void message.error(describeStorageError(error));
    }
  };
}
