import { useMemo } from 'react';
import { Card, Col, Row, Statistic, Tag } from 'antd';
import {
  PROGRESS_STATUS_COLORS,
  STATUS_OR_MISSING,
} from '../../../../../shared/domain/workItemProgress';
import { workItemStatusOption } from '../../../../../shared/charts/workItemStatusOption';
import type { WorkItemSummary } from '../../../../../shared/evaluation/summarizeWorkItems';
import { EChart } from '../../../charts/EChart';

type WorkItemsSummaryProps = { summary: WorkItemSummary };

/** Counts by status and by kind, and the chart of status by lead department. */
export function WorkItemsSummary({ summary }: WorkItemsSummaryProps) {
  const option = useMemo(() => workItemStatusOption(summary), [summary]);
  const chartHeight = 60 + Math.min(summary.byDepartment.length, 13) * 26;
  return (
    <Row gutter={12} style={{ marginBottom: 12 }}>
      <Col span={10}>
        <Card size="small" title="按状态统计" className="work-status-counts">
          <Row gutter={[8, 8]}>
            {STATUS_OR_MISSING.map((status) => (
              <Col span={8} key={status}>
                <Statistic
                  title={status}
                  value={summary.byStatus[status]}
                  suffix="项"
                  valueStyle={{ color: PROGRESS_STATUS_COLORS[status], fontSize: 22 }}
                />
              </Col>
            ))}
          </Row>
          <div style={{ marginTop: 8 }}>
            {summary.byKind.map((group) => (
              <Tag key={group.kind}>
                {group.kind} {group.total} 项
              </Tag>
            ))}
          </div>
        </Card>
      </Col>
      <Col span={14}>
        <Card size="small" title="各牵头单位任务状态">
          <EChart option={option} height={chartHeight} label="各牵头单位任务状态" />
        </Card>
      </Col>
    </Row>
  );
}
