import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { makeActual, makeBase, makeIndicator, makePlan } from '../../helpers/makeIndicator';

const plan = makePlan({ baseYear: 2015, targetYear: 2020, tableKind: 'completion' });
const poverty = makeIndicator({
  id: asIndicatorId('test-plan/001'),
  name: '农村贫困人口脱贫',
  unit: '万人',
  base: makeBase(null, { year: 2015 }),
  target: {
    kind: 'cumulativeChange',
    change: { min: 10, max: 10, qualifier: 'exact' },
    targetValue: null,
  },
});
const internet = makeIndicator({
  id: asIndicatorId('test-plan/002'),
  name: '互联网普及率',
  unit: '%',
  base: makeBase(60, { year: 2015 }),
  target: {
    kind: 'cumulativeChange',
    change: { min: 5, max: 5, qualifier: 'exact' },
    targetValue: 65,
  },
});
const assessment = (id: string, actualRaw: string, actualGrowthRaw = '') => ({
  indicatorId: asIndicatorId(id),
  verdictRaw: '全面完成',
  actualRaw,
  actualGrowthRaw,
});

// Issue 12, item 8, with made-up rows.
describe('text actuals', () => {
  it('gives 需人工研判 with the text quoted instead of 缺少基期值', () => {
    const { evaluations } = evaluatePlan(
      {
        plan,
        indicators: [poverty, internet],
        actualValues: [makeActual(internet.id, 2020, 66)],
        officialAssessments: [
          assessment(poverty.id, '实现全面脱贫'),
          assessment(internet.id, '66', '稳定'),
        ],
      },
      { year: 2020, mode: 'final' },
    );
    expect(evaluations[0]).toMatchObject({
      verdict: '需人工研判',
      missing: null,
      dataYear: 2020,
      explanation:
        '农村贫困人口脱贫2020年实际情况为「实现全面脱贫」（文字表述，无可计算的数值），需人工研判。',
    });
    expect(evaluations[0]?.explanation).not.toContain('基期值');
    // A row judged on its numbers keeps its verdict; the text beside it changes nothing.
    expect(evaluations[1]?.verdict).toBe('全面完成');
  });

  it('judges 抚州’s completion table: 脱贫 quoted, 「截至2019年上升16.3%」 read as a value', () => {
    const bundle = JSON.parse(
      readFileSync('seeds/generated/seed-fz-13c.json', 'utf8'),
    ) as PlanBundle;
    const { evaluations } = evaluatePlan(bundle, { year: 2020, mode: 'final' });
    const byName = (name: string) => evaluations.find((e) => e.name === name);
    expect(byName('农村贫困人口脱贫')?.explanation).toBe(
      '农村贫困人口脱贫2020年实际情况为「实现农村贫困人口全面脱贫」（文字表述，无可计算的数值），需人工研判。',
    );
    expect(byName('单位GDP二氧化碳排放降低')).toMatchObject({
      verdict: '未完成',
      dataYear: 2019,
      explanation:
        '缺少2020年数据，按2019年数据评价：2016—2019年单位GDP二氧化碳排放降低累计上升16.3%（官方公布），变化方向与规划相反，未完成。',
    });
  });
});
