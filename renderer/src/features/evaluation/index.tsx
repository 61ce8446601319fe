import { useMemo } from 'react';
import { Alert, Spin } from 'antd';
import { asPlanId } from '../../../../shared/domain/ids';
import type { PlanBundle } from '../../../../shared/domain/planBundle';
import { PageHeader } from '../../components/PageHeader';
import { SectionEmpty } from '../../components/SectionEmpty';
import { useLivePlans } from '../../db/liveQueries';
import { useLivePlanBundle } from '../../db/planBundleQuery';
import type { PlanRow } from '../../db/rows';
import { useAppStore } from '../../state/appStore';
import { EvaluationTable } from './components/EvaluationTable';
import { EvaluationToolbar } from './components/EvaluationToolbar';
import { defaultEvaluationOptions } from '../../../../shared/evaluation/defaultEvaluationOptions';
import { buildEvaluationView } from './evaluationView';

/** 评估分析: every indicator's verdict for a plan and year, with its reason and a summary. */
export function EvaluationPage() {
  const plans = useLivePlans();
  return (
    <>
      <PageHeader
        title="评估分析"
        description="按“时间过半、任务过半”比较时间进度与任务进度，判断各项指标提前实现、快于预期、符合预期或滞后。"
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

function PlanEvaluation({ plans }: { plans: readonly PlanRow[] }) {
  const selection = useAppStore((s) => s.evaluation);
  const selectPlan = useAppStore((s) => s.selectEvaluationPlan);
  const setOptions = useAppStore((s) => s.setEvaluationOptions);
  const planId = selection.planId ?? plans[0]?.id ?? null;
  const bundle = useLivePlanBundle(planId ? asPlanId(planId) : null);
  const view = useMemo(() => (bundle ? viewOf(bundle, selection) : null), [bundle, selection]);
  return (
    <>
      <EvaluationToolbar
        plans={plans}
        bundle={bundle ?? null}
        year={view?.year ?? null}
        mode={view?.mode ?? null}
        onPlan={selectPlan}
        onOptions={setOptions}
      />
      {bundle === undefined ? <Spin /> : null}
      {bundle && view ? (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={`${view.year}年${view.mode === 'final' ? '总结评估' : '中期评估'}：${view.result.summary.sentence}`}
          />
          <EvaluationTable indicators={bundle.indicators} evaluations={view.result.evaluations} />
        </>
      ) : null}
    </>
  );
}

function viewOf(
  bundle: PlanBundle,
  selection: { year: number | null; mode: 'midterm' | 'final' | null },
) {
  const defaults = defaultEvaluationOptions(bundle.plan, bundle.actualValues);
  return buildEvaluationView(bundle, {
    year: selection.year ?? defaults.year,
    mode: selection.mode ?? defaults.mode,
  });
}
