import { useDeferredValue, useMemo, useRef } from 'react';
import { Button, Space, Spin, Tooltip, Typography } from 'antd';
import { ProfileOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import type { PlanId } from '../../../../../shared/domain/ids';
import { useLiveIndicators, useLivePlan, useLivePlanActuals } from '../../../db/liveQueries';
import { useAppStore } from '../../../state/appStore';
import { clampCursor } from '../gridCursor';
import { buildEntryGrid, reuseRows, type EntryGridModel } from '../gridModel';
import { useValueWriter } from '../hooks/useValueWriter';
import { latestVerdicts } from '../latestVerdicts';
import { CellPanel } from './CellPanel';
import { EntryGrid } from './EntryGrid';
import { MeasureSwitch } from './MeasureSwitch';
import { StatusLegend } from './StatusLegend';
import { TemplateTools } from './TemplateTools';

type EntryWorkspaceProps = { planId: PlanId };

/** One plan's entry grid with its toolbar (undo, redo, details) and the cell's side panel. */
export function EntryWorkspace({ planId }: EntryWorkspaceProps) {
  const plan = useLivePlan(planId);
  const indicators = useLiveIndicators(planId);
  // Deferred: after a 10,000-value import the grid of a very large plan takes a second to redraw;
  // React then redraws it in the background and the success message shows at once.
  const actuals = useDeferredValue(useLivePlanActuals(planId));
  const writer = useValueWriter(planId);
  const isPanelOpen = useAppStore((s) => s.dataEntry.isPanelOpen);
  const setPanelOpen = useAppStore((s) => s.setEntryPanelOpen);
  const canUndo = useAppStore((s) => s.dataEntry.undoStack.length > 0);
  const canRedo = useAppStore((s) => s.dataEntry.redoStack.length > 0);
  const rawCursor = useAppStore((s) => s.dataEntry.cursor);
  const measure = useAppStore((s) => s.dataEntry.measure);
  const setMeasure = useAppStore((s) => s.setEntryMeasure);

  const previousModel = useRef<EntryGridModel | null>(null);
  const model = useMemo(() => {
    if (!plan || !indicators || !actuals) return null;
    const grid = buildEntryGrid(plan, indicators, actuals, undefined, measure);
    const next = reuseRows(previousModel.current, grid);
    previousModel.current = next;
    return next;
  }, [plan, indicators, actuals, measure]);
  const verdicts = useMemo(
    () => (plan && indicators && actuals ? latestVerdicts(plan, indicators, actuals) : null),
    [plan, indicators, actuals],
  );

  if (plan === undefined || !model || !verdicts || !indicators || !actuals) return <Spin />;
  if (plan === null) return <Typography.Paragraph>该规划已被删除。</Typography.Paragraph>;
  const cursor = clampCursor(rawCursor, { rows: model.rows.length, cols: model.years.length });
  return (
    <>
      <Space className="entry-toolbar" wrap>
        <MeasureSwitch measure={measure} onChange={setMeasure} />
        <Tooltip title={canUndo ? '撤销（Ctrl+Z）' : NOTHING_TO_UNDO}>
          <Button icon={<UndoOutlined />} disabled={!canUndo} onClick={() => void writer.undo()}>
            撤销
          </Button>
        </Tooltip>
        <Tooltip title={canRedo ? '恢复（Ctrl+Y）' : NOTHING_TO_REDO}>
          <Button icon={<RedoOutlined />} disabled={!canRedo} onClick={() => void writer.redo()}>
            恢复
          </Button>
        </Tooltip>
        <Button
          icon={<ProfileOutlined />}
          type={isPanelOpen ? 'primary' : 'default'}
          onClick={() => setPanelOpen(!isPanelOpen)}
        >
          单元格详情与变更记录
        </Button>
        <TemplateTools plan={plan} indicators={indicators} actuals={actuals} writer={writer} />
        <Typography.Text type="secondary" className="entry-hint">
          方向键、Enter、Tab 移动；Shift+方向键或拖动选择区域，Ctrl+A 全选；直接输入或 F2 编辑，Esc
          取消；Delete 清除；Ctrl+C 复制、Ctrl+V 粘贴（与 Excel 互通）
        </Typography.Text>
      </Space>
      <StatusLegend />
      <div className={isPanelOpen ? 'entry-layout with-panel' : 'entry-layout'}>
        {model.rows.length === 0 ? (
          <Typography.Paragraph type="secondary">
            该规划还没有指标。请先在「规划管理」中添加指标。
          </Typography.Paragraph>
        ) : (
          <EntryGrid model={model} verdicts={verdicts} writer={writer} />
        )}
        {isPanelOpen && model.rows.length > 0 ? (
          <CellPanel
            planId={planId}
            model={model}
            cursor={cursor}
            writer={writer}
            onClose={() => setPanelOpen(false)}
          />
        ) : null}
      </div>
    </>
  );
}

// Why a button is disabled (issue 15 item 3): the history is kept per plan for this window.
const NOTHING_TO_UNDO =
  '本窗口中还没有可撤销的修改（每个规划的撤销记录保留到关闭窗口；更早的修改可在「变更记录」中撤回）';
const NOTHING_TO_REDO = '没有可恢复的修改：撤销之后才能恢复';
