import { useEffect } from 'react';
import { asPlanId } from '../../../shared/domain/ids';
import { getDb } from '../db/db';
import { getCurrentPlanId, setCurrentPlanId } from '../db/repositories/settingsRepository';
import { useAppStore } from '../state/appStore';

/**
 * Restores the current plan chosen in an earlier session and remembers every later choice in the
 * settings table (issue 11 item 6). Until it has read the database the pages wait rather than
 * fall back to the first plan, so a restart never silently switches plans.
 */
export function useCurrentPlanMemory(): void {
  useEffect(() => {
    let isActive = true;
    void getCurrentPlanId(getDb())
      .catch(() => null)
      .then((stored) => {
        if (!isActive) return;
        const state = useAppStore.getState();
        if (stored && state.currentPlan.planId === null) state.setCurrentPlan(asPlanId(stored));
        state.markCurrentPlanRestored();
      });
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const { planId } = state.currentPlan;
      if (planId && planId !== previous.currentPlan.planId) {
        // Remembering is a convenience: a refused write leaves the app as it is.
        void setCurrentPlanId(getDb(), planId).catch(() => undefined);
      }
    });
    return () => {
      isActive = false;
      unsubscribe();
    };
  }, []);
}
