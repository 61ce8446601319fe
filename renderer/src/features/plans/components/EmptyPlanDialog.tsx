import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { asPlanId, type PlanId } from '../../../../../shared/domain/ids';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import type { PlanLevel } from '../../../../../shared/domain/plan';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { addPlanBundle } from '../../../db/repositories/plansRepository';
import { useUserWriteContext } from '../hooks/useUserWriteContext';

type EmptyPlanDialogProps = { onClose: () => void; onCreated: (planId: string) => void };

type FormValues = {
  name: string;
  region: string;
  level: PlanLevel;
  periodLabel: string;
  baseYear: number;
  targetYear: number;
};

/** 新建空白规划: a plan without indicators, to be filled row by row. */
export function EmptyPlanDialog({ onClose, onCreated }: EmptyPlanDialogProps) {
  const [form] = Form.useForm<FormValues>();
  const writeContext = useUserWriteContext();
  const { message } = App.useApp();

  const create = async () => {
    const values = await form.validateFields();
    const planId = asPlanId(`user-${crypto.randomUUID()}`);
    try {
      await addPlanBundle(getDb(), emptyPlanBundle(planId, values), writeContext());
      onCreated(planId);
    } catch (error) {
      void message.error(describeStorageError(error));
    }
  };

  return (
    <Modal
      open
      title="新建空白规划"
      okText="创建"
      cancelText="取消"
      onCancel={onClose}
      onOk={create}
    >
      <Form
        form={form}
        labelCol={{ span: 5 }}
        initialValues={{ level: '市', periodLabel: '十四五', baseYear: 2020, targetYear: 2025 }}
      >
        <Form.Item
          label="规划名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写规划名称' }]}
        >
          <Input placeholder="如：某某市国民经济和社会发展第十四个五年规划" />
        </Form.Item>
        <Form.Item
          label="地区"
          name="region"
          rules={[{ required: true, whitespace: true, message: '请填写地区' }]}
        >
          <Input placeholder="如：景德镇市" />
        </Form.Item>
        <Form.Item label="级别" name="level">
          <Select options={['国家', '省', '市', '区县', '其他'].map((value) => ({ value }))} />
        </Form.Item>
        <Form.Item label="规划期" name="periodLabel">
          <Input placeholder="如：十四五" />
        </Form.Item>
        <Form.Item
          label="基期年份"
          name="baseYear"
          rules={[{ required: true, message: '请填写基期年份' }]}
        >
          <InputNumber min={1950} max={2100} precision={0} />
        </Form.Item>
        <Form.Item
          label="目标年份"
          name="targetYear"
          dependencies={['baseYear']}
          rules={[{ required: true, message: '请填写目标年份' }, targetAfterBase]}
        >
          <InputNumber min={1951} max={2100} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function emptyPlanBundle(planId: PlanId, values: FormValues): PlanBundle {
  return {
    plan: {
      id: planId,
      name: values.name.trim(),
      region: values.region.trim(),
      level: values.level,
      periodLabel: values.periodLabel.trim(),
      baseYear: values.baseYear,
      targetYear: values.targetYear,
      tableKind: 'main',
      notes: [],
      origin: { type: 'empty' },
    },
    indicators: [],
    actualValues: [],
    officialAssessments: [],
  };
}

const targetAfterBase = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, value: number) =>
    value > Number(getFieldValue('baseYear'))
      ? Promise.resolve()
      : Promise.reject(new Error('目标年份必须晚于基期年份')),
});
