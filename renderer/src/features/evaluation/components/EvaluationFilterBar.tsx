import { Button, Select, Space, Typography } from 'antd';
import type { Attribute } from '../../../../../shared/domain/indicator';
import type { Verdict } from '../../../../../shared/domain/verdict';
import { useAppStore } from '../../../state/appStore';
import type { FilterChoice, FilterChoices } from '../evaluationFilters';
import { hasFilters } from '../evaluationFilters';

type EvaluationFilterBarProps = {
  choices: FilterChoices;
  shown: number;
  total: number;
};

/** Filters by verdict, category, attribute and responsible department, with counts. */
export function EvaluationFilterBar({ choices, shown, total }: EvaluationFilterBarProps) {
  const filters = useAppStore((s) => s.evaluation.filters);
  const setFilters = useAppStore((s) => s.setEvaluationFilters);
  const clearFilters = useAppStore((s) => s.clearEvaluationFilters);
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      <Select<Verdict[]>
        {...MULTIPLE}
        aria-label="按判断筛选"
        placeholder="判断（全部）"
        value={[...filters.verdicts]}
        options={optionsOf(choices.verdicts)}
        onChange={(verdicts) => setFilters({ verdicts })}
      />
      {choices.categories.length > 0 ? (
        <Select<string[]>
          {...MULTIPLE}
          aria-label="按类别筛选"
          placeholder="类别（全部）"
          value={[...filters.categories]}
          options={optionsOf(choices.categories)}
          onChange={(categories) => setFilters({ categories })}
        />
      ) : null}
      <Select<Attribute[]>
        {...MULTIPLE}
        aria-label="按属性筛选"
        placeholder="属性（全部）"
        value={[...filters.attributes]}
        options={optionsOf(choices.attributes)}
        onChange={(attributes) => setFilters({ attributes })}
      />
      <Select<string[]>
        {...MULTIPLE}
        aria-label="按责任单位筛选"
        placeholder="责任单位（全部）"
        value={[...filters.departments]}
        options={optionsOf(choices.departments)}
        onChange={(departments) => setFilters({ departments })}
      />
      <Button onClick={clearFilters} disabled={!hasFilters(filters)}>
        清除筛选
      </Button>
      <Typography.Text type="secondary">
        {hasFilters(filters) ? `显示${shown}项，共${total}项` : `共${total}项`}
      </Typography.Text>
    </Space>
  );
}

function optionsOf<T extends string>(choices: readonly FilterChoice<T>[]) {
  return choices.map(({ value, count }) => ({ value, label: `${value}（${count}）` }));
}

const MULTIPLE = {
  mode: 'multiple',
  allowClear: true,
  maxTagCount: 'responsive',
  style: { minWidth: 170, maxWidth: 280 },
} as const;
