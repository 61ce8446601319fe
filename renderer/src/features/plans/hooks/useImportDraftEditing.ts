import { useState } from 'react';
import type { Indicator } from '../../../../../shared/domain/indicator';
import type { Plan } from '../../../../../shared/domain/plan';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import type { GridOverrides } from '../../../../../shared/importers/columnRole';
import { useAppStore } from '../../../state/appStore';
import { rereadPlanTable } from '../planImport';
import type { ImportDraft } from '../plansSlice';

type DraftChanges = { plan?: Partial<Plan>; indicators?: readonly Indicator[] };

/**
 * Corrections to an import draft during review: edits to the plan and its rows, re-reading the
 * table with corrected columns or dropped rows, and whether the errors still block saving.
 */
export function useImportDraftEditing(draft: ImportDraft) {
  const setImportDraft = useAppStore((s) => s.setImportDraft);
  const [rereadProblem, setRereadProblem] = useState<string | null>(null);
  const { plan, indicators } = draft.bundle;
  const update = (changes: DraftChanges) =>
    setImportDraft({ ...draft, bundle: applyChanges(draft.bundle, changes) });
  const reread = (overrides: GridOverrides) => {
    if (!draft.reading) return;
    const result = rereadPlanTable(draft.reading, plan, overrides);
    if (!result.ok) {
      setRereadProblem(result.error.message);
      setImportDraft({ ...draft, overrides });
      return;
    }
    setRereadProblem(null);
    const value = result.value;
    setImportDraft({
      ...draft,
      bundle: value.bundle,
      reading: value,
      overrides,
      errorsAccepted: false,
    });
  };
  const remove = (indicator: Indicator) => {
    const row = draft.reading?.fates.filter((fate) => fate.fate === 'indicator')[
      indicator.order - 1
    ]?.row;
    if (row === undefined) return update({ indicators: withoutRow(indicators, indicator) });
    const overrides = draft.overrides ?? {};
    reread({ ...overrides, dropRows: [...(overrides.dropRows ?? []), row] });
  };
  const acceptErrors = (accepted: boolean) =>
    setImportDraft({ ...draft, errorsAccepted: accepted });
  const hasErrors = (draft.reading?.issues ?? []).some((issue) => issue.severity === 'error');
  const blocked = rereadProblem !== null || (hasErrors && !draft.errorsAccepted);
  return { update, reread, remove, acceptErrors, rereadProblem, blocked };
}

function applyChanges(bundle: PlanBundle, changes: DraftChanges): PlanBundle {
  return {
    ...bundle,
    plan: { ...bundle.plan, ...changes.plan },
    indicators: changes.indicators ?? bundle.indicators,
  };
}

function withoutRow(indicators: readonly Indicator[], removed: Indicator): Indicator[] {
  return indicators
    .filter((i) => i.id !== removed.id)
    .map((i, index) => ({ ...i, order: index + 1 }));
}
