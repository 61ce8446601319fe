import { Alert, Card, Select, Space, Typography } from 'antd';
import type { ColumnRole, GridOverrides } from '../../../../../shared/importers/columnRole';
import type { TableImport } from '../../../../../shared/importers/importPlanGrid';
import { ColumnRoleList } from './ColumnRoleList';
import { ImportErrorsAlert } from './ImportErrorsAlert';
import { UnreadRowsAlert } from './UnreadRowsAlert';

type ColumnMappingCardProps = {
  reading: TableImport;
  overrides: GridOverrides;
  /** A message when the last correction could not be read (e.g. no name column left). */
  problem: string | null;
  errorsAccepted: boolean;
  onChange: (overrides: GridOverrides) => void;
  onAcceptErrors: (accepted: boolean) => void;
};

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
      <ColumnRoleList columns={reading.columns} onRoleChange={setRole} />
      <Typography.Text type="secondary">
        规划期：{reading.period.periodLabel}（基期 {reading.period.baseYear} 年、目标{' '}
        {reading.period.targetYear} 年，依据{reading.period.source}
        ）。改列或删行会重新读取全表，逐行「修改」的内容需重做。
      </Typography.Text>
      {problem ? <Alert style={{ marginTop: 8 }} type="error" showIcon title={problem} /> : null}
      <UnreadRowsAlert reading={reading} overrides={overrides} onChange={onChange} />
      <ImportErrorsAlert
        reading={reading}
        errorsAccepted={errorsAccepted}
        onAcceptErrors={onAcceptErrors}
      />
    </Card>
  );
}

function headerOptions(reading: TableImport) {
  const rows = reading.grid.rows.slice(0, HEADER_CHOICES).map((cells, row) => ({
    value: row,
    label: `第 ${row + 1} 行：${[...new Set(cells.filter((cell) => cell.trim() !== ''))].join(' ').slice(0, 30)}`,
  }));
  return [{ value: -1, label: '没有表头（按内容识别）' }, ...rows];
}
