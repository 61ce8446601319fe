import { App } from 'antd';
import type { ActualValue } from '../../../../../shared/domain/actualValue';
import type { Indicator } from '../../../../../shared/domain/indicator';
import type { Plan } from '../../../../../shared/domain/plan';
import type { TemplateCutOff } from '../../../../../shared/importers/xlsxDataTemplateShape';
import type { ItemPeriod } from '../../../../../shared/values/itemCompleteness';
import { describeStorageError } from '../../../db/errors';
import type { PlanWorkItems } from '../../../db/workItemQueries';
import { getWorkbench } from '../../../platform/workbench';
import { templateFileName, templateYears } from '../templateModel';

/**
 * 导出填报模板: builds the xlsx entry template of one department (or all indicators) with the
 * stored values filled in, and saves it. When the plan has work items, the workbook also holds the
 * department's items for the chosen period (issue 13「Department templates」), and the chosen
 * part-year (上半年 or 前三季度) besides the years (decision 0045). SheetJS is loaded
 * only now.
 */
export function useTemplateExport(
  plan: Plan,
  indicators: readonly Indicator[],
  actuals: readonly ActualValue[],
  workItems: PlanWorkItems,
): (
  department: string,
  period: ItemPeriod | null,
  cutOff: TemplateCutOff | null,
) => Promise<boolean> {
  const { message } = App.useApp();
  return async (department, period, cutOff) => {
    try {
      const options = { department, years: templateYears(plan), cutOff, now: new Date() };
      const bytes = period
        ? (
            await import('../../../../../shared/importers/xlsxDepartmentWorkbook')
          ).buildDepartmentWorkbook(
            plan,
            indicators,
            actuals,
            workItems.sources,
            workItems.progress,
            { ...options, period },
          )
        : (await import('../../../../../shared/importers/xlsxDataTemplateBuild')).buildDataTemplate(
            plan,
            indicators,
            actuals,
            options,
          );
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
