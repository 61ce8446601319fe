import { useState } from 'react';
import { App, Button, Space } from 'antd';
import type { Indicator } from '../../../../../shared/domain/indicator';
import type { Plan } from '../../../../../shared/domain/plan';
import type { PlanBundle } from '../../../../../shared/domain/planBundle';
import type { GridOverrides } from '../../../../../shared/importers/columnRole';
import { getDb } from '../../../db/db';
import { describeStorageError } from '../../../db/errors';
import { addPlanBundle } from '../../../db/repositories/plansRepository';
import type { ChangeOrigin } from '../../../db/rows';
import { useAppStore } from '../../../state/appStore';
import { useUserWriteContext } from '../hooks/useUserWriteContext';
import { rereadPlanTable } from '../planImport';
import type { ImportDraft } from '../plansSlice';
import { ColumnMappingCard } from './ColumnMappingCard';
import { IndicatorEditDialog } from './IndicatorEditDialog';
import { IndicatorTable } from './IndicatorTable';
import { ReviewPlanCard } from './ReviewPlanCard';
import { ReviewWarnings } from './ReviewWarnings';

type ImportReviewProps = { draft: ImportDraft; onSaved: (planId: string) => void };

/**
 * The review screen of an import: the parsed rows beside the warnings, editable before saving.
 * Nothing is stored until 保存; saving is one transaction (all or nothing).
 */
export function ImportReview({ draft, onSaved }: ImportReviewProps) {
  const setImportDraft = useAppStore((s) => s.setImportDraft);
  const [editing, setEditing] = useState<Indicator | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [rereadProblem, setRereadProblem] = useState<string | null>(null);
  const writeContext = useUserWriteContext();
  const { message } = App.useApp();
  const { plan, indicators } = draft.bundle;
  const update = (changes: { plan?: Partial<Plan>; indicators?: readonly Indicator[] }) =>
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
  const hasErrors = (draft.reading?.issues ?? []).some((issue) => issue.severity === 'error');
  const blocked = rereadProblem !== null || (hasErrors && !draft.errorsAccepted);

  const save = async () => {
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

  return (
    <>
      <ReviewPlanCard
        plan={plan}
        indicatorCount={indicators.length}
        sourceLabel={draft.sourceLabel}
        onChange={(changes) => update({ plan: changes })}
        actions={
          <Space>
            <Button onClick={() => setImportDraft(null)}>放弃</Button>
            <Button
              type="primary"
              loading={isSaving}
              disabled={isSaving || !plan.name.trim() || blocked}
              title={blocked ? '请先处理或确认导入中的错误' : undefined}
              onClick={() => void save()}
            >
              保存为新规划
            </Button>
          </Space>
        }
      />
      {draft.reading ? (
        <ColumnMappingCard
          reading={draft.reading}
          overrides={draft.overrides ?? {}}
          problem={rereadProblem}
          errorsAccepted={draft.errorsAccepted ?? false}
          onChange={reread}
          onAcceptErrors={(accepted) => setImportDraft({ ...draft, errorsAccepted: accepted })}
        />
      ) : null}
      <ReviewWarnings warnings={draft.warnings} indicators={indicators} />
      <IndicatorTable
        indicators={indicators}
        renderActions={(indicator) => (
          <Space size={0}>
            <Button size="small" type="link" onClick={() => setEditing(indicator)}>
              修改
            </Button>
            <Button size="small" type="link" danger onClick={() => remove(indicator)}>
              移除
            </Button>
          </Space>
        )}
      />
      {editing ? (
        <IndicatorEditDialog
          plan={plan}
          indicator={editing}
          nextOrder={indicators.length + 1}
          categories={[...new Set(indicators.map((i) => i.category))]}
          onCancel={() => setEditing(null)}
          onSave={(edited) => {
            // The user has checked the row: its import warnings are settled.
            const settled = { ...edited, warnings: [] };
            update({ indicators: indicators.map((i) => (i.id === edited.id ? settled : i)) });
            setEditing(null);
          }}
        />
      ) : null}
    </>
  );
}

function applyChanges(
  bundle: PlanBundle,
  changes: { plan?: Partial<Plan>; indicators?: readonly Indicator[] },
): PlanBundle {
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
