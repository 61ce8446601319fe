import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guardPlanBundle } from '../../../../shared/domain/guards/guardPlanBundle';
import { makeJdzPlanBundle } from '../../../helpers/jdzPlanBundle';

const jdz = makeJdzPlanBundle();
const seeds = readdirSync('seeds/generated').filter((name) => name.startsWith('seed-'));

function messageOf(value: unknown): string {
  const result = guardPlanBundle(value, 'plan.json');
  return result.ok ? 'ok' : result.error.message;
}

describe('guardPlanBundle', () => {
  it.each(seeds)('accepts the built-in plan %s', (name) => {
    const seed = JSON.parse(readFileSync(`seeds/generated/${name}`, 'utf8')) as unknown;
    const result = guardPlanBundle(seed);
    expect(result.ok && result.value).toEqual(seed);
  });

  it('fills missing value lists with empty ones', () => {
    const result = guardPlanBundle({ plan: jdz.plan, indicators: jdz.indicators });
    expect(result.ok && result.value.actualValues).toEqual([]);
  });

  it.each([
    [
      'a bad target kind',
      { indicators: [{ ...jdz.indicators[0], target: { kind: 'x' } }] },
      '规划数据中第 1 条指标的字段「target.kind」应为 levelWithGrowth、level、growthRate、cumulativeChange、cumulativeReduction、ceiling、floor、keepStable、structure、relational、judgment 之一（现为「x」）',
    ],
    [
      'an empty target',
      { indicators: [{ ...jdz.indicators[0], target: {} }] },
      '规划数据中第 1 条指标的字段「target.kind」应为 levelWithGrowth、level、growthRate、cumulativeChange、cumulativeReduction、ceiling、floor、keepStable、structure、relational、judgment 之一（缺失）',
    ],
    [
      'a rate given as text',
      {
        indicators: [
          {
            ...jdz.indicators[0],
            target: { kind: 'growthRate', annualGrowth: { value: '7', qualifier: 'about' } },
          },
        ],
      },
      '规划数据中第 1 条指标的字段「target.annualGrowth.value」应为数字（现为「7」）',
    ],
    ['a null indicator', { indicators: [null] }, '规划数据中第 1 条指标应为对象（现为「null」）'],
    [
      'a target year of 1e9',
      { plan: { ...jdz.plan, targetYear: 1e9 } },
      '规划的字段「targetYear」应为 1900–2100 之间的整数年份（现为「1000000000」）',
    ],
    [
      'an indicator of another plan',
      { indicators: [{ ...jdz.indicators[0], planId: 'other' }] },
      '规划数据中第 1 条指标的字段「planId」应为本规划的编号「test-jdz」',
    ],
    [
      'two indicators with one id',
      { indicators: [jdz.indicators[0], jdz.indicators[0]] },
      '规划数据中第 2 条指标与第 1 条重复',
    ],
    [
      'a value of a missing indicator',
      {
        actualValues: [
          {
            indicatorId: 'nope',
            year: 2021,
            measure: 'value',
            value: 1,
            status: '快报数',
            source: '',
            note: '',
          },
        ],
      },
      '规划数据中第 1 条实际值的字段「indicatorId」对应的指标不存在',
    ],
    ['actual values that are not a list', { actualValues: {} }, '「actualValues」应为列表'],
    ['no plan', { plan: null }, '不是规划数据（应包含 plan、indicators、actualValues）'],
  ])('refuses %s with the row and field named', (_name, change, message) => {
    expect(messageOf({ ...jdz, ...change })).toBe(message);
  });

  it('refuses JSON nested 100,000 levels deep with a message', () => {
    const deep = JSON.parse(`{"plan":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
    expect(messageOf(deep)).toBe(
      `规划数据嵌套超过 40 层（在「plan${'[0]'.repeat(39)}」处），不是规划数据`,
    );
  });
});
