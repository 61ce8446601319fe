import { App } from 'antd';
import type { ActualValue } from '../../../../../shared/domain/actualValue';
import type { Indicator } from '../../../../../shared/domain/indicator';
import type { Plan } from '../../../../../shared/domain/plan';
import { describeStorageError } from '../../../db/errors';
import { getWorkbench } from '../../../platform/workbench';
import { templateFileName, templateYears } from '../templateModel';

/**
 * 导出填报模板: builds the xlsx entry template of one department (or all indicators) with the
 * stored values filled in, and saves it. SheetJS is loaded only now.
 */
export function useTemplateExport(
  plan: Plan,
  indicators: readonly Indicator[],
  actuals: readonly ActualValue[],
): (department: string) => Promise<boolean> {
  const { message } = App.useApp();
  return async (department) => {
    try {
      const { buildDataTemplate } =
        await import('../../../../../shared/importers/xlsxDataTemplateBuild');
      const bytes = buildDataTemplate(plan, indicators, actuals, {
        department,
        years: templateYears(plan),
        now: new Date(),
      });
      const result = await getWorkbench().saveFile({
        suggestedName: templateFileName(plan.name, department),
        bytes,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (result.status === 'saved') void message.success('已导出填报模板');
      if (result.status === 'failed') void message.error(result.message);
      return result.status === 'saved';
    } catch (error) {
      void message.error(describeStorageError(error));
      return false;
    }
  };
}
