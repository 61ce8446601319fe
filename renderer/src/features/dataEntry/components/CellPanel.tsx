import { Button, Card, Tabs, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import type { PlanId } from '../../../../../shared/domain/ids';
import type { Measure } from '../../../../../shared/domain/actualValue';
import { MEASURE_NAMES, splitMeasure } from '../../../../../shared/domain/measurePeriod';
import { formatAsWritten } from '../../../../../shared/lib/formatNumber';
import { useLiveCellHistory, useLivePlanValueHistory } from '../../../db/liveQueries';
import type { GridCursor } from '../gridCursor';
import type { EntryGridModel } from '../gridModel';
import type { ValueWriter } from '../hooks/useValueWriter';
import { ChangeHistory } from './ChangeHistory';
import { CellDetailsForm } from './CellDetailsForm';

type CellPanelProps = {
  planId: PlanId;
  model: EntryGridModel;
  cursor: GridCursor;
  writer: ValueWriter;
  onClose: () => void;
};

/** The selected cell's status, source and note, and the change history of the cell and plan. */
export function CellPanel({ planId, model, cursor, writer, onClose }: CellPanelProps) {
  const row = model.rows[cursor.row];
  const year = model.years[cursor.col] ?? 0;
  const cellKey = row ? { indicatorId: row.indicator.id, year, measure: model.measure } : null;
  const cellHistory = useLiveCellHistory(cellKey);
  const planHistory = useLivePlanValueHistory(planId);
  if (!row || !cellKey) return null;
  const cell = row.cells[cursor.col] ?? null;
  const names = new Map(model.rows.map((r) => [r.indicator.id as string, r.indicator.name]));
  const revert = (entry: { id: string }) => void writer.revert(entry.id);

  return (
    <Card
      size="small"
      className="entry-panel"
      title={`${row.indicator.name} · ${year}年${model.measure === 'value' ? '' : ` · ${MEASURE_NAMES[model.measure]}`}`}
      extra={
        <Button
          size="small"
          type="text"
          aria-label="关闭详情"
          icon={<CloseOutlined />}
          onClick={onClose}
        />
      }
    >
      <Typography.Paragraph className="entry-panel-value">
        {cell ? (
          <>
            <strong>{formatAsWritten(cell.value)}</strong>
            {unitOf(model.measure, row.indicator.unit)}
          </>
        ) : (
          <Typography.Text type="secondary">尚未填报</Typography.Text>
        )}
      </Typography.Paragraph>
      {row.baseBreak && cursor.col === 0 ? (
        <Typography.Paragraph type="warning">{row.baseBreak}</Typography.Paragraph>
      ) : null}
      <CellDetailsForm
        key={`${cellKey.indicatorId}|${year}|${model.measure}|${cell?.status}|${cell?.source}|${cell?.note}`}
        cell={cell}
        onSave={(next) => writer.write([{ ...cellKey, next }], { type: 'manual' })}
      />
      <Tabs
        size="small"
        items={[
          {
            key: 'cell',
            label: '本单元格变更',
            children: <ChangeHistory entries={cellHistory ?? []} onRevert={revert} />,
          },
          {
            key: 'plan',
            label: '本规划全部变更',
            children: (
              <ChangeHistory
                entries={planHistory ?? []}
                describeCell={(e) => `${names.get(e.indicatorId) ?? e.indicatorId} · ${e.year}年`}
                onRevert={revert}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Growth is in per cent whatever the indicator's unit. */
function unitOf(measure: Measure, unit: string): string {
  return splitMeasure(measure)?.quantity === 'growth' ? '%' : unit;
}
