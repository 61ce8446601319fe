import { describe, expect, it } from 'vitest';
import { matchIndicatorName, normalizeIndicatorName } from '../../../shared/lib/matchIndicatorName';
import { splitNameAndUnit } from '../../../shared/parsing/splitNameAndUnit';

const indicators = [
  { id: 'p/001', name: '地区生产总值（GDP）', unit: '亿元' },
  { id: 'p/002', name: '城镇居民人均可支配收入', unit: '元' },
  { id: 'p/003', name: '农村居民人均可支配收入', unit: '元' },
  { id: 'p/004', name: '每千人口拥有执业（助理）医师数', unit: '人' },
];

describe('matchIndicatorName', () => {
  it('ignores spaces, full-/half-width and the unit in parentheses', () => {
    expect(normalizeIndicatorName('地区生产总值 （ＧＤＰ）')).toBe('地区生产总值(gdp)');
    for (const query of [
      '地区生产总值（GDP）（亿元）',
      '地区生产总值(GDP)',
      ' 地区生产总值 （GDP） ',
      '地区生产总值（ＧＤＰ）(亿元)',
      'p/001',
    ]) {
      const match = matchIndicatorName(query, indicators);
      expect(match.kind === 'found' && match.indicator.id).toBe('p/001');
    }
    const doctors = matchIndicatorName('每千人口拥有执业(助理)医师数(人)', indicators);
    expect(doctors.kind === 'found' && doctors.indicator.id).toBe('p/004');
  });

  it('says when nothing or several match', () => {
    expect(matchIndicatorName('财政总收入', indicators).kind).toBe('notFound');
    expect(matchIndicatorName('', indicators).kind).toBe('notFound');
    const twins = [...indicators, { id: 'p/005', name: '地区生产总值(GDP)', unit: '亿元' }];
    expect(matchIndicatorName('地区生产总值（GDP）', twins).kind).toBe('ambiguous');
  });

  it('finds an imported name (full-width parentheses) by a half- or full-width query', () => {
    const imported = [{ id: 'p/001', ...splitNameAndUnit('地区生产总值(GDP)(亿元)') }];
    expect(imported[0]?.name).toBe('地区生产总值（GDP）');
    for (const query of ['地区生产总值(GDP)(亿元)', '地区生产总值（GDP）']) {
      const match = matchIndicatorName(query, imported);
      expect(match.kind === 'found' && match.indicator.id).toBe('p/001');
    }
  });
});
