import { describe, expect, it } from 'vitest';
import { MIDTERM_VERDICTS } from '../../../../shared/domain/verdict';
import {
  filterChoices,
  filterRows,
  hasFilters,
  NO_DEPARTMENT,
  NO_FILTERS,
  type EvaluationRow,
} from '../../../../renderer/src/features/evaluation/evaluationFilters';
import { evaluationRows } from '../../../../renderer/src/features/evaluation/evaluationTableModel';
import { evaluatePlan } from '../../../../shared/evaluation/evaluatePlan';
import { jdzWithEnteredValues } from '../../../shared/charts/jdzEntered';

const bundle = jdzWithEnteredValues();
const { evaluations } = evaluatePlan(bundle, { year: 2022, mode: 'midterm' });
const rows = evaluationRows(bundle.indicators, evaluations);
const names = (list: readonly EvaluationRow[]) => list.map((row) => row.indicator.name);

describe('evaluationFilters', () => {
  it('offers the verdicts that occur, in report order, with counts', () => {
    const choices = filterChoices(rows, MIDTERM_VERDICTS);
    expect(choices.verdicts).toEqual([
      { value: '快于预期', count: 3 },
      { value: '符合预期', count: 7 },
      { value: '滞后', count: 2 },
      { value: '需人工研判', count: 7 },
      { value: '数据不足', count: 12 },
    ]);
    expect(choices.categories.map((c) => `${c.value}${c.count}`)).toEqual([
      '综合质效7',
      '创新驱动3',
      '协调发展3',
      '改革开放2',
      '绿色生态8',
      '民生福祉8',
    ]);
    expect(choices.attributes).toEqual([
      { value: '预期性', count: 20 },
      { value: '约束性', count: 11 },
    ]);
    // The built-in plan names no 责任单位.
    expect(choices.departments).toEqual([{ value: NO_DEPARTMENT, count: 31 }]);
  });

  it('keeps every row without filters and narrows by verdict and attribute together', () => {
    expect(filterRows(rows, NO_FILTERS)).toHaveLength(31);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    const lagging = { ...NO_FILTERS, verdicts: ['滞后' as const] };
    expect(names(filterRows(rows, lagging))).toEqual([
      '全员劳动生产率',
      '劳动年龄人口平均受教育年限',
    ]);
    const bindingLagging = { ...lagging, attributes: ['约束性' as const] };
    expect(hasFilters(bindingLagging)).toBe(true);
    expect(names(filterRows(rows, bindingLagging))).toEqual(['劳动年龄人口平均受教育年限']);
  });

  it('filters by category and by the verdict in force after an override', () => {
    const overridden = rows.map((row) =>
      row.indicator.order === 2
        ? { ...row, evaluation: { ...row.evaluation, finalVerdict: '符合预期' as const } }
        : row,
    );
    const filters = { ...NO_FILTERS, verdicts: ['滞后' as const], categories: ['综合质效'] };
    expect(names(filterRows(overridden, filters))).toEqual([]);
    expect(names(filterRows(rows, filters))).toEqual(['全员劳动生产率']);
  });

  it('matches an indicator under any of its departments, and unassigned ones under 未填写', () => {
    const withDepartments = rows.map((row, index) => ({
      ...row,
      indicator: {
        ...row.indicator,
        departments: index === 0 ? ['市统计局', '市发改委'] : index === 1 ? ['市发改委'] : [],
      },
    }));
    const byDepartment = (department: string) =>
      names(filterRows(withDepartments, { ...NO_FILTERS, departments: [department] }));
    expect(byDepartment('市发改委')).toEqual(['地区生产总值（GDP）', '全员劳动生产率']);
    expect(byDepartment('市统计局')).toEqual(['地区生产总值（GDP）']);
    expect(byDepartment(NO_DEPARTMENT)).toHaveLength(29);
    expect(filterChoices(withDepartments, MIDTERM_VERDICTS).departments).toEqual([
      { value: '市统计局', count: 1 },
      { value: '市发改委', count: 2 },
      { value: NO_DEPARTMENT, count: 29 },
    ]);
  });
});
