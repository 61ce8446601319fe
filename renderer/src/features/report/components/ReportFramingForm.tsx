import { useEffect } from 'react';
import { Button, Checkbox, Col, Form, Input, Row } from 'antd';
import type { ReportFraming } from '../../../../../shared/report/reportFraming';
import {
  EVALUATION_METHOD_LABELS,
  EVALUATION_METHODS,
  readFraming,
  splitDepartments,
} from '../../../../../shared/report/reportFraming';

type ReportFramingFormProps = {
  readonly framing: ReportFraming;
  /** The drafted title, shown as the placeholder of the title field. */
  readonly draftedTitle: string;
  readonly onSave: (framing: ReportFraming) => Promise<void>;
};

/** The form's values: the departments as one text, one name per line or separated by 、. */
type FormValues = Omit<ReportFraming, 'departments'> & { readonly departments: string };

/**
 * 评估工作情况 (issue 14): what the evaluator fills once per evaluation — title block, who
 * commissioned it, scope, data cut-off, methods, departments consulted. 一、评估工作开展情况 and
 * the title are drafted from it; empty fields are simply left out of the report.
 */
export function ReportFramingForm({ framing, draftedTitle, onSave }: ReportFramingFormProps) {
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    form.setFieldsValue({ ...framing, departments: framing.departments.join('、') });
  }, [form, framing]);
  const save = async (values: FormValues) => {
    await onSave(readFraming({ ...values, departments: splitDepartments(values.departments) }));
  };
  return (
    <Form form={form} layout="vertical" size="small" onFinish={(values) => void save(values)}>
      <Row gutter={12}>
        <Col span={24}>
          <Form.Item name="title" label="报告标题（不填则按规划名称生成）">
            <Input placeholder={draftedTitle} />
          </Form.Item>
        </Col>
        {FIELDS.map((field) => (
          <Col key={field.name} span={field.span}>
            <Form.Item
              name={field.name}
              label={field.label}
              rules={field.name === 'cutoffDate' ? [CUTOFF_RULE] : []}
            >
              <Input placeholder={field.placeholder} />
            </Form.Item>
          </Col>
        ))}
        <Col span={24}>
          <Form.Item name="methods" label="评估方式">
            <Checkbox.Group
              options={EVALUATION_METHODS.map((method) => ({
                value: method,
                label: EVALUATION_METHOD_LABELS[method],
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="departments" label="征求意见的部门（用“、”或换行分隔）">
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              placeholder="市统计局、市财政局"
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit">
        保存评估工作情况
      </Button>
    </Form>
  );
}

const FIELDS: readonly {
  name: Exclude<keyof FormValues, 'title' | 'methods' | 'departments'>;
  label: string;
  placeholder: string;
  span: number;
}[] = [
  { name: 'region', label: '地区名称（规划未注明时）', placeholder: '景德镇市', span: 8 },
  { name: 'commissioner', label: '组织单位', placeholder: '市人民政府', span: 8 },
  { name: 'cutoffDate', label: '数据截止日期', placeholder: '2023-06-30', span: 8 },
  { name: 'scope', label: '评估范围（《纲要》之外）', placeholder: '12项市级专项规划', span: 8 },
  { name: 'reportDate', label: '报告日期', placeholder: '2023年8月28日', span: 8 },
  { name: 'reporter', label: '报告人', placeholder: '市发展改革委主任 张三', span: 8 },
  {
    name: 'meeting',
    label: '会议',
    placeholder: '在市十六届人大常委会第十五次会议上',
    span: 24,
  },
];

const CUTOFF_RULE = {
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  message: '请按“2023-06-30”的格式填写日期',
};
