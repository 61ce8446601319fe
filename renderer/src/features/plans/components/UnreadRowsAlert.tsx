import { Alert, Button } from 'antd';
import type { GridOverrides } from '../../../../../shared/importers/columnRole';
import type { TableImport } from '../../../../../shared/importers/importPlanGrid';
import type { RowFate } from '../../../../../shared/importers/gridRows';

type UnreadRowsAlertProps = {
  reading: TableImport;
  overrides: GridOverrides;
  onChange: (overrides: GridOverrides) => void;
};

/**
 * 未读作指标的行与提示: the reading's warnings and the rows not read as indicators with why; a row
 * the user removed can be restored.
 */
export function UnreadRowsAlert({ reading, overrides, onChange }: UnreadRowsAlertProps) {
  const warnings = reading.issues.filter((issue) => issue.severity === 'warning');
  const unsure = reading.fates.filter(isWorthListing);
  if (unsure.length === 0 && warnings.length === 0) return null;
  return (
    <Alert
      style={{ marginTop: 8 }}
      type="info"
      showIcon
      title={`未读作指标的行与提示（${unsure.length + warnings.length}）`}
      description={
        <ul className="review-warnings">
          {warnings.map((issue) => (
            <li key={issue.message}>{issue.message}</li>
          ))}
          {unsure.map((fate) => (
            <li key={`${fate.row}-${fate.line}`}>
              第 {fate.line} 行「{fate.text.slice(0, 40)}」：{fateLabel(fate)}
              {fate.reason ? `，${fate.reason}` : ''}
              {fate.reason === '用户删除了此行' ? (
                <Button
                  size="small"
                  type="link"
                  onClick={() => onChange(restore(overrides, fate.row))}
                >
                  恢复
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function isWorthListing(fate: RowFate): boolean {
  if (fate.fate === 'leftOut') return fate.reason === '用户删除了此行' || !/\d/.test(fate.text);
  return (
    (fate.fate === 'group' || fate.fate === 'category' || fate.fate === 'header') &&
    fate.reason !== ''
  );
}

const FATE_LABELS: Readonly<Record<RowFate['fate'], string>> = {
  title: '标题',
  header: '表头',
  indicator: '指标',
  category: '类别行',
  group: '分组行',
  notes: '表注',
  leftOut: '未导入',
};

function fateLabel(fate: RowFate): string {
  return FATE_LABELS[fate.fate];
}

function restore(overrides: GridOverrides, row: number): GridOverrides {
  return {
    ...overrides,
    dropRows: (overrides.dropRows ?? []).filter((dropped) => dropped !== row),
  };
}
