import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActualValue } from '../../../shared/domain/actualValue';
import { asIndicatorId } from '../../../shared/domain/ids';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { parseActualsCsv } from '../../../shared/importers/actualsCsv';
import { formatActualsCsv } from '../../../shared/importers/actualsCsvWrite';

const jdz = JSON.parse(
  readFileSync(join(__dirname, '../../../seeds/generated/seed-jdz-14.json'), 'utf8'),
) as PlanBundle;

function actual(
  id: string,
  year: number,
  value: number,
  more: Partial<ActualValue> = {},
): ActualValue {
  return {
    indicatorId: asIndicatorId(id),
    year,
    measure: 'value',
    value,
    status: '年报数',
    source: '景德镇统计年鉴2022',
    note: '',
    ...more,
  };
}

const VALUES: readonly ActualValue[] = [
  actual('seed-jdz-14/001', 2021, 1102.3),
  actual('seed-jdz-14/001', 2021, 8.3, { measure: 'growth', status: '核实数' }),
  actual('seed-jdz-14/003', 2022, -3.2, { status: '快报数', note: '-3.2 为负增长' }),
  actual('seed-jdz-14/012', 2022, 2.11, {
    measure: 'cumulativeChange',
    source: '=HYPERLINK("http://x")',
  }),
  actual('seed-jdz-14/024', 2022, 37321, { measure: 'averageGrowth', note: '@含农民工' }),
  actual('seed-jdz-14/025', 2020, 3.2, { status: '预计数', source: '', note: '+修订' }),
];

describe('formatActualsCsv', () => {
  it('writes names, numbers as numbers and neutralised texts', () => {
    const lines = formatActualsCsv(VALUES, jdz.indicators).split('\r\n');
    expect(lines).toEqual([
      '\uFEFFindicator,year,value,measure,status,source,note',
      '地区生产总值（GDP）,2021,1102.3,value,年报数,景德镇统计年鉴2022,',
      '地区生产总值（GDP）,2021,8.3,growth,核实数,景德镇统计年鉴2022,',
      "规模以上工业增加值增速,2022,-3.2,value,快报数,景德镇统计年鉴2022,'-3.2 为负增长",
      '城乡居民人均可支配收入比,2022,2.11,cumulativeChange,年报数,"\'=HYPERLINK(""http://x"")",',
      "居民人均可支配收入,2022,37321,averageGrowth,年报数,景德镇统计年鉴2022,'@含农民工",
      "城镇登记失业率,2020,3.2,value,预计数,,'+修订",
      '',
    ]);
  });

  it('is read back by parseActualsCsv to exactly the same values', () => {
    const result = parseActualsCsv(formatActualsCsv(VALUES, jdz.indicators), jdz.indicators);
    expect(result.ok && result.value.values).toStrictEqual(VALUES);
  });

  it('names an indicator by its id when its name would find another one too', () => {
    const first = jdz.indicators[0] as PlanBundle['indicators'][number];
    const twin = { ...first, id: asIndicatorId('seed-jdz-14/099'), order: 99 };
    const indicators = [first, twin];
    const text = formatActualsCsv([actual('seed-jdz-14/099', 2021, 1)], indicators);
    expect(text.split('\r\n')[1]).toBe('seed-jdz-14/099,2021,1,value,年报数,景德镇统计年鉴2022,');
    const result = parseActualsCsv(text, indicators);
    expect(result.ok && result.value.values[0]?.indicatorId).toBe('seed-jdz-14/099');
  });

  it('leaves out values of indicators it does not know', () => {
    expect(formatActualsCsv([actual('other/001', 2021, 1)], jdz.indicators).split('\r\n')).toEqual([
      '\uFEFFindicator,year,value,measure,status,source,note',
      '',
    ]);
  });
});
