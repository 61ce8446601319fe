import { useMemo, useState } from 'react';
import { Drawer, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ActualValue } from '../../../../../shared/domain/actualValue';
import type { Indicator } from '../../../../../shared/domain/indicator';
import {
  buildCompletenessMatrix,
  type CompletenessRow,
} from '../../../../../shared/values/completenessMatrix';
import { PROGRESS_SPANS, type ProgressSpan } from '../../../../../shared/domain/workItemProgress';
import { defaultItemPeriod, type ItemPeriod } from '../../../../../shared/values/itemCompleteness';
import type { PlanWorkItems } from '../../../db/workItemQueries';
import {
  completenessRowsOf,
  completenessSummaryWithItems,
  type CompletenessSummaryRow,
} from '../completenessView';

type CompletenessDrawerProps = {
  indicators: readonly Indicator[];
  actuals: readonly ActualValue[];
  years: readonly number[];
  /** The plan's work items and their progress, counted per department beside the indicators. */
  workItems: PlanWorkItems;
  onClose: () => void;
};

/** 完整性: filled and missing indicator-years by 责任单位, with counts and the matrix. */
export function CompletenessDrawer({
  indicators,
  actuals,
  years,
  workItems,
  onClose,
}: CompletenessDrawerProps) {
  const [department, setDepartment] = useState<string | null>(null);
  const [period, setPeriod] = useState(() => defaultItemPeriod(workItems.progress, years));
  const matrix = useMemo(
    () => buildCompletenessMatrix(indicators, actuals, years),
    [indicators, actuals, years],
  );
  const summary = useMemo(
    () => completenessSummaryWithItems(matrix, workItems, period),
    [matrix, workItems, period],
  );
  const hasItems = workItems.sources.some((source) => source.items.length > 0);
  const rows = completenessRowsOf(matrix, department);
  const departmentOptions = [
    { value: '', label: '全部责任单位' },
    ...matrix.byDepartment.map((group) => ({ value: group.department, label: group.department })),
  ];

  return (
    <Drawer
      open
      size={880}
      title={`填报完整性（${years[0]}—${years.at(-1)}年，基期值取自规划表）`}
      onClose={onClose}
      className="completeness-drawer"
    >
      {hasItems ? <ItemPeriodPicker years={years} period={period} onChange={setPeriod} /> : null}
      <Table<CompletenessSummaryRow>
        size="small"
        rowKey="key"
        className="completeness-summary"
        columns={
          hasItems
            ? SUMMARY_COLUMNS
            : SUMMARY_COLUMNS.filter((c) => !ITEM_KEYS.has(c.key as string))
        }
        dataSource={summary}
        pagination={false}
        rowClassName={(row) => (row.department === null ? 'completeness-overall' : '')}
      />
      <Space className="completeness-filter">
        <Typography.Text strong>指标 × 年份</Typography.Text>
        <Select
          aria-label="按责任单位筛选"
          className="completeness-select"
          value={department ?? ''}
          onChange={(value: string) => setDepartment(value === '' ? null : value)}
          options={departmentOptions}
        />
        <Typography.Text type="secondary">✓ 已填报（显示数据状态），空白为缺失</Typography.Text>
      </Space>
      <Table<CompletenessRow>
        size="small"
        rowKey="indicatorId"
        className="completeness-matrix"
        columns={matrixColumns(years)}
        dataSource={[...rows]}
        pagination={false}
        scroll={{ y: 'calc(100vh - 420px)' }}
      />
    </Drawer>
  );
}

const SUMMARY_COLUMNS: TableColumnsType<CompletenessSummaryRow> = [
  {
    title: '责任单位',
    dataIndex: 'department',
    render: (name: string | null) => name ?? <strong>合计（每个指标年份、每项任务计一次）</strong>,
  },
  { title: '指标数', dataIndex: 'indicatorCount', width: 80, align: 'right' },
  { title: '应填', dataIndex: 'total', width: 72, align: 'right' },
  { title: '已填', dataIndex: 'filled', width: 72, align: 'right' },
  { title: '缺失', dataIndex: 'missing', width: 72, align: 'right' },
  { title: '任务数', key: 'itemCount', dataIndex: 'itemCount', width: 72, align: 'right' },
  {
    title: '已报进展',
    key: 'itemsReported',
    dataIndex: 'itemsReported',
    width: 84,
    align: 'right',
  },
  { title: '未报', key: 'itemsMissing', dataIndex: 'itemsMissing', width: 64, align: 'right' },
  { title: '完成率', dataIndex: 'rate', width: 88, align: 'right' },
];

/** The item columns, hidden when the plan has no work items. */
const ITEM_KEYS = new Set(['itemCount', 'itemsReported', 'itemsMissing']);

function matrixColumns(years: readonly number[]): TableColumnsType<CompletenessRow> {
  return [
    { title: '指标', dataIndex: 'name', fixed: 'left', width: 220, ellipsis: true },
    {
      title: '责任单位',
      dataIndex: 'departments',
      width: 140,
      ellipsis: true,
      render: (names: readonly string[]) => names.join('、'),
    },
    ...years.map((year, index) => ({
      title: `${year}年`,
      key: String(year),
      width: 76,
      align: 'center' as const,
      render: (_: unknown, row: CompletenessRow) => {
        const cell = row.cells[index];
        return cell?.isFilled ? (
          <span className="completeness-filled" title={cell.status ?? ''}>
            ✓ {cell.status}
          </span>
        ) : (
          <span className="completeness-missing" aria-label="缺失" />
        );
      },
    })),
    { title: '缺失', dataIndex: 'missing', width: 60, align: 'right' },
  ];
}

type ItemPeriodPickerProps = {
  years: readonly number[];
  period: ItemPeriod;
  onChange: (period: ItemPeriod) => void;
};

/** Which year and span of the items' progress the summary counts. */
function ItemPeriodPicker({ years, period, onChange }: ItemPeriodPickerProps) {
  return (
    <Space className="completeness-filter">
      <Typography.Text strong>重点任务进展计入</Typography.Text>
      <Select
        aria-label="任务进展年份"
        style={{ width: 100 }}
        value={period.year}
        onChange={(year: number) => onChange({ ...period, year })}
        options={years.map((y) => ({ value: y, label: `${y}年` }))}
      />
      <Select
        aria-label="任务进展期间"
        style={{ width: 100 }}
        value={period.span}
        onChange={(span: ProgressSpan) => onChange({ ...period, span })}
        options={PROGRESS_SPANS.map((s) => ({ value: s, label: s }))}
      />
      <Typography.Text type="secondary">
        完成率 = （已填指标年份 + 已报进展任务）÷（应填 + 任务数）
      </Typography.Text>
    </Space>
  );
}
