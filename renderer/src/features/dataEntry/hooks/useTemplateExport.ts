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
 * part-year (上半年 or 前三季度) besides the years (decision 0045). exceljs is loaded
 * only now (decision 0047).
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
        ? await buildDepartmentFile(plan, indicators, actuals, workItems, { ...options, period })
        : await buildTemplateFile(plan, indicators, actuals, options);
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

type TemplateOptions = {
  readonly department: string;
  readonly years: readonly number[];
  readonly cutOff: TemplateCutOff | null;
  readonly now: Date;
};

async function buildTemplateFile(
  plan: Plan,
  indicators: readonly Indicator[],
  actuals: readonly ActualValue[],
  options: TemplateOptions,
): Promise<Uint8Array> {
  const { buildDataTemplate } =
    await import('../../../../../shared/importers/xlsxDataTemplateBuild');
  return buildDataTemplate(plan, indicators, actuals, options);
}

async function buildDepartmentFile(
  plan: Plan,
  indicators: readonly Indicator[],
  actuals: readonly ActualValue[],
  workItems: PlanWorkItems,
  options: TemplateOptions & { readonly period: ItemPeriod },
): Promise<Uint8Array> {
  const { buildDepartmentWorkbook } =
    await import('../../../../../shared/importers/xlsxDepartmentWorkbookBuild');
  const { sources, progress } = workItems;
  return buildDepartmentWorkbook(plan, indicators, actuals, sources, progress, options);
}
