import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PlanId } from '../../../shared/domain/ids';
import type { PlanRow } from '../db/rows';
import { useAppStore } from '../state/appStore';

/**
 * The current plan among `plans` (issue 11 item 6), and the action that changes it. While the
 * remembered choice is being read, or when it names a deleted plan, the first main table becomes
 * current once the choice is known, so every page shows the same plan.
 */
export function useCurrentPlan(plans: readonly PlanRow[] | undefined): {
  readonly planId: PlanId | null;
  readonly setPlan: (planId: PlanId) => void;
} {
  const { planId, isRestored } = useAppStore(
    useShallow((s) => ({ planId: s.currentPlan.planId, isRestored: s.currentPlan.isRestored })),
  );
  const setPlan = useAppStore((s) => s.setCurrentPlan);
  const isKnown = !!plans?.some((plan) => plan.id === planId);
  useEffect(() => {
    if (!plans || plans.length === 0 || !isRestored || isKnown) return;
    const first = plans.find((plan) => plan.tableKind === 'main') ?? plans[0];
    if (first) setPlan(first.id);
  }, [plans, isRestored, isKnown, setPlan]);
  return { planId: isKnown ? planId : null, setPlan };
}

/** Makes a plan current once it is known to exist (opening it in 规划管理, issue 11 item 6). */
export function useMakeCurrentPlan(planId: PlanId, exists: boolean): void {
  const setPlan = useAppStore((s) => s.setCurrentPlan);
  useEffect(() => {
    if (exists) setPlan(planId);
  }, [exists, planId, setPlan]);
}
