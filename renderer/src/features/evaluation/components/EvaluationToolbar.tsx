import { Radio, Select, Space } from 'antd';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import type { EvaluationMode } from '../../../../../shared/domain/verdict';
import type { PlanId } from '../../../../../shared/domain/ids';
import { CurrentPlanSelect } from '../../../components/CurrentPlanSelect';
import type { PlanRow } from '../../../db/rows';
import { evaluationYears } from '../evaluationView';

type EvaluationToolbarProps = {
  plans: readonly PlanRow[];
  bundle: PlanBundle | null;
  year: number | null;
  mode: EvaluationMode | null;
  onPlan: (planId: PlanId) => void;
  onOptions: (options: { year?: number; mode?: EvaluationMode }) => void;
};

/** Plan, evaluation year and mode (中期评估 / 总结评估). */
export function EvaluationToolbar(props: EvaluationToolbarProps) {
  const { plans, bundle, year, mode, onPlan, onOptions } = props;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <CurrentPlanSelect plans={plans} value={bundle?.plan.id ?? null} onChange={onPlan} />
      {bundle ? (
        <>
          <Select
            aria-label="评估年份"
            style={{ width: 110 }}
            value={year ?? undefined}
            options={evaluationYears(bundle.plan).map((y) => ({ value: y, label: `${y}年` }))}
            onChange={(value) => onOptions({ year: value })}
          />
          <Radio.Group
            optionType="button"
            value={mode}
            onChange={(event) => onOptions({ mode: event.target.value as EvaluationMode })}
            options={[
              { value: 'midterm', label: '中期评估' },
              { value: 'final', label: '总结评估' },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}
