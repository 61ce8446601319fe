import { describe, expect, it } from 'vitest';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';

describe('evaluateJudgment', () => {
  it('records the reason: qualitative, province-set, unspecified', () => {
    const land = makeIndicator({
      name: '耕地保有量',
      unit: '万亩',
      attribute: '约束性',
      base: makeBase(null),
      target: { kind: 'judgment', reason: 'qualitative', text: '确保数量不减，质量提升' },
    });
    expect(evaluateWith(land, []).explanation).toBe(
      '耕地保有量，规划目标为定性表述「确保数量不减，质量提升」，需人工研判。',
    );
    const carbon = {
      ...land,
      name: '单位GDP二氧化碳排放降幅',
      unit: '%',
      target: { kind: 'judgment', reason: 'provinceSet', text: '按省下达' },
    } as const;
    const result = evaluateWith(carbon, [[2022, 3.9]]);
    expect(result.verdict).toBe('需人工研判');
    expect(result.explanation).toBe(
      '2022年单位GDP二氧化碳排放降幅为3.9%，规划目标按省下达任务执行（按省下达），省下达的具体数值尚未录入，可在「规划管理」中编辑该指标，将其填入目标值或年均/累计增长栏（如「省下达的目标 [16]」）后按数值评价，需人工研判。',
    );
    const none = {
      ...land,
      target: { kind: 'judgment', reason: 'notSpecified', text: '--' },
    } as const;
    expect(evaluateWith(none, []).explanation).toBe(
      '耕地保有量，规划未给出量化目标（--），需人工研判。',
    );
  });
});
