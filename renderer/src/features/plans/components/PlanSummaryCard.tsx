import { Card, Descriptions, Typography } from 'antd';
import type { PlanRow } from '../../../db/rows';
import { describeOrigin, describePeriod, describeTableKind } from '../../../lib/planLabels';

type PlanSummaryCardProps = { plan: PlanRow; indicatorCount: number };

/** A plan's metadata and its table notes (注 / 备注), kept with the plan (DOMAIN.md). */
export function PlanSummaryCard({ plan, indicatorCount }: PlanSummaryCardProps) {
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Descriptions size="small" column={5} title={plan.name}>
        <Descriptions.Item label="地区">
          {plan.region}（{plan.level}）
        </Descriptions.Item>
        <Descriptions.Item label="规划期">{describePeriod(plan)}</Descriptions.Item>
        <Descriptions.Item label="表格">{describeTableKind(plan.tableKind)}</Descriptions.Item>
        <Descriptions.Item label="来源">{describeOrigin(plan.origin)}</Descriptions.Item>
        <Descriptions.Item label="指标数">{indicatorCount}</Descriptions.Item>
      </Descriptions>
      {plan.notes.length > 0 ? (
        <Typography.Paragraph type="secondary" className="plan-notes">
          表注：
          {plan.notes.map((note, index) => (
            <span key={note}>
              {index + 1}. {note}
              {index < plan.notes.length - 1 ? '；' : ''}
            </span>
          ))}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
