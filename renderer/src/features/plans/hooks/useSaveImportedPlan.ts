import { useState } from 'react';
import { App } from 'antd';
import type { Plan } from '../../../../../shared/domain/plan';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { addPlanBundle } from '../../../db/repositories/plansRepository';
import type { ChangeOrigin } from '../../../db/rows';
import { useAppStore } from '../../../state/appStore';
import type { ImportDraft } from '../plansSlice';
import { useUserWriteContext } from './useUserWriteContext';

/**
 * 保存为新规划: stores the reviewed draft as a new plan in one transaction (all or nothing), then
 * clears the draft and reports how many indicators were saved.
 */
export function useSaveImportedPlan(draft: ImportDraft, onSaved: (planId: string) => void) {
  const setImportDraft = useAppStore((s) => s.setImportDraft);
  const [isSaving, setSaving] = useState(false);
  const writeContext = useUserWriteContext();
  const { message } = App.useApp();
  const save = async () => {
    const { plan, indicators } = draft.bundle;
    setSaving(true);
    try {
      await addPlanBundle(getDb(), keepRowsValues(draft.bundle), writeContext(changeOrigin(plan)));
      setImportDraft(null);
      void message.success(`已保存「${plan.name}」，共 ${indicators.length} 项指标`);
      onSaved(plan.id);
    } catch (error) {
      void message.error(describeStorageError(error));
    } finally {
      setSaving(false);
    }
  };
  return { save, isSaving };
}

/** Rows removed during review take their values and verdicts with them. */
function keepRowsValues(bundle: PlanBundle): PlanBundle {
  const kept = new Set(bundle.indicators.map((i) => i.id));
  return {
    ...bundle,
    actualValues: bundle.actualValues.filter((v) => kept.has(v.indicatorId)),
    officialAssessments: bundle.officialAssessments.filter((a) => kept.has(a.indicatorId)),
  };
}

function changeOrigin(plan: Plan): ChangeOrigin {
  return plan.origin.type === 'file'
    ? { type: 'import', fileName: plan.origin.fileName }
    : { type: 'paste' };
}
