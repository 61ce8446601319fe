import { useState } from 'react';
import { Button, Radio, Select, Space } from 'antd';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import type { EvaluationMode } from '../../../../../shared/domain/verdict';
import type { PlanRow } from '../../../db/rows';
import { evaluationYears } from '../evaluationView';
import { EvaluationSettingsDrawer } from './EvaluationSettingsDrawer';

type EvaluationToolbarProps = {
  plans: readonly PlanRow[];
  bundle: PlanBundle | null;
  year: number | null;
  mode: EvaluationMode | null;
  onPlan: (planId: string) => void;
  onOptions: (options: { year?: number; mode?: EvaluationMode }) => void;
};

/** Plan, evaluation year and mode (中期评估 / 总结评估), and the plan's thresholds. */
export function EvaluationToolbar(props: EvaluationToolbarProps) {
  const { plans, bundle, year, mode, onPlan, onOptions } = props;
  const [isSettingsOpen, setSettingsOpen] = useState(false);
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select
        aria-label="规划"
        style={{ width: 420 }}
        placeholder="选择要评估的规划"
        value={bundle?.plan.id}
        options={plans.map((plan) => ({ value: plan.id, label: plan.name }))}
        onChange={onPlan}
      />
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
          <Button onClick={() => setSettingsOpen(true)}>评估阈值</Button>
          <EvaluationSettingsDrawer
            planId={bundle.plan.id}
            planName={bundle.plan.name}
            open={isSettingsOpen}
            onClose={() => setSettingsOpen(false)}
          />
        </>
      ) : null}
    </Space>
  );
}
