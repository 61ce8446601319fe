import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlanFromText } from '../../../shared/importers/importPlanFromText';
import { starredDataYear } from '../../../shared/parsing/starredDataYear';

const JDZ = readFileSync('tests/fixtures/source-docs/000_fcb2957cab32a824.txt', 'utf8');

describe('starredDataYear', () => {
  it('reads the year of starred base values from the notes as written', () => {
    expect(starredDataYear('4.带*的为 2019 年数据。')).toBe(2019);
    expect(starredDataYear('注：标＊为2018年数。')).toBe(2018);
    expect(starredDataYear('加“*”的指标为2019年数据')).toBe(2019);
    expect(starredDataYear('2020 年基期值均为预期数')).toBeNull();
  });

  // Issue 12, item 5: the base keeps its own year, taken from the note (source doc 000 line 1015).
  it('gives 景德镇’s 68.05* base the year of the note, and a made-up 2018 note its 2018', () => {
    const urbanBase = (text: string) => {
      const result = importPlanFromText(text, { table: 'main', planId: 'p' });
      if (!result.ok) throw new Error('import failed');
      return result.value.indicators.find((row) => row.name === '常住人口城镇化率')?.base;
    };
    expect(urbanBase(JDZ)).toMatchObject({ value: 68.05, year: 2019, isOtherYear: true });
    const note2018 = JDZ.replace('4.带*的为 2019 年数据。', '4.带*的为 2018 年数据。');
    expect(urbanBase(note2018)).toMatchObject({ value: 68.05, year: 2018, isOtherYear: true });
  });
});
