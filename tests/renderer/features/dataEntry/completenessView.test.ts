import { describe, expect, it } from 'vitest';
import { buildCompletenessMatrix } from '../../../../shared/values/completenessMatrix';
import {
  completenessRowsOf,
  completenessSummary,
  fillRate,
} from '../../../../renderer/src/features/dataEntry/completenessView';
import { existing, indicators } from '../../../shared/importers/xlsxDataTemplateFixture';

const matrix = buildCompletenessMatrix(indicators, existing, [2021, 2022]);

describe('completenessSummary', () => {
  it('gives each department its counts and ends with the overall line', () => {
    expect(
      completenessSummary(matrix).map((r) => [
        r.department,
        r.indicatorCount,
        r.filled,
        r.missing,
        r.total,
        r.rate,
      ]),
    ).toEqual([
      ['市统计局', 2, 2, 2, 4, '50.0%'],
      ['市发改委', 1, 1, 1, 2, '50.0%'],
      ['市工信局', 1, 0, 2, 2, '0.0%'],
      ['市人社局', 1, 1, 1, 2, '50.0%'],
      ['未指定责任单位', 1, 0, 2, 2, '0.0%'],
      [null, 4, 2, 6, 8, '25.0%'],
    ]);
  });
});

describe('completenessRowsOf', () => {
  it('filters the matrix by department, or keeps every row for null', () => {
    expect(completenessRowsOf(matrix, '市统计局').map((r) => r.name)).toEqual([
      '地区生产总值（GDP）',
      '城镇登记失业率',
    ]);
    expect(completenessRowsOf(matrix, null)).toHaveLength(4);
  });
});

describe('fillRate', () => {
  it('shows one decimal, and a dash when there is nothing to fill', () => {
    expect(fillRate({ filled: 1, missing: 2, total: 3 })).toBe('33.3%');
    expect(fillRate({ filled: 0, missing: 0, total: 0 })).toBe('—');
  });
});
