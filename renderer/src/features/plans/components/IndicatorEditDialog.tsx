import { useMemo } from 'react';
import { AutoComplete, Alert, Form, Input, Modal, Select, Space } from 'antd';
import { stopEscapeOfOpenDropdown } from '../../../components/stopEscapeOfOpenDropdown';
import type { Attribute, Direction, Indicator } from '../../../../../shared/domain/indicator';
import { ATTRIBUTE_TO_FILL } from '../../../../../shared/domain/attributeLabel';
import { describeTarget } from '../../../../../shared/domain/describeTarget';
import { asIndicatorId } from '../../../../../shared/domain/ids';
import type { Plan } from '../../../../../shared/domain/plan';
import { TARGET_KIND_LABELS } from '../../../../../shared/domain/target';
import { buildEditedIndicator } from '../../../../../shared/importers/buildEditedIndicator';

type IndicatorEditDialogProps = {
  plan: Plan;
  /** The indicator to edit, or null to add one at `nextOrder`. */
  indicator: Indicator | null;
  nextOrder: number;
  categories: readonly string[];
  onCancel: () => void;
  onSave: (indicator: Indicator) => void | Promise<void>;
};

type FormValues = {
  category: string;
  rawName: string;
  baseRaw: string;
  targetRaw: string;
  growthRaw: string;
  /** null until filled: a table without 属性 leaves it 待填 (decision 0044); saving requires it. */
  attribute: Attribute | null;
  direction: Direction | 'auto';
  departments: string[];
  remarks: string;
};

/**
 * Adds or edits one indicator as raw plan texts, showing the parsed reading live so the user
 * sees how the workbench will understand 「7 左右」 or 「[2.2]」 before saving.
 */
export function IndicatorEditDialog(props: IndicatorEditDialogProps) {
  const { plan, indicator, nextOrder, categories, onCancel, onSave } = props;
  const [form] = Form.useForm<FormValues>();
  const values = Form.useWatch([], form) as FormValues | undefined;
  const initialValues = useMemo(() => toFormValues(indicator), [indicator]);
  const preview = useMemo(
    () => (values?.rawName ? toIndicator(plan, indicator, nextOrder, values) : null),
    [plan, indicator, nextOrder, values],
  );

  return (
    <Modal
      open
      width={640}
      // Fits a 768-pixel screen with 保存 in view; a long form scrolls inside (issue 15 item 9).
      style={{ top: 16, paddingBottom: 0 }}
      styles={{ body: { maxHeight: 'calc(100vh - 150px)', overflowY: 'auto' } }}
      title={indicator ? `编辑指标：${indicator.name}` : '新增指标'}
      okText="保存"
      cancelText="取消"
      onCancel={onCancel}
      onOk={async () => {
        const valid = await form.validateFields();
        await onSave(toIndicator(plan, indicator, nextOrder, valid));
      }}
      destroyOnHidden
    >
      <div onKeyDown={stopEscapeOfOpenDropdown}>
        <Form
          form={form}
          layout="horizontal"
          labelCol={{ span: 6 }}
          initialValues={initialValues}
          className="compact-form"
        >
          <IndicatorFields plan={plan} categories={categories} />
        </Form>
      </div>
      {preview ? (
        <Alert
          type="info"
          showIcon
          title={`解析结果：${TARGET_KIND_LABELS[preview.target.kind]}`}
          description={`${describeTarget(preview)}；单位：${preview.unit || '（无）'}；方向：${preview.direction === 'lowerIsBetter' ? '越低越好' : '越高越好'}`}
        />
      ) : null}
    </Modal>
  );
}

/** The form's fields: raw plan texts, attribute and direction on one line to save height. */
function IndicatorFields({ plan, categories }: { plan: Plan; categories: readonly string[] }) {
  return (
    <>
      <Form.Item label="类别" name="category">
        <AutoComplete options={categories.map((c) => ({ value: c }))} placeholder="如：综合质效" />
      </Form.Item>
      <Form.Item
        label="指标（含单位）"
        name="rawName"
        rules={[{ required: true, whitespace: true, message: '请填写指标名称，单位写在括号内' }]}
      >
        <Input placeholder="如：地区生产总值（亿元）" />
      </Form.Item>
      <Form.Item label={`${plan.baseYear}年基期值`} name="baseRaw">
        <Input placeholder="如：957.14；68.05*；[7.66]；--" />
      </Form.Item>
      <Form.Item label={`${plan.targetYear}年目标值`} name="targetRaw">
        <Input placeholder="如：1200；6.5:41.5:52；确保数量不减，质量提升" />
      </Form.Item>
      <Form.Item label="年均/累计增长(%)" name="growthRaw">
        <Input placeholder="如：7 左右；[2.2]；4.5 以内；保持稳定" />
      </Form.Item>
      <Form.Item label="属性与方向" required style={{ marginBottom: 0 }}>
        <Space.Compact block>
          <Form.Item
            name="attribute"
            rules={[{ required: true, message: '请选择属性（预期性或约束性）' }]}
            style={{ width: '32%' }}
          >
            <Select
              aria-label="属性"
              placeholder={ATTRIBUTE_TO_FILL}
              options={[{ value: '预期性' }, { value: '约束性' }]}
            />
          </Form.Item>
          <Form.Item name="direction" style={{ width: '68%' }}>
            <Select aria-label="方向" options={DIRECTION_OPTIONS} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="责任单位" name="departments">
        <Select mode="tags" placeholder="输入单位名称后回车，可填多个" open={false} />
      </Form.Item>
      <Form.Item label="备注" name="remarks">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
    </>
  );
}

const DIRECTION_OPTIONS = [
  { value: 'auto', label: '按指标名称自动判断' },
  { value: 'higherIsBetter', label: '越高越好' },
  { value: 'lowerIsBetter', label: '越低越好（如失业率、能耗）' },
];

const EMPTY_FORM: FormValues = {
  category: '',
  rawName: '',
  baseRaw: '',
  targetRaw: '',
  growthRaw: '',
  attribute: '预期性',
  direction: 'auto',
  departments: [],
  remarks: '',
};

function toFormValues(indicator: Indicator | null): FormValues {
  if (!indicator) return EMPTY_FORM;
  return {
    category: indicator.category,
    rawName: indicator.unit ? `${indicator.name}（${indicator.unit}）` : indicator.name,
    baseRaw: indicator.baseRaw,
    targetRaw: indicator.targetRaw,
    growthRaw: indicator.growthRaw,
    attribute: indicator.attribute,
    direction: indicator.direction,
    departments: [...indicator.departments],
    remarks: indicator.remarks,
  };
}

function toIndicator(
  plan: Plan,
  indicator: Indicator | null,
  nextOrder: number,
  values: Partial<FormValues>,
): Indicator {
  // Form.useWatch yields partial values while the form mounts.
  const { direction, ...rest } = { ...EMPTY_FORM, ...values };
  return buildEditedIndicator(
    {
      ...rest,
      id: indicator?.id ?? asIndicatorId(`${plan.id}/u-${crypto.randomUUID()}`),
      order: indicator?.order ?? nextOrder,
      direction: direction === 'auto' ? null : direction,
    },
    plan,
  );
}
