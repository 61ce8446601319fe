import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { PlanId } from '../../../../../shared/domain/ids';
import type { PlanRow } from '../../../db/rows';
import {
  describeOrigin,
  describePeriod,
  describeTableKind,
  formatChineseDate,
} from '../../../lib/planLabels';

type PlanListProps = {
  plans: readonly PlanRow[];
  indicatorCounts: ReadonlyMap<PlanId, number>;
  onOpen: (planId: PlanId) => void;
  onDelete: (plan: PlanRow) => void;
};

/** The table of plans with open and delete actions. */
export function PlanList({ plans, indicatorCounts, onOpen, onDelete }: PlanListProps) {
  return (
    <Table<PlanRow>
      size="small"
      rowKey="id"
      dataSource={[...plans]}
      pagination={false}
      sticky
      columns={[
        {
          title: '规划名称',
          dataIndex: 'name',
          render: (name: string, plan) => (
            <Typography.Link
              href={`#/plans/${encodeURIComponent(plan.id)}`}
              onClick={(event) => {
                event.preventDefault();
                onOpen(plan.id);
              }}
            >
              {name}
            </Typography.Link>
          ),
        },
        { title: '地区', dataIndex: 'region', width: 80 },
        { title: '规划期', width: 196, render: (_, plan) => describePeriod(plan) },
        {
          title: '表格',
          width: 96,
          render: (_, plan) => (
            <Tag color={plan.tableKind === 'completion' ? 'gold' : 'blue'}>
              {describeTableKind(plan.tableKind)}
            </Tag>
          ),
        },
        {
          title: '指标数',
          width: 64,
          align: 'right',
          render: (_, plan) => indicatorCounts.get(plan.id) ?? 0,
        },
        { title: '来源', width: 90, render: (_, plan) => describeOrigin(plan.origin) },
        {
          title: '添加日期',
          width: 130,
          render: (_, plan) => formatChineseDate(plan.createdAt),
        },
        {
          title: '操作',
          width: 110,
          render: (_, plan) => (
            <Space size="small">
              <Button size="small" type="link" onClick={() => onOpen(plan.id)}>
                查看
              </Button>
              <Popconfirm
                title="删除规划"
                description={`将删除「${plan.name}」及其 ${indicatorCounts.get(plan.id) ?? 0} 项指标和全部已填报数据，删除记录会写入变更记录。确定删除吗？`}
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => onDelete(plan)}
              >
                <Button size="small" type="link" danger>
                  删除
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );
}
