import { useMemo, useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined, TableOutlined, UploadOutlined } from '@ant-design/icons';
import type { ActualValue } from '../../../../../shared/domain/actualValue';
import { mergeDepartments } from '../../../../../shared/domain/departments';
import type { Indicator } from '../../../../../shared/domain/indicator';
import { itemDepartments } from '../../../../../shared/domain/workItem';
import { planYears, type Plan } from '../../../../../shared/domain/plan';
import { selectIndicators } from '../../../../../shared/domain/selectIndicators';
import { selectDepartmentItems } from '../../../../../shared/importers/xlsxDepartmentItemsBuild';
import { defaultItemPeriod } from '../../../../../shared/values/itemCompleteness';
import { useLivePlanWorkItems, type PlanWorkItems } from '../../../db/workItemQueries';
import { defaultCutOff } from '../../../../../shared/importers/templateCutOff';
import { templateDepartments, templateYears } from '../templateModel';
import { useTemplateApply } from '../hooks/useTemplateApply';
import { useTemplateExport } from '../hooks/useTemplateExport';
import { useTemplateImport } from '../hooks/useTemplateImport';
import type { ValueWriter } from '../hooks/useValueWriter';
import { CompletenessDrawer } from './CompletenessDrawer';
import { TemplateExportDialog } from './TemplateExportDialog';
import { TemplateImportPreview } from './TemplateImportPreview';

type TemplateToolsProps = {
  plan: Plan;
  indicators: readonly Indicator[];
  actuals: readonly ActualValue[];
  writer: ValueWriter;
};

/** Until the live query answers: no items, so the tools offer indicators only. */
const NO_WORK_ITEMS: PlanWorkItems = { sources: [], progress: [] };

/** Toolbar buttons for department templates (export, import with preview) and completeness. */
export function TemplateTools({ plan, indicators, actuals, writer }: TemplateToolsProps) {
  // The plan's work items and progress: department workbooks and completeness cover them.
  const workItems = useLivePlanWorkItems(plan.id) ?? NO_WORK_ITEMS;
  const [openPanel, setOpenPanel] = useState<'export' | 'completeness' | null>(null);
  const items = useMemo(() => workItems.sources.flatMap((s) => s.items), [workItems]);
  // One department list (issue 13): the indicators' 责任单位 and the items' departments.
  const departments = useMemo(
    () => mergeDepartments(templateDepartments(indicators), ...items.map(itemDepartments)),
    [indicators, items],
  );
  const years = useMemo(() => templateYears(plan), [plan]);
  // Completeness covers the period; the base year's value comes from the plan table itself.
  const periodYears = useMemo(() => planYears(plan), [plan]);
  const exportTemplate = useTemplateExport(plan, indicators, actuals, workItems);
  const importer = useTemplateImport(plan, indicators, actuals, workItems);
  const apply = useTemplateApply(plan, writer);
  const pending = importer.pending;
  const close = () => setOpenPanel(null);
  const indicatorCountOf = (name: string) => selectIndicators(indicators, name).length;

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpenPanel('export')}>
        导出填报模板
      </Button>
      <Button
        icon={<UploadOutlined />}
        loading={importer.isReading}
        onClick={() => void importer.open()}
      >
        导入填报模板
      </Button>
      <Button icon={<TableOutlined />} onClick={() => setOpenPanel('completeness')}>
        完整性
      </Button>
      {openPanel === 'export' ? (
        <TemplateExportDialog
          departments={departments}
          indicatorCountOf={indicatorCountOf}
          itemCountOf={
            items.length > 0 ? (name) => selectDepartmentItems(items, name).length : null
          }
          years={years}
          initialPeriod={defaultItemPeriod(workItems.progress, periodYears)}
          initialCutOff={defaultCutOff(actuals, years)}
          onExport={exportTemplate}
          onClose={close}
        />
      ) : null}
      {openPanel === 'completeness' ? (
        <CompletenessDrawer
          indicators={indicators}
          actuals={actuals}
          years={periodYears}
          workItems={workItems}
          onClose={close}
        />
      ) : null}
      {pending ? (
        <TemplateImportPreview
          pending={pending}
          onApply={() => apply(pending)}
          onClose={importer.close}
        />
      ) : null}
    </>
  );
}
