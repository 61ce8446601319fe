import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeTarget } from '../../../shared/domain/describeTarget';
import type { PlanBundle } from '../../../shared/domain/planBundle';

const jdz = JSON.parse(readFileSync('seeds/generated/seed-jdz-14.json', 'utf8')) as PlanBundle;
const byName = (name: string) => {
  const indicator = jdz.indicators.find((i) => i.name === name);
  if (!indicator) throw new Error(`no ${name}`);
  return indicator;
};

describe('describeTarget', () => {
  it('reads the 景德镇 14th-plan rows as the plan means them', () => {
    expect(
      [
        '地区生产总值（GDP）',
        '规模以上工业增加值增速',
        '粮食综合生产能力',
        '能源综合生产能力',
        '数字经济核心产业增加值占GDP比重',
        '三产比例',
        '城乡居民人均可支配收入比',
        '常住人口城镇化率',
        '耕地保有量',
        '单位GDP建设用地使用面积降幅',
        '森林覆盖率',
        '城镇登记失业率',
        '每千人口拥有执业（助理）医师数',
      ].map((name) => describeTarget(byName(name))),
    ).toEqual([
      '年均增长7%左右，目标1200亿元',
      '增速指标，年均7%左右',
      '保持稳定（11亿斤左右）',
      '按上级下达任务执行，需人工研判',
      '目标7%左右（按线性测算进度）',
      '结构目标 6.5:41.5:52',
      '五年累计下降0.05个百分点',
      '五年累计提高3个百分点左右',
      '定性目标，需人工研判',
      '五年累计降低18～22%',
      '保持稳定（不低于基期值）',
      '每年不高于4.5%',
      '五年累计提高0.6人',
    ]);
  });

  it('describes relational targets and bounds', () => {
    expect(
      describeTarget({
        unit: '%',
        target: { kind: 'relational', relation: 'above', referenceName: 'GDP增长' },
      }),
    ).toBe('高于GDP增长');
    expect(
      describeTarget({
        unit: '%',
        target: { kind: 'floor', limit: 6.5, inclusive: false, isApproximate: false },
      }),
    ).toBe('每年不低于6.5%');
  });
});
