import { useState } from 'react';
import { App, Typography } from 'antd';
import type { ActualValue } from '../../../../../shared/domain/actualValue';
import type { Indicator } from '../../../../../shared/domain/indicator';
import type { Plan } from '../../../../../shared/domain/plan';
import type { TemplatePreview } from '../../../../../shared/importers/xlsxDataTemplateImport';
import type { ItemProgressPreview } from '../../../../../shared/importers/xlsxDepartmentItemsImport';
import { describeLocation, ok } from '../../../../../shared/lib/result';
import type { Problem, Result } from '../../../../../shared/lib/result';
import type { PlanWorkItems } from '../../../db/workItemQueries';
import { getWorkbench } from '../../../platform/workbench';

/** A read template waiting for the user's confirmation, with the importer's warnings. */
export type PendingImport = {
  readonly preview: TemplatePreview;
  /** The 重点任务进展 rows of a department workbook; null when the plan has no work items. */
  readonly items: ItemProgressPreview | null;
  readonly warnings: readonly Problem[];
};

/** The import flow: open a file, read it (nothing written), keep the preview until closed. */
export type TemplateImport = {
  readonly pending: PendingImport | null;
  readonly isReading: boolean;
  readonly open: () => Promise<void>;
  readonly close: () => void;
};

/**
 * 导入填报模板: opens an .xlsx and compares it with the stored values (SheetJS loaded lazily).
 * A wrong file is explained in a Chinese dialog with where and why; nothing is written here.
 */
export function useTemplateImport(
  plan: Plan,
  indicators: readonly Indicator[],
  actuals: readonly ActualValue[],
  workItems: PlanWorkItems,
): TemplateImport {
  const { modal } = App.useApp();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [isReading, setReading] = useState(false);
  const showError = (problem: Problem) =>
    modal.error({
      title: '无法导入该文件，未写入任何数据',
      content: <ProblemText problem={problem} />,
    });

  const open = async () => {
    if (isReading) return;
    setReading(true);
    try {
      const file = await getWorkbench().openFile({
        title: '导入填好的数据填报模板',
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (!file) return;
      const read = await readTemplate(file, plan, indicators, actuals, workItems);
      if (read.ok) setPending(read.value);
      else showError(read.error);
    } catch (error) {
      showError({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      setReading(false);
    }
  };
  return { pending, isReading, open, close: () => setPending(null) };
}

/**
 * A plan with work items reads the file as a department workbook (indicator cells and item rows;
 * a workbook without the items sheet gives no item rows), a plan without as a data template.
 */
async function readTemplate(
  file: { bytes: Uint8Array; name: string },
  plan: Plan,
  indicators: readonly Indicator[],
  actuals: readonly ActualValue[],
  workItems: PlanWorkItems,
): Promise<Result<PendingImport>> {
  if (workItems.sources.length > 0) {
    const { importDepartmentWorkbook } =
      await import('../../../../../shared/importers/xlsxDepartmentWorkbook');
    const read = importDepartmentWorkbook(
      file.bytes,
      file.name,
      plan,
      indicators,
      actuals,
      workItems.sources,
      workItems.progress,
    );
    return read.ok
      ? ok({ preview: read.value.indicators, items: read.value.items, warnings: read.warnings })
      : read;
  }
  const { importDataTemplate } =
    await import('../../../../../shared/importers/xlsxDataTemplateImport');
  const read = importDataTemplate(file.bytes, file.name, plan, indicators, actuals);
  return read.ok ? ok({ preview: read.value, items: null, warnings: read.warnings }) : read;
}

type ProblemTextProps = { problem: Problem };

/** A problem as 「why」 plus 「where」 on its own line. */
export function ProblemText({ problem }: ProblemTextProps) {
  return (
    <>
      <Typography.Paragraph>{problem.message}</Typography.Paragraph>
      {problem.location ? (
        <Typography.Paragraph type="secondary">
          位置：{describeLocation(problem.location)}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
