import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import { classifyTarget } from '../../../shared/parsing/classifyTarget';
import type { TargetInput } from '../../../shared/parsing/classifyTarget';
import { hasProvinceNumber, readTargetCells } from '../../../shared/parsing/readTargetCells';

const row = (overrides: Partial<TargetInput>): TargetInput => ({
  name: '研发经费投入增长',
  unit: '%',
  baseRaw: '',
  targetRaw: '',
  growthRaw: '',
  ...overrides,
});

describe('readTargetCells (issue 12, reading 3)', () => {
  it('splits a number from the clause after it', () => {
    expect(readTargetCells('--', '>7、力争投入强度高于“十三五”时期实际')).toEqual({
      targetText: '--',
      growthText: '>7',
      clauses: ['力争投入强度高于“十三五”时期实际'],
      provinceText: null,
    });
  });

  it('takes the province wording out and keeps the number', () => {
    expect(readTargetCells('省下达的目标', '[16]')).toEqual({
      targetText: '',
      growthText: '[16]',
      clauses: [],
      provinceText: '省下达的目标',
    });
    const sameCell = readTargetCells('完成省下达任务 16', '');
    expect(sameCell.targetText).toBe('16');
    expect(sameCell.provinceText).toBe('完成省下达任务');
    expect(hasProvinceNumber(sameCell)).toBe(true);
  });

  it('leaves nothing of `[省下达的目标]` and no number to judge', () => {
    const cells = readTargetCells('--', '[省下达的目标]');
    expect(cells.growthText).toBe('');
    expect(cells.provinceText).toBe('省下达的目标');
    expect(hasProvinceNumber(cells)).toBe(false);
  });

  it('keeps qualitative texts and thousands separators whole', () => {
    expect(readTargetCells('确保数量不减，质量提升', '保持在合理区间、各年度视情提出')).toEqual({
      targetText: '确保数量不减，质量提升',
      growthText: '保持在合理区间、各年度视情提出',
      clauses: [],
      provinceText: null,
    });
    expect(readTargetCells('1,200', '7 左右').targetText).toBe('1,200');
  });
});

describe('classifyTarget on compound cells (issue 12, reading 3)', () => {
  it('judges `>7、力争…` on the >7 as a growth bound', () => {
    const input = row({ baseRaw: '--', growthRaw: '>7、力争投入强度高于“十三五”时期实际' });
    expect(classifyTarget(input).target).toEqual({
      kind: 'growthRate',
      annualGrowth: { value: 7, qualifier: 'greaterThan' },
    });
  });

  it('reads `>6.5` in the growth column of a level in 亿吨 as a floor on the level', () => {
    const decision = classifyTarget(
      row({ name: '粮食综合生产能力', unit: '亿吨', baseRaw: '6.69', growthRaw: '>6.5' }),
    );
    expect(decision.target).toEqual({
      kind: 'floor',
      limit: 6.5,
      inclusive: false,
      isApproximate: false,
    });
    expect(decision.warnings.map((w) => w.message)).toEqual([
      '「>6.5」写在年均/累计增长栏，但指标以亿吨计量，且与基期值6.69同一量级，已按亿吨水平的下限解读（不是增速），请核对原表',
    ]);
    const noBase = classifyTarget(
      row({ name: '能源综合生产能力', unit: '亿吨标准煤', growthRaw: '46以上' }),
    );
    expect(noBase.target).toEqual({
      kind: 'floor',
      limit: 46,
      inclusive: true,
      isApproximate: false,
    });
  });

  it('keeps `8以上` beside a GDP level in 亿元 an annual growth', () => {
    const decision = classifyTarget(
      row({ name: '地区生产总值', unit: '亿元', baseRaw: '957.14', growthRaw: '8以上' }),
    );
    expect(decision.target).toEqual({
      kind: 'levelWithGrowth',
      targetValue: null,
      annualGrowth: { value: 8, qualifier: 'atLeast' },
    });
  });

  it('judges `省下达的目标 [16]` on the 16; `省下达的目标` alone stays province-set', () => {
    const energy = row({ name: '单位GDP能耗降低', targetRaw: '省下达的目标', growthRaw: '[16]' });
    expect(classifyTarget(energy).target).toEqual({
      kind: 'cumulativeReduction',
      reductionPercent: { min: 16, max: 16, qualifier: 'exact' },
    });
    const land = row({ name: '新增建设用地规模', unit: '万亩', growthRaw: '[省下达的目标]' });
    expect(classifyTarget(land).target).toEqual({
      kind: 'judgment',
      reason: 'provinceSet',
      text: '[省下达的目标]',
    });
  });

  it('reads the 十三五 completion table of 000 (景德镇): the six 省下达的目标 [x] rows carry their number', () => {
    const bundle = JSON.parse(
      readFileSync(join(process.cwd(), 'seeds/generated/seed-jdz-13c.json'), 'utf8'),
    ) as PlanBundle;
    const provinceRows = bundle.indicators.filter((i) => i.targetRaw === '省下达的目标');
    expect(
      provinceRows.map((i) => [
        i.name,
        i.target.kind === 'cumulativeReduction' ? i.target.reductionPercent.min : null,
      ]),
    ).toEqual([
      ['单位GDP能耗降低', 16],
      ['单位GDP二氧化碳排放降低', 20],
      ['主要污染物排放量减少/COD', 4.3],
      ['主要污染物排放量减少/氨氮', 3.8],
      ['主要污染物排放量减少/二氧化硫', 5.29],
      ['主要污染物排放量减少/氮氧化物', 2.68],
    ]);
    const land = bundle.indicators.find((i) => i.name === '新增建设用地规模');
    expect(land?.target).toEqual({
      kind: 'judgment',
      reason: 'provinceSet',
      text: '[省下达的目标]',
    });
  });
});
