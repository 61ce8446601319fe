import type { ReactNode } from 'react';
import { Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Plan } from '../../../../../shared/domain/plan';
import { describeTableKind } from '../../../lib/planLabels';

type ReviewPlanCardProps = {
  plan: Plan;
  indicatorCount: number;
  sourceLabel: string;
  actions: ReactNode;
  onChange: (changes: Partial<Plan>) => void;
};

/** The plan's metadata on the review screen, editable before saving. */
export function ReviewPlanCard(props: ReviewPlanCardProps) {
  const { plan, indicatorCount, sourceLabel, actions, onChange } = props;
  return (
    <Card
      size="small"
      title={`核对导入结果（来源：${sourceLabel}，${describeTableKind(plan.tableKind)}，${indicatorCount} 项指标）`}
      extra={actions}
      style={{ marginBottom: 12 }}
    >
      <Form layout="inline" className="review-plan-form">
        <Form.Item label="规划名称" required>
          <Input
            aria-label="规划名称"
            style={{ width: 420 }}
            value={plan.name}
            onChange={(e) => onChange({ name: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="地区">
          <Input
            aria-label="地区"
            style={{ width: 110 }}
            value={plan.region}
            onChange={(e) => onChange({ region: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="级别">
          <Select
            style={{ width: 90 }}
            value={plan.level}
            options={['国家', '省', '市', '区县', '其他'].map((value) => ({ value }))}
            onChange={(level) => onChange({ level })}
          />
        </Form.Item>
        <Form.Item label="规划期">
          <Space.Compact>
            <InputNumber style={{ width: 80 }} value={plan.baseYear} disabled />
            <InputNumber style={{ width: 80 }} value={plan.targetYear} disabled />
          </Space.Compact>
        </Form.Item>
      </Form>
      {plan.notes.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          表注：{plan.notes.join('；')}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
