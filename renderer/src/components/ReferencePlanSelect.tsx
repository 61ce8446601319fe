import { Select } from 'antd';
import type { PlanId } from '../../../shared/domain/ids';
import type { PlanRow } from '../db/rows';

type ReferencePlanSelectProps = {
  /** The plan being evaluated: not offered as its own reference. */
  readonly planId: PlanId;
  readonly plans: readonly PlanRow[];
  readonly value: readonly PlanId[];
  readonly onChange: (ids: PlanId[]) => void;
};

/**
 * 对比参照 (issue 14「Comparisons」): the other plans whose values the report and the comparison
 * view set beside this plan's — the province's or the nation's (entered as a plan of that level),
 * or the districts of a city. Used by 评估分析 and 评估报告, which share the choice.
 */
export function ReferencePlanSelect({ planId, plans, value, onChange }: ReferencePlanSelectProps) {
  const options = plans
    .filter((plan) => plan.id !== planId)
    .map((plan) => ({
      value: plan.id,
      label: `${plan.region || '未注明地区'}（${plan.level}）· ${plan.name}`,
    }));
  return (
    <Select
      mode="multiple"
      allowClear
      aria-label="对比参照"
      placeholder="选择上级或下辖地区的规划作为对比参照"
      style={{ minWidth: 320, maxWidth: 640 }}
      options={options}
      value={[...value]}
      onChange={(ids: PlanId[]) => onChange(ids)}
    />
  );
}
