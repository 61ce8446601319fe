import { useEffect } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import type { WorkItem } from '../../../../../shared/domain/workItem';
import type { WorkItemList } from '../../../../../shared/domain/workItemList';
import {
  PROGRESS_STATUSES,
  type ProgressContent,
  type ProgressSpan,
} from '../../../../../shared/domain/workItemProgress';
import { suggestProgressStatus } from '../../../../../shared/evaluation/suggestProgressStatus';
import type { WorkItemProgressRow } from '../../../db/rows';

type ProgressFormProps = {
  item: WorkItem;
  list: WorkItemList;
  year: number;
  span: ProgressSpan;
  progress: WorkItemProgressRow | null;
  onSave: (next: ProgressContent | null) => Promise<boolean>;
};

type Values = Omit<ProgressContent, 'shareDone' | 'investmentDone'> & {
  shareDone: number | null;
  investmentDone: number | null;
};

/** The period's progress of one item: status (with the app's suggestion), share, text, source. */
export function ProgressForm({ item, list, year, span, progress, onSave }: ProgressFormProps) {
  const [form] = Form.useForm<Values>();
  useEffect(() => form.setFieldsValue(progress ?? EMPTY), [form, progress, item.id, year, span]);
  const shareDone = Form.useWatch('shareDone', form) ?? null;
  const investmentDone = Form.useWatch('investmentDone', form) ?? null;
  const suggestion = suggestProgressStatus(
    item,
    list,
    { year, span },
    { shareDone, investmentDone },
  );
  const save = async () => {
    const values = await form.validateFields();
    await onSave({
      ...values,
      text: values.text ?? '',
      source: values.source ?? '',
      reporter: values.reporter ?? '',
    });
  };
  return (
    <Form form={form} layout="vertical" size="small" className="progress-form">
      <Space wrap>
        <Form.Item name="status" label="状态" rules={[{ required: true, message: '请选择状态' }]}>
          <Select
            aria-label="进展状态"
            style={{ width: 140 }}
            options={PROGRESS_STATUSES.map((s) => ({ value: s, label: s }))}
          />
        </Form.Item>
        <Form.Item name="shareDone" label="完成进度（%）">
          <InputNumber aria-label="完成进度" min={0} max={100} style={{ width: 120 }} />
        </Form.Item>
        {item.kind === '工程项目' ? (
          <Form.Item name="investmentDone" label="累计完成投资（万元）">
            <InputNumber aria-label="累计完成投资" min={0} style={{ width: 160 }} />
          </Form.Item>
        ) : null}
      </Space>
      {suggestion ? (
        <Alert
          type={suggestion.status === '滞后' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 8 }}
          title={`建议状态：${suggestion.status}（${suggestion.reason}）`}
          action={
            <Button size="small" onClick={() => form.setFieldValue('status', suggestion.status)}>
              采用
            </Button>
          }
        />
      ) : null}
      <Form.Item name="text" label="进展情况">
        <Input.TextArea aria-label="进展情况" rows={3} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="source" label="数据来源">
          <Input aria-label="数据来源" style={{ width: 200 }} maxLength={100} />
        </Form.Item>
        <Form.Item name="reporter" label="填报人">
          <Input aria-label="填报人" style={{ width: 140 }} maxLength={40} />
        </Form.Item>
      </Space>
      <Space>
        <Button type="primary" onClick={() => void save()}>
          保存进展
        </Button>
        {progress ? <Button onClick={() => void onSave(null)}>清除本期进展</Button> : null}
      </Space>
    </Form>
  );
}

const EMPTY: Partial<Values> = {
  status: undefined,
  shareDone: null,
  investmentDone: null,
  text: '',
  source: '',
  reporter: '',
};
