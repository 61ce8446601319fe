import { memo } from 'react';
import { describeTarget } from '../../../../../shared/domain/describeTarget';
import { BASE_BREAK_LABEL } from '../../../../../shared/evaluation/baseBreak';
import { formatAsWritten } from '../../../../../shared/lib/formatNumber';
import { useAppStore } from '../../../state/appStore';
import type { ValueContent } from '../../../db/repositories/actualValuesRepository';
import type { EntryRowModel } from '../gridModel';
import type { LatestVerdict } from '../latestVerdicts';
import { CellEditor } from './CellEditor';
import type { CursorKey } from '../gridCursor';

/** The cell being edited and its handlers; given only to the row that holds it. */
export type RowEditing = {
  readonly col: number;
  readonly text: string;
  readonly error: string | null;
  readonly onChange: (text: string) => void;
  readonly onCommit: (move: CursorKey | null) => void;
  readonly onCancel: () => void;
};

type EntryRowProps = {
  row: EntryRowModel;
  index: number;
  /** Rows the category cell spans from this row (0: merged into a row above). */
  categorySpan: number;
  /** The selected column in this row, or -1. */
  activeCol: number;
  editing: RowEditing | null;
  verdict: LatestVerdict | undefined;
};

/**
 * One indicator row. Memoised: moving the cursor re-renders only the two rows involved, so 500
 * indicators × 6 years stay smooth; cells are plain text until edited.
 */
export const EntryRow = memo(function EntryRow({
  row,
  index,
  categorySpan,
  activeCol,
  editing,
  verdict,
}: EntryRowProps) {
  const { indicator } = row;
  return (
    <tr>
      {categorySpan > 0 ? (
        <td className="entry-category" rowSpan={categorySpan}>
          {indicator.category}
        </td>
      ) : null}
      <th
        scope="row"
        className="entry-name"
        title={indicator.unit ? `${indicator.name}（${indicator.unit}）` : indicator.name}
      >
        {indicator.name}
        {indicator.unit ? <span className="entry-unit">（{indicator.unit}）</span> : null}
        {row.baseBreak && !row.isBaseRevised ? (
          <button
            type="button"
            className="entry-base-break"
            title={`${row.baseBreak}（点击转到基期年单元格录入）`}
            onClick={() => goToBaseCell(index)}
          >
            {BASE_BREAK_LABEL}
          </button>
        ) : null}
      </th>
      <td className="entry-target" title={describeTarget(indicator)}>
        {targetText(indicator.targetRaw, indicator.growthRaw)}
      </td>
      {row.cells.map((cell, col) => {
        const isEditing = editing?.col === col;
        return (
          <td
            key={col}
            data-row={index}
            data-col={col}
            aria-selected={col === activeCol}
            className={cellClass(col === activeCol, isEditing, row.warnings[col], cell)}
            title={isEditing ? undefined : cellTitle(cell, row.warnings[col])}
          >
            {isEditing && editing ? (
              <CellEditor {...editing} />
            ) : (
              cellText(cell, col === 0 ? indicator.baseRaw : '')
            )}
          </td>
        );
      })}
      <td className="entry-verdict">
        {verdict ? (
          <span
            className="verdict-badge"
            style={{ background: verdict.color }}
            title={verdict.explanation}
          >
            {verdict.verdict}
          </span>
        ) : null}
      </td>
    </tr>
  );
});

/** The one click to a revised base: the base-year cell of the row, with the details panel open. */
function goToBaseCell(row: number): void {
  const store = useAppStore.getState();
  store.setEntryMeasure('value');
  store.setEntryCursor({ row, col: 0 });
  store.setEntryPanelOpen(true);
}

function cellText(cell: ValueContent | null, planned: string) {
  if (cell) return formatAsWritten(cell.value);
  return planned ? <span className="entry-planned">{planned}</span> : null;
}

function cellClass(
  isActive: boolean,
  isEditing: boolean,
  warning: string | null | undefined,
  cell: ValueContent | null,
): string {
  let name = 'entry-cell';
  if (isActive) name += ' is-active';
  if (isEditing) name += ' is-editing';
  if (warning) name += ' has-warning';
  if (cell && cell.status !== '核实数' && cell.status !== '年报数') name += ' is-provisional';
  return name;
}

function cellTitle(cell: ValueContent | null, warning: string | null | undefined) {
  const lines: string[] = [];
  if (cell) {
    lines.push(`${cell.status}${cell.source ? `，来源：${cell.source}` : ''}`);
    if (cell.note) lines.push(`备注：${cell.note}`);
  }
  if (warning) lines.push(`⚠ ${warning}`);
  return lines.length ? lines.join('\n') : undefined;
}

function targetText(targetRaw: string, growthRaw: string): string {
  const parts: string[] = [];
  if (targetRaw && targetRaw !== '--') parts.push(targetRaw);
  if (growthRaw && growthRaw !== '--') parts.push(`增长 ${growthRaw}`);
  return parts.join('；') || '--';
}
