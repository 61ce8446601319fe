import { Alert, Button, Card, Checkbox, Select, Space, Tag, Typography } from 'antd';
import type { ColumnRole, GridOverrides } from '../../../../../shared/importers/columnRole';
import { COLUMN_ROLE_LABELS, COLUMN_ROLES } from '../../../../../shared/importers/columnRole';
import type { TableImport } from '../../../../../shared/importers/importPlanGrid';
import type { RowFate } from '../../../../../shared/importers/gridRows';

type ColumnMappingCardProps = {
  reading: TableImport;
  overrides: GridOverrides;
  /** A message when the last correction could not be read (e.g. no name column left). */
  problem: string | null;
  errorsAccepted: boolean;
  onChange: (overrides: GridOverrides) => void;
  onAcceptErrors: (accepted: boolean) => void;
};

const ROLE_OPTIONS = COLUMN_ROLES.map((role) => ({ value: role, label: COLUMN_ROLE_LABELS[role] }));
const SOURCE_LABELS = { header: '按表头', values: '按内容', user: '已指定' } as const;
const HEADER_CHOICES = 12;

/**
 * How the table was read (issue 11, item 5): each column's role with the header it came from, the
 * header row, the rows not read as indicators with why, and the errors to accept before saving.
 * Every change re-reads the table at once (rereadPlanTable).
 */
export function ColumnMappingCard(props: ColumnMappingCardProps) {
  const { reading, overrides, problem, errorsAccepted, onChange, onAcceptErrors } = props;
  const setRole = (column: number, role: ColumnRole) =>
    onChange({ ...overrides, columns: { ...overrides.columns, [column]: role } });
  const errors = reading.issues.filter((issue) => issue.severity === 'error');
  const warnings = reading.issues.filter((issue) => issue.severity === 'warning');
  const unsure = reading.fates.filter(isWorthListing);
  return (
    <Card
      size="small"
      title="各列的识别（选错了可直接改，下方预览随即更新）"
      style={{ marginBottom: 12 }}
      extra={
        <Space>
          <Typography.Text type="secondary">表头行</Typography.Text>
          <Select
            aria-label="表头行"
            size="small"
            style={{ width: 300 }}
            value={reading.headerRows[0] ?? -1}
            options={headerOptions(reading)}
            onChange={(row: number) => onChange({ ...overrides, headerRows: row < 0 ? [] : [row] })}
          />
        </Space>
      }
    >
      <div className="column-mapping">
        {reading.columns.map((item) => (
          <div key={item.column} className="column-mapping-item">
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 150 }}>
              第 {item.column + 1} 列「{item.header || '无表头'}」
            </Typography.Text>
            <Space size={4}>
              <Select
                aria-label={`第 ${item.column + 1} 列的含义`}
                size="small"
                style={{ width: 144 }}
                value={item.role}
                options={ROLE_OPTIONS}
                popupMatchSelectWidth={false}
                onChange={(role: ColumnRole) => setRole(item.column, role)}
              />
              <Tag bordered={false} color={item.source === 'user' ? 'blue' : 'default'}>
                {SOURCE_LABELS[item.source]}
              </Tag>
            </Space>
          </div>
        ))}
      </div>
      <Typography.Text type="secondary">
        规划期：{reading.period.periodLabel}（基期 {reading.period.baseYear} 年、目标{' '}
        {reading.period.targetYear} 年，依据{reading.period.source}
        ）。改列或删行会重新读取全表，逐行「修改」的内容需重做。
      </Typography.Text>
      {problem ? <Alert style={{ marginTop: 8 }} type="error" showIcon title={problem} /> : null}
      {unsure.length > 0 || warnings.length > 0 ? (
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
      ) : null}
      {errors.length > 0 ? (
        <Alert
          style={{ marginTop: 8 }}
          type="error"
          showIcon
          title={`有 ${errors.length} 处错误：含数字的行没有导入。请调整列的识别，或确认后再保存`}
          description={
            <>
              <ul className="review-warnings">
                {errors.map((issue) => (
                  <li key={issue.message}>{issue.message}</li>
                ))}
              </ul>
              <Checkbox
                checked={errorsAccepted}
                onChange={(event) => onAcceptErrors(event.target.checked)}
              >
                已核对原表，这些行不是指标，可以不导入
              </Checkbox>
            </>
          }
        />
      ) : null}
    </Card>
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

function headerOptions(reading: TableImport) {
  const rows = reading.grid.rows.slice(0, HEADER_CHOICES).map((cells, row) => ({
    value: row,
    label: `第 ${row + 1} 行：${[...new Set(cells.filter((cell) => cell.trim() !== ''))].join(' ').slice(0, 30)}`,
  }));
  return [{ value: -1, label: '没有表头（按内容识别）' }, ...rows];
}
