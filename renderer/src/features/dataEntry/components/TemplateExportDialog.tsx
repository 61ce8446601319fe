import { useState } from 'react';
import { Alert, Form, Modal, Select, Space, Typography } from 'antd';
import { PROGRESS_SPANS } from '../../../../../shared/domain/workItemProgress';
import type { TemplateCutOff } from '../../../../../shared/importers/xlsxDataTemplateShape';
import type { ItemPeriod } from '../../../../../shared/values/itemCompleteness';
import { cutOffChoices } from '../../../../../shared/importers/templateCutOff';
import { cutOffLabel } from '../templateModel';

type TemplateExportDialogProps = {
  /** The departments of the plan's indicators (may be empty). */
  departments: readonly string[];
  indicatorCountOf: (department: string) => number;
  /** Work items of each department; null when the plan has none (indicators only). */
  itemCountOf: ((department: string) => number) | null;
  years: readonly number[];
  /** The item period offered first (the completeness period). */
  initialPeriod: ItemPeriod;
  /** The part-year offered first (the latest stored), null for none. */
  initialCutOff: TemplateCutOff | null;
  /** Builds and saves the template; resolves true when it was saved. */
  onExport: (
    department: string,
    period: ItemPeriod | null,
    cutOff: TemplateCutOff | null,
  ) => Promise<boolean>;
  onClose: () => void;
};

/** 导出填报模板: all indicators, or the indicators of one 责任单位, as an xlsx to send out. */
export function TemplateExportDialog(props: TemplateExportDialogProps) {
  const { departments, indicatorCountOf, itemCountOf, years, onExport, onClose } = props;
  const [department, setDepartment] = useState(ALL);
  const [period, setPeriod] = useState(props.initialPeriod);
  const [cutOff, setCutOff] = useState(props.initialCutOff);
  const [isSaving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    const done = await onExport(department, itemCountOf ? period : null, cutOff);
    setSaving(false);
    if (done) onClose();
  };
  const options = [ALL, ...departments].map((name) => ({
    value: name,
    label: `${name === ALL ? '全部指标' : name}（${countsText(indicatorCountOf(name), itemCountOf?.(name) ?? 0)}）`,
  }));

  return (
    <Modal
      open
      title="导出填报模板"
      okText="导出"
      cancelText="取消"
      okButtonProps={{ loading: isSaving }}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="填报范围" htmlFor="template-department">
          <Select
            id="template-department"
            aria-label="填报范围"
            value={department}
            onChange={setDepartment}
            options={options}
          />
        </Form.Item>
        <CutOffItem years={years} cutOff={cutOff} onChange={setCutOff} />
        {itemCountOf ? (
          <Form.Item label="重点任务进展期间">
            <Space>
              <Select
                aria-label="进展年份"
                style={{ width: 110 }}
                value={period.year}
                onChange={(year: number) => setPeriod({ ...period, year })}
                options={years.slice(1).map((y) => ({ value: y, label: `${y}年` }))}
              />
              <Select
                aria-label="进展期间"
                style={{ width: 110 }}
                value={period.span}
                onChange={(span: ItemPeriod['span']) => setPeriod({ ...period, span })}
                options={PROGRESS_SPANS.map((span) => ({ value: span, label: span }))}
              />
            </Space>
          </Form.Item>
        ) : null}
      </Form>
      {departments.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title="本规划的指标尚未设置责任单位，只能导出全部指标的模板。"
          description="如需按部门分发，请在「规划管理」→ 规划详情 → 指标的「编辑」中填写责任单位。"
        />
      ) : null}
      <Typography.Paragraph type="secondary" className="template-export-note">
        模板含 {years.map((y) => `${y}年`).join('、')}
        {cutOff ? `及${cutOffLabel(cutOff)}` : ''} 的数值、增速(%)与状态列（{years[0]}
        年为基期，可填修订后的基期值），已填报的数据会预先填入。
        {itemCountOf
          ? '「重点任务进展」工作表列出该单位牵头或配合的任务，已填报的进展会预先填入。'
          : ''}
        各部门填好后，用「导入填报模板」导入，导入前可预览每个单元格的变化。
      </Typography.Paragraph>
    </Modal>
  );
}

type CutOffItemProps = {
  years: readonly number[];
  cutOff: TemplateCutOff | null;
  onChange: (cutOff: TemplateCutOff | null) => void;
};

/** 年内数据: the 上半年 or 前三季度 columns a mid-term evaluation needs, or none. */
function CutOffItem({ years, cutOff, onChange }: CutOffItemProps) {
  const choices = cutOffChoices(years);
  return (
    <Form.Item label="年内数据（中期评估用）" htmlFor="template-cut-off">
      <Select
        id="template-cut-off"
        aria-label="年内数据"
        value={cutOff ? cutOffLabel(cutOff) : NO_CUT_OFF}
        onChange={(label: string) =>
          onChange(choices.find((choice) => cutOffLabel(choice) === label) ?? null)
        }
        options={[
          { value: NO_CUT_OFF, label: '不含（只填全年数据）' },
          ...choices.map((choice) => ({ value: cutOffLabel(choice), label: cutOffLabel(choice) })),
        ]}
      />
    </Form.Item>
  );
}

/** 「1 个指标」「1 个指标、5 项任务」「0 个指标、5 项任务」: items named only when there are some. */
function countsText(indicators: number, items: number): string {
  return items > 0 ? `${indicators} 个指标、${items} 项任务` : `${indicators} 个指标`;
}

/** The value of the 不含 choice of 年内数据. */
const NO_CUT_OFF = '';

/** The value of the 全部指标 choice (buildDataTemplate treats '' as all indicators). */
const ALL = '';
