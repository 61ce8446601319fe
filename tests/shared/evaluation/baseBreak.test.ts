import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import {
  detectBaseBreak,
  detectBaseBreaks,
  plannedChange,
} from '../../../shared/evaluation/baseBreak';
import { makeActual, makeBase, makeIndicator, makePlan } from '../../helpers/makeIndicator';

const PLAN = makePlan();

/** 景德镇's 14th-plan row as the seed holds it: 68.05* (2019 data), [3 左右]. */
function jdzUrbanisation() {
  const seed = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as {
    bundle?: PlanBundle;
  } & PlanBundle;
  const bundle = seed.bundle ?? seed;
  const row = bundle.indicators.find((indicator) => indicator.name === '常住人口城镇化率');
  if (!row) throw new Error('seed row missing');
  return row;
}

/** 抚州's row: 52.8 → 60, [7.2] (the census gave 56.96 for 2020). */
const FZ_URBANISATION = makeIndicator({
  name: '常住人口城镇化率',
  unit: '%',
  baseRaw: '52.8',
  targetRaw: '60',
  growthRaw: '[7.2]',
  base: makeBase(52.8),
  target: {
    kind: 'cumulativeChange',
    change: { min: 7.2, max: 7.2, qualifier: 'exact' },
    targetValue: 60,
  },
});

describe('detectBaseBreak', () => {
  it('flags a base of another year (景德镇 68.05*) and asks for the revised base', () => {
    const found = detectBaseBreak(jdzUrbanisation(), new Map(), PLAN);
    expect(found?.reasons).toEqual([{ kind: 'otherYear', dataYear: 2019 }]);
    expect(found?.revisedBase).toBeNull();
    expect(found?.text).toBe(
      '常住人口城镇化率基期可能不可比：规划基期值68.05%为2019年数据，请核实并录入2020年修订基期值。',
    );
  });

  it('says the revised base is in use once the census figure is entered', () => {
    const found = detectBaseBreak(
      jdzUrbanisation(),
      new Map([
        [2020, 65.02],
        [2021, 65.61],
      ]),
      PLAN,
    );
    expect(found?.revisedBase).toBe(65.02);
    expect(found?.text).toBe(
      '常住人口城镇化率基期可能不可比：规划基期值68.05%为2019年数据，已录入2020年修订基期值65.02%，按修订后基期值评价。',
    );
  });

  it('flags a first actual further from the base than the whole planned change', () => {
    const found = detectBaseBreak(FZ_URBANISATION, new Map([[2021, 60.5]]), PLAN);
    expect(found?.reasons).toEqual([
      { kind: 'jump', year: 2021, actual: 60.5, jump: 60.5 - 52.8, plannedChange: 7.2 },
    ]);
    expect(found?.text).toBe(
      '常住人口城镇化率基期可能不可比：2021年实际值60.5%与规划基期值52.8%相差7.7个百分点，超过规划期全部变化量7.2个百分点，请核实并录入2020年修订基期值。',
    );
  });

  it('leaves a first actual within the planned change alone, and looks at the first year only', () => {
    expect(detectBaseBreak(FZ_URBANISATION, new Map([[2021, 58]]), PLAN)).toBeNull();
    expect(detectBaseBreak(FZ_URBANISATION, new Map([[2022, 60]]), PLAN)).toBeNull();
    const later = new Map([
      [2021, 54],
      [2022, 70],
    ]);
    expect(detectBaseBreak(FZ_URBANISATION, later, PLAN)).toBeNull();
  });

  it('does not flag 景德镇 GDP growing as planned (957.14 → 1102.3 of a planned +242.86)', () => {
    expect(detectBaseBreak(makeIndicator(), new Map([[2021, 1102.3]]), PLAN)).toBeNull();
  });

  it('skips bases that are period averages or missing', () => {
    const average = makeIndicator({ base: makeBase(7.66, { isPeriodAverage: true }) });
    expect(detectBaseBreak(average, new Map([[2021, 100]]), PLAN)).toBeNull();
    const none = makeIndicator({ base: makeBase(null) });
    expect(detectBaseBreak(none, new Map([[2021, 100]]), PLAN)).toBeNull();
  });
});

describe('plannedChange', () => {
  it('reads the planned five-year change of each level-like kind', () => {
    expect(plannedChange(makeIndicator().target, 957.14, 5)).toBeCloseTo(242.86, 10);
    expect(
      plannedChange(
        {
          kind: 'levelWithGrowth',
          targetValue: null,
          annualGrowth: { value: 7, qualifier: 'about' },
        },
        100,
        5,
      ),
    ).toBeCloseTo(40.2551732, 6);
    expect(
      plannedChange(
        { kind: 'level', targetValue: { value: 8, qualifier: 'exact' }, interpolation: 'linear' },
        5.8,
        5,
      ),
    ).toBeCloseTo(2.2, 10);
    expect(
      plannedChange({ kind: 'growthRate', annualGrowth: { value: 7, qualifier: 'about' } }, 7, 5),
    ).toBeNull();
  });
});

describe('detectBaseBreaks', () => {
  it('indexes levels once and ignores growth rates', () => {
    const breaks = detectBaseBreaks(
      [FZ_URBANISATION, makeIndicator({ id: FZ_URBANISATION.id.replace('001', '002') as never })],
      [
        makeActual(FZ_URBANISATION.id, 2021, 60.5),
        makeActual(FZ_URBANISATION.id, 2021, 3, 'growth'),
      ],
      PLAN,
    );
    expect([...breaks.keys()]).toEqual([FZ_URBANISATION.id]);
  });
});
