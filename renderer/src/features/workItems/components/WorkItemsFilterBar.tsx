import { Button, Select, Space, Typography } from 'antd';
import { WORK_ITEM_KINDS } from '../../../../../shared/domain/workItem';
import { STATUS_OR_MISSING } from '../../../../../shared/domain/workItemProgress';
import { NO_WORK_ITEM_FILTERS, type WorkItemFilters } from '../workItemsView';

type WorkItemsFilterBarProps = {
  filters: WorkItemFilters;
  departments: readonly string[];
  shown: number;
  total: number;
  onChange: (filters: Partial<WorkItemFilters>) => void;
};

/** Filters by department (lead or supporting), kind and status. */
export function WorkItemsFilterBar(props: WorkItemsFilterBarProps) {
  const { filters, departments, shown, total, onChange } = props;
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      <Select
        aria-label="责任单位"
        allowClear
        showSearch
        placeholder="全部责任单位"
        style={{ width: 240 }}
        value={filters.department ?? undefined}
        onChange={(value?: string) => onChange({ department: value ?? null })}
        options={departments.map((d) => ({ value: d, label: d }))}
      />
      <Select
        aria-label="类型"
        mode="multiple"
        allowClear
        placeholder="全部类型"
        style={{ minWidth: 180 }}
        value={[...filters.kinds]}
        onChange={(kinds) => onChange({ kinds })}
        options={WORK_ITEM_KINDS.map((k) => ({ value: k, label: k }))}
      />
      <Select
        aria-label="状态"
        mode="multiple"
        allowClear
        placeholder="全部状态"
        style={{ minWidth: 200 }}
        value={[...filters.statuses]}
        onChange={(statuses) => onChange({ statuses })}
        options={STATUS_OR_MISSING.map((s) => ({ value: s, label: s }))}
      />
      <Button onClick={() => onChange(NO_WORK_ITEM_FILTERS)}>清除筛选</Button>
      <Typography.Text type="secondary">
        显示 {shown} / {total} 项
      </Typography.Text>
    </Space>
  );
}
