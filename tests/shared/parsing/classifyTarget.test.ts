import { describe, expect, it } from 'vitest';
import { classifyTarget } from '../../../shared/parsing/classifyTarget';
import type { TargetInput } from '../../../shared/parsing/classifyTarget';

const row = (overrides: Partial<TargetInput>): TargetInput => ({
  name: '地区生产总值（GDP）',
  unit: '亿元',
  baseRaw: '',
  targetRaw: '',
  growthRaw: '',
  ...overrides,
});

describe('classifyTarget', () => {
  it('level + growth → levelWithGrowth', () => {
    expect(
      classifyTarget(row({ baseRaw: '957.14', targetRaw: '1200', growthRaw: '7 左右' })).target,
    ).toEqual({
      kind: 'levelWithGrowth',
      targetValue: 1200,
      annualGrowth: { value: 7, qualifier: 'about' },
    });
  });

  it('增速 name + growth → growthRate; `>7` keeps its bound', () => {
    const input = row({
      name: '规模以上工业增加值增速',
      unit: '%',
      baseRaw: '[7.66]',
      targetRaw: '--',
      growthRaw: '>7',
    });
    expect(classifyTarget(input).target).toEqual({
      kind: 'growthRate',
      annualGrowth: { value: 7, qualifier: 'greaterThan' },
    });
  });

  it('[2.2] → cumulativeChange; unsigned fall takes the sign of target − base, with a warning', () => {
    expect(
      classifyTarget(
        row({
          name: '每万人口高价值发明专利拥有量',
          unit: '件',
          baseRaw: '5.8',
          targetRaw: '8',
          growthRaw: '[2.2]',
        }),
      ),
    ).toEqual({
      target: {
        kind: 'cumulativeChange',
        change: { min: 2.2, max: 2.2, qualifier: 'exact' },
        targetValue: 8,
      },
      warnings: [],
    });
    const ratio = classifyTarget(
      row({
        name: '城乡居民人均可支配收入比',
        unit: '%',
        baseRaw: '2.19',
        targetRaw: '2.14',
        growthRaw: '[0.05]',
      }),
    );
    expect(ratio.target).toEqual({
      kind: 'cumulativeChange',
      change: { min: -0.05, max: -0.05, qualifier: 'exact' },
      targetValue: 2.14,
    });
    expect(ratio.warnings).toHaveLength(1);
  });

  it('[x] in the target column with nothing beside it → the same five-year reading', () => {
    const jobs = row({ name: '城镇新增就业人数', unit: '万人', baseRaw: '[6564]' });
    expect(classifyTarget({ ...jobs, targetRaw: '[>5500]' }).target).toEqual({
      kind: 'cumulativeChange',
      change: { min: 5500, max: 5500, qualifier: 'greaterThan' },
      targetValue: null,
    });
    expect(classifyTarget({ ...jobs, targetRaw: '[1.2]', growthRaw: '—' }).target).toEqual({
      kind: 'cumulativeChange',
      change: { min: 1.2, max: 1.2, qualifier: 'exact' },
      targetValue: null,
    });
    const energy = row({ name: '单位地区生产总值能源消耗降低', unit: '%', targetRaw: '[13.5]' });
    expect(classifyTarget(energy).target).toEqual({
      kind: 'cumulativeReduction',
      reductionPercent: { min: 13.5, max: 13.5, qualifier: 'exact' },
    });
  });

  it('a level 左右 on the unwanted side of the base → keep that level (粮食 11.2 → 11左右)', () => {
    const grain = row({
      name: '粮食综合生产能力',
      unit: '亿斤',
      baseRaw: '11.2',
      targetRaw: '11左右',
    });
    const decided = classifyTarget(grain);
    expect(decided.target).toEqual({
      kind: 'keepStable',
      reference: { value: 11, qualifier: 'about' },
    });
    expect(decided.warnings.map((warning) => warning.message)).toEqual([
      '目标「11左右」低于基期值11.2，按保持在该水平左右评价（不低于11左右），请核对原表',
    ]);
    // A planned rise 左右, an exact fall, and a lower-is-better fall stay level targets.
    expect(classifyTarget({ ...grain, targetRaw: '12左右' }).target.kind).toBe('level');
    expect(classifyTarget({ ...grain, targetRaw: '11' }).target.kind).toBe('level');
    const water = row({
      name: '万元GDP用水量',
      unit: '立方米',
      baseRaw: '60',
      targetRaw: '55左右',
    });
    expect(classifyTarget(water).target.kind).toBe('level');
  });

  it('降幅 name with [16] or [18-22] → cumulativeReduction', () => {
    expect(
      classifyTarget(row({ name: '单位GDP能源消耗降幅', unit: '%', growthRaw: '[16]' })).target,
    ).toEqual({
      kind: 'cumulativeReduction',
      reductionPercent: { min: 16, max: 16, qualifier: 'exact' },
    });
    expect(
      classifyTarget(
        row({ name: '主要污染物排放量减少/COD', unit: '万吨', growthRaw: '下降 [4.3]' }),
      ).target.kind,
    ).toBe('cumulativeReduction');
  });

  it('4.5 以内 → ceiling; 5.5左右 on an unemployment rate → approximate ceiling; >85 → floor', () => {
    expect(
      classifyTarget(
        row({
          name: '城镇登记失业率',
          unit: '%',
          baseRaw: '3.12',
          targetRaw: '--',
          growthRaw: '4.5 以内',
        }),
      ).target,
    ).toEqual({
      kind: 'ceiling',
      limit: 4.5,
      inclusive: true,
      isApproximate: false,
    });
    expect(
      classifyTarget(row({ name: '城镇调查失业率', unit: '%', growthRaw: '5.5左右' })).target,
    ).toEqual({
      kind: 'ceiling',
      limit: 5.5,
      inclusive: true,
      isApproximate: true,
    });
    expect(
      classifyTarget(row({ name: '空气质量优良天数比率', unit: '%', targetRaw: '>85' })).target,
    ).toEqual({
      kind: 'floor',
      limit: 85,
      inclusive: false,
      isApproximate: false,
    });
  });

  it('保持稳定 / 持续稳定 → keepStable with the target as reference', () => {
    expect(
      classifyTarget(
        row({
          name: '粮食综合生产能力',
          unit: '亿斤',
          baseRaw: '10.99',
          targetRaw: '11 左右',
          growthRaw: '保持稳定',
        }),
      ).target,
    ).toEqual({
      kind: 'keepStable',
      reference: { value: 11, qualifier: 'about' },
    });
    expect(classifyTarget(row({ growthRaw: '持续稳定' })).target).toEqual({
      kind: 'keepStable',
      reference: null,
    });
  });

  it('a:b:c → structure', () => {
    expect(
      classifyTarget(
        row({ name: '三产比例', unit: '%', baseRaw: '7.1:43.1:49.8', targetRaw: '6.5:41.5:52' }),
      ).target,
    ).toEqual({
      kind: 'structure',
      baseComponents: [7.1, 43.1, 49.8],
      targetComponents: [6.5, 41.5, 52],
    });
  });

  it('高于GDP增长 / 与GDP增长基本同步 → relational', () => {
    expect(classifyTarget(row({ growthRaw: '高于GDP增长' })).target).toEqual({
      kind: 'relational',
      relation: 'above',
      referenceName: 'GDP',
    });
    expect(classifyTarget(row({ growthRaw: '与GDP增长基本同步' })).target).toEqual({
      kind: 'relational',
      relation: 'inStep',
      referenceName: 'GDP',
    });
  });

  it('qualitative, province-set and empty rows → judgment with a reason', () => {
    expect(classifyTarget(row({ targetRaw: '确保数量不减，质量提升' })).target).toEqual({
      kind: 'judgment',
      reason: 'qualitative',
      text: '确保数量不减,质量提升',
    });
    expect(
      classifyTarget(row({ targetRaw: '省内下达指标', growthRaw: '——' })).target,
    ).toMatchObject({ reason: 'provinceSet' });
    expect(classifyTarget(row({ growthRaw: '按省下达' })).target).toMatchObject({
      reason: 'provinceSet',
    });
    expect(classifyTarget(row({ baseRaw: '--', targetRaw: '--', growthRaw: '--' })).target).toEqual(
      {
        kind: 'judgment',
        reason: 'notSpecified',
        text: '--',
      },
    );
    expect(
      classifyTarget(row({ baseRaw: '11', targetRaw: '--', setByProvince: true })).target,
    ).toMatchObject({
      reason: 'provinceSet',
    });
  });

  it('a target level alone → level, linear for shares, compound for totals', () => {
    expect(
      classifyTarget(
        row({ name: '基本养老保险参保率', unit: '', baseRaw: '96.5', targetRaw: '96.5' }),
      ).target,
    ).toEqual({
      kind: 'level',
      targetValue: { value: 96.5, qualifier: 'exact' },
      interpolation: 'linear',
    });
    expect(classifyTarget(row({ baseRaw: '100', targetRaw: '200' })).target).toMatchObject({
      interpolation: 'compound',
    });
  });

  // 000 line 313: 城镇人均可支配收入（元） 29288 → 45000 `[9]`: 45000/29288 = 1.0897^5.
  it('reads a bracketed annual growth on a level in 元 as levelWithGrowth, with a warning', () => {
    const decision = classifyTarget(
      row({
        name: '城镇人均可支配收入',
        unit: '元',
        baseRaw: '29288',
        targetRaw: '45000',
        growthRaw: '[9]',
      }),
    );
    expect(decision.target).toEqual({
      kind: 'levelWithGrowth',
      targetValue: 45000,
      annualGrowth: { value: 9, qualifier: 'exact' },
    });
    expect(decision.warnings).toHaveLength(1);
    expect(decision.warnings[0]?.message).toContain('已按年均增长9%解读');
  });

  it('keeps [x] a cumulative change when base + x reaches the target or the unit is %', () => {
    const life = classifyTarget(
      row({
        name: '人均预期寿命',
        unit: '岁',
        baseRaw: '74.9',
        targetRaw: '76.4',
        growthRaw: '[1.5]',
      }),
    );
    expect(life.target.kind).toBe('cumulativeChange');
    expect(life.warnings).toEqual([]);
    const share = classifyTarget(
      row({ name: '互联网普及率', unit: '%', baseRaw: '72.6', targetRaw: '80', growthRaw: '[2]' }),
    );
    expect(share.target.kind).toBe('cumulativeChange');
    // Far from the target, but 3 % compound growth does not match [9] either.
    const odd = classifyTarget(
      row({ name: '某收入', unit: '元', baseRaw: '10000', targetRaw: '11600', growthRaw: '[9]' }),
    );
    expect(odd.target.kind).toBe('cumulativeChange');
  });
});
