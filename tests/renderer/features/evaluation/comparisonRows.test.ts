import { describe, expect, it } from 'vitest';
import { comparisonRows } from '../../../../renderer/src/features/evaluation/comparisonRows';
import { asIndicatorId } from '../../../../shared/domain/ids';

describe('comparisonRows', () => {
  it('sets the plan’s value beside each reference’s, with the report’s words', () => {
    const { labels, rows } = comparisonRows([
      {
        indicatorId: asIndicatorId('seed-cj-14/001'),
        name: '地区生产总值GDP',
        unit: '亿元',
        year: 2022,
        measure: 'growth',
        own: 5.2,
        references: [
          { region: '景德镇市', label: '全市', role: 'higher', value: 4.5 },
          { region: '浮梁县', label: '浮梁县', role: 'peer', value: null },
        ],
        rank: null,
        text: '增速高于全市0.7个百分点',
      },
    ]);
    expect(labels).toEqual(['景德镇市', '浮梁县']);
    expect(rows).toEqual([
      {
        key: 'seed-cj-14/001',
        name: '地区生产总值GDP',
        unit: '亿元',
        year: 2022,
        measure: '增速（%）',
        own: '5.2',
        references: ['4.5', '—'],
        rank: '—',
        text: '增速高于全市0.7个百分点',
      },
    ]);
    expect(comparisonRows([])).toEqual({ labels: [], rows: [] });
  });
});
