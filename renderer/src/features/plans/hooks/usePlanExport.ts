import { App } from 'antd';
import type { PlanId } from '../../../../../shared/domain/ids';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { loadPlanBundle } from '../../../db/repositories/plansRepository';
import { getWorkbench } from '../../../platform/workbench';

/**
 * 导出 Excel: writes the plan as our plan template (one row per indicator, plus 规划信息), which
 * re-imports without loss. exceljs is loaded only now.
 */
export function usePlanExport(): (planId: PlanId) => Promise<void> {
  const { message } = App.useApp();
  return async (planId) => {
    try {
      const bundle = await loadPlanBundle(getDb(), planId);
      if (!bundle) return;
      const { exportPlanWorkbook } = await import('../exportPlanTemplate');
      const bytes = await exportPlanWorkbook(bundle);
      const result = await getWorkbench().saveFile({
        suggestedName: `${bundle.plan.name}.xlsx`,
        bytes,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (result.status === 'saved') void message.success('已导出 Excel 规划表');
      if (result.status === 'failed') void message.error(result.message);
    } catch (error) {
      void message.error(describeStorageError(error));
    }
  };
}
