import { useState } from 'react';
import { Button, Space } from 'antd';
import type { Indicator } from '../../../../../shared/domain/indicator';
import { useAppStore } from '../../../state/appStore';
import { useImportDraftEditing } from '../hooks/useImportDraftEditing';
import { useSaveImportedPlan } from '../hooks/useSaveImportedPlan';
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
  const { update, reread, remove, acceptErrors, rereadProblem, blocked } =
    useImportDraftEditing(draft);
  const { save, isSaving } = useSaveImportedPlan(draft, onSaved);
  const { plan, indicators } = draft.bundle;

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
          onAcceptErrors={acceptErrors}
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
