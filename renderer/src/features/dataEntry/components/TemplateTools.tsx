import { useMemo, useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined, TableOutlined, UploadOutlined } from '@ant-design/icons';
import type { ActualValue } from '../../../../../shared/domain/actualValue';
import type { Indicator } from '../../../../../shared/domain/indicator';
import { planYears, type Plan } from '../../../../../shared/domain/plan';
import { selectIndicators } from '../../../../../shared/domain/selectIndicators';
import { previewChanges, templateDepartments, templateYears } from '../templateModel';
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

/** Toolbar buttons for department templates (export, import with preview) and completeness. */
export function TemplateTools({ plan, indicators, actuals, writer }: TemplateToolsProps) {
  const [openPanel, setOpenPanel] = useState<'export' | 'completeness' | null>(null);
  const departments = useMemo(() => templateDepartments(indicators), [indicators]);
  const years = useMemo(() => templateYears(plan), [plan]);
  // Completeness covers the period; the base year's value comes from the plan table itself.
  const periodYears = useMemo(() => planYears(plan), [plan]);
  const exportTemplate = useTemplateExport(plan, indicators, actuals);
  const importer = useTemplateImport(plan, indicators, actuals);
  const pending = importer.pending;
  const close = () => setOpenPanel(null);
  const { message } = App.useApp();
  const applyImport = async () => {
    if (!pending) return false;
    const { toWrite, fileName } = pending.preview;
    const done = await writer.write(previewChanges(toWrite), { type: 'import', fileName });
    if (done) void message.success(`已从「${fileName}」导入 ${toWrite.length} 个单元格`);
    return done;
  };

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
          indicatorCountOf={(name) => selectIndicators(indicators, name).length}
          years={years}
          onExport={exportTemplate}
          onClose={close}
        />
      ) : null}
      {openPanel === 'completeness' ? (
        <CompletenessDrawer
          indicators={indicators}
          actuals={actuals}
          years={periodYears}
          onClose={close}
        />
      ) : null}
      {pending ? (
        <TemplateImportPreview pending={pending} onApply={applyImport} onClose={importer.close} />
      ) : null}
    </>
  );
}
