import { Spin } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import { useLivePlans } from '../../db/liveQueries';
import { PlanEvaluation } from './components/PlanEvaluation';

/** 评估分析: every indicator's verdict for a plan and year, with charts, filters and details. */
export function EvaluationPage() {
  const plans = useLivePlans();
  return (
    <>
      <PageHeader
        title="评估分析"
        description="按“时间过半、任务过半”比较时间进度与任务进度，判断各项指标提前实现、快于预期、符合预期或滞后；点击指标查看走势、依据并可人工研判。"
      />
      {plans === undefined ? <Spin /> : null}
      {plans?.length === 0 ? (
        <SectionEmpty
          title="请先在「规划管理」中添加规划，并在「数据填报」中填报实际值"
          details={['这里将显示各项指标的判断、依据说明以及按判断结果的汇总。']}
        />
      ) : null}
      {plans && plans.length > 0 ? <PlanEvaluation plans={plans} /> : null}
    </>
  );
}
