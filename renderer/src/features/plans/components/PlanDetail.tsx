import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Space, Spin, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  FileExcelOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import type { Indicator } from '../../../../../shared/domain/indicator';
import type { PlanId } from '../../../../../shared/domain/ids';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { useLiveIndicators, useLivePlan } from '../../../db/liveQueries';
import { useMakeCurrentPlan } from '../../../state/useCurrentPlan';
import {
  deleteIndicator,
  moveIndicator,
  saveIndicator,
} from '../../../db/repositories/indicatorsRepository';
import { usePlanExport } from '../hooks/usePlanExport';
import { useUserWriteContext } from '../hooks/useUserWriteContext';
import { IndicatorEditDialog } from './IndicatorEditDialog';
import { IndicatorTable } from './IndicatorTable';
import { PlanSummaryCard } from './PlanSummaryCard';

type PlanDetailProps = { planId: PlanId; onBack: () => void };

/** One plan: its metadata, table notes and indicators, with add / edit / delete / reorder. */
export function PlanDetail({ planId, onBack }: PlanDetailProps) {
  const plan = useLivePlan(planId);
  const indicators = useLiveIndicators(planId);
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const actions = useIndicatorActions(planId);
  const exportPlan = usePlanExport();
  // Opening a plan makes it the current plan of 数据填报, 评估分析 and 评估报告 (issue 11 item 6).
  useMakeCurrentPlan(planId, !!plan);

  if (plan === undefined || indicators === undefined) return <Spin />;
  if (plan === null) {
    return (
      <Card>
        <Typography.Paragraph>该规划已被删除。</Typography.Paragraph>
        <Button onClick={onBack}>返回规划列表</Button>
      </Card>
    );
  }
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <a onClick={onBack}>规划管理</a> }, { title: plan.name }]}
      />
      <PlanSummaryCard plan={plan} indicatorCount={indicators.length} />
      <Space style={{ marginBottom: 8 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增指标
        </Button>
        <Button icon={<FileExcelOutlined />} onClick={() => void exportPlan(planId)}>
          导出 Excel 规划表
        </Button>
        <Typography.Text type="secondary">
          已设为当前规划：「数据填报」「评估分析」「评估报告」均使用该规划
        </Typography.Text>
      </Space>
      <IndicatorTable
        indicators={indicators}
        renderActions={(indicator, index) => (
          <Space size={0}>
            <Button size="small" type="link" onClick={() => setEditing(indicator)}>
              编辑
            </Button>
            <Button
              size="small"
              type="text"
              aria-label="上移"
              icon={<ArrowUpOutlined />}
              disabled={index === 0}
              onClick={() => actions.move(indicator, -1)}
            />
            <Button
              size="small"
              type="text"
              aria-label="下移"
              icon={<ArrowDownOutlined />}
              disabled={index === indicators.length - 1}
              onClick={() => actions.move(indicator, 1)}
            />
            <Button size="small" type="link" danger onClick={() => actions.remove(indicator)}>
              删除
            </Button>
          </Space>
        )}
      />
      {editing ? (
        <IndicatorEditDialog
          plan={plan}
          indicator={editing === 'new' ? null : editing}
          nextOrder={indicators.length + 1}
          categories={[...new Set(indicators.map((i) => i.category))]}
          onCancel={() => setEditing(null)}
          onSave={async (indicator) => {
            await actions.save(indicator);
            setEditing(null);
          }}
        />
      ) : null}
    </>
  );
}

/** Save, move and delete with a Chinese message for every outcome; delete asks first. */
function useIndicatorActions(planId: PlanId) {
  const { message, modal } = App.useApp();
  const writeContext = useUserWriteContext();
  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(describeStorageError(error));
    }
  };
  return {
    save: (indicator: Indicator) =>
      run(() => saveIndicator(getDb(), indicator, writeContext()), '已保存指标'),
    move: (indicator: Indicator, step: -1 | 1) =>
      void run(
        () => moveIndicator(getDb(), planId, indicator.id, step, writeContext()),
        step < 0 ? '已上移' : '已下移',
      ),
    remove: (indicator: Indicator) =>
      modal.confirm({
        title: '删除指标',
        content: `将删除「${indicator.name}」及其全部已填报数据，删除记录会写入变更记录。确定删除吗？`,
        okText: '删除',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: () => run(() => deleteIndicator(getDb(), indicator.id, writeContext()), '已删除指标'),
      }),
  };
}
