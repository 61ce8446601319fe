import { describe, expect, it } from 'vitest';
import { classifyTarget } from '../../../shared/parsing/classifyTarget';
import { evaluateWith, makeBase, makeIndicator } from '../../helpers/makeIndicator';
import { targetCellNote } from '../../../shared/evaluation/targetCellNote';

/** A row as an importer builds it: the target classified from the raw cells. */
const imported = (name: string, unit: string, targetRaw: string, growthRaw: string) =>
  makeIndicator({
    name,
    unit,
    baseRaw: '--',
    targetRaw,
    growthRaw,
    base: makeBase(null),
    target: classifyTarget({ name, unit, baseRaw: '--', targetRaw, growthRaw }).target,
  });

describe('targetCellNote (issue 12, reading 3)', () => {
  it('judges `>7、力争…` on the number and quotes the clause as 需人工研判', () => {
    const rd = imported('研发经费投入增长', '%', '--', '>7、力争投入强度高于“十三五”时期实际');
    const result = evaluateWith(rd, [
      [2021, 14.2],
      [2022, 10.1],
    ]);
    expect(result.verdict).toBe('快于预期');
    expect(result.explanation).toMatch(
      /；另「力争投入强度高于“十三五”时期实际」无法由数值判断，需人工研判。$/,
    );
  });

  it('says a number judged came from the province', () => {
    const energy = imported('单位GDP能耗降低', '%', '省下达的目标', '[16]');
    expect(targetCellNote(energy)).toBe(
      '规划目标按省下达任务执行，按其中的数值评价（原文「省下达的目标｜[16]」）',
    );
  });

  it('asks for the province figure when there is no number, naming where to enter it', () => {
    const land = imported('新增建设用地规模', '万亩', '--', '[省下达的目标]');
    const result = evaluateWith(land, [[2022, 1.18]]);
    expect(result.verdict).toBe('需人工研判');
    expect(result.explanation).toBe(
      '2022年新增建设用地规模为1.18万亩，规划目标按省下达任务执行（[省下达的目标]），省下达的具体数值尚未录入，可在「规划管理」中编辑该指标，将其填入目标值或年均/累计增长栏（如「省下达的目标 [16]」）后按数值评价，需人工研判。',
    );
  });

  it('adds nothing to a plain cell', () => {
    expect(targetCellNote(makeIndicator())).toBe('');
  });
});
