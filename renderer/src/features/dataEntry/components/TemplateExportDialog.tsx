import { useState } from 'react';
import { Alert, Form, Modal, Select, Typography } from 'antd';

type TemplateExportDialogProps = {
  /** The departments of the plan's indicators (may be empty). */
  departments: readonly string[];
  indicatorCountOf: (department: string) => number;
  years: readonly number[];
  /** Builds and saves the template; resolves true when it was saved. */
  onExport: (department: string) => Promise<boolean>;
  onClose: () => void;
};

/** 导出填报模板: all indicators, or the indicators of one 责任单位, as an xlsx to send out. */
export function TemplateExportDialog(props: TemplateExportDialogProps) {
  const { departments, indicatorCountOf, years, onExport, onClose } = props;
  const [department, setDepartment] = useState(ALL);
  const [isSaving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    const done = await onExport(department);
    setSaving(false);
    if (done) onClose();
  };
  const options = [ALL, ...departments].map((name) => ({
    value: name,
    label: `${name === ALL ? '全部指标' : name}（${indicatorCountOf(name)} 个指标）`,
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
        模板含 {years.map((y) => `${y}年`).join('、')} 的数值与状态列（{years[0]}
        年为基期，可填修订后的基期值），已填报的数值会预先填入。各部门填好后，用「导入填报模板」导入，导入前可预览每个单元格的变化。
      </Typography.Paragraph>
    </Modal>
  );
}

/** The value of the 全部指标 choice (buildDataTemplate treats '' as all indicators). */
const ALL = '';
