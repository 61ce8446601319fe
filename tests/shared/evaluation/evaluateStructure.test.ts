import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { completionComponents } from '../../../shared/evaluation/completionComponents';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

// A made-up 三产比例 7.1:43.1:49.8 → 6.5:41.5:52.
const sectors = makeIndicator({
  name: '三产比例',
  unit: '%',
  base: makeBase(null),
  target: {
    kind: 'structure',
    baseComponents: [7.1, 43.1, 49.8],
    targetComponents: [6.5, 41.5, 52],
  },
});
const withComponents = (components: number[], year = 2022) => ({
  componentActuals: [{ indicatorId: sectors.id, year, components }],
});

describe('evaluateStructure (issue 12, reading 9)', () => {
  it('gives each component its change and share of the planned change, and asks the evaluator', () => {
    const result = evaluateWith(sectors, [], withComponents([6.9, 42.6, 50.5]));
    expect(result.verdict).toBe('需人工研判');
    expect(result.progressRatio).toBeNull();
    expect(result.timeProgress).toBeCloseTo(0.4, 12);
    expect(result.numbers.map((n) => [n.label, Number(n.value.toFixed(4))])).toEqual([
      ['第一产业实际值', 6.9],
      ['第一产业完成进度（%）', 33.3333],
      ['第二产业实际值', 42.6],
      ['第二产业完成进度（%）', 31.25],
      ['第三产业实际值', 50.5],
      ['第三产业完成进度（%）', 31.8182],
    ]);
    expect(result.explanation).toBe(
      '2022年三产比例为6.9:42.6:50.5（基期7.1:43.1:49.8，目标6.5:41.5:52）：第一产业降低0.2个百分点，为规划降低0.6个百分点的33.3%；第二产业降低0.5个百分点，为规划降低1.6个百分点的31.3%；第三产业提高0.7个百分点，为规划提高2.2个百分点的31.8%；时间进度40.0%，结构调整无统一判定规则，需人工研判。',
    );
  });

  it('says which component moves against the plan and which the plan keeps', () => {
    const kept = makeIndicator({
      ...sectors,
      target: { kind: 'structure', baseComponents: [10, 40, 50], targetComponents: [10, 38, 52] },
    });
    const result = evaluateWith(kept, [], {
      componentActuals: [{ indicatorId: kept.id, year: 2022, components: [9.5, 41, 49.5] }],
    });
    expect(result.explanation).toBe(
      '2022年三产比例为9.5:41:49.5（基期10:40:50，目标10:38:52）：第一产业较基期降低0.5个百分点（规划保持10）；第二产业较基期提高1.0个百分点，与规划降低2个百分点的方向相反；第三产业较基期降低0.5个百分点，与规划提高2个百分点的方向相反；时间进度40.0%，结构调整无统一判定规则，需人工研判。',
    );
  });

  it('says 数据不足 without components', () => {
    expect(evaluateWith(sectors, []).missing).toBe('缺少2021—2022年各分量实际构成');
  });

  it('reads the 2020 structure of 000 (景德镇) from its completion table and shows each component', () => {
    const bundle = JSON.parse(
      readFileSync(join(process.cwd(), 'seeds/generated/seed-jdz-13c.json'), 'utf8'),
    ) as PlanBundle;
    const row = bundle.indicators.find((i) => i.name === '三产比例');
    expect(completionComponents(bundle)).toEqual([
      { indicatorId: row?.id, year: 2020, components: [7.1, 43.1, 49.8] },
    ]);
    const { evaluations } = evaluatePlan(bundle, { year: 2020, mode: 'final' });
    const result = evaluations.find((e) => e.indicatorId === row?.id);
    expect(result?.verdict).toBe('需人工研判');
    expect(result?.explanation).toBe(
      '2020年三产比例为7.1:43.1:49.8（基期7.3:57:35.7，目标5:53:42）：第一产业降低0.2个百分点，为规划降低2.3个百分点的8.7%；第二产业降低13.9个百分点，为规划降低4个百分点的347.5%；第三产业提高14.1个百分点，为规划提高6.3个百分点的223.8%；时间进度100.0%，结构调整无统一判定规则，需人工研判。',
    );
  });
});
