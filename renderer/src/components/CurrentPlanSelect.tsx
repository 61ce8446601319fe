import { Select } from 'antd';
import type { PlanId } from '../../../shared/domain/ids';
import type { PlanRow } from '../db/rows';
import { describePeriod, describeTableKind } from '../lib/planLabels';

type CurrentPlanSelectProps = {
  plans: readonly PlanRow[];
  value: PlanId | null;
  onChange: (planId: PlanId) => void;
};

/**
 * The one plan selector of 数据填报, 评估分析 and 评估报告 (issue 11 item 6): the choice is the
 * app's current plan (state/useCurrentPlan.ts), so each page shows the same plan.
 */
export function CurrentPlanSelect({ plans, value, onChange }: CurrentPlanSelectProps) {
  return (
    <Select<PlanId>
      aria-label="当前规划"
      className="entry-plan-select current-plan-select"
      showSearch={{ optionFilterProp: 'title' }}
      value={value ?? undefined}
      placeholder="选择规划"
      onChange={onChange}
      options={plans.map((plan) => ({
        value: plan.id,
        title: plan.name,
        label: (
          <span>
            {plan.name}
            <span className="entry-plan-meta">
              {' '}
              {describePeriod(plan)} · {describeTableKind(plan.tableKind)}
            </span>
          </span>
        ),
      }))}
    />
  );
}
