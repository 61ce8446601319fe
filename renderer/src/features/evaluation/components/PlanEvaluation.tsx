import { useMemo } from 'react';
import { Alert, Spin } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../../../../../shared/domain/verdict';
import { BASE_BREAK_LABEL, detectBaseBreaks } from '../../../../../shared/evaluation/baseBreak';
import type { PlanRow } from '../../../db/rows';
import { useAppStore } from '../../../state/appStore';
import { filterChoices, filterRows, type EvaluationRow } from '../evaluationFilters';
import { actualYears, evaluationRows, indexYearActuals } from '../evaluationTableModel';
import type { EvaluationView } from '../evaluationView';
import { useEvaluationView } from '../hooks/useEvaluationView';
import { EvaluationCharts } from './EvaluationCharts';
import { EvaluationFilterBar } from './EvaluationFilterBar';
import { EvaluationTable } from './EvaluationTable';
import { EvaluationToolbar } from './EvaluationToolbar';
import { IndicatorDetail } from './IndicatorDetail';

type PlanEvaluationProps = { plans: readonly PlanRow[] };

/** The chosen plan's evaluation: toolbar, summary, charts, filters, table and detail. */
export function PlanEvaluation({ plans }: PlanEvaluationProps) {
  const selection = useAppStore(
    useShallow((s) => ({
      planId: s.evaluation.planId,
      year: s.evaluation.year,
      mode: s.evaluation.mode,
    })),
  );
  const selectPlan = useAppStore((s) => s.selectEvaluationPlan);
  const setOptions = useAppStore((s) => s.setEvaluationOptions);
  const planId = selection.planId ?? plans[0]?.id ?? null;
  const { bundle, view } = useEvaluationView(planId, selection);
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
      {bundle === undefined || (bundle && view === undefined) ? <Spin /> : null}
      {bundle && view ? <EvaluationBody bundle={bundle} view={view} /> : null}
    </>
  );
}

function EvaluationBody({ bundle, view }: { bundle: PlanBundle; view: EvaluationView }) {
  const filters = useAppStore((s) => s.evaluation.filters);
  const detailId = useAppStore((s) => s.evaluation.detailId);
  const openDetail = useAppStore((s) => s.openIndicatorDetail);
  const rows = useMemo(
    () =>
      evaluationRows(
        bundle.indicators,
        view.result.evaluations,
        detectBaseBreaks(bundle.indicators, bundle.actualValues, bundle.plan),
      ),
    [bundle, view.result.evaluations],
  );
  const actuals = useMemo(() => indexYearActuals(bundle.actualValues), [bundle.actualValues]);
  const choices = useMemo(
    () => filterChoices(rows, view.mode === 'midterm' ? MIDTERM_VERDICTS : FINAL_VERDICTS),
    [rows, view.mode],
  );
  const shown = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const modeText = view.mode === 'final' ? '总结评估' : '中期评估';
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`${view.year}年${modeText}：${view.result.summary.sentence}`}
        description={baseBreakSummary(rows)}
      />
      <EvaluationCharts summary={view.result.summary} />
      <EvaluationFilterBar choices={choices} shown={shown.length} total={rows.length} />
      <EvaluationTable
        rows={shown}
        years={actualYears(bundle.plan, view.year)}
        actuals={actuals}
        onOpen={openDetail}
      />
      <IndicatorDetail
        bundle={bundle}
        row={rows.find((row) => row.indicator.id === detailId) ?? null}
        onClose={() => openDetail(null)}
      />
    </>
  );
}

/** One line under the summary naming the indicators whose base may not be comparable. */
function baseBreakSummary(rows: readonly EvaluationRow[]): string | undefined {
  const open = rows.filter((row) => row.baseBreak && row.baseBreak.revisedBase === null);
  if (open.length === 0) return undefined;
  const names = open.map((row) => row.indicator.name).join('、');
  return `${names}${BASE_BREAK_LABEL}，点击该指标可录入修订基期值。`;
}
