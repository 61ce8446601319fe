import { Select } from 'antd';
import type { PlanId } from '../../../../../shared/domain/ids';
import type { PlanRow } from '../../../db/rows';
import { describePeriod, describeTableKind } from '../../../lib/planLabels';

type PlanSelectorProps = {
  plans: readonly PlanRow[];
  value: PlanId | null;
  onChange: (planId: PlanId) => void;
};

/** Chooses the plan to fill in; the choice is remembered in the 数据填报 slice. */
export function PlanSelector({ plans, value, onChange }: PlanSelectorProps) {
  return (
    <Select<PlanId>
      aria-label="选择规划"
      className="entry-plan-select"
      showSearch={{ optionFilterProp: 'title' }}
      value={value ?? undefined}
      placeholder="选择要填报的规划"
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
