import { Button, Spin } from 'antd';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import { useLivePlans } from '../../db/liveQueries';
import { useCurrentPlan } from '../../state/useCurrentPlan';
import { EntryWorkspace } from './components/EntryWorkspace';
import { CurrentPlanSelect } from '../../components/CurrentPlanSelect';

/** 数据填报: yearly actual values per indicator, typed or pasted, every change logged. */
export function DataEntryPage() {
  const plans = useLivePlans();
  const navigate = useNavigate();
  // The app's current plan (issue 11 item 6): the same one 评估分析 and 评估报告 show.
  const { planId, setPlan: selectPlan } = useCurrentPlan(plans);

  return (
    <>
      <PageHeader
        title="数据填报"
        description="按年度填报各项指标的实际值，记录数据状态（预计数、快报数、年报数、核实数）、来源与备注。"
        extra={
          plans?.length ? (
            <CurrentPlanSelect plans={plans} value={planId} onChange={selectPlan} />
          ) : null
        }
      />
      {plans === undefined ? <Spin /> : null}
      {plans?.length === 0 ? (
        <SectionEmpty
          title="请先在「规划管理」中添加规划，再填报年度实际值"
          details={[
            '添加规划后，这里将以表格形式列出规划的全部指标，逐年填报实际值，可直接从 Excel 复制粘贴。',
            '每一次修改都会记入变更记录，可查看和撤回。',
          ]}
          actions={
            <Button type="primary" onClick={() => navigate('/plans')}>
              前往规划管理
            </Button>
          }
        />
      ) : null}
      {planId ? <EntryWorkspace planId={planId} /> : null}
    </>
  );
}
