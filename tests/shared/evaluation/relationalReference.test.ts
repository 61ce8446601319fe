import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { classifyTarget } from '../../../shared/parsing/classifyTarget';
import {
  findReferenceIndicators,
  referenceCore,
} from '../../../shared/evaluation/referenceIndicator';
import { evaluateWith, makeActual, makeBase, makeIndicator } from '../../helpers/makeIndicator';

/** A national-style row: the name ends in 增长, the unit is %, the target classified from its cell. */
const rateRow = (id: string, name: string, growthRaw: string) =>
  makeIndicator({
    id: asIndicatorId(`n/${id}`),
    name,
    unit: '%',
    baseRaw: '2.1',
    targetRaw: '--',
    growthRaw,
    base: makeBase(2.1),
    target: classifyTarget({ name, unit: '%', baseRaw: '2.1', targetRaw: '--', growthRaw }).target,
  });

const gdpRate = rateRow('gdp', '国内生产总值（GDP）增长', '保持在合理区间、各年度视情提出');
const gdpRates = [makeActual('n/gdp', 2021, 8.4), makeActual('n/gdp', 2022, 3.0)];

describe('relational targets found by meaning, compared as rates (issue 12, reading 2)', () => {
  it('reduces every name of the economy to one core, and nothing else', () => {
    expect(
      [
        'GDP',
        '国内生产总值',
        '地区生产总值（GDP）',
        '国内生产总值（GDP）增长',
        '经济',
        '全市生产总值增速',
      ].map(referenceCore),
    ).toEqual(['gdp', 'gdp', 'gdp', 'gdp', 'gdp', 'gdp']);
    expect(
      ['人均地区生产总值', '单位GDP能耗降低', '数字经济核心产业增加值占GDP比重'].map(referenceCore),
    ).toEqual(['人均地区生产总值', '单位gdp能耗降低', '数字经济核心产业增加值占gdp比重']);
  });

  it('reads the values of a 增长 row as rates: 8.1 and 5.0 are not a fall of 38%', () => {
    const income = rateRow('income', '居民人均可支配收入增长', '与国内生产总值增长基本同步');
    expect(income.target).toEqual({
      kind: 'relational',
      relation: 'inStep',
      referenceName: '国内生产总值',
    });
    const result = evaluateWith(
      income,
      [
        [2021, 8.1],
        [2022, 5.0],
      ],
      { indicators: [gdpRate, income] },
      gdpRates,
    );
    expect(result.numbers.map((n) => n.value.toFixed(6))).toEqual(['6.538725', '5.665510']);
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).toBe(
      '2021—2022年居民人均可支配收入两年平均增长6.5%，国内生产总值（GDP）两年平均增长5.7%，前者高0.8个百分点，规划要求与国内生产总值增长基本同步，符合预期。',
    );
  });

  it('judges 高于 a GDP growth row and never writes 增长增长', () => {
    const labour = rateRow('labour', '全员劳动生产率增长', '高于国内生产总值增长');
    const result = evaluateWith(
      labour,
      [
        [2021, 8.7],
        [2022, 4.2],
      ],
      { indicators: [gdpRate, labour] },
      gdpRates,
    );
    expect(result.verdict).toBe('符合预期');
    expect(result.explanation).not.toMatch(/增长增长/);
    expect(result.explanation).toMatch(/^2021—2022年全员劳动生产率两年平均增长6\.4%，国内生产总值/);
  });

  it('uses the growth from levels when the GDP row has only levels, and says so', () => {
    const gdpLevel = makeIndicator({ id: asIndicatorId('n/gdp-level') });
    const income = rateRow('income', '城乡居民人均可支配收入增长', '与经济增长同步');
    const levels = [makeActual('n/gdp-level', 2021, 1030), makeActual('n/gdp-level', 2022, 1102.3)];
    const result = evaluateWith(
      income,
      [
        [2021, 8.1],
        [2022, 5.0],
      ],
      { indicators: [gdpLevel, income] },
      levels,
    );
    expect(result.numbers[1]?.value).toBeCloseTo((Math.sqrt(1102.3 / 957.14) - 1) * 100, 10);
    expect(result.explanation).toBe(
      '2021—2022年城乡居民人均可支配收入两年平均增长6.5%，地区生产总值（GDP）两年平均增长7.3%（由相邻年份水平值推算），前者低0.8个百分点，规划要求与经济增长基本同步，符合预期。',
    );
  });

  it('prefers the GDP growth row to the GDP level row', () => {
    const gdpLevel = makeIndicator({ id: asIndicatorId('n/gdp-level') });
    expect(findReferenceIndicators('GDP', [gdpLevel, gdpRate]).map((i) => i.id)).toEqual([
      'n/gdp',
      'n/gdp-level',
    ]);
  });

  it('finds the GDP row of 000 (景德镇「十四五」) for 「与经济增长同步」 and no other row', () => {
    const bundle = JSON.parse(
      readFileSync(join(process.cwd(), 'seeds/generated/seed-jdz-14.json'), 'utf8'),
    ) as PlanBundle;
    expect(findReferenceIndicators('经济', bundle.indicators).map((i) => i.name)).toEqual([
      '地区生产总值（GDP）',
    ]);
    expect(findReferenceIndicators('GDP', bundle.indicators).map((i) => i.name)).toEqual([
      '地区生产总值（GDP）',
    ]);
  });
});
