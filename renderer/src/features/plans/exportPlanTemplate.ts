import type { PlanBundle } from '../../../../shared/domain/planBundle';
import { exportPlanTemplate } from '../../../../shared/importers/xlsxPlanTemplateExport';

/**
 * 导出规划模板: the plan as our xlsx template (指标表, 规划信息, 实际值, 导入提示), which imports back
 * without loss. Load this module with `import()` so exceljs stays off the first screen.
 */
export function exportPlanWorkbook(bundle: PlanBundle): Promise<Uint8Array> {
  return exportPlanTemplate(bundle, { createdAt: new Date() });
}
