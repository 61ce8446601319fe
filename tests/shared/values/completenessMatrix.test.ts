import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { buildCompletenessMatrix, NO_DEPARTMENT } from '../../../shared/values/completenessMatrix';
import { makeActual, makeIndicator } from '../../helpers/makeIndicator';

const gdp = makeIndicator({ id: asIndicatorId('p/001'), departments: ['市统计局', '市发改委'] });
const unemployment = makeIndicator({
  id: asIndicatorId('p/002'),
  order: 2,
  category: '民生福祉',
  name: '城镇登记失业率',
  unit: '%',
  departments: ['市人社局'],
});
const patents = makeIndicator({
  id: asIndicatorId('p/003'),
  order: 3,
  category: '创新驱动',
  name: '每万人口高价值发明专利拥有量',
  unit: '件',
  departments: [' '],
});

describe('buildCompletenessMatrix', () => {
  const matrix = buildCompletenessMatrix(
    [gdp, unemployment, patents],
    [
      makeActual('p/001', 2021, 1102.3, 'value', { status: '年报数' }),
      makeActual('p/001', 2022, 1192.6),
      makeActual('p/001', 2021, 8.1, 'growth'),
      makeActual('p/002', 2021, 3.2),
      makeActual('p/009', 2021, 1),
    ],
    [2021, 2022],
  );

  it('marks each indicator-year filled (with its status) or missing', () => {
    expect(matrix.rows.map((row) => [row.name, row.cells, row.filled, row.missing])).toEqual([
      [
        '地区生产总值（GDP）',
        [
          { year: 2021, isFilled: true, status: '年报数' },
          { year: 2022, isFilled: true, status: '核实数' },
        ],
        2,
        0,
      ],
      [
        '城镇登记失业率',
        [
          { year: 2021, isFilled: true, status: '核实数' },
          { year: 2022, isFilled: false, status: null },
        ],
        1,
        1,
      ],
      [
        '每万人口高价值发明专利拥有量',
        [
          { year: 2021, isFilled: false, status: null },
          { year: 2022, isFilled: false, status: null },
        ],
        0,
        2,
      ],
    ]);
  });

  it('counts by department, an indicator under each of its departments, 未指定 last', () => {
    expect(matrix.byDepartment).toEqual([
      { department: '市统计局', indicatorCount: 1, filled: 2, missing: 0, total: 2 },
      { department: '市发改委', indicatorCount: 1, filled: 2, missing: 0, total: 2 },
      { department: '市人社局', indicatorCount: 1, filled: 1, missing: 1, total: 2 },
      { department: NO_DEPARTMENT, indicatorCount: 1, filled: 0, missing: 2, total: 2 },
    ]);
    expect(NO_DEPARTMENT).toBe('未指定责任单位');
  });

  it('counts every indicator-year once overall', () => {
    expect(matrix.overall).toEqual({ filled: 3, missing: 3, total: 6 });
  });

  it('can count the growth measure instead', () => {
    const growth = buildCompletenessMatrix(
      [gdp],
      [makeActual('p/001', 2021, 8.1, 'growth')],
      [2021],
      'growth',
    );
    expect(growth.overall).toEqual({ filled: 1, missing: 0, total: 1 });
  });

  it('is empty for no indicators', () => {
    expect(buildCompletenessMatrix([], [], [2021])).toEqual({
      years: [2021],
      rows: [],
      byDepartment: [],
      overall: { filled: 0, missing: 0, total: 0 },
    });
  });
});
