import { describe, expect, it } from 'vitest';
import { fiveYearBase, fiveYearLabel, periodYears } from '../../../shared/domain/planPeriod';

describe('planPeriod', () => {
  it('writes the years a plan covers: 十四五 2021—2025年, 十三五 2016—2020年, annual 2024年', () => {
    expect(periodYears({ baseYear: 2020, targetYear: 2025 })).toBe('2021—2025年');
    expect(periodYears({ baseYear: 2015, targetYear: 2020 })).toBe('2016—2020年');
    expect(periodYears({ baseYear: 2023, targetYear: 2024 })).toBe('2024年');
  });

  it('maps five-year labels and base years both ways', () => {
    expect(fiveYearLabel(2020)).toBe('十四五');
    expect(fiveYearLabel(2025)).toBe('十五五');
    expect(fiveYearLabel(2021)).toBeNull();
    expect(fiveYearBase('“十三五”')).toBe(2015);
    expect(fiveYearBase('年度')).toBeNull();
  });
});
